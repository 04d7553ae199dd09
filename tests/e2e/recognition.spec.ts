/**
 * The recognition map: the outlines of the bodies the articles name, and nothing else, each
 * leading to the passage that names it; in words too, without JavaScript.
 */
import { expect, test } from '@playwright/test';
import { quoteAnchorId } from '../../src/lib/story/links';
import { chapter, expectMapSettledOn, guardPage, inViewport, waitForMap } from './support';

const recognition = chapter('recognition');

test.describe('the recognition map', () => {
	test('draws exactly the named bodies’ outlines, each leading to its passage', async ({
		page,
		baseURL
	}) => {
		const guard = guardPage(page, baseURL!);
		await page.goto('/chapters/recognition');
		await waitForMap(page);
		await expectMapSettledOn(page, 'recognition', 25_000);

		const buttons = page.locator('.map-region button[data-area]');
		await expect(buttons).toHaveCount(recognition.areas.length);
		const drawn = await buttons.evaluateAll((els) => els.map((el) => el.getAttribute('data-area')));
		expect(drawn.sort()).toEqual(recognition.areas.map((a) => a.id).sort());

		const czech = recognition.areas.find((a) => a.id === 'czechia')!;
		await expect(buttons.and(page.locator('[data-area="czechia"]'))).toHaveAccessibleName(
			new RegExp(`^${czech.label}`)
		);
		// By keyboard, as a screen reader user would: the passage comes into view, its link focused.
		await page.locator('button[data-area="czechia"]').focus();
		await page.keyboard.press('Enter');
		const passage = page.locator(`#${quoteAnchorId(czech.bodies[0]!.passageId)}`);
		await expect(passage).toBeInViewport();
		await expect(passage.locator('a').first()).toBeFocused();
		await expect(passage).toContainText('Committee on Foreign Affairs of the Czech');
		guard.expectClean();
	});

	test('a map started elsewhere fetches the outlines once the reader reaches them, and draws them', async ({
		page
	}) => {
		const fetched: string[] = [];
		page.on('request', (r) => {
			if (r.url().includes('recognition.geojson')) fetched.push(r.url());
		});
		await page.goto('/');
		await waitForMap(page);
		expect(fetched, 'the front page’s map needs no outlines').toEqual([]);

		await page.locator('nav#contents a[href$="/chapters/recognition"]').click();
		await expectMapSettledOn(page, 'recognition', 25_000);
		await expect.poll(() => fetched.length).toBe(1);
		// Drawn, not only listed: a click on the map inside Mexico, just north of its label's button,
		// finds the outline and brings the passage naming its body into view.
		const mexico = recognition.areas.find((a) => a.id === 'mexico')!;
		const passage = page.locator(`#${quoteAnchorId(mexico.bodies[0]!.passageId)}`);
		await page.locator('[data-chapter="recognition"] h2').scrollIntoViewIfNeeded();
		await expect(passage).not.toBeInViewport();
		const button = (await page.locator('button[data-area="mexico"]').boundingBox())!;
		await expect
			.poll(async () => {
				await page.mouse.click(button.x + button.width / 2, button.y - 6);
				return inViewport(passage);
			})
			.toBe(true);
	});

	test('leaving the chapter takes its outlines off the map', async ({ page }) => {
		await page.goto('/chapters/recognition');
		await waitForMap(page);
		await expect(page.locator('.map-region button[data-area]')).toHaveCount(
			recognition.areas.length
		);
		await page.goto('/chapters/ankara');
		await waitForMap(page);
		await expect(page.locator('.map-region button[data-area]')).toHaveCount(0);
	});

	test.describe('without JavaScript', () => {
		test.use({ javaScriptEnabled: false });
		test('lists each body with a link to its passage, and says the count is unnamed', async ({
			page
		}) => {
			await page.goto('/chapters/recognition');
			const list = page.locator('section.chapter[data-chapter="recognition"] .area-list');
			for (const area of recognition.areas) {
				const item = list.locator(`li[data-area="${area.id}"]`);
				await expect(item).toContainText(area.label);
				for (const body of area.bodies) {
					const link = item.getByRole('link', { name: body.body });
					await expect(link).toHaveAttribute('href', `#${quoteAnchorId(body.passageId)}`);
					await expect(page.locator(`#${quoteAnchorId(body.passageId)}`)).toHaveCount(1);
				}
			}
			await expect(page.locator('section.chapter[data-chapter="recognition"]')).toContainText(
				'It does not name the countries or the states, and none of the five articles does'
			);
		});
	});
});

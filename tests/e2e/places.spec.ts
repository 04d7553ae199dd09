import { expect, test, type Page } from '@playwright/test';
import { storyMapDataUrl } from '../../src/lib/story/map-data';
import {
	atRest,
	pointAtPlace,
	chapter,
	expectMapSettledOn,
	guardPage,
	historyLength,
	inViewport,
	place,
	PLACES,
	scrollChapterTo,
	waitForMap
} from './support';

const button = (page: Page, id: string) => page.locator(`.place-button[data-place="${id}"]`);

async function openFrontPage(page: Page) {
	await page.goto('/');
	await waitForMap(page);
	await expectMapSettledOn(page, 'overview');
}

test.describe('places on the map', () => {
	test('there is one labelled button per place', async ({ page }) => {
		await openFrontPage(page);
		await expect(page.locator('.place-button')).toHaveCount(PLACES.length);
		for (const p of PLACES) await expect(button(page, p.id)).toHaveAttribute('aria-label', p.name);
	});

	// On the overview Khojaly, Aghdam, Khankendi, Shusha and Ballija sit a few pixels apart: a
	// click on one marker must still reach that place, not a neighbour.
	test('a pointer click on the Aghdam marker of the overview reaches Aghdam', async ({
		page,
		baseURL
	}) => {
		await openFrontPage(page);
		await pointAtPlace(page, 'aghdam');
		await expect(page).toHaveURL(`${baseURL}/chapters/aghdam`);
		await expect(page.locator('.place-panel')).toHaveCount(0);
	});

	test('choosing Aghdam goes to its chapter as a new history entry; Back returns', async ({
		page,
		baseURL
	}) => {
		const guard = guardPage(page, baseURL!);
		await openFrontPage(page);
		const before = await historyLength(page);
		expect(await page.evaluate(() => window.scrollY)).toBeLessThan(50);

		await pointAtPlace(page, 'aghdam');
		await expect(page).toHaveURL(`${baseURL}/chapters/aghdam`);
		const heading = page.locator('#aghdam-title');
		await expect(heading).toBeFocused();
		await expect.poll(() => inViewport(heading)).toBe(true);
		await expectMapSettledOn(page, 'aghdam');
		expect(await historyLength(page), 'one new history entry').toBe(before + 1);
		// The chapter stays the active one once the page has stopped scrolling.
		await atRest(page);
		await expect(page).toHaveURL(`${baseURL}/chapters/aghdam`);

		await page.goBack();
		await expect(page).toHaveURL(`${baseURL}/`);
		await expect.poll(() => page.evaluate(() => window.scrollY)).toBeLessThan(50);
		await expectMapSettledOn(page, 'overview');
		guard.expectClean();
	});

	test('a place button works from the keyboard', async ({ page, baseURL }) => {
		await openFrontPage(page);
		await button(page, 'baku').focus();
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(`${baseURL}/chapters/baku`);
		await expect(page.locator('#baku-title')).toBeFocused();
		await expect.poll(() => inViewport(page.locator('#baku-title'))).toBe(true);
		await expectMapSettledOn(page, 'baku');
	});

	test('a place without a chapter opens a panel with its passages and its chapter', async ({
		page,
		baseURL
	}) => {
		const guard = guardPage(page, baseURL!);
		const kizil = place('kizilcahamam');
		const ankara = chapter(kizil.coveredBy!);
		expect(kizil.chapterSlug).toBeNull();
		await openFrontPage(page);

		await pointAtPlace(page, kizil.id);
		const panel = page.locator(`aside.place-panel[data-panel-place="${kizil.id}"]`);
		await expect(panel).toBeVisible();
		await expect(panel.getByRole('heading', { level: 2 })).toHaveText(kizil.name);
		await expect(panel.getByRole('heading', { level: 2 })).toBeFocused();
		const passages = panel.locator('figure.passage');
		expect(await passages.count()).toBeGreaterThan(0);
		await expect(passages.first().locator('blockquote')).toContainText(kizil.name);
		await expect(passages.first().locator('cite')).not.toBeEmpty();
		// Opening a panel is not a chapter change.
		await expect(page).toHaveURL(`${baseURL}/`);

		// Escape closes it and gives focus back to the place.
		await page.keyboard.press('Escape');
		await expect(page.locator('aside.place-panel')).toHaveCount(0);
		await expect(button(page, kizil.id)).toBeFocused();

		// The Close button closes it too.
		await pointAtPlace(page, kizil.id);
		await expect(panel).toBeVisible();
		await panel.getByRole('button', { name: 'Close' }).click();
		await expect(page.locator('aside.place-panel')).toHaveCount(0);

		// Its link goes to the chapter that covers it.
		await pointAtPlace(page, kizil.id);
		const link = panel.getByRole('link', { name: /^Read the chapter:/ });
		await expect(link).toContainText(ankara.title);
		await link.click();
		await expect(page).toHaveURL(`${baseURL}/chapters/${ankara.slug}`);
		await expect(page.locator('aside.place-panel')).toHaveCount(0);
		await expect(page.locator(`#${ankara.slug}-title`)).toBeFocused();
		await expect.poll(() => inViewport(page.locator(`#${ankara.slug}-title`))).toBe(true);
		await expectMapSettledOn(page, ankara.slug);
		guard.expectClean();
	});

	test('what a panel shows beyond the page comes with the live map, fetched once', async ({
		page,
		baseURL
	}) => {
		const guard = guardPage(page, baseURL!);
		const fetched: string[] = [];
		page.on('request', (r) => {
			if (new URL(r.url()).pathname === storyMapDataUrl('')) fetched.push(r.url());
		});
		const khatai = place('khatai');
		await page.goto('/chapters/baku');
		await expect(page.locator('.copy-link').first()).toBeAttached();
		await page.waitForLoadState('networkidle');
		expect(fetched, 'a page that is only loaded fetches none of it').toEqual([]);

		await waitForMap(page);
		await expectMapSettledOn(page, 'baku');
		await pointAtPlace(page, khatai.id);
		const panel = page.locator(`aside.place-panel[data-panel-place="${khatai.id}"]`);
		await expect(panel).toBeVisible();
		// Its names and how far off its dot may be: in the map's data, not in the page's.
		await expect(panel).toContainText(`Azerbaijani: ${khatai.localNames.az}`);
		expect(khatai.coordinates.method).toBe('approximate');
		if (khatai.coordinates.method === 'approximate')
			await expect(panel).toContainText(`within about ${khatai.coordinates.uncertaintyKm} km`);
		await expect(panel.locator('figure.passage').first().locator('blockquote')).toContainText(
			/Khatai/
		);
		// The map's credit and scale stay in view above an open panel, however long it is.
		const panelTop = (await panel.boundingBox())!.y;
		for (const control of ['.maplibregl-ctrl-attrib', '.maplibregl-ctrl-scale']) {
			const box = (await page.locator(control).boundingBox())!;
			expect(box.y + box.height, control).toBeLessThanOrEqual(panelTop);
		}
		// And it ends above the map's foot, so that the sourcing line stays whole.
		const panelBox = (await panel.boundingBox())!;
		const sourcing = (await page.locator('.map-region .sourcing-note').boundingBox())!;
		expect(panelBox.y + panelBox.height).toBeLessThanOrEqual(sourcing.y);
		expect(fetched).toHaveLength(1);
		guard.expectClean();
	});

	test('a link in the contents scrolls to its chapter and records it in history', async ({
		page,
		baseURL
	}) => {
		await openFrontPage(page);
		const target = chapter('the-count');
		const before = await historyLength(page);
		const link = page.locator('nav#contents').getByRole('link', { name: target.title });
		await expect(link).toHaveAttribute('href', `/chapters/${target.slug}`);
		await link.click();
		await expect(page).toHaveURL(`${baseURL}/chapters/${target.slug}`);
		const heading = page.locator(`#${target.slug}-title`);
		await expect.poll(() => inViewport(heading)).toBe(true);
		await expect(heading).toBeFocused();
		await expectMapSettledOn(page, target.slug);
		expect(await historyLength(page)).toBe(before + 1);
		await expect(link).toHaveAttribute('aria-current', 'step');
		// It did not load a new page: the map stayed (no second load).
		expect(await page.evaluate(() => performance.getEntriesByType('navigation').length)).toBe(1);
	});

	test('focus follows the panel from place to place, and returns to something visible', async ({
		page
	}) => {
		await openFrontPage(page);
		const heading = page.locator('aside.place-panel h2');
		await button(page, 'kizilcahamam').focus();
		await page.keyboard.press('Enter');
		await expect(heading).toHaveText(place('kizilcahamam').name);
		await expect(heading).toBeFocused();
		// With the panel open, the reader goes to another place and opens it: focus follows.
		await button(page, 'ballija').focus();
		await page.keyboard.press('Enter');
		await expect(heading).toHaveText(place('ballija').name);
		await expect(heading).toBeFocused();
		// The reader reads on to Ankara: Ballija leaves the map, and its button is hidden. Closing
		// the panel gives focus to the map, not to a button no one can see.
		await scrollChapterTo(page, 'ankara');
		await expectMapSettledOn(page, 'ankara');
		await expect(button(page, 'ballija')).toBeHidden();
		await heading.focus();
		await page.keyboard.press('Escape');
		await expect(page.locator('aside.place-panel')).toHaveCount(0);
		await expect(page.locator('.map-region')).toBeFocused();
	});
});

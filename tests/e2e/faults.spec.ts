import { expect, test, type Page } from '@playwright/test';
import {
	atRest,
	expectMapSettledOn,
	guardPage,
	mapEl,
	mapState,
	pointAtPlace,
	SLUGS,
	startMap,
	waitForMap
} from './support';

/** The index of the chapter whose heading is highest in the viewport's upper half. */
async function chapterInView(page: Page): Promise<string> {
	return page.evaluate(() => {
		const sections = [...document.querySelectorAll<HTMLElement>('section.chapter')];
		const line = window.innerHeight * 0.4;
		let current = '';
		for (const s of sections) if (s.getBoundingClientRect().top <= line) current = s.id;
		return current;
	});
}

test.describe('hard to break', () => {
	test('resizing and rotating the screen mid-flight ends with the map on the chapter being read', async ({
		page,
		baseURL
	}) => {
		const guard = guardPage(page, baseURL!);
		await page.goto('/');
		await waitForMap(page);
		await page.locator('nav#contents a', { hasText: 'Ankara' }).click();
		// Mid-flight: a phone turned to landscape, then back to portrait, then a desktop window.
		await page.waitForTimeout(300);
		await page.setViewportSize({ width: 844, height: 390 });
		await page.waitForTimeout(250);
		await page.setViewportSize({ width: 390, height: 844 });
		await page.waitForTimeout(250);
		await page.setViewportSize({ width: 1280, height: 800 });
		await expect(page).toHaveURL(/\/chapters\/ankara$/);
		await expectMapSettledOn(page, 'ankara');
		guard.expectClean();
	});

	test('hammering next and previous ends on the chapter being read', async ({ page, baseURL }) => {
		const guard = guardPage(page, baseURL!);
		await page.goto('/chapters/khojaly');
		await waitForMap(page);
		for (let i = 0; i < 6; i++) {
			const current = await chapterInView(page);
			const next = page.locator(`#${current}`).getByRole('link', { name: /^Next:/ });
			if ((await next.count()) === 0) break;
			await next.click();
		}
		for (let i = 0; i < 3; i++) {
			const current = await chapterInView(page);
			await page
				.locator(`#${current}`)
				.getByRole('link', { name: /Previous:/ })
				.click();
		}
		await atRest(page);
		const reading = await chapterInView(page);
		expect(SLUGS).toContain(reading);
		await expect(page).toHaveURL(new RegExp(`/chapters/${reading}$`));
		await expectMapSettledOn(page, reading);
		guard.expectClean();
	});

	test('clicking places in quick succession ends on the last one clicked', async ({
		page,
		baseURL
	}) => {
		const guard = guardPage(page, baseURL!);
		await page.goto('/');
		await waitForMap(page);
		// Once the map flies off, the other places leave the view, so the pointer can reach only
		// the first; the rest are activated as a screen reader activates the place buttons.
		await pointAtPlace(page, 'ankara');
		for (const id of ['baku', 'shusha']) {
			await page.waitForTimeout(120);
			await page
				.locator(`.place-button[data-place="${id}"]`)
				.evaluate((el) => (el as HTMLButtonElement).click());
		}
		await expect(page).toHaveURL(/\/chapters\/shusha$/);
		await expectMapSettledOn(page, 'shusha');
		expect((await mapState(page)).target).toBe('shusha');
		guard.expectClean();
	});

	test('until the live map has drawn, the reader sees the static picture, not a half-drawn map', async ({
		page,
		baseURL
	}) => {
		const guard = guardPage(page, baseURL!);
		// The labels' glyphs held back: the map cannot finish its first drawing until they come.
		let held = 0;
		let release = () => {};
		const released = new Promise<void>((resolve) => (release = resolve));
		await page.route(/\/glyphs\//, async (route) => {
			held++;
			await released;
			await route.continue();
		});
		await page.goto('/chapters/baku');
		await startMap(page);
		await expect.poll(() => held, { timeout: 20_000 }).toBeGreaterThan(0);
		await expect(mapEl(page).locator('canvas')).toBeAttached();
		await expect(page.locator('.map-region')).toHaveAttribute('data-map-status', 'loading');
		await expect(mapEl(page)).toBeHidden();
		// Nothing of it shows, its controls included (MapLibre's own CSS shows its credit).
		await expect(mapEl(page).locator('*').filter({ visible: true })).toHaveCount(0);
		await expect(page.locator('.map-region img.static-map')).toBeVisible();

		release();
		await expect(page.locator('.map-region')).toHaveAttribute('data-map-status', 'ready', {
			timeout: 25_000
		});
		await expect(mapEl(page)).toBeVisible();
		await expect(mapEl(page).locator('.maplibregl-ctrl-attrib')).toBeVisible();
		await expect(page.locator('.map-region img.static-map')).toHaveCount(0);
		guard.expectClean();
	});

	test('the story reads on when the map code fails to load', async ({ page, baseURL }) => {
		const guard = guardPage(page, baseURL!);
		await page.route(/maplibre-gl-worker|\/_app\/immutable\/chunks\//, async (route) => {
			// Let the app's own chunks through; fail the map library's chunk and worker.
			const body = await (await route.fetch()).text();
			if (
				route.request().url().includes('maplibre-gl-worker') ||
				body.includes('maplibregl') ||
				body.includes('MapLibre')
			)
				await route.abort();
			else await route.fulfill({ body, contentType: 'text/javascript' });
		});
		await page.goto('/chapters/baku');
		await startMap(page);
		await expect(page.locator('.map-region')).toHaveAttribute('data-map-status', 'failed', {
			timeout: 20_000
		});
		await expect(page.locator('.map-region img.static-map')).toBeVisible();
		await expect(page.locator('#baku-title')).toBeInViewport();
		expect(guard.pageErrors).toEqual([]);
		// A chunk still being fetched by the handler when the test ends is not the page's error.
		await page.unrouteAll({ behavior: 'ignoreErrors' });
	});
});

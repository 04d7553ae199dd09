import { expect, test, type Page } from '@playwright/test';
import { eventDateLabel, eventsOfChapter } from '../../src/lib/content/timeline';
import { SITE } from '../../src/lib/site';
import {
	atRest,
	CONTENT,
	pointAtPlace,
	expectMapSettledOn,
	guardPage,
	inViewport,
	mapEl,
	place,
	expectWentToChapter,
	historyLength,
	openWithTimelineStrip,
	scrollChapterTo,
	startTimelineStrip,
	waitForMap
} from './support';

async function horizontalOverflow(page: Page) {
	return page.evaluate(() => ({
		scrollWidth: document.documentElement.scrollWidth,
		innerWidth: window.innerWidth
	}));
}

test.describe('on a phone', () => {
	test('a chapter opened by its address: nothing on screen moves as the page starts', async ({
		page
	}) => {
		await page.addInitScript(() => {
			(window as unknown as { shifts: number[] }).shifts = [];
			new PerformanceObserver((list) => {
				for (const entry of list.getEntries() as (PerformanceEntry & {
					value: number;
					hadRecentInput: boolean;
				})[])
					if (!entry.hadRecentInput)
						(window as unknown as { shifts: number[] }).shifts.push(entry.value);
			}).observe({ type: 'layout-shift', buffered: true });
		});
		for (const slug of ['khojaly', 'baku']) {
			await page.goto(`/chapters/${slug}`);
			// The page's start, its idle work (share buttons) included, then what the reader's first
			// input starts: the live map and, once it is drawn, the chapters laid out ahead.
			await expect(page.locator('.copy-link').first()).toBeAttached();
			await page.waitForTimeout(1000);
			await waitForMap(page);
			await page.waitForTimeout(1500);
			const shifts = await page.evaluate(() => (window as unknown as { shifts: number[] }).shifts);
			expect(shifts, `layout shifts on /chapters/${slug}`).toEqual([]);
		}
	});

	test('a chapter opened by its address says who the sources are, in the map band', async ({
		page
	}) => {
		await page.goto('/chapters/khankendi');
		const note = page.locator('.map-sourcing');
		await expect(note).toBeInViewport({ ratio: 1 });
		await expect(note).toContainText(SITE.sourcingShort);
		// The band shows the short line only; the long one is not read out twice.
		await expect(note.locator('.long')).toBeHidden();
		const band = await page.locator('.map-region').boundingBox();
		const box = await note.boundingBox();
		expect(box!.y + box!.height).toBeLessThanOrEqual(band!.y + band!.height + 1);
		expect(box!.height).toBeLessThan(band!.height * 0.2);
	});

	test('the scale bar holds its distance on a map of the world', async ({ page }) => {
		// The recognition chapter shows the world, where the bar is shortest beside its text.
		await page.goto('/chapters/recognition');
		await waitForMap(page);
		await expectMapSettledOn(page, 'recognition');
		const scale = page.locator('.maplibregl-ctrl-scale');
		await expect(scale).toHaveText(/\d+\s*km/);
		const fit = await scale.evaluate((el) => {
			const range = document.createRange();
			range.selectNodeContents(el);
			const text = range.getBoundingClientRect();
			const bar = el.getBoundingClientRect();
			return { textRight: Math.round(text.right), barRight: Math.round(bar.right) };
		});
		expect(fit.textRight, `“${await scale.textContent()}” within its bar`).toBeLessThanOrEqual(
			fit.barRight - 2
		);
	});

	test('front page: map and title both on screen, no sideways scrolling', async ({
		page,
		baseURL
	}) => {
		const guard = guardPage(page, baseURL!);
		await page.goto('/');
		const region = page.getByRole('region', { name: 'Map of the places in the story' });
		await expect(region).toBeVisible();
		await expect(page.locator('h1')).toBeVisible();
		expect(await inViewport(region)).toBe(true);
		expect(await inViewport(page.locator('h1'))).toBe(true);

		await waitForMap(page);
		const box = (await region.boundingBox())!;
		const viewport = page.viewportSize()!;
		// The map shares the screen with the text: it neither vanishes nor fills the screen.
		expect(box.height).toBeGreaterThan(viewport.height * 0.2);
		expect(box.height).toBeLessThan(viewport.height * 0.7);
		const { scrollWidth, innerWidth } = await horizontalOverflow(page);
		expect(innerWidth).toBe(390);
		expect(scrollWidth).toBeLessThanOrEqual(390);
		guard.expectClean();
	});

	test('a chapter opens with the map on top and its heading visible below it', async ({
		page,
		baseURL
	}) => {
		await page.goto('/chapters/khojaly');
		await waitForMap(page);
		await expectMapSettledOn(page, 'khojaly');
		await page.waitForLoadState('networkidle');

		const region = page.getByRole('region', { name: 'Map of the places in the story' });
		const heading = page.locator('#khojaly-title');
		const mapBox = (await region.boundingBox())!;
		expect(mapBox.y, 'map at the top of the screen').toBeLessThanOrEqual(1);
		expect(mapBox.height).toBeGreaterThan(100);
		await expect(heading).toBeVisible();
		expect(await inViewport(heading)).toBe(true);
		const headingBox = (await heading.boundingBox())!;
		expect(headingBox.y, 'heading not hidden under the map').toBeGreaterThanOrEqual(
			mapBox.y + mapBox.height - 1
		);
		await expect(page).toHaveURL(`${baseURL}/chapters/khojaly`);
		expect((await horizontalOverflow(page)).scrollWidth).toBeLessThanOrEqual(390);

		// After scrolling the text, the map stays on top.
		await page.evaluate(() => window.scrollBy({ top: 600, behavior: 'instant' }));
		expect((await region.boundingBox())!.y).toBeLessThanOrEqual(1);
	});

	test('the skip link lands on the chapter’s heading below the map band, not under it', async ({
		page
	}) => {
		await page.goto('/chapters/baku');
		await expect(page.locator('.copy-link').first()).toBeAttached();
		// Somewhere else in the story first: the skip link must bring the heading into view. Once
		// the arrival at /chapters/baku is over: until then it holds baku on screen, and a scroll
		// with no input behind it (this one) is put back.
		await atRest(page);
		await scrollChapterTo(page, 'khojaly', 0.5);
		await expect(page).toHaveURL(/\/chapters\/khojaly$/);
		await page.keyboard.press('Tab');
		await expect(page.getByRole('link', { name: 'Skip to the story' })).toBeFocused();
		await page.keyboard.press('Enter');
		const heading = page.locator('#khojaly-title');
		await expect(heading).toBeFocused();
		const band = (await page.locator('.map-region').boundingBox())!;
		await expect
			.poll(async () => (await heading.boundingBox())!.y, { message: 'heading below the band' })
			.toBeGreaterThanOrEqual(band.y + band.height - 1);
		expect(await inViewport(heading)).toBe(true);
	});

	test('before the live map starts, the band shows the chapter’s picture drawn for a phone', async ({
		page
	}) => {
		await page.goto('/chapters/shusha');
		const picture = page.locator('.map-region img.static-map');
		await expect(picture).toBeVisible();
		await expect
			.poll(() => picture.evaluate((img: HTMLImageElement) => img.complete && img.currentSrc))
			.toMatch(/\/maps\/phone\/shusha\.png$/);
		// The picture drawn for the band, not the square desktop one cut down to its middle.
		expect(await picture.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(800);

		// Reading on changes the picture with the chapter. Scroll once the story has started (its
		// chapter buttons are drawn then) and its arrival at /chapters/shusha is over: before that,
		// the arrival holds shusha and would undo the scroll. (No wheel or tap: the first one starts
		// the live map, and this test is about the picture before it.)
		await expect(page.getByRole('button', { name: 'Copy link' }).first()).toBeAttached();
		await atRest(page);
		await scrollChapterTo(page, 'baku', 0.5);
		await expect
			.poll(() => picture.evaluate((img: HTMLImageElement) => img.currentSrc))
			.toMatch(/\/maps\/phone\/baku\.png$/);
	});

	test('scrolling the text below the map changes chapter', async ({ page, baseURL }) => {
		await page.goto('/');
		await waitForMap(page);
		await expectMapSettledOn(page, 'overview');
		const mapBottom = (await page.locator('.map-region').boundingBox())!;
		const height = page.viewportSize()!.height;
		// Bring the chapter's top just below the map: that is where the reader is reading.
		const fraction = (mapBottom.y + mapBottom.height + 24) / height;
		for (const slug of ['khojaly', 'baku']) {
			await scrollChapterTo(page, slug, fraction);
			await expect(page).toHaveURL(`${baseURL}/chapters/${slug}`);
			await expectMapSettledOn(page, slug);
			expect(await inViewport(page.locator(`#${slug}-title`))).toBe(true);
		}
	});

	test('tapping places: one with a chapter goes there, one without opens its panel', async ({
		page,
		baseURL
	}) => {
		await page.goto('/chapters/khojaly');
		await waitForMap(page);
		await expectMapSettledOn(page, 'khojaly');

		// Ballija has no chapter of its own: a panel opens, on screen.
		const ballija = place('ballija');
		await pointAtPlace(page, ballija.id, 'tap');
		const panel = page.locator(`aside.place-panel[data-panel-place="${ballija.id}"]`);
		await expect(panel).toBeVisible();
		expect(await inViewport(panel)).toBe(true);
		await expect(panel.getByRole('heading', { level: 2 })).toHaveText(ballija.name);
		// Its position is approximate, and the panel says how far off it may be.
		if (ballija.coordinates.method !== 'approximate') throw new Error('Ballija is approximate');
		await expect(panel).toContainText(
			`Approximate position: within about ${ballija.coordinates.uncertaintyKm} km`
		);
		// The live map has a scale bar.
		await expect(page.locator('.maplibregl-ctrl-scale')).toBeVisible();
		const close = panel.getByRole('button', { name: 'Close' });
		expect(await inViewport(close)).toBe(true);
		await close.tap();
		await expect(page.locator('aside.place-panel')).toHaveCount(0);
		await expect(page).toHaveURL(`${baseURL}/chapters/khojaly`);

		// Aghdam has its own chapter: the story scrolls there, below the map.
		await pointAtPlace(page, 'aghdam', 'tap');
		await expect(page).toHaveURL(`${baseURL}/chapters/aghdam`);
		await expectMapSettledOn(page, 'aghdam');
		const heading = page.locator('#aghdam-title');
		await expect(heading).toBeFocused();
		await expect.poll(() => inViewport(heading)).toBe(true);
		const mapBox = (await page.locator('.map-region').boundingBox())!;
		expect((await heading.boundingBox())!.y).toBeGreaterThanOrEqual(mapBox.y + mapBox.height - 1);
	});

	test('the live map leaves out names its side or its buttons would cut, and draws them again where they fit', async ({
		page
	}) => {
		const leftOut = async () =>
			((await mapEl(page).getAttribute('data-names-left-out')) ?? '').split('|');
		await page.goto('/');
		await waitForMap(page);
		// Kazakhstan's name runs off the right side; Ukraine's sits under the map's credit.
		await expect.poll(leftOut).toEqual(expect.arrayContaining(['Kazakhstan', 'Ukraine']));
		expect(await leftOut()).not.toContain('Russia');
		// At Khojaly, Tartar's name would be under the zoom buttons; the countries are back.
		await scrollChapterTo(page, 'khojaly', 0.2);
		await expectMapSettledOn(page, 'khojaly');
		await expect.poll(leftOut).toContain('Tartar');
		expect(await leftOut()).not.toContain('Kazakhstan');
	});

	test('the live map draws no town’s dot without its name', async ({ page }) => {
		const unnamedDots = async () =>
			((await mapEl(page).getAttribute('data-unnamed-dots')) ?? '').split('|');
		await page.goto('/chapters/khojaly');
		await waitForMap(page);
		await expectMapSettledOn(page, 'khojaly');
		// Askyaran's name collides with Khojaly's and the other story places' names, so MapLibre
		// hides it; its dot, beside Khojaly's, goes with it.
		await expect.poll(unnamedDots).toContain('Askyaran');
	});
});

test.describe('the timeline strip on a phone', () => {
	test('sits under the map band, covers neither map nor text, and shows the chapter’s dates', async ({
		page
	}) => {
		await page.goto('/chapters/khankendi');
		await startTimelineStrip(page);
		const strip = page.locator('[data-timeline-strip]');
		const band = (await page.locator('.map-region').boundingBox())!;
		const box = (await strip.boundingBox())!;
		// Right under the band, as wide as the screen, one line tall.
		expect(Math.abs(box.y - (band.y + band.height))).toBeLessThanOrEqual(1.5);
		expect(box.width).toBeGreaterThanOrEqual(page.viewportSize()!.width - 1);
		expect(box.height).toBeLessThanOrEqual(48);
		// The chapter's heading is below it, not under it.
		const heading = (await page.locator('#khankendi-title').boundingBox())!;
		expect(heading.y).toBeGreaterThanOrEqual(box.y + box.height - 1);
		// The chapter's dates, each a link that names its date and what happened.
		const dates = strip.locator('a.chip');
		const events = eventsOfChapter(CONTENT.timeline, 'khankendi');
		await expect(dates).toHaveCount(events.length);
		for (const event of events)
			await expect(
				strip.getByRole('link', {
					name: `${eventDateLabel(event, true)}: ${event.label}`,
					exact: true
				})
			).toBeAttached();
		await expect(strip.locator('a.mark')).toHaveCount(0);

		// Above the first chapter no chapter is being read: no dates, and no chapter said to have none.
		await page.goto('/');
		await startTimelineStrip(page);
		await expect(strip.locator('.none')).toHaveText('Each chapter’s dates show here');
		await expect(dates).toHaveCount(0);
		await page.goto('/chapters/khankendi');
		await startTimelineStrip(page);
		await expect(dates).toHaveCount(events.length);

		// Reading on to another chapter shows its dates; the band stays where it was.
		await atRest(page);
		await scrollChapterTo(page, 'baku', 0.5);
		await expect(page).toHaveURL(/\/chapters\/baku$/);
		await expect(dates).toHaveCount(eventsOfChapter(CONTENT.timeline, 'baku').length);
		expect((await page.locator('.map-region').boundingBox())!.y).toBeLessThanOrEqual(1);
		expect((await strip.boundingBox())!.y).toBeCloseTo(box.y, 0);
	});

	test('a chapter’s date, tapped, goes back to the chapter’s start, below the strip', async ({
		page
	}) => {
		await openWithTimelineStrip(page, '/chapters/khojaly');
		// Well into the Baku chapter: its heading is above the screen.
		await scrollChapterTo(page, 'baku', -0.4);
		await expect(page).toHaveURL(/\/chapters\/baku$/);
		await atRest(page);
		expect(await inViewport(page.locator('#baku-title'))).toBe(false);
		const entries = await historyLength(page);
		await page.locator('[data-timeline-strip] a.chip').first().tap();
		await expectWentToChapter(page, 'baku', entries);
		const strip = (await page.locator('[data-timeline-strip]').boundingBox())!;
		await expect
			.poll(async () => (await page.locator('#baku-title').boundingBox())!.y, {
				message: 'heading below the strip'
			})
			.toBeGreaterThanOrEqual(strip.y + strip.height - 1);
	});
});

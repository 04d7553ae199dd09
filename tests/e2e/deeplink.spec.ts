import { expect, test, type Page } from '@playwright/test';
import {
	atRest,
	CHAPTERS,
	centerTolerance,
	expectedCamera,
	expectedCenter,
	expectMapSettledOn,
	guardPage,
	inViewport,
	mapLog,
	near,
	parseCenter,
	PLACES,
	recordMapChanges,
	scrollChapterTo,
	waitForMap
} from './support';

/**
 * How far a chapter's top is from where the story lands it (its scroll margin below the window's
 * top), in whole CSS pixels: 0 when the page opened exactly there.
 */
function sectionTopBelowMargin(page: Page, slug: string): Promise<number> {
	return page.evaluate((slug) => {
		const section = document.getElementById(slug)!;
		const margin = parseFloat(getComputedStyle(section).scrollMarginTop);
		// `|| 0`: a top a fraction of a pixel above its margin rounds to -0, which is not 0 to `toBe`.
		return Math.round(section.getBoundingClientRect().top - margin) || 0;
	}, slug);
}

test.describe('opening a chapter by its address', () => {
	for (const c of CHAPTERS) {
		test(`/chapters/${c.slug} opens at that chapter, map already there`, async ({
			page,
			baseURL
		}) => {
			const guard = guardPage(page, baseURL!);
			await recordMapChanges(page);
			await page.goto(`/chapters/${c.slug}`);
			const heading = page.locator(`#${c.slug}-title`);
			await expect
				.poll(() => inViewport(heading), { message: 'chapter heading in view' })
				.toBe(true);

			await waitForMap(page);
			const first = (await mapLog(page)).find((entry) => entry.center);
			expect(first, 'the map reported a center').toBeTruthy();
			expect(first!.target).toBe(c.slug);
			const { center, zoom } = await expectedCamera(page, c.slug);
			expect(
				near(parseCenter(first!.center), center, centerTolerance(zoom)),
				`first reported center ${first!.center} should be near ${center.join(',')} (no flight from the overview)`
			).toBe(true);
			await expectMapSettledOn(page, c.slug);

			// Once everything has loaded (fonts, map), the reader is still at the chapter.
			await page.waitForLoadState('networkidle');
			expect(await inViewport(heading), 'heading still in view after load').toBe(true);
			await expect(page).toHaveURL(`${baseURL}/chapters/${c.slug}`);
			expect(await page.locator('section.chapter.active').getAttribute('data-chapter')).toBe(
				c.slug
			);
			guard.expectClean();
		});
	}
});

test('Copy link copies the chapter’s absolute address and says so', async ({
	page,
	context,
	baseURL
}) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
	await page.goto('/chapters/khojaly');
	const section = page.locator('section.chapter[data-chapter="shusha"]');
	const copy = section.getByRole('button', { name: 'Copy link' });
	await copy.scrollIntoViewIfNeeded();
	await copy.click();
	await expect(section.getByRole('status')).toHaveText('Link copied');
	const copied = await page.evaluate(() => navigator.clipboard.readText());
	expect(copied).toBe(`${baseURL}/chapters/shusha`);
});

test.describe('with reduced motion', () => {
	test.use({ reducedMotion: 'reduce' });

	test('the map jumps to a new chapter instead of flying', async ({ page }) => {
		await recordMapChanges(page);
		await page.goto('/');
		await waitForMap(page);
		await expectMapSettledOn(page, 'overview');

		const start = await page.evaluate(() => performance.now());
		await scrollChapterTo(page, 'khankendi', 0.2);
		await expectMapSettledOn(page, 'khankendi', 5_000);

		const log = (await mapLog(page)).filter((e) => e.t >= start);
		const retarget = log.find((e) => e.target === 'khankendi');
		const arrived = log.find(
			(e) =>
				e.target === 'khankendi' &&
				e.settled === 'true' &&
				near(parseCenter(e.center), expectedCenter('khankendi'))
		);
		expect(retarget && arrived, JSON.stringify(log)).toBeTruthy();
		// A flight takes over two seconds; a jump is there at once.
		expect(arrived!.t - retarget!.t).toBeLessThan(500);
		// And no in-between positions were reported.
		const between = log.filter(
			(e) => e.target === 'khankendi' && !near(parseCenter(e.center), expectedCenter('khankendi'))
		);
		expect(between).toEqual([]);
	});
});

test('a chapter’s address opens at that chapter before the page’s script has loaded', async ({
	page,
	baseURL
}) => {
	const guard = guardPage(page, baseURL!);
	// The page's code never arrives (as on a slow phone, for its first seconds).
	await page.route('**/_app/immutable/**/*.js', (route) => route.abort());
	await page.goto('/chapters/ankara');
	const heading = page.locator('#ankara-title');
	expect(await inViewport(heading)).toBe(true);
	expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(1000);
	// The story's title, at the top, is scrolled past.
	expect(await inViewport(page.locator('h1'))).toBe(false);
	// The chapter's top sits at its scroll margin, as where the story's own jumps land.
	expect(await sectionTopBelowMargin(page, 'ankara')).toBe(0);
	expect(guard.consoleErrors.filter((e) => /Content Security Policy/.test(e))).toEqual([]);
});

test('where the browser cannot open at the chapter by CSS, the inline script does, also when the text font arrives just after it', async ({
	context,
	baseURL
}) => {
	await context.route('**/_app/immutable/**/*.js', (route) => route.abort());
	// The text font is held until the parser reaches the inline script, and arrives as it scrolls:
	// still in time to be used, so the text reflows after the scroll. (The chapter sat 25 px low.)
	let releaseFont = () => {};
	await context.exposeFunction('releaseFont', () => releaseFont());
	await context.route('**/*.woff2', async (route) => {
		await new Promise<void>((resolve) => (releaseFont = resolve));
		await route.continue();
	});
	await context.addInitScript(() => {
		// A browser without `scroll-initial-target`: the property is off, and CSS.supports says so.
		const supports = CSS.supports.bind(CSS);
		CSS.supports = ((property: string, value?: string) =>
			!property.includes('scroll-initial-target') &&
			(value === undefined
				? supports(property)
				: supports(property, value))) as typeof CSS.supports;
		new MutationObserver((records, observer) => {
			if (document.head && !document.querySelector('style[data-test]')) {
				const style = document.createElement('style');
				style.dataset.test = '';
				style.textContent = '[data-opens-here] { scroll-initial-target: none !important; }';
				document.head.append(style);
			}
			for (const record of records)
				for (const node of record.addedNodes)
					if (node instanceof HTMLScriptElement && node.text.includes('data-opens-here')) {
						(window as unknown as { releaseFont: () => void }).releaseFont();
						observer.disconnect();
					}
		}).observe(document, { childList: true, subtree: true });
	});
	// The font's timing against the first paint varies from load to load: try a few.
	for (let load = 0; load < 4; load++) {
		const page = await context.newPage();
		const guard = guardPage(page, baseURL!);
		await page.goto('/chapters/ankara');
		expect(await page.evaluate(() => CSS.supports('scroll-initial-target', 'nearest'))).toBe(false);
		await page.evaluate(() => document.fonts.ready);
		expect(await sectionTopBelowMargin(page, 'ankara'), `load ${load + 1}`).toBe(0);
		// No policy blocked the inline script.
		expect(guard.consoleErrors.filter((e) => /Content Security Policy/.test(e))).toEqual([]);
		await page.close();
	}
});

test('the front page and an address with a #fragment are left where the browser puts them', async ({
	page
}) => {
	await page.goto('/');
	expect(await page.evaluate(() => window.scrollY)).toBe(0);
	await page.goto('/chapters/ankara#contents');
	// Once the story has started too.
	await expect(page.locator('.copy-link').first()).toBeAttached();
	await atRest(page);
	expect(await inViewport(page.locator('nav#contents'))).toBe(true);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('a chapter’s address opens at that chapter', async ({ page }) => {
		await page.goto('/chapters/aghdam');
		expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(1000);
		expect(await sectionTopBelowMargin(page, 'aghdam')).toBe(0);
		// A shared link to the contents opens there (a new load: a hash change alone would glide).
		await page.goto('about:blank');
		await page.goto('/chapters/aghdam#contents');
		await expect.poll(() => inViewport(page.locator('nav#contents'))).toBe(true);
		expect(await inViewport(page.locator('#aghdam-title'))).toBe(false);
	});

	test('a chapter page shows the whole story and a list of the places', async ({ page }) => {
		const response = await page.goto('/chapters/aghdam');
		expect(response?.status()).toBe(200);

		await expect(page.locator('section.chapter')).toHaveCount(CHAPTERS.length);
		for (const c of CHAPTERS) await expect(page.locator(`#${c.slug}-title`)).toHaveText(c.title);
		const passages = page.locator('figure.passage');
		const total = CHAPTERS.reduce((n, c) => n + c.passages.length, 0);
		expect(await passages.count()).toBeGreaterThan(20);
		await expect(passages).toHaveCount(total);
		await expect(passages.first().locator('blockquote p')).not.toBeEmpty();
		await expect(passages.first().locator('figcaption cite')).not.toBeEmpty();

		// The map region falls back to a list of links to the places' chapters.
		const region = page.getByRole('region', { name: 'Map of the places in the story' });
		await expect(region).toBeVisible();
		for (const p of PLACES) {
			const link = region.getByRole('link', { name: p.name, exact: true });
			await expect(link, p.name).toBeVisible();
			await expect(link).toHaveAttribute('href', `/chapters/${p.coveredBy}`);
		}
		// The contents work as plain links.
		await page.locator('nav#contents').getByRole('link', { name: CHAPTERS[1]!.title }).click();
		await expect(page).toHaveURL(new RegExp(`/chapters/${CHAPTERS[1]!.slug}$`));
		await expect(page.locator(`#${CHAPTERS[1]!.slug}-title`)).toBeVisible();
	});
});

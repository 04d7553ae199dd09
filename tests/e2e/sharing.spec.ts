import { createHash } from 'node:crypto';
import { chromium, expect, test, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from '../../scripts/chromium.js';
import { CHAPTERS, guardPage, SLUGS, startMap } from './support';

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
	expect(bytes.subarray(0, 8).toString('hex'), 'PNG signature').toBe('89504e470d0a1a0a');
	return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

async function metaContent(page: Page, selector: string): Promise<string | null> {
	return page.locator(selector).getAttribute('content');
}

test.describe('preview images', () => {
	test('every story page has its own 1200×630 PNG preview, with size and alt text', async ({
		page,
		request
	}) => {
		const hashes = new Map<string, string>();
		for (const path of ['/', ...SLUGS.map((s) => `/chapters/${s}`)]) {
			await page.goto(path);
			const image = await metaContent(page, 'meta[property="og:image"]');
			expect(image, path).toMatch(/^http:\/\/localhost:4173\/og\/[a-z0-9-]+\.png$/);
			// X falls back to og:image; it needs its own card type and the image's alt text.
			expect(await metaContent(page, 'meta[name="twitter:card"]')).toBe('summary_large_image');
			expect(await metaContent(page, 'meta[name="twitter:image:alt"]')).toBe(
				await metaContent(page, 'meta[property="og:image:alt"]')
			);
			expect(await metaContent(page, 'meta[property="og:image:width"]')).toBe('1200');
			expect(await metaContent(page, 'meta[property="og:image:height"]')).toBe('630');
			expect((await metaContent(page, 'meta[property="og:image:alt"]'))?.length).toBeGreaterThan(
				20
			);
			const response = await request.get(new URL(image!).pathname);
			expect(response.status()).toBe(200);
			expect(response.headers()['content-type']).toBe('image/png');
			const bytes = await response.body();
			expect(pngSize(bytes)).toEqual({ width: 1200, height: 630 });
			hashes.set(path, createHash('sha256').update(bytes).digest('hex'));
		}
		expect(new Set(hashes.values()).size, 'each page has a different preview').toBe(hashes.size);
	});
});

test.describe('the static map stands in for the live map', () => {
	test('without JavaScript every chapter shows its own map picture', async ({ browser }) => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto('/chapters/aghdam');
		const maps = page.locator('section.chapter .chapter-static-map img');
		await expect(maps).toHaveCount(CHAPTERS.length);
		for (const [i, chapter] of CHAPTERS.entries()) {
			const img = maps.nth(i);
			await img.scrollIntoViewIfNeeded();
			await expect(img).toBeVisible();
			await expect(img).toHaveAttribute('src', `/maps/${chapter.slug}.png`);
			await expect
				.poll(() => img.evaluate((el) => (el as HTMLImageElement).naturalWidth))
				.toBe(960);
		}
		// The map area shows the chapter the page opened at.
		await expect(page.locator('.map-region img.static-map')).toHaveAttribute(
			'src',
			'/maps/aghdam.png'
		);
		await context.close();
	});

	test('with WebGL unavailable the map area shows the static map of the chapter being read, and says why', async ({
		baseURL
	}) => {
		const browser = await chromium.launch({
			executablePath: chromiumPath(),
			args: [...CHROMIUM_ARGS, '--disable-webgl', '--disable-3d-apis']
		});
		const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
		const guard = guardPage(page, baseURL!);
		await page.goto('/chapters/khojaly');
		await startMap(page);
		const region = page.locator('.map-region');
		await expect(region).toHaveAttribute('data-map-status', 'failed');
		await expect(region).toContainText('WebGL');
		const img = region.locator('img.static-map');
		await expect(img).toBeVisible();
		await expect(img).toHaveAttribute('src', '/maps/khojaly.png');
		await page.locator('#baku').scrollIntoViewIfNeeded();
		await page.evaluate(() => window.scrollBy(0, 100));
		await expect(img).toHaveAttribute('src', '/maps/baku.png');
		await expect(page).toHaveURL(/\/chapters\/baku$/);
		guard.expectClean();
		await browser.close();
	});

	test('when the basemap fails to load, the static map takes over without errors', async ({
		page,
		baseURL
	}) => {
		const guard = guardPage(page, baseURL!);
		await page.route('**/basemap/**', (route) => route.abort());
		await page.goto('/chapters/ankara');
		await startMap(page);
		const region = page.locator('.map-region');
		await expect(region).toHaveAttribute('data-map-status', 'failed', { timeout: 20_000 });
		await expect(region.locator('img.static-map')).toHaveAttribute('src', '/maps/ankara.png');
		await expect(page.locator('#ankara-title')).toBeInViewport();
		expect(guard.pageErrors).toEqual([]);
	});

	test('before the map library has loaded, the map area already shows the chapter', async ({
		page
	}) => {
		// Until the reader interacts, the map's code is not even fetched.
		await page.goto('/chapters/shusha');
		const img = page.locator('.map-region img.static-map');
		await expect(img).toHaveAttribute('src', '/maps/shusha.png');
		await expect.poll(() => img.evaluate((el) => (el as HTMLImageElement).naturalWidth)).toBe(960);
		await expect(page.locator('.map-region')).toHaveAttribute('data-map-status', 'waiting');
	});

	test('printing shows each chapter with its static map and no live map or navigation', async ({
		page
	}) => {
		await page.goto('/chapters/baku');
		await page.emulateMedia({ media: 'print' });
		await expect(page.locator('.map-region')).toBeHidden();
		await expect(page.locator('nav#contents')).toBeHidden();
		await expect(page.locator('#baku .chapter-static-map img')).toBeVisible();
		await expect(page.locator('#baku figure.passage').first()).toBeVisible();
		await expect(page.locator('#baku .chapter-tools')).toBeHidden();
	});
});

test.describe('sharing a chapter', () => {
	test('uses the Web Share API where the browser has it', async ({ page }) => {
		await page.addInitScript(() => {
			(window as unknown as { shared: ShareData[] }).shared = [];
			Object.defineProperty(navigator, 'share', {
				value: async (data: ShareData) =>
					void (window as unknown as { shared: ShareData[] }).shared.push(data)
			});
		});
		await page.goto('/chapters/shusha');
		await page.locator('#shusha').getByRole('button', { name: 'Share…' }).click();
		await expect(page.locator('#shusha .share [role="status"]')).toHaveText('Shared');
		const shared = await page.evaluate(() => (window as unknown as { shared: ShareData[] }).shared);
		expect(shared).toHaveLength(1);
		expect(shared[0]!.url).toMatch(/\/chapters\/shusha$/);
		expect(shared[0]!.title).toBe(CHAPTERS.find((c) => c.slug === 'shusha')!.title);
	});

	test('elsewhere offers Copy link, which copies the chapter URL and says so', async ({
		page,
		context,
		baseURL
	}) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		await page.goto('/chapters/ankara');
		await expect(page.locator('#ankara').getByRole('button', { name: 'Share…' })).toHaveCount(0);
		await page.locator('#ankara').getByRole('button', { name: 'Copy link' }).click();
		await expect(page.locator('#ankara .copy-link [role="status"]')).toHaveText('Link copied');
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
			`${baseURL}/chapters/ankara`
		);
	});
});

test('the sitemap lists every page by absolute URL, and robots.txt points to it', async ({
	request
}) => {
	const robots = await (await request.get('/robots.txt')).text();
	expect(robots).toContain('Sitemap: http://localhost:4173/sitemap.xml');
	const response = await request.get('/sitemap.xml');
	expect(response.headers()['content-type']).toContain('xml');
	const locs = [...(await response.text()).matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
	for (const slug of SLUGS) expect(locs).toContain(`http://localhost:4173/chapters/${slug}`);
	for (const path of [
		'/',
		'/sources',
		'/places',
		'/figures',
		'/timeline',
		'/places/ballija',
		'/sources/trend-2026-02-26'
	])
		expect(locs).toContain(`http://localhost:4173${path}`);
	// Every listed page exists.
	for (const loc of locs)
		expect((await request.get(new URL(loc).pathname)).status(), loc).toBe(200);
});

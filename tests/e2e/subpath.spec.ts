import { expect, test } from '@playwright/test';
import { guardPage, waitForMap } from './support';

const PREFIX = '/khojaly-story';

test.describe('built for a sub-path (BASE_PATH=/khojaly-story)', () => {
	test('the story, its map and its data all load under the prefix', async ({ page, baseURL }) => {
		const guard = guardPage(page, baseURL!);
		const failed: string[] = [];
		page.on('response', (r) => {
			if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
		});
		await page.goto(`${PREFIX}/`);
		await waitForMap(page);
		await expect(page.locator('.map .maplibregl-canvas')).toBeVisible();
		await page.waitForLoadState('networkidle');
		expect(failed).toEqual([]);
		guard.expectClean();
		// Links carry the prefix.
		const hrefs = await page
			.locator('nav#contents a')
			.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
		for (const href of hrefs) expect(href).toMatch(/^\/khojaly-story\/chapters\//);
	});

	test('a deep link opened directly works, and its preview image is under the prefix', async ({
		page,
		request
	}) => {
		const response = await page.goto(`${PREFIX}/chapters/baku`);
		expect(response?.status()).toBe(200);
		await expect(page.locator('#baku-title')).toBeInViewport();
		const image = await page.locator('meta[property="og:image"]').getAttribute('content');
		expect(image).toBe('http://127.0.0.1:4174/khojaly-story/og/baku.png');
		expect((await request.get(new URL(image!).pathname)).status()).toBe(200);
		await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
			'href',
			'http://127.0.0.1:4174/khojaly-story/chapters/baku'
		);
	});

	test('scrolling and clicking keep the prefix in the address', async ({ page }) => {
		await page.goto(`${PREFIX}/`);
		await waitForMap(page);
		await page.locator('nav#contents a').nth(2).click();
		await expect(page).toHaveURL(/\/khojaly-story\/chapters\/aghdam$/);
		await page.locator('#aghdam figure.passage figcaption a').first().click();
		await expect(page).toHaveURL(/\/khojaly-story\/sources\/[a-z0-9-]+#/);
	});

	test('a chapter’s embeddable view and the sizing script are under the prefix', async ({
		page,
		request,
		baseURL
	}) => {
		const guard = guardPage(page, baseURL!);
		const response = await page.goto(`${PREFIX}/embed/chapters/baku`);
		expect(response?.status()).toBe(200);
		expect(response?.headers()['x-frame-options']).toBeUndefined();
		await expect(page.locator('.map-region img.static-map')).toHaveAttribute(
			'src',
			`${PREFIX}/maps/baku.png`
		);
		await expect(page.getByRole('link', { name: 'Read the whole story' })).toHaveAttribute(
			'href',
			`${PREFIX}/chapters/baku`
		);
		await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
			'href',
			'http://127.0.0.1:4174/khojaly-story/chapters/baku'
		);
		guard.expectClean();
		const script = await request.get(`${PREFIX}/embed/v1.js`);
		expect(script.status()).toBe(200);
		expect(script.headers()['content-type']).toMatch(/javascript/);
	});

	test('an unknown page under the prefix is a 404 with a way back', async ({ page }) => {
		const response = await page.goto(`${PREFIX}/chapters/nope`);
		expect(response?.status()).toBe(404);
		await page.getByRole('link', { name: /Go to the start of the story/ }).click();
		await expect(page).toHaveURL(/\/khojaly-story\/$/);
	});
});

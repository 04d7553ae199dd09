/**
 * The live map's code is fetched ahead, in an idle moment once the page is ready, and not run: the
 * reader's first input then starts the map, not a download (server/map-code.ts, map/prefetch.ts).
 */
import { expect, test } from '@playwright/test';
import { guardPage, waitForMap } from './support';

test('the map’s code is fetched ahead while the reader reads, and runs only on their first input', async ({
	page,
	baseURL
}) => {
	const guard = guardPage(page, baseURL!);
	const fetched: string[] = [];
	page.on('requestfinished', (request) => fetched.push(new URL(request.url()).pathname));
	await page.goto('/chapters/baku');

	const prefetched = page.locator('head link[rel="prefetch"]');
	await expect(prefetched.first()).toBeAttached({ timeout: 15_000 });
	const hrefs = await prefetched.evaluateAll((links) =>
		links.map((l) => new URL((l as HTMLLinkElement).href).pathname)
	);
	// The map's chunk (it holds MapLibre), its worker and its stylesheet, all of the site's own.
	expect(hrefs.some((h) => h.includes('maplibre-gl-worker'))).toBe(true);
	expect(hrefs.some((h) => h.endsWith('.css'))).toBe(true);
	for (const href of hrefs) expect((await page.request.get(href)).status(), href).toBe(200);
	await expect.poll(() => hrefs.every((h) => fetched.includes(h))).toBe(true);

	// Fetched, not run: no map until the reader moves.
	await expect(page.locator('.map-region')).toHaveAttribute('data-map-status', 'waiting');
	await expect(page.locator('.map-region canvas')).toHaveCount(0);
	await waitForMap(page);
	guard.expectClean();
});

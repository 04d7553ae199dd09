import { expect, test } from '@playwright/test';
import { SITE } from '../../src/lib/site';
import { CHAPTERS, waitForMap } from './support';

/**
 * A reader who opens one chapter from a shared link learns who the sources are on that page,
 * without scrolling to the introduction: the line sits at the foot of the map, on every chapter,
 * before and after the live map starts.
 */
test.describe('who the sources are', () => {
	for (const c of CHAPTERS.filter((_, i) => i === 0 || i === 4 || i === CHAPTERS.length - 1))
		test(`/chapters/${c.slug} says it without scrolling`, async ({ page }) => {
			await page.goto(`/chapters/${c.slug}`);
			const note = page.locator('.map-sourcing');
			await expect(note).toBeInViewport({ ratio: 1 });
			await expect(note).toContainText(SITE.sourcing);
			await expect(note.getByRole('link', { name: 'About the sources' })).toHaveAttribute(
				'href',
				'/sources'
			);
			await waitForMap(page);
			await expect(note).toBeInViewport({ ratio: 1 });
			// The map's own credit moved out of the way, so both can be read.
			const credit = page.locator('.maplibregl-ctrl-attrib');
			await expect(credit).toBeVisible();
			const [a, b] = [await note.boundingBox(), await credit.boundingBox()];
			expect(a!.y > b!.y + b!.height || b!.y > a!.y + a!.height).toBe(true);
		});

	test('the reference pages say it in their header', async ({ page }) => {
		for (const path of ['/sources', '/figures', '/places/khojaly']) {
			await page.goto(path);
			await expect(page.locator('header .sourcing-note')).toContainText(SITE.sourcing);
		}
	});
});

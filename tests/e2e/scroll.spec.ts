import { expect, test } from '@playwright/test';
import {
	expectMapSettledOn,
	guardPage,
	historyLength,
	mapState,
	near,
	expectedCenter,
	scrollChapterTo,
	SLUGS,
	waitForMap
} from './support';

test.describe('scrolling through the story', () => {
	test('each chapter takes over the address and the map as it scrolls into view', async ({
		page,
		baseURL
	}) => {
		test.setTimeout(120_000);
		const guard = guardPage(page, baseURL!);
		await page.goto('/');
		await waitForMap(page);
		await expectMapSettledOn(page, 'overview');
		await expect(page).toHaveURL(`${baseURL}/`);
		const startLength = await historyLength(page);

		for (const slug of SLUGS) {
			await scrollChapterTo(page, slug, 0.2);
			await expect(page, `address follows ${slug}`).toHaveURL(`${baseURL}/chapters/${slug}`);
			await expect(page.locator(`section.chapter[data-chapter="${slug}"]`)).toHaveClass(
				/\bactive\b/
			);
			await expectMapSettledOn(page, slug);
		}
		expect(await historyLength(page), 'scrolling adds no history entries').toBe(startLength);

		// Back to the very top: the front page's address and the overview.
		await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
		await expect(page).toHaveURL(`${baseURL}/`);
		await expectMapSettledOn(page, 'overview');
		expect(await historyLength(page)).toBe(startLength);
		guard.expectClean();
	});

	test('a fast jump ends on the chapter the reader stopped at, not a stale flight', async ({
		page,
		baseURL
	}) => {
		const last = SLUGS[SLUGS.length - 1]!;
		const third = SLUGS[2]!;
		await page.goto('/');
		await waitForMap(page);
		await expectMapSettledOn(page, 'overview');

		// Straight to the end: the map starts flying there…
		await scrollChapterTo(page, last, 0.2);
		await expect(page.locator('.map-region .map')).toHaveAttribute('data-target', last);
		// …and at once back up to chapter 3, mid-flight.
		await scrollChapterTo(page, third, 0.2);
		await expect(page).toHaveURL(`${baseURL}/chapters/${third}`);
		await expectMapSettledOn(page, third);

		// Still there once any earlier flight would have finished (flights last ~2.2 s).
		await page.waitForTimeout(3_000);
		const state = await mapState(page);
		expect(state.target).toBe(third);
		expect(near(state.center, expectedCenter(third)), `center ${state.center}`).toBe(true);
		await expect(page).toHaveURL(`${baseURL}/chapters/${third}`);
	});
});

/**
 * The locator inset: on every zoomed-in chapter a small map of the region with a frame where the
 * main map is, kept in step with the live map; in the prerendered page too; hidden on the overview.
 */
import { expect, test, type Page } from '@playwright/test';
import { OVERVIEW_KEY } from '../../src/lib/content/reserved';
import {
	CHAPTERS,
	expectMapSettledOn,
	expectedCenter,
	FRAME_TOLERANCE,
	guardPage,
	locatorFrameCentre,
	mapState,
	near,
	scrollChapterTo,
	waitForMap
} from './support';

const zoomedIn = CHAPTERS.filter((c) => 'zoom' in c.camera).map((c) => c.slug);
const overviews = [OVERVIEW_KEY, ...CHAPTERS.filter((c) => 'fit' in c.camera).map((c) => c.slug)];

/** Runs the locator checks for the project's screen (this file, and the phone's). */
export function locatorTests() {
	test('the frame follows the live map through a flight to another chapter', async ({
		page,
		baseURL
	}) => {
		const guard = guardPage(page, baseURL!);
		const [first, second] = [zoomedIn[0]!, zoomedIn.at(-2)!];
		await page.goto(`/chapters/${first}`);
		await waitForMap(page);
		await expectMapSettledOn(page, first);
		await expectFrameOnMap(page);

		await scrollChapterTo(page, second);
		await expectMapSettledOn(page, second, 25_000);
		await expectFrameOnMap(page);
		guard.expectClean();
	});

	test.describe('without JavaScript', () => {
		test.use({ javaScriptEnabled: false });
		test('the prerendered page frames each zoomed-in chapter', async ({ page }) => {
			for (const slug of zoomedIn) {
				await page.goto(`/chapters/${slug}`);
				await expect(page.locator('[data-locator] img')).toBeVisible();
				const centre = await locatorFrameCentre(page);
				expect({ slug, near: near(centre, expectedCenter(slug), FRAME_TOLERANCE) }).toEqual({
					slug,
					near: true
				});
			}
		});
	});

	test('no inset where the map already shows the region', async ({ page }) => {
		for (const slug of overviews) {
			await page.goto(slug === OVERVIEW_KEY ? '/' : `/chapters/${slug}`);
			await expect(page.locator('[data-locator]')).toBeAttached();
			await expect(page.locator('[data-locator]')).toBeHidden();
		}
	});
}

/** The visible frame's centre is the live map's centre (within 1.5 inset pixels). */
async function expectFrameOnMap(page: Page) {
	await expect
		.poll(async () => {
			const [centre, state] = [await locatorFrameCentre(page), await mapState(page)];
			return state.center !== null && near(centre, state.center, FRAME_TOLERANCE);
		})
		.toBe(true);
}

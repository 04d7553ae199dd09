/**
 * The reading engine as a reader meets it: a jump followed by a turned phone, the reader's own
 * scrolling during a jump, and the way home. (Its modes are unit-tested in src/lib/story/scroll.test.ts.)
 */
import { expect, test, type Page } from '@playwright/test';
import {
	atRest,
	expectMapSettledOn,
	guardPage,
	inViewport,
	mapLog,
	recordMapChanges,
	SLUGS,
	waitForMap
} from './support';
import { LAYING_OUT_ATTRIBUTE } from '../../src/lib/story/lay-out-ahead';

async function headingTop(page: Page, slug: string) {
	return page.locator(`#${slug}-title`).evaluate((el) => el.getBoundingClientRect().top);
}

test('after a jump, turning the phone keeps the reader at the chapter jumped to', async ({
	page,
	baseURL
}) => {
	const guard = guardPage(page, baseURL!);
	await page.setViewportSize({ width: 390, height: 844 });
	await page.goto('/');
	await expect(page.locator('.copy-link').first()).toBeAttached();
	// At the end of the first chapter, far below its top…
	const nextLink = page.locator(`#${SLUGS[0]}`).getByRole('link', { name: /^Next:/ });
	await nextLink.scrollIntoViewIfNeeded();
	await expect(page).toHaveURL(`${baseURL}/chapters/${SLUGS[0]}`);
	expect(await headingTop(page, SLUGS[0]!)).toBeLessThan(-400);
	// …the reader goes on to the next one and, once there, turns the phone.
	const next = SLUGS[1]!;
	await nextLink.click();
	await expect(page).toHaveURL(`${baseURL}/chapters/${next}`);
	await atRest(page);
	await page.setViewportSize({ width: 844, height: 390 });
	await atRest(page);
	expect(await inViewport(page.locator(`#${next}-title`)), 'heading in view').toBe(true);
	await page.setViewportSize({ width: 390, height: 844 });
	await atRest(page);
	expect(await inViewport(page.locator(`#${next}-title`)), 'heading in view').toBe(true);
	await expect(page).toHaveURL(`${baseURL}/chapters/${next}`);
	guard.expectClean();
});

test('the End key during a jump takes the reader to the end, and the story follows', async ({
	page,
	baseURL
}) => {
	const last = SLUGS[SLUGS.length - 1]!;
	await page.goto('/');
	await expect(page.locator('.copy-link').first()).toBeAttached();
	const middle = SLUGS[Math.floor(SLUGS.length / 2)]!;
	await page.locator(`nav#contents a[href$="/chapters/${middle}"]`).click();
	await expect(page).toHaveURL(`${baseURL}/chapters/${middle}`);
	// Mid-jump (the glide has begun: a key pressed before the browser starts it can be undone by
	// it, in the browser, before the story hears of either), the reader presses End: the page goes
	// to the end of the story.
	await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
	await page.keyboard.press('End');
	await atRest(page);
	await expect
		.poll(() => page.evaluate(() => window.scrollY + window.innerHeight))
		.toBeGreaterThanOrEqual(await page.evaluate(() => document.documentElement.scrollHeight - 2));
	await expect(page).toHaveURL(`${baseURL}/chapters/${last}`);
	await expect(page.locator('section.chapter.active')).toHaveAttribute('data-chapter', last);
});

test('a link to the front page goes to the top in one flight, not one per chapter passed', async ({
	page,
	baseURL
}) => {
	const guard = guardPage(page, baseURL!);
	await recordMapChanges(page);
	await page.goto(`/chapters/${SLUGS[SLUGS.length - 2]}`);
	await waitForMap(page);
	await expectMapSettledOn(page, SLUGS[SLUGS.length - 2]!);
	await atRest(page);
	// A link to the story's front page, as a chapter's text or the footer may carry.
	await page.evaluate(() => {
		const link = document.createElement('a');
		link.href = '/';
		link.textContent = 'To the start';
		link.id = 'to-start';
		document.querySelector('.story-footer')!.append(link);
	});
	const link = page.locator('#to-start');
	await link.scrollIntoViewIfNeeded();
	// At the bottom of the page, the last chapter is the one being read.
	await expect(page).toHaveURL(`${baseURL}/chapters/${SLUGS[SLUGS.length - 1]}`);
	const from = await page.locator('.map-region .map').getAttribute('data-target');
	const start = await page.evaluate(() => performance.now());
	await link.click();
	await expect(page).toHaveURL(`${baseURL}/`);
	await expectMapSettledOn(page, 'overview');
	await atRest(page);
	expect(await page.evaluate(() => window.scrollY)).toBe(0);
	const targets = new Set(
		(await mapLog(page)).filter((e) => e.t >= start && e.target !== from).map((e) => e.target)
	);
	expect([...targets], 'the map flies once, to the overview').toEqual(['overview']);
	guard.expectClean();
});

/** The page's height once it has stopped changing, and then with every chapter drawn. */
async function heights(page: Page) {
	let now = -1;
	await expect
		.poll(
			async () => {
				const before = now;
				now = await page.evaluate(() => document.documentElement.scrollHeight);
				return now === before;
			},
			{ intervals: [1000] }
		)
		.toBe(true);
	// Measured in the same page, with its fonts (they are `font-display: optional`). It draws every
	// chapter, which the browser then remembers: measure last.
	const full = await page.evaluate(() => {
		const style = document.createElement('style');
		style.textContent = 'section.chapter { content-visibility: visible !important }';
		document.head.append(style);
		const height = document.documentElement.scrollHeight;
		style.remove();
		return height;
	});
	return { now, full };
}

test('the chapters are laid out as they come near the screen, ahead once the live map is drawn, and jumps land on their chapter', async ({
	page,
	baseURL
}) => {
	const guard = guardPage(page, baseURL!);
	const last = SLUGS[SLUGS.length - 1]!;
	// Which chapters the page lays out ahead, as it does.
	await page.addInitScript((attribute) => {
		const seen = new Set<string>();
		(window as unknown as { laidOutAhead: Set<string> }).laidOutAhead = seen;
		new MutationObserver((records) => {
			for (const record of records) {
				const el = record.target as Element;
				if (el.hasAttribute(attribute)) seen.add(el.id);
			}
		}).observe(document, { attributes: true, attributeFilter: [attribute], subtree: true });
	}, LAYING_OUT_ATTRIBUTE);
	const laidOutAhead = () =>
		page.evaluate(() => [...(window as unknown as { laidOutAhead: Set<string> }).laidOutAhead]);

	// A jump at once, before the page has laid the chapters out ahead: it lays them all out first,
	// to be aimed with their real heights, and ends at its chapter.
	await page.goto('/');
	const lastHeading = page.locator(`#${last}-title`);
	expect(
		await lastHeading.evaluate((el) => el.checkVisibility({ contentVisibilityAuto: true })),
		'the last chapter is not laid out with the first view'
	).toBe(false);
	await page.locator(`nav#contents a[href$="/chapters/${last}"]`).click();
	await expect(page).toHaveURL(`${baseURL}/chapters/${last}`);
	await atRest(page);
	const landed = await page.locator(`#${last}`).evaluate((el) => ({
		top: el.getBoundingClientRect().top,
		margin: parseFloat(getComputedStyle(el).scrollMarginTop)
	}));
	expect(Math.abs(landed.top - landed.margin), 'the chapter at the top').toBeLessThan(2);
	let measured = await heights(page);
	expect(measured.now, 'as tall as with every chapter drawn').toBe(measured.full);

	// A page that is only loaded lays out no chapter ahead; once the reader's first input has
	// started the live map and the map is drawn, it lays them all out, without a jump.
	await page.goto('/');
	await expect(page.locator('.copy-link').first()).toBeAttached();
	await page.waitForTimeout(1500);
	expect(await laidOutAhead(), 'no chapter laid out ahead before any input').toEqual([]);
	await waitForMap(page);
	await expect.poll(laidOutAhead).toHaveLength(SLUGS.length);
	measured = await heights(page);
	expect(measured.now, 'as tall as with every chapter drawn').toBe(measured.full);
	guard.expectClean();
});

/**
 * The timeline: the strip on the story page (it starts after the page, keeps its room, lights the
 * chapter being read, and each mark leads to its chapter by mouse and by keyboard, as the contents
 * do) and the /timeline page (it reads without JavaScript, with every date's words linked to the
 * article).
 */
import { expect, test, type Page } from '@playwright/test';
import { eventDateLabel, eventsOfChapter } from '../../src/lib/content/timeline';
import {
	atRest,
	CONTENT,
	expectWentToChapter,
	guardPage,
	openWithTimelineStrip,
	scrollChapterTo,
	startTimelineStrip
} from './support';

const EVENTS = CONTENT.timeline;
const strip = (page: Page) => page.locator('[data-timeline-strip]');
const marks = (page: Page) => strip(page).locator('a.mark');
const lit = (page: Page) => strip(page).locator('a.mark[aria-current="true"]');
/** The accessible name a reader hears for an event's mark: its date, and what happened. */
const nameOf = (id: string) => {
	const event = EVENTS.find((e) => e.id === id)!;
	return `${eventDateLabel(event)}: ${event.label}`;
};

test.describe('the timeline strip on the story page', () => {
	test('starts after the page, on the reader’s first interaction, in room kept for it', async ({
		page,
		baseURL
	}) => {
		const guard = guardPage(page, baseURL!);
		const fetched: string[] = [];
		page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
		await page.goto('/chapters/khankendi');
		await expect(page.locator('.copy-link').first()).toBeAttached();
		await page.waitForLoadState('networkidle');
		// A page that is only loaded neither fetches the strip's events nor draws it.
		expect(fetched).not.toContain('/data/timeline.json');
		await expect(marks(page)).toHaveCount(0);
		// Its room is there already, with the way to the timeline page.
		const before = (await strip(page).boundingBox())!;
		expect(before.height).toBeGreaterThan(60);
		await expect(strip(page).getByRole('link', { name: /All dates/ })).toHaveAttribute(
			'href',
			'/timeline'
		);
		const map = (await page.locator('.map-region').boundingBox())!;

		await startTimelineStrip(page);
		await expect(marks(page)).toHaveCount(EVENTS.length);
		expect(fetched).toContain('/data/timeline.json');
		// Nothing moved to make room for it.
		expect(await strip(page).boundingBox()).toEqual(before);
		expect(await page.locator('.map-region').boundingBox()).toEqual(map);
		// It sits under the map, not over it.
		expect(before.y).toBeGreaterThanOrEqual(map.y + map.height - 1);
		guard.expectClean();
	});

	test('names every mark by its date and what happened, every date where the articles differ', async ({
		page
	}) => {
		await page.goto('/');
		await startTimelineStrip(page);
		const names = await marks(page).evaluateAll((links) =>
			links.map((a) => (a as HTMLElement).innerText.trim())
		);
		expect(names).toEqual(EVENTS.map((e) => nameOf(e.id)));
		await expect(
			strip(page).getByRole('link', {
				name: 'October 1991: Blockade of Khojaly begins',
				exact: true
			})
		).toBeVisible();
		await expect(
			strip(page).getByRole('link', {
				name: '25, 25–26 or 26 February 1992: Night of the killings in Khojaly',
				exact: true
			})
		).toBeVisible();
		// The axis is broken where the quiet years are left out.
		await expect(strip(page).locator('.axis path')).toHaveCount(2);
	});

	test('scrolling to a chapter lights its events, and only those', async ({ page }) => {
		await page.goto('/');
		await startTimelineStrip(page);
		await atRest(page);
		await expect(lit(page)).toHaveCount(0);
		// Above the first chapter, no chapter's dates: not those of the events no chapter tells of.
		await expect(strip(page).locator('.caption')).toHaveText(
			'Every date the articles give, 1991–2026'
		);
		for (const slug of ['khojaly', 'khankendi', 'ankara', 'aghdam']) {
			await scrollChapterTo(page, slug, 0.2);
			await expect(page).toHaveURL(new RegExp(`/chapters/${slug}$`));
			const expected = eventsOfChapter(EVENTS, slug).map((e) => e.id);
			await expect
				.poll(() => lit(page).evaluateAll((links) => links.map((a) => a.dataset.event)), {
					message: `the marks lit for ${slug}`
				})
				.toEqual(expected);
		}
		// The caption names the chapter's dates.
		await scrollChapterTo(page, 'khojaly', 0.2);
		await expect(strip(page).locator('.caption')).toHaveText(
			'This chapter: Oct 1991 · 25, 25–26 or 26 Feb 1992'
		);
	});

	test('a mark clicked goes to its chapter, with a new history entry', async ({
		page,
		baseURL
	}) => {
		const entries = await openWithTimelineStrip(page, '/chapters/khojaly');
		const flag = strip(page).getByRole('link', { name: nameOf('flag-2023'), exact: true });
		// Pointing at a mark names it above the axis.
		await flag.hover();
		await expect(strip(page).locator('.caption')).toHaveText(
			'15 October 2023 · Azerbaijani flag raised in Khankendi and Khojaly'
		);
		await flag.click();
		await expectWentToChapter(page, 'khankendi', entries);
		await expect(lit(page)).toHaveCount(eventsOfChapter(EVENTS, 'khankendi').length);
		// Back returns to the chapter the reader came from.
		await page.goBack();
		await expect(page).toHaveURL(`${baseURL}/chapters/khojaly`);
	});

	test('a mark works from the keyboard: focus names it, Enter goes to its chapter', async ({
		page
	}) => {
		const entries = await openWithTimelineStrip(page, '/chapters/khojaly');
		// Tab from the mark before it, as a keyboard reader moves along the strip.
		const lands = strip(page).getByRole('link', { name: nameOf('lands-1993'), exact: true });
		await lands.focus();
		await page.keyboard.press('Tab');
		const day = strip(page).getByRole('link', {
			name: nameOf('day-of-remembrance-1994'),
			exact: true
		});
		await expect(day).toBeFocused();
		await expect(strip(page).locator('.caption')).toContainText('1994 · Azerbaijan');
		await page.keyboard.press('Enter');
		await expectWentToChapter(page, 'baku', entries);
	});

	test('an event no chapter tells of leads to its entry on the timeline page', async ({
		page,
		baseURL
	}) => {
		const chapterless = EVENTS.filter((e) => !e.chapter);
		expect(chapterless.length).toBeGreaterThan(0);
		await page.goto('/chapters/baku');
		await startTimelineStrip(page);
		const mark = strip(page).getByRole('link', { name: nameOf(chapterless[0]!.id), exact: true });
		await expect(mark).toHaveAttribute('href', `/timeline#${chapterless[0]!.id}`);
		await mark.click();
		await expect(page).toHaveURL(`${baseURL}/timeline#${chapterless[0]!.id}`);
		await expect(page.locator(`li#${chapterless[0]!.id}`)).toBeInViewport();
	});

	test('where the marks do not fit, it shows the chapter’s dates', async ({ page }) => {
		await page.setViewportSize({ width: 1000, height: 760 });
		await page.goto('/chapters/baku');
		await startTimelineStrip(page);
		await expect(marks(page)).toHaveCount(0);
		const dates = strip(page).locator('a.chip');
		const baku = eventsOfChapter(EVENTS, 'baku');
		await expect(dates).toHaveCount(baku.length);
		for (const event of baku)
			await expect(
				strip(page).getByRole('link', {
					name: `${eventDateLabel(event, true)}: ${event.label}`,
					exact: true
				})
			).toBeVisible();
	});
});

test.describe('the /timeline page', () => {
	test('reads without JavaScript: every event, its dates, its words and its links', async ({
		browser,
		request
	}) => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto('/timeline');
		await expect(page.locator('h1')).toHaveText('When it happened, according to the articles');
		const items = page.locator('ol.events > li');
		await expect(items).toHaveCount(EVENTS.length);
		expect(await items.evaluateAll((li) => li.map((l) => l.id))).toEqual(EVENTS.map((e) => e.id));

		// The night in Khojaly: the articles' different dates side by side, each with who gives it.
		const night = page.locator('li#khojaly-night-1992');
		await expect(night.locator('.badge')).toHaveText('Different dates');
		await expect(night.locator('h2 time')).toHaveText('25, 25–26 or 26 February 1992');
		const when = await night.locator('.when').allInnerTexts();
		for (const date of ['25 February 1992', '25–26 February 1992', '26 February 1992', '1992'])
			expect(when.some((w) => w.startsWith(date))).toBe(true);
		await expect(night).toContainText('walaw.press, telling the survivor Selim Musayev');
		await expect(night).toContainText('Embassy of Azerbaijan to Indonesia in Jakarta, carried by');
		// A date worked out from the article's own says so, with the words.
		await expect(page.locator('li#ballija-visit-2025')).toContainText(
			"worked out from “February 19 this year” and the article's date, 26 February 2025"
		);
		await expect(page.locator('li#anniversary-2013')).toContainText('February 2013 (inferred)');

		// Every link goes somewhere that exists: the chapter, the place page, the words in the article.
		const hrefs = await page
			.locator('ol.events a')
			.evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).getAttribute('href')!));
		const phrases = EVENTS.reduce((n, e) => n + e.accounts.length, 0);
		expect(hrefs.filter((h) => h.startsWith('/sources/'))).toHaveLength(phrases);
		expect(hrefs.some((h) => h.startsWith('/chapters/'))).toBe(true);
		expect(hrefs.some((h) => h.startsWith('/places/'))).toBe(true);
		const pages = new Map<string, string>();
		for (const href of new Set(hrefs)) {
			const [path, id] = href.split('#');
			if (!pages.has(path!)) {
				const response = await request.get(path!);
				expect(response.status(), path).toBe(200);
				pages.set(path!, await response.text());
			}
			if (id) expect(pages.get(path!), href).toContain(`id="${id}"`);
		}
		await context.close();
	});

	test('a date’s words lead to their place in the article, highlighted', async ({
		page,
		baseURL
	}) => {
		await page.goto('/timeline');
		await page.locator('li#turkish-parliament-2025 a.phrase').click();
		await expect(page).toHaveURL(
			`${baseURL}/sources/walaw-2025-02-26#date-turkish-parliament-2025-walaw-2025-02-26`
		);
		const mark = page
			.locator('[id="date-turkish-parliament-2025-walaw-2025-02-26"] ~ mark.date')
			.first();
		await expect(mark).toBeInViewport();
		await expect(mark).toContainText('on Monday at the Turkish Parliament');
	});

	test('has its own title, description and preview picture, and the site links to it', async ({
		page,
		request
	}) => {
		await page.goto('/timeline');
		await expect(page).toHaveTitle(/^When it happened, according to the articles · /);
		const image = await page.locator('meta[property="og:image"]').getAttribute('content');
		expect(new URL(image!).pathname).toBe('/og/timeline.png');
		const picture = await request.get('/og/timeline.png');
		expect(picture.status()).toBe(200);
		expect(picture.headers()['content-type']).toBe('image/png');
		await expect(page.locator('meta[name="description"]')).toHaveAttribute(
			'content',
			/^Every date the five articles give/
		);
		await expect(
			page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'Timeline' })
		).toHaveAttribute('aria-current', 'page');
		await page.goto('/figures');
		await page
			.getByRole('navigation', { name: 'Site' })
			.getByRole('link', { name: 'Timeline' })
			.click();
		await expect(page).toHaveURL(/\/timeline$/);
		await page.goto('/');
		await expect(
			page.locator('.story-footer').getByRole('link', { name: 'When it happened' })
		).toHaveAttribute('href', '/timeline');
	});
});

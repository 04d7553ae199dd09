/**
 * Shared helpers for the end-to-end tests: the story's content as the site reads it (the same
 * reader and validator, over the same files), page guards, and ways to read the map's state from
 * the DOM.
 */
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, type Page } from '@playwright/test';
import { readContent } from '../../src/lib/content/read';
import { OVERVIEW_KEY } from '../../src/lib/content/reserved';
import type { Chapter, Place, StoryContent } from '../../src/lib/content/types';
import { formatProblems, validateContent } from '../../src/lib/content/validate';
import { chapterCamera } from '../../src/lib/map/place-label';
import { SAME_VIEW_PIXELS } from '../../src/lib/geo/geo';
import { INSET_CAMERA, INSET_SIZE } from '../../src/lib/geo/inset';
import { positionInViewport, worldSize, type LngLat } from '../../src/lib/geo/projection';
import { PHONE_MAP_BAND } from '../../src/lib/layout';

export type { LngLat };

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

function loadContent(): StoryContent {
	const { content, problems } = validateContent(readContent(ROOT));
	if (!content) throw new Error(`the content does not validate:\n${formatProblems(problems)}`);
	return content;
}

export const CONTENT = loadContent();
export const CHAPTERS: Chapter[] = CONTENT.chapters;
export const SLUGS = CHAPTERS.map((c) => c.slug);
export const PLACES: Place[] = CONTENT.places;

export function chapter(slug: string): Chapter {
	const found = CHAPTERS.find((c) => c.slug === slug);
	if (!found) throw new Error(`No chapter ${slug} in content/chapters`);
	return found;
}

export function place(id: string): Place {
	const found = PLACES.find((p) => p.id === id);
	if (!found) throw new Error(`No place ${id} in geodata/places.geojson`);
	return found;
}

/**
 * Where the map should end up for a chapter (or the front page's overview): the centre of the
 * camera the site resolves for it. A chapter's explicit centre, or the Mercator middle of what it
 * frames; only a frame at world zoom depends on the map's size (the world's edge holds it back).
 */
export function expectedCenter(
	slug: string,
	viewport: { width: number; height: number } = PHONE_MAP_BAND
): LngLat {
	return resolvedCamera(slug, viewport).center;
}

/** The camera the site resolves for a chapter (or the overview) on a map of this size. */
function resolvedCamera(slug: string, viewport: { width: number; height: number }) {
	return chapterCamera(slug === OVERVIEW_KEY ? null : chapter(slug), PLACES, viewport);
}

export const CENTER_TOLERANCE = 0.02;

/** How near a centre must be at a zoom: CENTER_TOLERANCE, or a few pixels at world zooms. */
export function centerTolerance(zoom: number): number {
	return Math.max(CENTER_TOLERANCE, (SAME_VIEW_PIXELS * 360) / worldSize(zoom));
}

/** The camera the site resolves for a chapter on this page's map (its size, as measured). */
export async function expectedCamera(page: Page, slug: string) {
	const box = (await mapEl(page).boundingBox())!;
	return resolvedCamera(slug, { width: Math.round(box.width), height: Math.round(box.height) });
}

export function near(a: LngLat | null, b: LngLat, tolerance = CENTER_TOLERANCE): boolean {
	return a !== null && Math.abs(a[0] - b[0]) <= tolerance && Math.abs(a[1] - b[1]) <= tolerance;
}

export function parseCenter(value: string | null | undefined): LngLat | null {
	if (!value) return null;
	const [lon, lat] = value.split(',').map(Number);
	return lon === undefined || lat === undefined || Number.isNaN(lon) || Number.isNaN(lat)
		? null
		: [lon, lat];
}

// ---------------------------------------------------------------------------------------------
// Page guards

export interface Guard {
	consoleErrors: string[];
	pageErrors: string[];
	foreignRequests: string[];
	/** Asserts none of the above happened. */
	expectClean(): void;
}

/**
 * Records console errors, uncaught page errors (the page's frames' too) and any request to an
 * origin other than the site's and `alsoAllowed` (a page of another site that frames the site).
 */
export function guardPage(page: Page, baseURL: string, alsoAllowed: string[] = []): Guard {
	const allowed = new Set([new URL(baseURL).origin, ...alsoAllowed]);
	const guard: Guard = {
		consoleErrors: [],
		pageErrors: [],
		foreignRequests: [],
		expectClean() {
			expect(guard.pageErrors, 'uncaught errors in the page').toEqual([]);
			expect(guard.consoleErrors, 'console errors').toEqual([]);
			expect(guard.foreignRequests, 'requests to another origin').toEqual([]);
		}
	};
	page.on('console', (message) => {
		// Svelte's production warnings (a hydration mismatch redraws the page) count as errors.
		if (
			message.type() === 'error' ||
			(message.type() === 'warning' && message.text().includes('svelte.dev/e/'))
		) {
			const where = message.location().url;
			guard.consoleErrors.push(`${message.text()}${where ? ` (${where})` : ''}`);
		}
	});
	page.on('pageerror', (error) => guard.pageErrors.push(error.stack ?? error.message));
	page.on('request', (request) => {
		const url = request.url();
		if (url.startsWith('data:') || url.startsWith('blob:')) return;
		if (!allowed.has(new URL(url).origin)) guard.foreignRequests.push(url);
	});
	return guard;
}

// ---------------------------------------------------------------------------------------------
// Accessibility

/**
 * What axe finds wrong in the page (WCAG 2.2 AA and best practice), one line a rule; `exclude`
 * leaves out what a selector matches (a frame whose page is checked on its own).
 */
export async function axe(page: Page, exclude?: string): Promise<string[]> {
	const builder = new AxeBuilder({ page }).withTags([
		'wcag2a',
		'wcag2aa',
		'wcag21a',
		'wcag21aa',
		'wcag22aa',
		'best-practice'
	]);
	const results = await (exclude ? builder.exclude(exclude) : builder).analyze();
	return results.violations.map(
		(v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`
	);
}

// ---------------------------------------------------------------------------------------------
// The map

export interface MapState {
	ready: boolean;
	center: LngLat | null;
	zoom: number | null;
	target: string | null;
	settled: boolean;
}

export function mapEl(page: Page): Locator {
	return page.locator('.map-region .map');
}

/**
 * The timeline strip starts, as the live map does, on the reader's first interaction: move the
 * pointer as a reader would, then wait for its marks (or, where they do not fit, its dates).
 */
export async function startTimelineStrip(page: Page): Promise<void> {
	await startMap(page);
	await expect(page.locator('[data-timeline-strip] .strip')).toBeAttached({ timeout: 15_000 });
}

/**
 * Opens `path`, starts the timeline strip and waits until the page is still; returns the
 * history's length then (a mark that goes to a chapter adds one entry).
 */
export async function openWithTimelineStrip(page: Page, path: string): Promise<number> {
	await page.goto(path);
	await startTimelineStrip(page);
	await atRest(page);
	return historyLength(page);
}

/** The reader has gone to a chapter as the contents take them: its address, a new history entry, focus on its heading. */
export async function expectWentToChapter(page: Page, slug: string, entries: number) {
	await expect(page).toHaveURL(new RegExp(`/chapters/${slug}$`));
	const heading = page.locator(`#${slug}-title`);
	await expect(heading).toBeFocused();
	await expect.poll(() => inViewport(heading)).toBe(true);
	expect(await historyLength(page)).toBe(entries + 1);
}

/**
 * The live map starts on the reader's first interaction (the static map shows until then), so
 * move the pointer as a reader would, then wait for the map to be ready.
 */
export async function startMap(page: Page): Promise<void> {
	// The story listens for the reader once it has started (its Copy link buttons appear then).
	await expect(page.locator('.copy-link').first()).toBeAttached({ timeout: 15_000 });
	await page.mouse.move(3, 3);
	await page.mouse.move(6, 6);
}

/** Waits for the live map (swiftshader WebGL is slow, so generously). */
export async function waitForMap(page: Page): Promise<void> {
	await startMap(page);
	await expect(page.locator('.map-region')).toHaveAttribute('data-map-status', 'ready', {
		timeout: 25_000
	});
	await expect(mapEl(page)).toHaveAttribute('data-ready', 'true', { timeout: 5_000 });
}

export async function mapState(page: Page): Promise<MapState> {
	const data = await mapEl(page).evaluate((el) => ({ ...(el as HTMLElement).dataset }));
	return {
		ready: data.ready === 'true',
		center: parseCenter(data.center),
		zoom: data.zoom ? Number(data.zoom) : null,
		target: data.target ?? null,
		settled: data.settled === 'true'
	};
}

/** Waits until the map targets `slug`, has stopped, and is centred where that chapter says. */
export async function expectMapSettledOn(
	page: Page,
	slug: string,
	timeout = 15_000
): Promise<void> {
	const { center } = await expectedCamera(page, slug);
	await expect
		.poll(
			async () => {
				const state = await mapState(page);
				return {
					target: state.target,
					settled: state.settled,
					nearCenter: near(state.center, center, centerTolerance(state.zoom ?? 22)),
					center: state.center
				};
			},
			{ timeout, message: `map settles on ${slug} near ${center.join(',')}` }
		)
		.toMatchObject({ target: slug, settled: true, nearCenter: true });
}

/**
 * Records, from the first moment of the page, every change of the map's data-center /
 * data-target / data-settled (with a timestamp), in window.__mapLog.
 */
export async function recordMapChanges(page: Page): Promise<void> {
	await page.addInitScript(() => {
		type Entry = { t: number; center?: string; target?: string; settled?: string };
		const log: Entry[] = [];
		(window as unknown as { __mapLog: Entry[] }).__mapLog = log;
		const record = (el: HTMLElement) =>
			log.push({
				t: performance.now(),
				center: el.dataset.center,
				target: el.dataset.target,
				settled: el.dataset.settled
			});
		new MutationObserver((mutations) => {
			for (const m of mutations) {
				const el = m.target as HTMLElement;
				if (!(el instanceof HTMLElement) || !el.classList.contains('map')) continue;
				if (m.type === 'attributes') record(el);
			}
		}).observe(document, {
			subtree: true,
			attributes: true,
			attributeFilter: ['data-center', 'data-target', 'data-settled']
		});
	});
}

export type MapLogEntry = { t: number; center?: string; target?: string; settled?: string };

export async function mapLog(page: Page): Promise<MapLogEntry[]> {
	return page.evaluate(() => (window as unknown as { __mapLog?: MapLogEntry[] }).__mapLog ?? []);
}

// ---------------------------------------------------------------------------------------------
// Scrolling and layout

/** Scrolls so that the chapter's top sits at `fraction` of the viewport height. */
export async function scrollChapterTo(page: Page, slug: string, fraction = 0.2): Promise<void> {
	await page.evaluate(
		({ slug, fraction }) => {
			const section = document.querySelector<HTMLElement>(
				`section.chapter[data-chapter="${slug}"]`
			);
			if (!section) throw new Error(`no section ${slug}`);
			const top = section.getBoundingClientRect().top + window.scrollY;
			window.scrollTo({ top: top - window.innerHeight * fraction, behavior: 'instant' });
		},
		{ slug, fraction }
	);
}

/**
 * Waits until the page is at rest: the story is reading (no jump, arrival or reflow holding it)
 * and the page has not scrolled for a few frames. Instead of sleeping for a guessed time.
 */
export async function atRest(page: Page): Promise<void> {
	await expect(page.locator('.story-layout')).toHaveAttribute('data-reading-mode', 'reading');
	await page.evaluate(
		() =>
			new Promise<void>((resolve) => {
				let last = window.scrollY;
				let still = 0;
				const check = () => {
					still = window.scrollY === last ? still + 1 : 0;
					last = window.scrollY;
					if (still >= 3) resolve();
					else requestAnimationFrame(check);
				};
				requestAnimationFrame(check);
			})
	);
}

/** True when the element's box intersects the viewport (and is rendered). */
export async function inViewport(locator: Locator): Promise<boolean> {
	return locator.evaluate((el) => {
		const r = el.getBoundingClientRect();
		return (
			r.width > 0 &&
			r.height > 0 &&
			r.bottom > 0 &&
			r.right > 0 &&
			r.top < window.innerHeight &&
			r.left < window.innerWidth
		);
	});
}

export function pathOf(page: Page): string {
	return new URL(page.url()).pathname;
}

export async function historyLength(page: Page): Promise<number> {
	return page.evaluate(() => history.length);
}

/**
 * Clicks (or taps) a place on the map where a reader would: at its marker. The buttons over the
 * map serve keyboards and screen readers; pointer input goes to the map, which picks the place.
 */
export async function pointAtPlace(
	page: Page,
	placeId: string,
	how: 'click' | 'tap' = 'click'
): Promise<void> {
	const box = await page.locator(`.place-button[data-place="${placeId}"]`).boundingBox();
	if (!box) throw new Error(`place ${placeId} is not on screen`);
	const x = box.x + box.width / 2;
	const y = box.y + box.height / 2;
	if (how === 'tap') await page.touchscreen.tap(x, y);
	else await page.mouse.click(x, y);
}

export const SOURCE_IDS = CONTENT.sources.map((s) => s.id);

/** The reference pages: sources, places, figures and the timeline. */
export const REFERENCE_PAGES = [
	'/sources',
	...SOURCE_IDS.map((id) => `/sources/${id}`),
	'/places',
	...PLACES.map((p) => `/places/${p.id}`),
	'/figures',
	'/timeline'
];

// ---------------------------------------------------------------------------------------------
// The locator inset

/**
 * Where the locator inset's visible frame is centred, as a position: the frame's centre on the
 * screen, carried into the inset's own map (its camera, lib/geo/inset.ts). Null if no frame shows.
 */
export async function locatorFrameCentre(page: Page): Promise<LngLat | null> {
	const inset = page.locator('[data-locator] img');
	const frame = page.locator('[data-locator-frame]:visible');
	if (!(await inset.isVisible()) || (await frame.count()) !== 1) return null;
	const box = (await inset.boundingBox())!;
	const f = (await frame.boundingBox())!;
	const scale = INSET_SIZE.width / box.width;
	return positionInViewport(
		INSET_CAMERA,
		[(f.x + f.width / 2 - box.x) * scale, (f.y + f.height / 2 - box.y) * scale],
		INSET_SIZE
	);
}

/** How far apart the frame's centre and the map's may be: a pixel and a half of the inset. */
export const FRAME_TOLERANCE = (1.5 * 360) / worldSize(INSET_CAMERA.zoom);

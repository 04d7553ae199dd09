import { expect, test, type Page, type Request } from '@playwright/test';
import { CHAPTERS, guardPage, SLUGS, waitForMap } from './support';

interface Head {
	title: string;
	description: string | null;
	canonical: string | null;
	robots: string | null;
	ogTitle: string | null;
	ogDescription: string | null;
	ogUrl: string | null;
	twitterCard: string | null;
}

async function readHead(page: Page): Promise<Head> {
	return page.evaluate(() => {
		const meta = (selector: string) =>
			document.head.querySelector(selector)?.getAttribute('content') ?? null;
		return {
			title: document.title,
			description: meta('meta[name="description"]'),
			canonical: document.head.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null,
			robots: meta('meta[name="robots"]'),
			ogTitle: meta('meta[property="og:title"]'),
			ogDescription: meta('meta[property="og:description"]'),
			ogUrl: meta('meta[property="og:url"]'),
			twitterCard: meta('meta[name="twitter:card"]')
		};
	});
}

const STORY_PAGES = ['/', ...SLUGS.map((slug) => `/chapters/${slug}`)];

test.describe('every page loads cleanly', () => {
	for (const path of [...STORY_PAGES, '/404']) {
		test(`${path} loads with 200, no errors and no other origin`, async ({ page, baseURL }) => {
			const guard = guardPage(page, baseURL!);
			const response = await page.goto(path);
			expect(response?.status()).toBe(200);
			await expect(page.locator('h1').first()).toBeVisible();
			if (path !== '/404') {
				await expect(page.locator('section.chapter')).toHaveCount(CHAPTERS.length);
				// Hydrated: the story's buttons appear only once its script has run.
				await expect(page.locator('.copy-link').first()).toBeAttached();
			}
			// The map is part of the front page: let it load (it fetches the basemap) before judging.
			// (deeplink.spec.ts does the same, with the same checks, for every chapter page.)
			if (path === '/') await waitForMap(page);
			await page.waitForLoadState('networkidle');
			guard.expectClean();
		});
	}
});

test('a story page starts with a few scripts and none of the map’s', async ({ page }) => {
	// First-view modules are grouped (scripts/chunk-groups.ts): each file is a request ahead of the
	// map picture on a phone's connection. Ungrouped, this page loaded 19 (18 in its head, and
	// SvelteKit's error page).
	const scripts: Request[] = [];
	page.on('requestfinished', (request) => {
		if (request.resourceType() === 'script') scripts.push(request);
	});
	await page.goto('/chapters/khojaly');
	await expect(page.locator('.copy-link').first()).toBeAttached();
	await page.waitForLoadState('networkidle');
	const urls = scripts.map((s) => s.url());
	expect(urls.length).toBeGreaterThan(0);
	expect(urls.length, urls.join('\n')).toBeLessThanOrEqual(12);
	// The map library is over 1 MB; the largest first-view script is under 50 KB.
	for (const script of scripts) {
		const body = await script.response().then((response) => response?.body());
		expect(body?.length ?? 0, script.url()).toBeLessThan(200_000);
	}
});

test('the map and the chapters hydrate after the page, keeping the prerendered elements', async ({
	page,
	baseURL
}) => {
	// HydrateLater: a failed hydration would redraw them (the map picture reloading under the reader).
	const guard = guardPage(page, baseURL!);
	await page.addInitScript(() => {
		document.addEventListener('DOMContentLoaded', () => {
			const prerendered = {
				picture: document.querySelector('.static-map'),
				section: document.querySelector('section.chapter'),
				heading: document.querySelector('h1')
			};
			Object.assign(window, { prerendered });
		});
	});
	await page.goto('/chapters/ankara');
	// The chapters' buttons are drawn once their island is hydrated (after the map's).
	await expect(page.locator('.copy-link').first()).toBeAttached();
	const kept = await page.evaluate(() => {
		const { prerendered } = window as unknown as { prerendered: Record<string, Element | null> };
		const same = (before: Element | null | undefined, now: Element | null) =>
			before != null && before === now;
		return {
			picture: same(prerendered.picture, document.querySelector('.static-map')),
			section: same(prerendered.section, document.querySelector('section.chapter')),
			heading: same(prerendered.heading, document.querySelector('h1'))
		};
	});
	expect(kept).toEqual({ picture: true, section: true, heading: true });
	// Both are live: the chapter being read is marked, and an interaction starts the map.
	await expect(page.locator('section#ankara')).toHaveClass(/\bactive\b/);
	await waitForMap(page);
	guard.expectClean();
});

test.describe('head tags', () => {
	/** The public origin the site was built for (README › Settings: SITE_ORIGIN). */
	const SITE_ORIGIN = new URL(process.env.SITE_ORIGIN ?? 'http://localhost:4173').origin;

	test('each story page is served with its own title, description, canonical and social tags', async ({
		browser
	}) => {
		// Read the head as served (what crawlers and link previews see): no JavaScript.
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		const titles = new Map<string, string>();
		for (const path of STORY_PAGES) {
			await page.goto(path);
			const head = await readHead(page);
			const slug = path === '/' ? null : path.replace('/chapters/', '');
			const chapter = CHAPTERS.find((c) => c.slug === slug);

			expect(head.title.trim(), `${path} title`).not.toBe('');
			if (chapter) expect(head.title, `${path} title names the chapter`).toContain(chapter.title);
			expect(head.description?.trim(), `${path} description`).toBeTruthy();
			if (chapter) expect(head.description).toBe(chapter.description);

			expect(head.canonical, `${path} canonical`).toBe(`${SITE_ORIGIN}${path}`);
			expect(head.robots, `${path} must be indexable`).toBeNull();
			expect(head.ogTitle).toBe(head.title);
			expect(head.ogDescription).toBe(head.description);
			expect(head.ogUrl).toBe(head.canonical);
			expect(head.twitterCard).toBeTruthy();
			titles.set(path, head.title);
		}
		expect(new Set(titles.values()).size, 'titles are distinct').toBe(STORY_PAGES.length);
		await context.close();
	});

	test('the head stays right once the page has started', async ({ page }) => {
		for (const path of ['/', '/chapters/khankendi']) {
			await page.goto(path);
			await expect(page.locator('.copy-link').first()).toBeAttached(); // hydrated
			const head = await readHead(page);
			expect(head.title).not.toBe('');
			expect(head.canonical).toBe(`${SITE_ORIGIN}${path}`);
			expect(new URL(head.ogUrl!).pathname).toBe(path);
			expect(head.ogTitle).toBe(head.title);
			expect(head.description).toBeTruthy();
		}
	});

	test('the 404 page has a title and description and is not indexed', async ({ page }) => {
		await page.goto('/404');
		const head = await readHead(page);
		expect(head.title).toMatch(/not found/i);
		expect(head.description?.trim()).toBeTruthy();
		expect(head.robots).toContain('noindex');
		expect(head.canonical).toBeNull();
	});
});

test('an unknown address answers 404 with a way back to the story', async ({ page, baseURL }) => {
	const guard = guardPage(page, baseURL!);
	const response = await page.goto('/chapters/nope');
	expect(response?.status()).toBe(404);
	await expect(page.locator('h1')).toContainText(/no page at this address/i);
	const back = page.getByRole('link', { name: /Go to the start of the story/ });
	await expect(back).toHaveAttribute('href', '/');
	await back.click();
	await expect(page).toHaveURL(`${baseURL}/`);
	await expect(page.locator('section.chapter')).toHaveCount(CHAPTERS.length);
	// The only error allowed is the browser's note about the 404 response itself.
	expect(guard.pageErrors).toEqual([]);
	expect(guard.consoleErrors.filter((e) => !/status of 404/.test(e))).toEqual([]);
	expect(guard.foreignRequests).toEqual([]);
});

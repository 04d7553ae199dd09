/**
 * A chapter embedded in another site (/embed/chapters/<slug>, README › Embedding a chapter): two
 * chapters framed by a page of another origin with the Embed dialog's snippet, the framing
 * policy, the embeddable page on its own (axe, no JavaScript, widths) and the Embed dialog.
 */
import { expect, test as base, type Frame, type Page } from '@playwright/test';
import { FALLBACK_FRAME_HEIGHT } from '../../src/lib/embed/snippet';
import { hostPageHtml, startHostServer } from './embed-host';
import { axe, chapter, guardPage, SLUGS } from './support';

const EMBEDDED = ['khojaly', 'ankara'];

/** `hostPage(html)`: serves a page of another site for this test; resolves to its origin. */
const test = base.extend<{ hostPage: (html: string) => Promise<string> }>({
	// eslint-disable-next-line no-empty-pattern -- Playwright reads the fixtures a fixture uses
	hostPage: async ({}, use) => {
		const servers: Awaited<ReturnType<typeof startHostServer>>[] = [];
		await use(async (html) => {
			const server = await startHostServer(html);
			servers.push(server);
			return server.origin;
		});
		await Promise.all(servers.map((server) => server.close()));
	}
});

/** The frame of the embedded chapter `slug`, once its page has started. */
async function embeddedFrame(page: Page, slug: string): Promise<Frame> {
	const element = await page.locator(`iframe[src$="/embed/chapters/${slug}"]`).elementHandle();
	const frame = await element?.contentFrame();
	if (!frame) throw new Error(`no frame for ${slug}`);
	await expect(frame.locator(`#${slug}-title`)).toBeVisible();
	return frame;
}

/** The iframe's height on the host page and its document's content height, in CSS pixels. */
async function heights(page: Page, frame: Frame, slug: string) {
	const iframe = await page
		.locator(`iframe[src$="/embed/chapters/${slug}"]`)
		.evaluate((el) => el.getBoundingClientRect().height);
	const inside = await frame.evaluate(() => ({
		scrollHeight: document.documentElement.scrollHeight,
		innerHeight: window.innerHeight
	}));
	return { iframe, ...inside };
}

/**
 * Waits until the frame is as tall as its document, which does not scroll inside it. In view: the
 * browser tells a frame out of view its new size only when it comes into view.
 */
async function expectFitted(page: Page, frame: Frame, slug: string) {
	await page.locator(`iframe[src$="/embed/chapters/${slug}"]`).scrollIntoViewIfNeeded();
	await expect
		.poll(
			async () => {
				const h = await heights(page, frame, slug);
				return Math.abs(h.iframe - h.scrollHeight) <= 2 && h.scrollHeight <= h.innerHeight + 1;
			},
			{ message: `the frame of ${slug} fits its content` }
		)
		.toBe(true);
}

test.describe('two chapters embedded in a page of another site', () => {
	test('load, size themselves to their content, and work', async ({ page, baseURL, hostPage }) => {
		const site = new URL(baseURL!).origin;
		const host = await hostPage(hostPageHtml(site, EMBEDDED));
		// Errors anywhere, and requests to anywhere but the host page and the site.
		const guard = guardPage(page, baseURL!, [host]);
		await page.setViewportSize({ width: 900, height: 900 });
		await page.goto(`${host}/`);

		const frames: Frame[] = [];
		for (const slug of EMBEDDED) {
			const frame = await embeddedFrame(page, slug);
			frames.push(frame);
			await expect(frame.locator('figure.passage').first()).toBeVisible();
			await expectFitted(page, frame, slug);
		}
		// Sized from their own content, not left at the snippet's fixed height.
		const wide = await Promise.all(
			EMBEDDED.map(async (slug, i) => (await heights(page, frames[i]!, slug)).iframe)
		);
		expect(wide[0]).not.toBe(FALLBACK_FRAME_HEIGHT);
		expect(wide[0]).not.toBe(wide[1]);

		// Narrower, each chapter stacks its map above its text, and its frame grows to fit.
		await page.setViewportSize({ width: 375, height: 800 });
		for (const [i, slug] of EMBEDDED.entries()) {
			await page.locator(`iframe[src$="/embed/chapters/${slug}"]`).scrollIntoViewIfNeeded();
			await expect
				.poll(async () => (await heights(page, frames[i]!, slug)).iframe)
				.toBeGreaterThan(wide[i]!);
			await expectFitted(page, frames[i]!, slug);
		}
		await page.setViewportSize({ width: 900, height: 900 });

		// A place clicked on the live map inside the frame opens its panel there.
		const [slug, frame] = [EMBEDDED[1]!, frames[1]!];
		const placeId = chapter(slug).places[0]!;
		// The live map starts on the reader's first interaction, as on the story page.
		const region = frame.locator('.map-region');
		await region.hover({ position: { x: 10, y: 10 } });
		await region.hover({ position: { x: 20, y: 20 } });
		await expect(region).toHaveAttribute('data-map-status', 'ready', {
			timeout: 25_000
		});
		await expect(frame.locator('.map-region .map')).toHaveAttribute('data-settled', 'true', {
			timeout: 15_000
		});
		const marker = (await frame.locator(`.place-button[data-place="${placeId}"]`).boundingBox())!;
		await page.mouse.click(marker.x + marker.width / 2, marker.y + marker.height / 2);
		const panel = frame.locator(`.place-panel[data-panel-place="${placeId}"]`);
		await expect(panel).toBeVisible();
		await expect(panel.locator('h2')).toBeFocused();
		// The panel stays inside the map, in view with it.
		const panelBox = (await panel.boundingBox())!;
		const regionBox = (await region.boundingBox())!;
		expect(panelBox.y + panelBox.height).toBeLessThanOrEqual(regionBox.y + regionBox.height + 1);
		await page.keyboard.press('Escape');
		await expect(panel).toHaveCount(0);

		// "Read the whole story" opens the full chapter in a new tab; the frame stays.
		const [story] = await Promise.all([
			page.context().waitForEvent('page'),
			frames[0]!.getByRole('link', { name: 'Read the whole story' }).click()
		]);
		await expect(story).toHaveURL(`${site}/chapters/${EMBEDDED[0]}`);
		await expect(story.locator(`#${EMBEDDED[0]}-title`)).toBeInViewport();
		await story.close();
		// So does any other link of the embedded page (here a passage's source).
		const [source] = await Promise.all([
			page.context().waitForEvent('page'),
			frames[0]!.locator('figure.passage figcaption a').first().click()
		]);
		await expect(source).toHaveURL(new RegExp(`^${site}/sources/[a-z0-9-]+#`));
		await source.close();
		expect(frames[0]!.url()).toBe(`${site}/embed/chapters/${EMBEDDED[0]}`);

		guard.expectClean();
	});

	test('the story’s own pages refuse to be framed there', async ({ page, baseURL, hostPage }) => {
		const site = new URL(baseURL!).origin;
		const host = await hostPage(`<!doctype html><title>Framing the story</title>
<iframe id="story" src="${site}/chapters/khojaly" title="The story"></iframe>
<iframe id="embed" src="${site}/embed/chapters/khojaly" title="The chapter"></iframe>`);
		const refused = page.waitForResponse(`${site}/chapters/khojaly`);
		await page.goto(`${host}/`);
		const headers = (await refused).headers();
		expect(headers['x-frame-options']).toBe('DENY');
		expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
		// The embeddable page shows; the story's page does not.
		const embed = (await (await page.locator('#embed').elementHandle())!.contentFrame())!;
		await expect(embed.locator('#khojaly-title')).toBeVisible();
		const story = (await (await page.locator('#story').elementHandle())!.contentFrame())!;
		await expect.poll(() => story.url()).toMatch(/^chrome-error:/);
	});
});

test.describe('the embeddable page', () => {
	test('may be framed by any site, is not indexed, and names the full chapter as canonical', async ({
		page,
		request
	}) => {
		const response = await request.get('/embed/chapters/baku');
		expect(response.headers()['x-frame-options']).toBeUndefined();
		expect(response.headers()['content-security-policy']).toMatch(/; frame-ancestors \*$/);
		await page.goto('/embed/chapters/baku');
		await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
		await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
			'href',
			'http://localhost:4173/chapters/baku'
		);
		const sitemap = await (await request.get('/sitemap.xml')).text();
		expect(sitemap).toContain('/chapters/baku</loc>');
		expect(sitemap).not.toContain('/embed/');
	});

	test('has the chapter’s map, places and passages, and nothing of the site around them', async ({
		page
	}) => {
		await page.goto('/embed/chapters/aghdam');
		await expect(page.locator('.map-region img.static-map')).toHaveAttribute(
			'src',
			'/maps/aghdam.png'
		);
		const text = page.locator('main');
		for (const id of chapter('aghdam').places)
			await expect(text.locator(`.chapter-places a[href="/places/${id}"]`)).toHaveCount(1);
		await expect(text.locator('figure.passage')).toHaveCount(chapter('aghdam').passages.length);
		await expect(text.locator('figure.passage cite').first()).toBeVisible();
		await expect(page.locator('nav#contents, .site-header, .story-footer')).toHaveCount(0);
		const more = page.getByRole('link', { name: 'Read the whole story' });
		await expect(more).toHaveAttribute('href', '/chapters/aghdam');
		await expect(more).toHaveAttribute('target', '_blank');
		await expect(more).toHaveAttribute('rel', 'noopener');
	});

	test('links another chapter’s passage on that chapter’s page', async ({ page }) => {
		await page.goto('/embed/chapters/recognition');
		const links = page.locator('.area-list a');
		await expect(links.first()).toBeVisible();
		for (const link of await links.all()) {
			const href = (await link.getAttribute('href'))!;
			const id = href.slice(href.indexOf('#') + 1);
			if (href.startsWith('#')) await expect(page.locator(`[id="${id}"]`)).toHaveCount(1);
			else expect(href).toMatch(/^\/chapters\/[a-z-]+#quote-/);
		}
	});

	for (const width of [300, 375, 900, 1200]) {
		test(`without JavaScript it reads at ${width} px: map beside or above the text`, async ({
			browser
		}) => {
			const context = await browser.newContext({
				javaScriptEnabled: false,
				viewport: { width, height: 800 }
			});
			const page = await context.newPage();
			await page.goto('/embed/chapters/khojaly');
			const map = page.locator('.map-region img.static-map');
			await expect(map).toBeVisible();
			await expect
				.poll(() => map.evaluate((el) => (el as HTMLImageElement).naturalWidth))
				.toBe(width < 800 ? 800 : 960);
			await expect(page.locator('figure.passage').first()).toBeVisible();
			// The map beside the text stands in for the chapter's own picture: one map, not two.
			await expect(page.locator('.chapter-static-map')).toBeHidden();
			const mapBox = (await page.locator('.map-region').boundingBox())!;
			const textBox = (await page.locator('main').boundingBox())!;
			if (width < 800) expect(mapBox.y + mapBox.height).toBeLessThanOrEqual(textBox.y + 1);
			else expect(textBox.x + textBox.width).toBeLessThanOrEqual(mapBox.x + 1);
			expect(
				await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)
			).toBe(true);
			await context.close();
		});
	}

	for (const width of [375, 1280]) {
		test(`at ${width} px axe finds no violations, with the live map and with a place panel open`, async ({
			page
		}) => {
			await page.setViewportSize({ width, height: 800 });
			await page.goto('/embed/chapters/khankendi');
			await page.mouse.move(5, 5);
			await page.mouse.move(9, 9);
			const region = page.locator('.map-region');
			await expect(region).toHaveAttribute('data-map-status', 'ready', { timeout: 25_000 });
			expect(await axe(page)).toEqual([]);
			await page.locator('.place-button[data-place="khankendi"]').focus();
			await page.keyboard.press('Enter');
			const panel = page.locator('.place-panel');
			await expect(panel).toBeVisible();
			await expect(panel.locator('h2')).toBeFocused();
			// Inside the map, on a narrow frame too (not along the bottom of the frame's window).
			const [p, r] = [(await panel.boundingBox())!, (await region.boundingBox())!];
			expect(p.y + p.height).toBeLessThanOrEqual(r.y + r.height + 1);
			expect(await axe(page)).toEqual([]);
			await page.keyboard.press('Escape');
			await expect(panel).toHaveCount(0);
			await expect(page.locator('.place-button[data-place="khankendi"]')).toBeFocused();
		});
	}

	test('the keyboard reaches the text past the map', async ({ page }) => {
		await page.goto('/embed/chapters/shusha');
		await page.keyboard.press('Tab');
		const skip = page.getByRole('link', { name: 'Skip to the text' });
		await expect(skip).toBeFocused();
		await expect(skip).toBeVisible();
		await page.keyboard.press('Enter');
		await expect(page.locator('main#embed-text')).toBeFocused();
		await expect(page).toHaveURL(/\/embed\/chapters\/shusha#embed-text$/);
	});
});

test.describe('the Embed control', () => {
	test('hands out the snippet in a dialog: keyboard, copy, preview, Escape', async ({
		page,
		context
	}) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		await page.goto('/chapters/ankara');
		const button = page.locator('#ankara').getByRole('button', { name: 'Embed' });
		await button.focus();
		await page.keyboard.press('Enter');
		const dialog = page.getByRole('dialog', { name: 'Embed this chapter' });
		await expect(dialog).toBeVisible();
		const code = dialog.getByRole('textbox', { name: 'Embed code' });
		await expect(code).toBeFocused();
		const snippet = await code.inputValue();
		// Absolute addresses from the site's public origin (SITE_ORIGIN of the build).
		expect(snippet).toContain('<iframe src="http://localhost:4173/embed/chapters/ankara"');
		expect(snippet).toContain(`title="${chapter('ankara').title} · `);
		expect(snippet).toContain('<script src="http://localhost:4173/embed/v1.js" async></script>');

		await dialog.getByRole('button', { name: 'Copy code' }).click();
		await expect(dialog.getByRole('status')).toHaveText('Embed code copied');
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(snippet);

		// The preview is the embedded chapter, sized to its content.
		const preview = (await dialog.locator('iframe').elementHandle())!;
		const frame = (await preview.contentFrame())!;
		await expect(frame.locator('#ankara-title')).toBeVisible();
		await expect
			.poll(async () => {
				const inner = await frame.evaluate(() => document.documentElement.scrollHeight);
				return Math.abs((await preview.boundingBox())!.height - inner) <= 2;
			})
			.toBe(true);

		// Focus goes on through the dialog's controls, not into the preview or the page behind.
		await expect(dialog.getByRole('button', { name: 'Copy code' })).toBeFocused();
		await page.keyboard.press('Tab');
		const tryIt = dialog.getByRole('link', { name: 'Open the embedded chapter in a new tab' });
		await expect(tryIt).toBeFocused();
		await expect(tryIt).toHaveAttribute('href', '/embed/chapters/ankara');
		// Past the last control focus comes back to the first, and the other way round.
		await page.keyboard.press('Tab');
		await expect(dialog.getByRole('button', { name: 'Close' })).toBeFocused();
		await page.keyboard.press('Shift+Tab');
		await expect(tryIt).toBeFocused();
		// (The preview's own page is checked on its own: its landmarks repeat the story's.)
		expect(await axe(page, 'iframe')).toEqual([]);
		await page.keyboard.press('Escape');
		await expect(dialog).toBeHidden();
		await expect(button).toBeFocused();
	});

	test('is there for every chapter', async ({ page }) => {
		await page.goto('/');
		for (const slug of SLUGS)
			await expect(page.locator(`#${slug}`).getByRole('button', { name: 'Embed' })).toBeAttached();
	});
});

import { expect, test } from '@playwright/test';
import { atRest, axe, inViewport, REFERENCE_PAGES, SLUGS, waitForMap } from './support';

const PAGES = ['/', ...SLUGS.map((s) => `/chapters/${s}`), ...REFERENCE_PAGES, '/404'];

test.describe('axe finds no violations', () => {
	for (const path of PAGES) {
		test(path, async ({ page }) => {
			await page.goto(path);
			if (path === '/' || path.startsWith('/chapters/')) await waitForMap(page);
			expect(await axe(page)).toEqual([]);
		});
	}

	test('with a place panel open', async ({ page }) => {
		await page.goto('/');
		await waitForMap(page);
		await page.locator('.place-button[data-place="ballija"]').focus();
		await page.keyboard.press('Enter');
		await expect(page.locator('.place-panel')).toBeVisible();
		expect(await axe(page)).toEqual([]);
	});

	test('with the map’s notice for a wheel that scrolls the page, and once it is gone', async ({
		page
	}) => {
		await page.goto('/');
		await waitForMap(page);
		const map = (await page.locator('.map-region').boundingBox())!;
		await page.mouse.move(map.x + map.width / 2, map.y + map.height / 2);
		await page.mouse.wheel(0, 40);
		const notice = page.locator('.maplibregl-cooperative-gesture-screen');
		const opacity = () => notice.evaluate((el) => getComputedStyle(el).opacity);
		// Shown at once, whole: no faint text fading in or out.
		await expect.poll(opacity).toBe('1');
		await expect(notice.locator('.maplibregl-desktop-message')).toBeVisible();
		expect(await axe(page)).toEqual([]);
		await expect.poll(opacity, { timeout: 4_000 }).toBe('0');
		expect(await axe(page)).toEqual([]);
	});
});

test.describe('keyboard', () => {
	test('the first Tab reaches a skip link that moves focus to the chapter being read', async ({
		page
	}) => {
		await page.goto('/chapters/khojaly');
		await page.keyboard.press('Tab');
		const skip = page.getByRole('link', { name: 'Skip to the story' });
		await expect(skip).toBeFocused();
		await expect(skip).toBeVisible();
		await page.keyboard.press('Enter');
		// Focus lands on the chapter the reader opened, not at the top of the story, and the
		// address still names that chapter.
		await expect(page.locator('#khojaly-title')).toBeFocused();
		expect(await inViewport(page.locator('#khojaly-title'))).toBe(true);
		await atRest(page);
		await expect(page).toHaveURL(/\/chapters\/khojaly(#khojaly-title)?$/);
	});

	test('on the front page the skip link moves focus to the start of the story', async ({
		page
	}) => {
		await page.goto('/');
		await page.keyboard.press('Tab');
		await expect(page.getByRole('link', { name: 'Skip to the story' })).toBeFocused();
		await page.keyboard.press('Enter');
		await expect(page.locator('main#story')).toBeFocused();
		await expect(page).toHaveURL(/\/#story$/);
	});

	test('the contents, next and previous chapter all work from the keyboard', async ({ page }) => {
		await page.goto('/');
		const first = page.locator('nav#contents a').nth(1);
		await first.focus();
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(/\/chapters\/khojaly$/);
		await expect(page.locator('#khojaly-title')).toBeFocused();
		const next = page.locator('#khojaly').getByRole('link', { name: /^Next:/ });
		await next.focus();
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(/\/chapters\/aghdam$/);
		await expect(page.locator('#aghdam-title')).toBeFocused();
		const previous = page.locator('#aghdam').getByRole('link', { name: /Previous:/ });
		await previous.focus();
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(/\/chapters\/khojaly$/);
	});

	test('focus is visible on links, buttons and places', async ({ page }) => {
		await page.goto('/');
		await waitForMap(page);
		for (const locator of [
			page.locator('nav#contents a').first(),
			page.locator('.place-button').first(),
			page.locator('.copy-link button').first()
		]) {
			await locator.focus();
			const outline = await locator.evaluate(
				(el) => getComputedStyle(el).outlineStyle + ' ' + getComputedStyle(el).outlineWidth
			);
			expect(outline).toMatch(/^solid [1-9]/);
		}
	});
});

test('a change of chapter is announced once, politely, with its place', async ({ page }) => {
	await page.goto('/');
	const live = page.locator('[aria-live="polite"]');
	await expect(live).toHaveText('');
	const target = page.locator('#baku');
	await target.evaluate((el) =>
		window.scrollTo({
			top: el.getBoundingClientRect().top + window.scrollY - 100,
			behavior: 'instant'
		})
	);
	await expect(live).toHaveText('Chapter: Baku, the memorial in Khatai. Map: Baku');
	// Scrolling within the chapter does not repeat it.
	const changes: string[] = [];
	await page.exposeFunction('recordAnnouncement', (text: string) => changes.push(text));
	await live.evaluate((el) =>
		new MutationObserver(() =>
			(window as unknown as { recordAnnouncement(t: string): void }).recordAnnouncement(
				el.textContent ?? ''
			)
		).observe(el, { childList: true, characterData: true, subtree: true })
	);
	for (let i = 0; i < 5; i++) await page.mouse.wheel(0, 40);
	await page.waitForTimeout(1200);
	expect(changes).toEqual([]);
});

test('with reduced motion the page does not scroll smoothly', async ({ browser }) => {
	const context = await browser.newContext({ reducedMotion: 'reduce' });
	const page = await context.newPage();
	await page.goto('/');
	expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe(
		'auto'
	);
	await page.locator('nav#contents a').last().click();
	// An instant jump: the chapter is in place on the next frame, with no frames in between.
	await expect(page.locator(`#${SLUGS.at(-1)}-title`)).toBeInViewport({ timeout: 300 });
	await context.close();
});

import { expect, test } from '@playwright/test';
import { guardPage, pointAtPlace, REFERENCE_PAGES, waitForMap } from './support';

test.describe('reference pages load cleanly', () => {
	for (const path of REFERENCE_PAGES) {
		test(`${path}`, async ({ page, baseURL }) => {
			const guard = guardPage(page, baseURL!);
			const response = await page.goto(path);
			expect(response?.status()).toBe(200);
			await expect(page.locator('h1')).toBeVisible();
			await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
				'href',
				new RegExp(`${path}$`)
			);
			await page.waitForLoadState('networkidle');
			guard.expectClean();
		});
	}
});

test('a quote in the story leads in one click to its place in the article, and back', async ({
	page,
	baseURL
}) => {
	await page.goto('/chapters/aghdam');
	const figure = page
		.locator('#aghdam figure.passage')
		.filter({ hasText: 'Azeri positions in Agdam' });
	const quote = (await figure.locator('blockquote').innerText()).trim();
	await figure.locator('figcaption a').click();
	await expect(page).toHaveURL(new RegExp(`${baseURL}/sources/unnamed-2013#unnamed-2013-`));
	const anchorId = decodeURIComponent(new URL(page.url()).hash.slice(1));
	// The first highlight after the anchor (a figure's anchor may start at the same word).
	const mark = page.locator(`[id="${anchorId}"] ~ mark`).first();
	await expect(mark).toBeInViewport();
	expect(quote.replace(/\s+/g, ' ')).toContain(
		(await mark.innerText()).replace(/\s+/g, ' ').trim()
	);
	// The highlighted passage links back to the chapter that quotes it.
	await page.locator('.backlinks a', { hasText: 'The flight towards Aghdam' }).first().click();
	await expect(page).toHaveURL(`${baseURL}/chapters/aghdam`);
	await expect(page.locator('#aghdam-title')).toBeInViewport();
});

test('the place panel on the map leads to the place page with every mention', async ({
	page,
	baseURL
}) => {
	await page.goto('/');
	await waitForMap(page);
	await pointAtPlace(page, 'kizilcahamam');
	const panel = page.locator('.place-panel');
	await panel.getByRole('link', { name: /Everything the articles say about Kızılcahamam/ }).click();
	await expect(page).toHaveURL(`${baseURL}/places/kizilcahamam`);
	await expect(page.locator('.mentions li')).toHaveCount(1);
	await expect(page.locator('.mentions li')).toContainText("Ankara's Kızılcahamam district");
	await expect(page.locator('.map > svg')).toBeVisible();
});

test('a place page lists mentions in every spelling, each linked to its paragraph', async ({
	page,
	baseURL
}) => {
	await page.goto('/places/aghdam');
	const items = page.locator('.mentions li');
	await expect(items).toHaveCount(2);
	await expect(items.nth(0)).toContainText('Agdam');
	await expect(items.nth(1)).toContainText('Aghdam');
	await items.nth(0).getByRole('link').click();
	await expect(page).toHaveURL(new RegExp(`${baseURL}/sources/unnamed-2013#p-\\d+$`));
	const target = page.locator(`[id="${new URL(page.url()).hash.slice(1)}"]`);
	await expect(target).toContainText('Azeri positions in Agdam');
	await expect(target).toBeInViewport();
});

test('the figures table shows where the articles disagree, in words, and links each number to its words', async ({
	page,
	request
}) => {
	await page.goto('/figures');
	const children = page.locator('tr#children-killed');
	await expect(children.locator('.badge')).toHaveText('Disagree');
	await expect(children).toContainText('63 in four; 83 in one');
	const missing = page.locator('tr#missing');
	await expect(missing).toContainText('150 in three; 197 in one');
	await expect(page.locator('tr#wounded')).toContainText('“seriously injured”');
	await expect(page.locator('tr#wounded')).toContainText('“permanent disability”');
	await expect(page.locator('tr#killed .badge')).toHaveText('Agree');
	await expect(
		page.getByText('None of the five articles cites an independent count')
	).toBeVisible();
	// Where the articles count different things, the row says so instead of comparing numbers.
	const assault = page.locator('tr#assault-duration');
	await expect(assault.locator('.badge')).toHaveText('Different accounts');
	await expect(assault).toContainText('The articles describe different things');
	// The embassy's text is credited to the embassy in the column heading.
	await expect(page.locator('thead').first()).toContainText(
		'Embassy of Azerbaijan to Indonesia in Jakarta, carried by Mi’raj News Agency (MINA)'
	);

	// Every phrase links to an anchor that exists in its source page.
	const hrefs = await page
		.locator('a.phrase')
		.evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).getAttribute('href')!));
	expect(hrefs.length).toBeGreaterThan(40);
	const pages = new Map<string, string>();
	for (const href of hrefs) {
		const [path, id] = href.split('#');
		if (!pages.has(path!)) pages.set(path!, await (await request.get(path!)).text());
		expect(pages.get(path!), href).toContain(`id="${id}"`);
	}
});

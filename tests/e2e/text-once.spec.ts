/**
 * Each story page carries its chapters' text once: in the prerendered HTML, not again in the data
 * the page's script starts from (lib/server/story.ts). The text must survive the page's start-up
 * (hydration), and reach a reader who comes to the story from another page of the site.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { CHAPTERS, guardPage, SLUGS } from './support';

/** The narrative's sentences as they appear in HTML (long enough to be unmistakable). */
const SENTENCES = CHAPTERS.flatMap((chapter) =>
	chapter.narrative
		.flatMap((paragraph) => paragraph.split(/(?<=[.!?])\s+/))
		.filter((sentence) => sentence.length >= 40)
		.map((sentence) => ({
			slug: chapter.slug,
			html: sentence.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;')
		}))
);

const BUILT_PAGES = ['build/index.html', ...SLUGS.map((slug) => `build/chapters/${slug}.html`)];

test.describe('the story’s text ships once', () => {
	test('every narrative sentence is in each built story page exactly once', () => {
		expect(SENTENCES.length).toBeGreaterThan(20);
		for (const file of BUILT_PAGES) {
			const html = readFileSync(file, 'utf8');
			for (const { slug, html: sentence } of SENTENCES)
				expect(html.split(sentence).length - 1, `${file}, ${slug}: “${sentence}”`).toBe(1);
		}
	});

	test('the text is still there once the page has started, with no warning', async ({
		page,
		baseURL
	}) => {
		const guard = guardPage(page, baseURL!);
		const warnings: string[] = [];
		page.on('console', (message) => {
			if (message.type() === 'warning') warnings.push(message.text());
		});
		await page.goto('/chapters/aghdam');
		// The story has started once its Copy link buttons are drawn.
		await expect(page.locator('.copy-link').first()).toBeAttached({ timeout: 15_000 });
		for (const chapter of CHAPTERS) {
			const section = page.locator(`section#${chapter.slug}`);
			await expect(section.locator('h2')).toHaveText(chapter.title);
			for (const paragraph of chapter.narrative)
				await expect(section.locator('p.narrative', { hasText: paragraph })).toHaveCount(1);
		}
		expect(warnings).toEqual([]);
		guard.expectClean();
	});

	test('a reader who comes from another page finds the text, and again after Back', async ({
		page
	}) => {
		const first = CHAPTERS[0]!;
		const narrative = page.locator(`section#${first.slug} p.narrative`).first();
		// Wait for the page's script, so that the link is followed by the site's own router.
		await page.goto('/sources', { waitUntil: 'networkidle' });
		await page.getByRole('link', { name: 'The story' }).click();
		await expect(page).toHaveURL(/\/$/);
		await expect(narrative).toHaveText(first.narrative[0]!);

		// Leave the story by one of its links (the router draws the source page), then come back.
		await expect(page.locator('.copy-link').first()).toBeAttached({ timeout: 15_000 });
		await page.locator(`section#${first.slug} figure.passage figcaption a`).first().click();
		await expect(page).toHaveURL(/\/sources\//);
		await page.goBack();
		await expect(page).not.toHaveURL(/\/sources\//);
		await expect(narrative).toHaveText(first.narrative[0]!);
	});
});

/**
 * The story page's data, as the page ships it: chapter text rendered to HTML at build time (never
 * hydrated), and the passages behind each place panel. What a reader sees is checked here.
 */
import { parse, type HTMLElement } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { isVerbatim } from '../../src/lib/content/text';
import { validateContent } from '../../src/lib/content/validate';
import { storyPageData } from '../../src/lib/server/story';
import { realContent } from './content-fixture';

const content = validateContent(realContent()).content!;
const page = storyPageData(content, '');
const sourceById = new Map(content.sources.map((s) => [s.id, s]));

/** The passages as a reader sees them: the quoted text and the citation under it. */
function shownPassages(root: HTMLElement) {
	return root.querySelectorAll('figure.passage').map((figure) => ({
		sourceId: figure.getAttribute('data-source')!,
		quote: figure.querySelector('blockquote')!.text,
		outlet: figure.querySelector('figcaption cite')!.text,
		date: figure.querySelector('figcaption time')!.getAttribute('datetime'),
		dateLabel: figure.querySelector('figcaption time')!.text,
		href: figure.querySelector('figcaption a')!.getAttribute('href')
	}));
}

describe('the story page', () => {
	it('shows every passage of every chapter verbatim, with its outlet and date', () => {
		let shown = 0;
		for (const [i, chapter] of page.chapters.entries()) {
			const passages = shownPassages(parse(chapter.bodyHtml));
			const written = content.chapters[i]!.passages;
			expect(passages.length, chapter.slug).toBe(written.length);
			for (const [j, passage] of passages.entries()) {
				// The passage the writer chose, whole, from the source the writer named…
				expect(passage.sourceId).toBe(written[j]!.sourceId);
				expect(passage.quote.replace(/\s+/g, ' ')).toBe(written[j]!.quote.replace(/\s+/g, ' '));
				// …and that source's words, verbatim, cited as the source names itself.
				const source = sourceById.get(passage.sourceId)!;
				expect(isVerbatim(passage.quote, source.body), `${chapter.slug}: ${passage.quote}`).toBe(
					true
				);
				expect(passage.outlet).toBe(source.attribution);
				expect(passage.date).toBe(source.date);
				expect(passage.dateLabel).toBe(source.dateLabel);
				expect(passage.href).toMatch(new RegExp(`^/sources/${source.id}#${source.id}-`));
				shown++;
			}
		}
		expect(shown).toBeGreaterThan(20);
	});

	it('renders each chapter’s heading, places and narrative into its text', () => {
		for (const [i, chapter] of page.chapters.entries()) {
			const original = content.chapters[i]!;
			const root = parse(chapter.bodyHtml);
			expect(root.querySelector(`h2#${chapter.slug}-title`)?.text).toBe(original.title);
			expect(root.querySelectorAll('.place-tag').map((a) => a.getAttribute('href'))).toEqual(
				original.places.map((id) => `/places/${id}`)
			);
			expect(root.querySelectorAll('p.narrative').map((p) => p.text)).toEqual(original.narrative);
		}
	});

	it('leaves no hydration marker in the text (an empty one would cut the {@html} block short)', () => {
		for (const chapter of page.chapters) expect(chapter.bodyHtml).not.toContain('<!--');
	});

	it('escapes what it renders: markup in content stays text', () => {
		const chapter = { ...content.chapters[0]!, title: 'A <b>bold</b> & "quoted" title' };
		const html = storyPageData({ ...content, chapters: [chapter] }, '').chapters[0]!.bodyHtml;
		expect(parse(html).querySelector('h2')!.text).toBe(chapter.title);
		expect(html).not.toContain('<b>');
	});

	it('prefixes every link with the base path the site is served under', () => {
		const hosted = storyPageData(content, '/khojaly-story');
		for (const chapter of hosted.chapters)
			for (const a of parse(chapter.bodyHtml).querySelectorAll('a[href], img[src]')) {
				const url = a.getAttribute('href') ?? a.getAttribute('src')!;
				expect(url, chapter.slug).toMatch(/^\/khojaly-story\//);
			}
	});

	it('ships without the chapters’ text apart from its rendered HTML', () => {
		for (const chapter of page.chapters) {
			expect(chapter).not.toHaveProperty('passages');
			expect(chapter).not.toHaveProperty('narrative');
		}
	});

	it('gives each place without a chapter of its own the passages that name it, cited', () => {
		const withoutChapter = content.places.filter((p) => !p.chapterSlug);
		expect(Object.keys(page.panels).sort()).toEqual(withoutChapter.map((p) => p.id).sort());
		for (const place of withoutChapter) {
			const cited = page.panels[place.id]!;
			expect(cited.length, place.id).toBeGreaterThan(0);
			for (const { passage, source } of cited) {
				expect(isVerbatim(passage.quote, sourceById.get(source.id)!.body)).toBe(true);
				expect(source).not.toHaveProperty('body');
			}
		}
	});
});

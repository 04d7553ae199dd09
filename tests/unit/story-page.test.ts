/**
 * The story page as it ships: chapter text rendered to HTML at build time and placed in the
 * prerendered page (never hydrated, never in the page data), and the passages behind each place
 * panel. What a reader sees is checked here.
 */
import { parse, type HTMLElement } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { isVerbatim } from '../../src/lib/content/text';
import { validateContent } from '../../src/lib/content/validate';
import {
	chapterBodies,
	placeChapterBodies,
	storyMapData,
	storyPageData
} from '../../src/lib/server/story';
import { allAreas, mapPlaces } from '../../src/lib/story/map-data';
import { quoteAnchorId } from '../../src/lib/story/links';
import { realContent } from './content-fixture';

const content = validateContent(realContent()).content!;
const page = storyPageData(content);
const mapData = storyMapData(content);
/** Each chapter's text as the page shows it: placed in ChapterSection.svelte's placeholder. */
function placedBodies(base: string) {
	const bodies = chapterBodies(content, base);
	return new Map(
		content.chapters.map((chapter) => {
			const html = placeChapterBodies(
				`<div class="chapter-body" data-chapter-body="${chapter.slug}"></div>`,
				bodies
			);
			return [chapter.slug, html];
		})
	);
}
const bodyHtml = placedBodies('');
const body = (slug: string) => parse(bodyHtml.get(slug)!);
const sourceById = new Map(content.sources.map((s) => [s.id, s]));

/** The passages as a reader sees them: the quoted text and the citation under it. */
function shownPassages(root: HTMLElement) {
	return root.querySelectorAll('figure.passage').map((figure) => ({
		// The source the citation links to: /sources/<id>#<passage>.
		sourceId: /\/sources\/([^/#]+)#/.exec(
			figure.querySelector('figcaption a')!.getAttribute('href')!
		)![1]!,
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
			const passages = shownPassages(body(chapter.slug));
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
			const root = body(chapter.slug);
			expect(root.querySelector(`h2#${chapter.slug}-title`)?.text).toBe(original.title);
			expect(root.querySelectorAll('.place-tag').map((a) => a.getAttribute('href'))).toEqual(
				original.places.map((id) => `/places/${id}`)
			);
			expect(root.querySelectorAll('p.narrative').map((p) => p.text)).toEqual(original.narrative);
		}
	});

	it('leaves no hydration marker in the text (an empty one would cut the {@html} block short)', () => {
		for (const chapter of page.chapters) expect(bodyHtml.get(chapter.slug)).not.toContain('<!--');
	});

	it('escapes what it renders: markup in content stays text', () => {
		const chapter = { ...content.chapters[0]!, title: 'A <b>bold</b> & "quoted" title' };
		const html = chapterBodies({ ...content, chapters: [chapter] }, '').get(chapter.slug)!;
		expect(parse(html).querySelector('h2')!.text).toBe(chapter.title);
		expect(html).not.toContain('<b>');
	});

	it('prefixes every link with the base path the site is served under', () => {
		const hosted = placedBodies('/khojaly-story');
		const all = parse([...hosted.values()].join(''));
		for (const chapter of page.chapters)
			for (const a of parse(hosted.get(chapter.slug)!).querySelectorAll('a[href], img[src]')) {
				const url = a.getAttribute('href') ?? a.getAttribute('src')!;
				// A link within the story page (to a passage) needs no path: its target is on the page.
				if (url.startsWith('#')) expect(all.getElementById(url.slice(1)), url).not.toBeNull();
				else expect(url, chapter.slug).toMatch(/^\/khojaly-story\//);
			}
	});

	it('keeps the chapters’ text out of the page data (it is in the HTML once)', () => {
		// Not even the place panels' passages: they carry ids, and show the chapters' HTML.
		const data = JSON.stringify(page);
		for (const chapter of content.chapters) {
			for (const paragraph of chapter.narrative)
				expect(data, chapter.slug).not.toContain(paragraph.slice(0, 60));
			for (const passage of chapter.passages)
				expect(data, chapter.slug).not.toContain(passage.quote.slice(0, 60));
		}
	});

	it('leaves out of the page data what its script never shows (it would sit in every page’s HTML)', () => {
		const data = JSON.stringify(page);
		for (const chapter of content.chapters) {
			// The page's head has its own chapter's description; a share carries the address.
			expect(data, chapter.slug).not.toContain(chapter.description);
			for (const area of chapter.areas)
				for (const { body } of area.bodies) expect(data, area.id).not.toContain(body);
		}
		for (const place of content.places) {
			// Where a point comes from is told on the place's own page.
			if (place.coordinates.method === 'approximate')
				expect(data, place.id).not.toContain(place.coordinates.note);
			else expect(data, place.id).not.toContain(`${place.coordinates.geonamesId}`);
			// Its other names are for its panel, which opens from the live map.
			for (const name of place.otherNames) expect(data, place.id).not.toContain(`"${name}"`);
		}
		// Lines and outlines are for the live map; the outlines' labels name them in the alt text.
		expect(data).not.toContain('"connections"');
		expect(data).not.toContain('"labelPoint"');
		const recognition = page.chapters.find((c) => c.areas)!;
		expect(recognition.areas!.map((a) => a.label)).toEqual(
			content.chapters.find((c) => c.slug === recognition.slug)!.areas.map((a) => a.label)
		);
	});

	it('links each place to the chapter that shows it, naming that chapter once', () => {
		for (const [i, place] of page.places.entries()) {
			const written = content.places[i]!;
			expect(place.id).toBe(written.id);
			// Its own chapter, where it has one (a click on it goes there); else the one that shows it.
			expect(place.chapterSlug, place.id).toBe(written.chapterSlug);
			expect(place.chapterSlug ?? place.coveredBy, place.id).toBe(written.coveredBy);
			if (place.chapterSlug) expect(place, place.id).not.toHaveProperty('coveredBy');
		}
		expect(page.places.filter((p) => !p.chapterSlug).length).toBeGreaterThan(0);
	});

	it('gives the live map what it draws and each panel shows, with the map', () => {
		const places = mapPlaces(page.places, mapData);
		expect(places.map((p) => p.id)).toEqual(content.places.map((p) => p.id));
		expect(places.find((p) => p.id === 'khatai')!.coordinates).toEqual({
			method: 'approximate',
			uncertaintyKm: 3
		});
		expect(places.find((p) => p.id === 'khojaly')!.otherNames).toContain('Khojali');
		for (const chapter of content.chapters)
			expect(mapData.chapters[chapter.slug]!.connections.map((c) => [c.from, c.to])).toEqual(
				chapter.connections.map((c) => [c.from, c.to])
			);
		// A click on an outline brings a passage of its chapter into view.
		const areas = allAreas(mapData);
		expect(areas.length).toBeGreaterThan(0);
		const recognition = content.chapters.find((c) => c.areas.length > 0)!;
		for (const area of areas)
			expect(bodyHtml.get(recognition.slug), area.id).toContain(quoteAnchorId(area.passageId));
	});

	it('fills each chapter’s placeholder with that chapter’s text, and nothing else on the page', () => {
		const bodies = chapterBodies(content, '');
		const [first, second] = content.chapters;
		const page = `<main><div class="chapter-body svelte-x1" data-chapter-body="${second!.slug}"></div><p>kept</p><div data-chapter-body="${first!.slug}" class="chapter-body"></div></main>`;
		const filled = placeChapterBodies(page, bodies);
		const root = parse(filled);
		const [a, b] = root.querySelectorAll('[data-chapter-body]');
		expect(a!.querySelector('h2')!.text).toBe(second!.title);
		expect(b!.querySelector('h2')!.text).toBe(first!.title);
		expect(root.querySelector('main > p')!.text).toBe('kept');
		expect(placeChapterBodies('<p>no story here</p>', bodies)).toBe('<p>no story here</p>');
	});

	it('fails the build on a placeholder for a chapter that does not exist', () => {
		const bodies = chapterBodies(content, '');
		expect(() =>
			placeChapterBodies('<div class="chapter-body" data-chapter-body="nowhere"></div>', bodies)
		).toThrow(/nowhere/);
	});

	it('gives each place the passages that name it, found in the page', () => {
		const html = parse([...chapterBodies(content, '').values()].join(''));
		for (const place of content.places) {
			const ids = mapData.panels[place.id]!;
			expect(ids.length, place.id).toBeGreaterThan(0);
			for (const id of ids) {
				// The panel copies the figure the chapter text shows: quote and attribution.
				const figure = html.querySelector(`figure.passage#${quoteAnchorId(id)}`);
				expect(figure, `${place.id}: ${id}`).not.toBeNull();
				expect(figure!.querySelector('blockquote')!.text).toMatch(
					new RegExp([place.name, ...place.variants].join('|'))
				);
				expect(figure!.querySelector('figcaption cite')!.text.length).toBeGreaterThan(0);
			}
		}
	});
});

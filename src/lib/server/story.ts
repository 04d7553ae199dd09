/**
 * What the story page ships: the chapters' text as HTML rendered at build time, and for the page's
 * script only what the map, the address and the panels need (the chapters without their text,
 * the places, and the ids of the passages behind each place panel: the panel shows them as the
 * chapters' HTML has them).
 *
 * The text reaches the page once. Whatever a load function returns is serialised into the page's
 * start-up script for hydration, so the text is not page data: ChapterSection.svelte draws an
 * empty placeholder, `<div class="chapter-body" data-chapter-body="slug"></div>`, and the server
 * hook (src/hooks.server.ts) fills it in the prerendered HTML with `placeChapterBodies`. Svelte
 * never sees the strings: an element its template leaves empty is not walked during hydration, so
 * the text stays as rendered, with no hydration markers to match and no mismatch to report.
 * (A server-only data split is not possible: SvelteKit serialises all server load data.) The cost:
 * a story page rendered by the client router would have empty chapters, so entering the story
 * from another page is a full page load (`storyNeedsPageLoad` in $lib/story/urls.ts).
 */
import { error } from '@sveltejs/kit';
import { render } from 'svelte/server';
import type {
	Chapter,
	EmbedPageData,
	Place,
	SourceSummary,
	StoryChapter,
	StoryContent,
	StoryPageData,
	StoryPlace
} from '$lib/content/types';
import ChapterBody from '$lib/story/ChapterBody.svelte';
import { quoteAnchorId } from '$lib/story/links';
import { passagesNaming } from '$lib/story/mentions';
import { chapterPath } from '$lib/story/urls';
import { sourceSummary } from './content';

/**
 * A chapter's text as HTML. Svelte's hydration markers are removed: the fragment is never
 * hydrated, and an empty marker comment inside {@html} would end the block early. Every other
 * comment is a marker too (text is escaped, so `<!--` cannot come from content).
 */
export function chapterBodyHtml(
	chapter: Chapter,
	places: Place[],
	sourceById: Map<string, SourceSummary>,
	base: string,
	passageHref?: (passageId: string) => string
): string {
	const { body } = render(ChapterBody, {
		props: { chapter, places, sourceById, base, passageHref }
	});
	return body.replace(/<!--[\s\S]*?-->/g, '').trim();
}

const summariesById = (content: StoryContent) =>
	new Map(content.sources.map((s) => [s.id, sourceSummary(s)]));

/**
 * Every chapter's text as HTML, by slug: as the story shows them, all on one page; or `alone`, as
 * a chapter's embeddable view shows one, where a link to another chapter's passage points to it
 * on that chapter's page.
 */
export function chapterBodies(
	content: StoryContent,
	base: string,
	{ alone = false } = {}
): Map<string, string> {
	const sourceById = summariesById(content);
	const chapterOfPassage = new Map(
		content.chapters.flatMap((chapter) => chapter.passages.map((p) => [p.id, chapter.slug]))
	);
	return new Map(
		content.chapters.map((chapter) => {
			const passageHref = alone
				? (passageId: string) => {
						const slug = chapterOfPassage.get(passageId);
						const page = !slug || slug === chapter.slug ? '' : chapterPath(slug, base);
						return `${page}#${quoteAnchorId(passageId)}`;
					}
				: undefined;
			return [
				chapter.slug,
				chapterBodyHtml(chapter, content.places, sourceById, base, passageHref)
			];
		})
	);
}

/** ChapterSection.svelte's placeholder for a chapter's text, as Svelte renders it. */
const PLACEHOLDER = /(<div\b[^>]*\sdata-chapter-body="([^"]*)"[^>]*>)<\/div>/g;

/**
 * A rendered page with each chapter placeholder filled with that chapter's text. A placeholder for
 * a chapter that has no text is an error (it fails the build), not an empty chapter.
 */
export function placeChapterBodies(html: string, bodies: Map<string, string>): string {
	return html.replace(PLACEHOLDER, (_match, open: string, slug: string) => {
		const body = bodies.get(slug);
		if (body === undefined) throw new Error(`No text for the chapter placeholder “${slug}”`);
		return `${open}${body}</div>`;
	});
}

/** A chapter as the page's script gets it: without its text. */
export function storyChapter(chapter: Chapter): StoryChapter {
	return {
		slug: chapter.slug,
		title: chapter.title,
		places: chapter.places,
		camera: chapter.camera,
		connections: chapter.connections,
		areas: chapter.areas.map(({ bodies: [first], ...area }) => {
			// Validation drops an outline whose bodies it cannot quote; one left bare is a bug here.
			if (!first) throw new Error(`The outline “${area.id}” names no body`);
			return { ...area, passageId: first.passageId };
		})
	};
}

/** A place as the page's script gets it (see StoryPlace). */
export function storyPlace({
	variants: _v,
	country: _c,
	coordinates,
	...place
}: Place): StoryPlace {
	return {
		...place,
		coordinates:
			coordinates.method === 'approximate'
				? { method: coordinates.method, uncertaintyKm: coordinates.uncertaintyKm }
				: { method: coordinates.method }
	};
}

/** For each place, the ids of the passages of `chapters` that name it: what its map panel shows. */
function panelsFor(places: Place[], chapters: Chapter[]): Record<string, string[]> {
	return Object.fromEntries(
		places.map((place) => [place.id, passagesNaming(place, chapters).map((p) => p.id)])
	);
}

export function storyPageData(content: StoryContent): StoryPageData {
	return {
		chapters: content.chapters.map(storyChapter),
		places: content.places.map(storyPlace),
		panels: panelsFor(
			content.places.filter((place) => !place.chapterSlug),
			content.chapters
		)
	};
}

/**
 * What a chapter's embeddable view (/embed/chapters/<slug>) ships: the chapter without its text
 * (placed in the HTML like the story's), every place for the map, and for each place the
 * passages of this chapter that name it (its panel: the page has no other chapter's text). The
 * other chapters by title only, for the panels' links.
 */
export function embedPageData(content: StoryContent, chapter: Chapter): EmbedPageData {
	return {
		chapter: storyChapter(chapter),
		places: content.places.map(storyPlace),
		chapters: content.chapters.map(({ slug, title }) => ({ slug, title })),
		panels: panelsFor(content.places, [chapter])
	};
}

/** The chapter a route's `[slug]` names, or a 404. */
export function chapterBySlug(content: StoryContent, slug: string): Chapter {
	const chapter = content.chapters.find((c) => c.slug === slug);
	if (!chapter) error(404, `There is no chapter “${slug}”.`);
	return chapter;
}

/** Every chapter's `[slug]`, for the routes prerendered once per chapter. */
export function chapterEntries(content: StoryContent): { slug: string }[] {
	return content.chapters.map((chapter) => ({ slug: chapter.slug }));
}

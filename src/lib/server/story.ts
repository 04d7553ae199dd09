/**
 * What the story page ships: the chapters' text as HTML rendered at build time, and for the page's
 * script only what the address, the contents and the static map need (the chapters without their
 * text, the places by name and position). What only the live map and its place panels use comes
 * with the map's code (storyMapData, /data/story-map.json).
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
	MapPlaceDetail,
	Place,
	SourceSummary,
	StoryArea,
	StoryChapter,
	StoryContent,
	StoryMapData,
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

/** A chapter as the page's script gets it: without its text, or what only the live map draws. */
export function storyChapter(chapter: Chapter): StoryChapter {
	const { slug, title, places, camera, areas } = chapter;
	return areas.length > 0
		? { slug, title, places, camera, areas: areas.map(({ name, label }) => ({ name, label })) }
		: { slug, title, places, camera };
}

/**
 * A place as the page's script gets it (see StoryPlace). Most places are shown by their own chapter,
 * so `coveredBy` comes only where it differs: bytes in every story page's HTML.
 */
export function storyPlace({ id, name, lngLat, chapterSlug, coveredBy }: Place): StoryPlace {
	return chapterSlug
		? { id, name, lngLat, chapterSlug }
		: { id, name, lngLat, chapterSlug, coveredBy };
}

/** What the live map draws for a place and its panel shows (see MapPlaceDetail). */
function mapPlaceDetail({
	kind,
	rank,
	localNames,
	otherNames,
	coordinates
}: Place): MapPlaceDetail {
	return {
		kind,
		rank,
		localNames,
		otherNames,
		coordinates:
			coordinates.method === 'approximate'
				? { method: coordinates.method, uncertaintyKm: coordinates.uncertaintyKm }
				: { method: coordinates.method }
	};
}

/** A chapter's outlines as the live map gets them: each with the passage a click leads to. */
function storyAreas(chapter: Chapter): StoryArea[] {
	return chapter.areas.map(({ bodies: [first], ...area }) => {
		// Validation drops an outline whose bodies it cannot quote; one left bare is a bug here.
		if (!first) throw new Error(`The outline “${area.id}” names no body`);
		return { ...area, passageId: first.passageId };
	});
}

export function storyPageData(content: StoryContent): StoryPageData {
	return {
		chapters: content.chapters.map(storyChapter),
		places: content.places.map(storyPlace)
	};
}

/**
 * What the live map and its place panels use (served as /data/story-map.json, fetched with the
 * map's code): each place's rank, kind, names and precision; each chapter's lines and outlines;
 * and for each place the passages that name it (a page's panel shows those it has).
 */
export function storyMapData(content: StoryContent): StoryMapData {
	return {
		places: Object.fromEntries(content.places.map((place) => [place.id, mapPlaceDetail(place)])),
		chapters: Object.fromEntries(
			content.chapters.map((chapter) => [
				chapter.slug,
				{
					connections: chapter.connections.map(({ from, to, label }) => ({ from, to, label })),
					areas: storyAreas(chapter)
				}
			])
		),
		panels: Object.fromEntries(
			content.places.map((place) => [
				place.id,
				passagesNaming(place, content.chapters).map((p) => p.id)
			])
		)
	};
}

/**
 * What a chapter's embeddable view (/embed/chapters/<slug>) ships: the chapter without its text
 * (placed in the HTML like the story's), every place for the map, and the other chapters by title
 * only, for the panels' links. Its map fetches the same StoryMapData as the story's.
 */
export function embedPageData(content: StoryContent, chapter: Chapter): EmbedPageData {
	return {
		chapter: storyChapter(chapter),
		places: content.places.map(storyPlace),
		chapters: content.chapters.map(({ slug, title }) => ({ slug, title }))
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

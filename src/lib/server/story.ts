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
import { render } from 'svelte/server';
import type {
	Chapter,
	Place,
	SourceSummary,
	StoryContent,
	StoryPageData
} from '$lib/content/types';
import ChapterBody from '$lib/story/ChapterBody.svelte';
import { passagesNaming } from '$lib/story/mentions';
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
	base: string
): string {
	const { body } = render(ChapterBody, { props: { chapter, places, sourceById, base } });
	return body.replace(/<!--[\s\S]*?-->/g, '').trim();
}

const summariesById = (content: StoryContent) =>
	new Map(content.sources.map((s) => [s.id, sourceSummary(s)]));

/** Every chapter's text as HTML, by slug. */
export function chapterBodies(content: StoryContent, base: string): Map<string, string> {
	const sourceById = summariesById(content);
	return new Map(
		content.chapters.map((chapter) => [
			chapter.slug,
			chapterBodyHtml(chapter, content.places, sourceById, base)
		])
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

export function storyPageData(content: StoryContent): StoryPageData {
	return {
		chapters: content.chapters.map((chapter) => ({
			slug: chapter.slug,
			title: chapter.title,
			description: chapter.description,
			places: chapter.places,
			camera: chapter.camera,
			connections: chapter.connections,
			areas: chapter.areas
		})),
		places: content.places,
		panels: Object.fromEntries(
			content.places
				.filter((place) => !place.chapterSlug)
				.map((place) => [place.id, passagesNaming(place, content.chapters).map((p) => p.id)])
		)
	};
}

/**
 * What the story page ships: the chapters with their text rendered to HTML at build time, the
 * places, and the passages behind each place panel. The text is placed with {@html} and never
 * hydrated; the page's script gets only what the map, the address and the panels need.
 */
import { render } from 'svelte/server';
import type {
	Chapter,
	CitedPassage,
	Passage,
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

export function storyPageData(content: StoryContent, base: string): StoryPageData {
	const sourceById = new Map(content.sources.map((s) => [s.id, sourceSummary(s)]));
	const cite = (passage: Passage): CitedPassage[] => {
		const source = sourceById.get(passage.sourceId);
		return source ? [{ passage, source }] : [];
	};
	return {
		chapters: content.chapters.map((chapter) => ({
			slug: chapter.slug,
			title: chapter.title,
			description: chapter.description,
			places: chapter.places,
			camera: chapter.camera,
			connections: chapter.connections,
			bodyHtml: chapterBodyHtml(chapter, content.places, sourceById, base)
		})),
		places: content.places,
		panels: Object.fromEntries(
			content.places
				.filter((place) => !place.chapterSlug)
				.map((place) => [place.id, passagesNaming(place, content.chapters).flatMap(cite)])
		)
	};
}

import { OVERVIEW_KEY } from '$lib/content/reserved';
import type { StoryChapter, StoryPlace } from '$lib/content/types';

/** Alt text for a chapter's static map (or the overview's, for null). */
export function mapAlt(
	places: StoryPlace[],
	chapter: Pick<StoryChapter, 'places' | 'areas'> | null | undefined
): string {
	if (chapter?.areas && chapter.areas.length > 0)
		return `Map of where the articles say bodies recognised or condemned the killings: ${chapter.areas.map((a) => (a.label === a.name ? a.name : `${a.label} (${a.name})`)).join('; ')}.`;
	if (!chapter || chapter.places.length === 0)
		return 'Map of the region from Ankara to Baku, with every place in the story marked.';
	const names = chapter.places.map((id) => places.find((p) => p.id === id)?.name ?? id);
	return `Map centred on ${names[0]}${names.length > 1 ? `, also showing ${names.slice(1).join(', ')}` : ''}.`;
}

/** Alt text for a chapter's preview image (its page's og:image): its title and its map. */
export function chapterImageAlt(
	places: StoryPlace[],
	chapter: Pick<StoryChapter, 'title' | 'places' | 'areas'>
): string {
	return `${chapter.title}: ${mapAlt(places, chapter)}`;
}

/** Path (without base) of the static map that stands in for the live map. */
export function staticMapPath(chapterSlug: string | null | undefined): string {
	return `/maps/${chapterSlug ?? OVERVIEW_KEY}.png`;
}

/** The same, drawn for a phone's map band (wider than tall, labels at twice the pixels). */
export function phoneStaticMapPath(chapterSlug: string | null | undefined): string {
	return `/maps/phone/${chapterSlug ?? OVERVIEW_KEY}.png`;
}

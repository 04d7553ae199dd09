/**
 * Which of the story's passages name a place (any spelling the articles use).
 */
import { namesAny } from '$lib/content/text';
import type { Chapter, Passage, Place } from '$lib/content/types';

export interface PlacedPassage {
	passage: Passage;
	chapterSlug: string;
}

export function passagesNaming(place: Place, chapters: Chapter[]): PlacedPassage[] {
	const names = [place.name, ...place.variants];
	const seen = new Set<string>();
	const out: PlacedPassage[] = [];
	for (const chapter of chapters)
		for (const passage of chapter.passages)
			if (!seen.has(passage.id) && namesAny(passage.quote, names)) {
				seen.add(passage.id);
				out.push({ passage, chapterSlug: chapter.slug });
			}
	return out;
}

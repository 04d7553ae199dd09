/**
 * Which of the story's passages name a place (any spelling the articles use).
 */
import { namesAny } from '$lib/content/text';
import type { Chapter, Passage, Place } from '$lib/content/types';

/** The passages the chapters quote that name the place, in story order, each once. */
export function passagesNaming(place: Place, chapters: Chapter[]): Passage[] {
	const names = [place.name, ...place.variants];
	const seen = new Set<string>();
	const out: Passage[] = [];
	for (const chapter of chapters)
		for (const passage of chapter.passages)
			if (!seen.has(passage.id) && namesAny(passage.quote, names)) {
				seen.add(passage.id);
				out.push(passage);
			}
	return out;
}

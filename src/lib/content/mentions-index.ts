/**
 * Every sentence of the five article bodies that names a place, in any spelling the articles use.
 * Computed from the corpus and the gazetteer, never copied by hand. Pure.
 */
import { paragraphId } from './segments';
import { namesAny, paragraphs, sentences } from './text';
import type { Place, Source } from './types';

export interface Mention {
	sourceId: string;
	sentence: string;
	/** Anchor of the paragraph in the source page. */
	paragraphId: string;
}

export function mentionsOf(place: Pick<Place, 'name' | 'variants'>, sources: Source[]): Mention[] {
	const names = [place.name, ...place.variants];
	const out: Mention[] = [];
	for (const source of sources)
		paragraphs(source.body).forEach((paragraph, index) => {
			for (const sentence of sentences(paragraph))
				if (namesAny(sentence, names))
					out.push({ sourceId: source.id, sentence, paragraphId: paragraphId(index) });
		});
	return out;
}

import { mentionsOf } from '$lib/content/mentions-index';
import { loadStoryContent, sourceSummary } from '$lib/server/content';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => {
	const content = loadStoryContent();
	return {
		places: content.places.map((place) => ({
			id: place.id,
			name: place.name,
			kind: place.kind,
			mentionCount: mentionsOf(place, content.sources).length
		})),
		// Named in the articles, not on the map: each with its mentions and why.
		unmapped: content.unmapped.map((place) => ({
			...place,
			mentions: mentionsOf(place, content.sources)
		})),
		sources: content.sources.map(sourceSummary)
	};
};

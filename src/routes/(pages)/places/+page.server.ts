import { mentionsOf } from '$lib/content/mentions-index';
import { loadStoryContent } from '$lib/server/content';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => {
	const content = loadStoryContent();
	return {
		places: content.places.map((place) => ({
			id: place.id,
			name: place.name,
			kind: place.kind,
			mentionCount: mentionsOf(place, content.sources).length
		}))
	};
};

import { error } from '@sveltejs/kit';
import { mentionsOf } from '$lib/content/mentions-index';
import { loadStoryContent, sourceSummary } from '$lib/server/content';
import { staticMapSvg } from '$lib/server/static-map';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => loadStoryContent().places.map((p) => ({ id: p.id }));

/** Close enough to see the place among its neighbours. */
const PLACE_MAP_ZOOM = 8.3;

export const load: PageServerLoad = ({ params }) => {
	const content = loadStoryContent();
	const place = content.places.find((p) => p.id === params.id);
	if (!place) error(404, `There is no place “${params.id}”.`);
	const chapter = content.chapters.find((c) => c.slug === place.coveredBy);
	return {
		place,
		chapter: chapter ? { slug: chapter.slug, title: chapter.title } : null,
		mentions: mentionsOf(place, content.sources),
		sources: content.sources.map(sourceSummary),
		mapSvg: staticMapSvg({
			places: content.places,
			activeIds: [place.id],
			camera: { center: place.lngLat, zoom: PLACE_MAP_ZOOM },
			width: 640,
			height: 360,
			title: `Map: ${place.name} and the story's other places nearby`,
			inset: true
		})
	};
};

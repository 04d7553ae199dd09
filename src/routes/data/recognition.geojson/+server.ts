import { loadStoryContent } from '$lib/server/content';
import type { RequestHandler } from './$types';

export const prerender = true;

/** The outlines the recognition chapter draws (geodata/recognition.geojson), for the live map. */
export const GET: RequestHandler = () => {
	const { outlines } = loadStoryContent();
	return new Response(
		JSON.stringify({
			type: 'FeatureCollection',
			features: outlines.map((o) => ({
				type: 'Feature',
				id: o.id,
				geometry: o.geometry,
				properties: { id: o.id, name: o.name }
			}))
		}),
		{ headers: { 'content-type': 'application/geo+json' } }
	);
};

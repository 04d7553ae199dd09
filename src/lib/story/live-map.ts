/**
 * The live map as MapRegion loads it on the reader's first interaction, in one chunk apart from
 * the first view's script: MapLibre's component, and what it draws (StoryMapData, fetched beside
 * this chunk), with the page's places completed from it.
 */
import type { StoryMapData, StoryPlace } from '$lib/content/types';
import MapView from '$lib/map/MapView.svelte';
import { allAreas, mapPlaces } from './map-data';

export async function liveMap(response: Response, places: StoryPlace[]) {
	if (!response.ok) throw new Error(`${response.url}: HTTP ${response.status}`);
	const data = (await response.json()) as StoryMapData;
	return { MapView, data, places: mapPlaces(places, data), areas: allAreas(data) };
}

export type LiveMap = Awaited<ReturnType<typeof liveMap>>;

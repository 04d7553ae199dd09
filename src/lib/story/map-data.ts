/**
 * What only the live map and its place panels use (StoryMapData): fetched with the map's code on
 * the reader's first interaction (MapRegion), not carried in every story page's HTML.
 */
import type { MapPlace, StoryArea, StoryMapData, StoryPlace } from '$lib/content/types';

/** Where the data is served (src/routes/data/story-map.json). */
export const storyMapDataUrl = (base: string) => `${base}/data/story-map.json`;

/** The page's places with what the live map draws and the panels show; a place without it is left out. */
export function mapPlaces(places: StoryPlace[], data: StoryMapData): MapPlace[] {
	return places.flatMap((place) => {
		const detail = data.places[place.id];
		return detail ? [{ ...place, ...detail }] : [];
	});
}

/** Every outline the story draws (the map labels them all). */
export function allAreas(data: StoryMapData): StoryArea[] {
	return Object.values(data.chapters).flatMap((c) => c.areas);
}

/**
 * Build-time static maps from the shipped basemap, with the live map's colours and projection.
 */
import type { Place } from '$lib/content/types';
import type { Camera } from '$lib/geo/geo';
import { BASEMAP_REGION } from '$lib/map/basemap-region';
import { renderStaticMap } from '$lib/staticmap/render';
import { loadBasemap } from './basemap';

export function staticMapSvg(options: {
	places: Place[];
	activeIds: string[];
	camera: Pick<Camera, 'center' | 'zoom'>;
	width: number;
	height: number;
	title: string;
	offsetX?: number;
	overlay?: string;
}): string {
	const basemap = loadBasemap();
	return renderStaticMap({
		...options,
		underlay: options.camera.zoom < BASEMAP_REGION.worldMaxZoom ? basemap.world : undefined,
		land: basemap.region,
		borders: basemap.borders,
		areaLabels: basemap.areaLabels,
		towns: basemap.towns,
		places: options.places.map((p) => ({ id: p.id, name: p.name, lngLat: p.lngLat, rank: p.rank }))
	});
}

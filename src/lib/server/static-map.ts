/**
 * Build-time static maps from the shipped basemap, with the live map's colours and projection.
 */
import type { Place, RecognitionArea, RecognitionOutline } from '$lib/content/types';
import type { Camera } from '$lib/geo/geo';
import { renderInset, renderStaticMap } from '$lib/staticmap/render';
import { uncertaintyCollection } from '$lib/story/features';
import { loadBasemap } from './basemap';

const OVERVIEW_MAX_ZOOM = 5;

export function staticMapSvg(options: {
	places: Place[];
	activeIds: string[];
	camera: Pick<Camera, 'center' | 'zoom'>;
	width: number;
	height: number;
	title: string;
	offsetX?: number;
	overlay?: string;
	/** Draw the locator inset in the corner (pictures seen on their own, not under the page's). */
	inset?: boolean;
	/** Outlines to draw (the recognition chapter's), with every outline's shape to draw them from. */
	areas?: { active: RecognitionArea[]; outlines: RecognitionOutline[] };
}): string {
	const basemap = loadBasemap();
	const overview = options.camera.zoom < OVERVIEW_MAX_ZOOM;
	return renderStaticMap({
		...options,
		// At overview zooms 1:110m land is all the eye can see, and it keeps the picture light.
		land: overview ? basemap.world : basemap.region,
		borders: overview ? basemap.worldBorders : basemap.borders,
		areaLabels: basemap.areaLabels,
		towns: basemap.towns,
		rings: uncertaintyCollection(options.places),
		inset: options.inset ? insetPicture() : undefined,
		areas: options.areas?.active.flatMap((area) => {
			const outline = options.areas!.outlines.find((o) => o.id === area.id);
			return outline
				? [
						{
							geometry: outline.geometry,
							label: area.label,
							labelPoint: area.labelPoint,
							labelAnchor: area.labelAnchor
						}
					]
				: [];
		}),
		places: options.places.map((p) => ({ id: p.id, name: p.name, lngLat: p.lngLat, rank: p.rank }))
	});
}

let inset: string | undefined;

/** The locator inset's picture, from the coarse world layer (all an inset's size can show). */
export function insetPicture(): string {
	const basemap = loadBasemap();
	inset ??= renderInset(basemap.world, basemap.worldBorders);
	return inset;
}

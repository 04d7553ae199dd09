/**
 * The labels a view keeps whole, and the camera that does: outlines' labels (area-label.ts), and
 * in a frame round every place the places' names, as boxes in pixels where MapLibre first tries
 * them (the label layer's first text-variable-anchor, 'left': the name to the right of the dot),
 * so that a place at the map's edge (Baku, on a phone's overview) keeps its name. One camera for
 * the live map, the static pictures and the tests. Pure.
 */
import { resolveCamera, type ViewSpec } from '$lib/geo/camera';
import type { Camera, LabelBox, PlacedLabel } from '$lib/geo/frame';
import type { LngLat, Viewport } from '$lib/geo/projection';
import { estimatedTextWidth } from '$lib/staticmap/text';
import { areaLabels, type LabelledArea } from './area-label';
import { PLACE_LABEL_OFFSET, placeMark } from './look';

/** A place as its label needs it. */
export interface LabelledPlace {
	id: string;
	name: string;
	rank: 1 | 2;
	lngLat: LngLat;
}

/** The box of a place's name round its point: to the right of the dot, centred on it. */
export function placeLabelBox(name: string, rank: 1 | 2, active: boolean): LabelBox {
	const { label: size } = placeMark(active, rank);
	const left = PLACE_LABEL_OFFSET * size;
	return { left, right: left + estimatedTextWidth(name, size), top: -size / 2, bottom: size / 2 };
}

/**
 * The names a frame of these places keeps whole: the active places' and the first-rank ones'.
 * A second-rank name (Khatai district, beside Baku) is drawn where there is room, so the frame
 * does not zoom out for it.
 */
export function placeLabels(
	places: readonly LabelledPlace[],
	activeIds: readonly string[] = []
): PlacedLabel[] {
	return places.flatMap((p) => {
		const active = activeIds.includes(p.id);
		if (!active && p.rank !== 1) return [];
		return [{ at: p.lngLat, box: placeLabelBox(p.name, p.rank, active) }];
	});
}

/**
 * The labels a view's camera keeps whole: its outlines' labels, and in a frame round every place
 * the places' names (a chapter view shows the area its writer chose, names and all).
 */
export function frameLabels(
	spec: ViewSpec,
	places: readonly LabelledPlace[],
	areas: readonly LabelledArea[] = [],
	activeIds: readonly string[] = []
): PlacedLabel[] {
	const names = 'fit' in spec && spec.fit === 'all-places' ? placeLabels(places, activeIds) : [];
	return [...areaLabels(areas), ...names];
}

/**
 * The camera of a view (its spec, its outlines, its active places) on a map of this size, with
 * the labels it draws whole: the live map's, and through chapterCamera the static pictures'.
 */
export function viewCamera(
	spec: ViewSpec,
	places: readonly LabelledPlace[],
	viewport: Viewport,
	areas: readonly LabelledArea[] = [],
	activeIds: readonly string[] = []
): Camera {
	return resolveCamera(
		spec,
		places.map((p) => p.lngLat),
		viewport,
		frameLabels(spec, places, areas, activeIds)
	);
}

/** The camera a chapter (null: the overview) gets on a map of this size (see viewCamera). */
export function chapterCamera(
	chapter: { camera: ViewSpec; areas: readonly LabelledArea[]; places: readonly string[] } | null,
	places: readonly LabelledPlace[],
	viewport: Viewport
): Camera {
	return viewCamera(
		chapter?.camera ?? { fit: 'all-places' },
		places,
		viewport,
		chapter?.areas,
		chapter?.places
	);
}

/**
 * Cameras on the flat map: the frame that fits bounds, the zoom for a map's size, and when two
 * views are the same. Projection maths only (projection.ts), no turf: the story page's first
 * script uses it (the locator inset's frame) and must stay small.
 */
import {
	positionAtWorldPixel,
	TILE_SIZE,
	worldPixel,
	type LngLat,
	type Viewport
} from './projection';

/** [west, south, east, north] */
export type Bounds = [number, number, number, number];

export interface Camera {
	center: LngLat;
	zoom: number;
	bearing: number;
	pitch: number;
}

/** The bounds that hold every position (turf's bbox of points, without turf on the page). */
export function boundsOf(positions: LngLat[]): Bounds {
	if (positions.length === 0) throw new Error('boundsOf needs at least one position');
	const lngs = positions.map((p) => p[0]);
	const lats = positions.map((p) => p[1]);
	return [Math.min(...lngs), Math.min(...lats), Math.max(...lngs), Math.max(...lats)];
}

/**
 * The camera that frames `bounds` in a viewport of the given size (Web Mercator as in MapLibre,
 * see projection.ts), leaving `padding` pixels on every side.
 */
export function cameraForBounds(
	bounds: Bounds,
	viewport: Viewport,
	padding = 40,
	maxZoom = 12
): Camera {
	const [w, s, e, n] = bounds;
	// The bounds' corners in the world at zoom 0, where the world is one tile wide.
	const [x0, y0] = worldPixel([w, n], 0);
	const [x1, y1] = worldPixel([e, s], 0);
	const innerW = Math.max(1, viewport.width - 2 * padding);
	const innerH = Math.max(1, viewport.height - 2 * padding);
	const spanX = Math.max(x1 - x0, 1e-9);
	const spanY = Math.max(y1 - y0, 1e-9);
	const zoom = Math.min(maxZoom, Math.log2(Math.min(innerW / spanX, innerH / spanY)));
	const center = positionAtWorldPixel([(x0 + x1) / 2, (y0 + y1) / 2], 0);
	return { center, zoom, bearing: 0, pitch: 0 };
}

/** A label's box round its point, in pixels: `left` and `top` negative where it reaches past. */
export interface LabelBox {
	left: number;
	right: number;
	top: number;
	bottom: number;
}

/** A label drawn at a position. */
export interface PlacedLabel {
	at: LngLat;
	box: LabelBox;
}

/**
 * The lowest zoom a map of this size shows: MapLibre keeps the world at least as tall as the map
 * (and never below its default minZoom, -2).
 */
export function worldFillZoom(viewport: Viewport): number {
	return Math.max(-2, Math.log2(viewport.height / TILE_SIZE));
}

/** How finely the frame's zoom is searched (zoom levels): finer than any reader sees. */
const LABEL_FIT_STEP = 0.02;

/**
 * The camera that frames `bounds` and keeps every label whole, `padding` pixels from each side.
 * Labels keep their size as the map zooms, so the zoom is found by stepping down from the frame
 * of the bounds alone until everything fits; the view is centred on what it holds.
 */
export function cameraForBoundsAndLabels(
	bounds: Bounds,
	labels: readonly PlacedLabel[],
	viewport: Viewport,
	padding = 40,
	maxZoom = 12
): Camera {
	const [w, s, e, n] = bounds;
	const extent = (zoom: number) => {
		const [bx0, by0] = worldPixel([w, n], zoom);
		const [bx1, by1] = worldPixel([e, s], zoom);
		const box = { x0: bx0, x1: bx1, y0: by0, y1: by1 };
		for (const { at, box: b } of labels) {
			const [x, y] = worldPixel(at, zoom);
			box.x0 = Math.min(box.x0, x + b.left);
			box.x1 = Math.max(box.x1, x + b.right);
			box.y0 = Math.min(box.y0, y + b.top);
			box.y1 = Math.max(box.y1, y + b.bottom);
		}
		return box;
	};
	const fits = (zoom: number) => {
		const box = extent(zoom);
		return (
			box.x1 - box.x0 <= viewport.width - 2 * padding &&
			box.y1 - box.y0 <= viewport.height - 2 * padding
		);
	};
	// Labels only add room, so the frame is no closer than the bounds' own. Nor is it so far out
	// that the world shows twice across the map (its places and their names would too): a map too
	// small to hold every label above that zoom centres what it holds, cutting both sides alike.
	const lowest = Math.max(worldFillZoom(viewport), Math.log2(viewport.width / TILE_SIZE));
	let zoom = Math.max(lowest, cameraForBounds(bounds, viewport, padding, maxZoom).zoom);
	while (zoom > lowest && !fits(zoom)) zoom = Math.max(lowest, zoom - LABEL_FIT_STEP);
	const box = extent(zoom);
	const center = positionAtWorldPixel([(box.x0 + box.x1) / 2, (box.y0 + box.y1) / 2], zoom);
	return { center, zoom, bearing: 0, pitch: 0 };
}

/**
 * Chapter zooms are written for a reference map of 900 px on its shorter side. A smaller map (a
 * phone) zooms out so the same area stays in view; a larger one zooms in a little.
 */
export const REFERENCE_MAP_SIZE = 900;
export function zoomForViewport(zoom: number, viewport: Viewport): number {
	const shorter = Math.max(1, Math.min(viewport.width, viewport.height));
	const delta = Math.log2(shorter / REFERENCE_MAP_SIZE);
	return Math.max(0, zoom + Math.max(-2.5, Math.min(0.5, delta)));
}

/** How far apart (screen pixels) two centres may be and still show the same view. */
export const SAME_VIEW_PIXELS = 3;

/**
 * Whether two cameras show the same view, within a tolerance suited to tests and idempotence:
 * centres within `degrees`, or within SAME_VIEW_PIXELS on screen (at world zooms a pixel is
 * a large fraction of a degree, and MapLibre's own rounding moves a centre by about one).
 */
export function sameView(a: Camera, b: Camera, tolerance = { degrees: 0.01, zoom: 0.05 }): boolean {
	const [ax, ay] = worldPixel(a.center, a.zoom);
	const [bx, by] = worldPixel(b.center, a.zoom);
	const near =
		(Math.abs(a.center[0] - b.center[0]) <= tolerance.degrees &&
			Math.abs(a.center[1] - b.center[1]) <= tolerance.degrees) ||
		Math.hypot(ax - bx, ay - by) <= SAME_VIEW_PIXELS;
	return near && Math.abs(a.zoom - b.zoom) <= tolerance.zoom;
}

/**
 * Geo maths for the story: distances, bounds, connection lines and cameras. Pure functions over
 * GeoJSON positions ([longitude, latitude]); turf does the spherical work.
 */
import bbox from '@turf/bbox';
import distance from '@turf/distance';
import greatCircle from '@turf/great-circle';
import { featureCollection, lineString, point } from '@turf/helpers';
import type { Feature, LineString, MultiLineString } from 'geojson';

export type LngLat = [number, number];
/** [west, south, east, north] */
export type Bounds = [number, number, number, number];

export interface Camera {
	center: LngLat;
	zoom: number;
	bearing: number;
	pitch: number;
}

export interface Viewport {
	width: number;
	height: number;
}

/** Great-circle distance in kilometres. */
export function distanceKm(from: LngLat, to: LngLat): number {
	return distance(point(from), point(to), { units: 'kilometers' });
}

/** Great-circle distance in kilometres, rounded to whole km for captions. */
export function connectionDistanceKm(from: LngLat, to: LngLat): number {
	return Math.round(distanceKm(from, to));
}

/** The bounds that hold every position. */
export function boundsOf(positions: LngLat[]): Bounds {
	if (positions.length === 0) throw new Error('boundsOf needs at least one position');
	const [w, s, e, n] = bbox(featureCollection(positions.map((p) => point(p))));
	return [w, s, e, n];
}

/**
 * The line drawn between two places: a great-circle arc for long connections (it reads as a
 * curve on a Mercator map), a straight segment for short ones.
 */
export function connectionLine(from: LngLat, to: LngLat): Feature<LineString | MultiLineString> {
	if (distance(point(from), point(to)) > 200) return greatCircle(from, to, { npoints: 64 });
	return lineString([from, to]);
}

const TILE_SIZE = 512;
const MAX_LAT = 85.051129;

function mercatorY(lat: number): number {
	const clamped = Math.max(-MAX_LAT, Math.min(MAX_LAT, lat));
	const sin = Math.sin((clamped * Math.PI) / 180);
	return 0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI);
}

function latFromMercatorY(y: number): number {
	const n = Math.PI - 2 * Math.PI * y;
	return (180 / Math.PI) * Math.atan(Math.sinh(n));
}

/**
 * The camera that frames `bounds` in a viewport of the given size (Web Mercator, 512-px tiles as
 * in MapLibre), leaving `padding` pixels on every side.
 */
export function cameraForBounds(
	bounds: Bounds,
	viewport: Viewport,
	padding = 40,
	maxZoom = 12
): Camera {
	const [w, s, e, n] = bounds;
	const x0 = (w + 180) / 360;
	const x1 = (e + 180) / 360;
	const y0 = mercatorY(n);
	const y1 = mercatorY(s);
	const innerW = Math.max(1, viewport.width - 2 * padding);
	const innerH = Math.max(1, viewport.height - 2 * padding);
	const spanX = Math.max(x1 - x0, 1e-9);
	const spanY = Math.max(y1 - y0, 1e-9);
	const zoom = Math.min(
		maxZoom,
		Math.log2(Math.min(innerW / (spanX * TILE_SIZE), innerH / (spanY * TILE_SIZE)))
	);
	const center: LngLat = [((x0 + x1) / 2) * 360 - 180, latFromMercatorY((y0 + y1) / 2)];
	return { center, zoom, bearing: 0, pitch: 0 };
}

/**
 * Where a position lands in a viewport showing `camera`, in pixels from its top left (Web
 * Mercator, 512-px tiles as in MapLibre; bearing and pitch left aside).
 */
export function pixelInViewport(
	camera: Pick<Camera, 'center' | 'zoom'>,
	position: LngLat,
	viewport: Viewport
): [number, number] {
	const scale = TILE_SIZE * 2 ** camera.zoom;
	return [
		((position[0] - camera.center[0]) / 360) * scale + viewport.width / 2,
		(mercatorY(position[1]) - mercatorY(camera.center[1])) * scale + viewport.height / 2
	];
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

/** Whether two cameras show the same view, within a tolerance suited to tests and idempotence. */
export function sameView(a: Camera, b: Camera, tolerance = { degrees: 0.01, zoom: 0.05 }): boolean {
	return (
		Math.abs(a.center[0] - b.center[0]) <= tolerance.degrees &&
		Math.abs(a.center[1] - b.center[1]) <= tolerance.degrees &&
		Math.abs(a.zoom - b.zoom) <= tolerance.zoom
	);
}

/**
 * Web Mercator as MapLibre draws it: the world is a square of 512-px tiles, `512 · 2^zoom` pixels
 * wide at a zoom, with latitudes clamped to ±85.051129°. The one place this projection is written:
 * the camera maths, the static pictures (through d3-geo, configured from here) and the browser
 * tests all use it.
 */
export type LngLat = [number, number];
export type Pixel = [number, number];

export interface Viewport {
	width: number;
	height: number;
}

/** A map's view as far as the projection cares (bearing and pitch left aside). */
export interface View {
	center: LngLat;
	zoom: number;
}

/** MapLibre's tile size, in CSS pixels. */
export const TILE_SIZE = 512;
/** The latitude at which Web Mercator's square world ends (MapLibre's MAX_VALID_LATITUDE). */
export const MAX_LATITUDE = 85.051129;

/** The world's width (and height) in pixels at a zoom. */
export function worldSize(zoom: number): number {
	return TILE_SIZE * 2 ** zoom;
}

/** Pixels per radian of longitude at a zoom: the scale of a d3 `geoMercator` drawing this map. */
export function pixelsPerRadian(zoom: number): number {
	return worldSize(zoom) / (2 * Math.PI);
}

/** Longitude → x across the world, 0 (180° W) to 1 (180° E). */
export function mercatorX(lng: number): number {
	return (lng + 180) / 360;
}

/** Latitude → y down the world, 0 (north edge) to 1 (south edge). */
export function mercatorY(lat: number): number {
	const clamped = Math.max(-MAX_LATITUDE, Math.min(MAX_LATITUDE, lat));
	const sin = Math.sin((clamped * Math.PI) / 180);
	return 0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI);
}

export function lngFromMercatorX(x: number): number {
	return x * 360 - 180;
}

export function latFromMercatorY(y: number): number {
	return (180 / Math.PI) * Math.atan(Math.sinh(Math.PI - 2 * Math.PI * y));
}

/** A position's pixel in the whole world at a zoom, from the world's top left. */
export function worldPixel(position: LngLat, zoom: number): Pixel {
	const size = worldSize(zoom);
	return [mercatorX(position[0]) * size, mercatorY(position[1]) * size];
}

/**
 * The tile holding a position at a whole zoom, as [x, y] in MapLibre's z/x/y scheme (2^zoom tiles
 * a side, from the world's top left); the world's east and south edges fall in the last tile.
 */
export function tileAt(position: LngLat, zoom: number): [number, number] {
	const tiles = 2 ** zoom;
	const index = (fraction: number) => Math.min(tiles - 1, Math.floor(fraction * tiles));
	return [index(mercatorX(position[0])), index(mercatorY(position[1]))];
}

/** The position at a world pixel at a zoom. */
export function positionAtWorldPixel(pixel: Pixel, zoom: number): LngLat {
	const size = worldSize(zoom);
	return [lngFromMercatorX(pixel[0] / size), latFromMercatorY(pixel[1] / size)];
}

/**
 * Where a position lands in a viewport showing `view`, in pixels from its top left. `offsetX`
 * moves the view's centre that many pixels right of the viewport's centre.
 */
export function pixelInViewport(
	view: View,
	position: LngLat,
	viewport: Viewport,
	offsetX = 0
): Pixel {
	const [x, y] = worldPixel(position, view.zoom);
	const [cx, cy] = worldPixel(view.center, view.zoom);
	return [x - cx + viewport.width / 2 + offsetX, y - cy + viewport.height / 2];
}

/** The position at a pixel of a viewport showing `view` (the inverse of pixelInViewport). */
export function positionInViewport(
	view: View,
	pixel: Pixel,
	viewport: Viewport,
	offsetX = 0
): LngLat {
	const [cx, cy] = worldPixel(view.center, view.zoom);
	return positionAtWorldPixel(
		[pixel[0] - viewport.width / 2 - offsetX + cx, pixel[1] - viewport.height / 2 + cy],
		view.zoom
	);
}

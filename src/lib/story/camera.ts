/**
 * Resolves a chapter's camera from its content: an explicit view (adapted to the map's size) or
 * a frame around every place.
 */
import type { CameraSpec } from '../content/schema';
import {
	boundsOf,
	cameraForBounds,
	pixelInViewport,
	zoomForViewport,
	type Camera,
	type LngLat,
	type Viewport
} from '../geo/geo';

export function resolveCamera(
	spec: CameraSpec,
	placePositions: LngLat[],
	viewport: Viewport
): Camera {
	if ('fit' in spec) {
		const padding = Math.round(Math.min(viewport.width, viewport.height) * 0.12);
		return cameraForBounds(boundsOf(placePositions), viewport, Math.max(24, padding), 9);
	}
	return {
		center: spec.center,
		zoom: zoomForViewport(spec.zoom, viewport),
		bearing: spec.bearing,
		pitch: spec.pitch
	};
}

/**
 * A phone's map band in CSS pixels: the screen's width by 42 % of its height, which on a phone
 * held upright is 1.0 to 1.5 times as wide as tall. The static phone picture is drawn at this
 * size (twice the pixels); a phone on its side gets a thin band and shows the picture's middle.
 */
export const PHONE_MAP_BAND: Viewport = { width: 400, height: 320 };

/**
 * The part of the band every upright phone shows, as a box in band pixels. The picture covers the
 * band, so a squarer band loses its sides and a wider one its top and bottom; a marker's halo
 * (15 px) must fit inside too.
 */
export function phoneVisibleArea(band: Viewport = PHONE_MAP_BAND) {
	const marginX = (band.width - Math.min(band.width, band.height * 1.0)) / 2 + 15;
	const marginY = (band.height - Math.min(band.height, band.width / 1.5)) / 2 + 15;
	return { x0: marginX, x1: band.width - marginX, y0: marginY, y1: band.height - marginY };
}

/** The places (of `shown`) that a chapter's camera would leave out of view on a phone. */
export function placesOffPhoneMap(
	spec: CameraSpec,
	allPositions: LngLat[],
	shown: { id: string; lngLat: LngLat }[]
): string[] {
	const camera = resolveCamera(spec, allPositions, PHONE_MAP_BAND);
	const area = phoneVisibleArea();
	return shown
		.filter(({ lngLat }) => {
			const [x, y] = pixelInViewport(camera, lngLat, PHONE_MAP_BAND);
			return x < area.x0 || x > area.x1 || y < area.y0 || y > area.y1;
		})
		.map(({ id }) => id);
}

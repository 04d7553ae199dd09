/**
 * Resolves a chapter's camera from its content: an explicit view (adapted to the map's size) or
 * a frame around every place. And what a phone's map band shows of it, which the content check
 * enforces.
 */
import { PHONE_BAND_ASPECT, PHONE_MAP_BAND } from '../layout';
import {
	boundsOf,
	cameraForBounds,
	cameraForBoundsAndLabels,
	zoomForViewport,
	type Bounds,
	type Camera,
	type PlacedLabel,
	worldFillZoom
} from './frame';
import {
	pixelInViewport,
	positionAtWorldPixel,
	worldPixel,
	worldSize,
	type LngLat,
	type Viewport
} from './projection';
import { ACTIVE_HALO_RADIUS } from '../map/look';

/**
 * A chapter's camera as the site uses it: a view, a frame around every place, or a frame around
 * given bounds (content's `fit: areas`, resolved at validation to its outlines' bounds).
 */
export type ViewSpec =
	| { center: LngLat; zoom: number; bearing: number; pitch: number }
	| { fit: 'all-places' }
	| { fit: 'bounds'; bounds: Bounds };

/** Room round a frame, as a share of the map's shorter side: round places, round outlines. */
const PLACES_PADDING = 0.12;
const BOUNDS_PADDING = 0.22;

/**
 * `labels`: the labels the view draws (map/place-label.ts: frameLabels). A frame keeps them whole;
 * a frame of bounds without them leaves a wider margin for labels it cannot see.
 */
export function resolveCamera(
	spec: ViewSpec,
	placePositions: LngLat[],
	viewport: Viewport,
	labels: readonly PlacedLabel[] = []
): Camera {
	if ('fit' in spec) {
		const labelled = labels.length > 0;
		// Outlines carry labels that reach well past their edges: more room round them than
		// places, unless the frame knows where the labels reach.
		const share = spec.fit === 'bounds' && !labelled ? BOUNDS_PADDING : PLACES_PADDING;
		const padding = Math.max(24, Math.round(Math.min(viewport.width, viewport.height) * share));
		const bounds = spec.fit === 'bounds' ? spec.bounds : boundsOf(placePositions);
		const camera = labelled
			? cameraForBoundsAndLabels(bounds, labels, viewport, padding, 9)
			: cameraForBounds(bounds, viewport, padding, 9);
		return withinWorld(camera, viewport);
	}
	return {
		center: spec.center,
		zoom: zoomForViewport(spec.zoom, viewport),
		bearing: spec.bearing,
		pitch: spec.pitch
	};
}

/**
 * The camera moved, as MapLibre moves it, so that the view does not run past the top or bottom
 * of the world: at world zooms a frame's centre would otherwise show empty space above the pole.
 */
export function withinWorld(camera: Camera, viewport: Viewport): Camera {
	// A world shorter than the map is zoomed in until it fills the map's height, as MapLibre does.
	const zoom = Math.max(camera.zoom, worldFillZoom(viewport));
	const size = worldSize(zoom);
	const [x, y] = worldPixel(camera.center, zoom);
	const half = viewport.height / 2;
	const clampedY = Math.min(size - half, Math.max(half, y));
	if (clampedY === y && zoom === camera.zoom) return camera;
	return { ...camera, zoom, center: positionAtWorldPixel([x, clampedY], zoom) };
}

/**
 * The part of the phone's map band every upright phone shows, as a box in band pixels. The picture
 * covers the band, so a squarer band loses its sides and a wider one its top and bottom; a
 * marker's halo must fit inside too.
 */
export function phoneVisibleArea(band: Viewport = PHONE_MAP_BAND) {
	const { min, max } = PHONE_BAND_ASPECT;
	const marginX = (band.width - Math.min(band.width, band.height * min)) / 2 + ACTIVE_HALO_RADIUS;
	const marginY = (band.height - Math.min(band.height, band.width / max)) / 2 + ACTIVE_HALO_RADIUS;
	return { x0: marginX, x1: band.width - marginX, y0: marginY, y1: band.height - marginY };
}

/** The places (of `shown`) that a chapter's camera would leave out of view on a phone. */
export function placesOffPhoneMap(
	spec: ViewSpec,
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

/**
 * Resolves a chapter's camera from its content: an explicit view (adapted to the map's size) or
 * a frame around every place.
 */
import type { CameraSpec } from '$lib/content/schema';
import {
	boundsOf,
	cameraForBounds,
	zoomForViewport,
	type Camera,
	type LngLat,
	type Viewport
} from '$lib/geo/geo';

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

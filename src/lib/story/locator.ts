/**
 * Where the locator inset's frame goes for a chapter before the live map draws: the view of the
 * static picture standing in for it (lib/staticmap/sizes.ts), as much of it as the map's box shows.
 */
import { resolveCamera, type ViewSpec } from '$lib/geo/camera';
import { coveredViewport, insetFrame, type InsetFrame } from '$lib/geo/inset';
import type { LngLat, Viewport } from '$lib/geo/projection';
import { PAGE_MAP, PHONE_MAP } from '$lib/staticmap/sizes';

/** The frame of a stand-in picture (the phone's or the wide screen's) shown covering `box`. */
export function pictureFrame(
	spec: ViewSpec,
	placePositions: LngLat[],
	phone: boolean,
	box?: Viewport
): InsetFrame {
	const picture = phone ? PHONE_MAP : PAGE_MAP;
	const size = { width: picture.width, height: picture.height };
	const camera = resolveCamera(spec, placePositions, size);
	return insetFrame(camera, box ? coveredViewport(size, box) : size);
}

/** Both stand-in pictures' frames, for a page prerendered before any screen is known. */
export function pictureFrames(spec: ViewSpec, placePositions: LngLat[]) {
	return {
		wide: pictureFrame(spec, placePositions, false),
		phone: pictureFrame(spec, placePositions, true)
	};
}

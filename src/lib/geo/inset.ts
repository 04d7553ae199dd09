/**
 * The locator inset: a small fixed overview of the region (a prerendered picture) with a frame
 * showing the area the main map shows. The inset is itself a Web Mercator view (a camera on the
 * shared projection), so the frame is the main view's box carried over to the inset's zoom: its
 * centre is exactly the main map's centre, whatever the inset's size.
 */
import { cameraForBounds, type Bounds } from './frame';
import { pixelInViewport, type View, type Viewport } from './projection';

/** What the inset shows: Anatolia to the Caspian, every place of the story with room round it. */
export const INSET_BOUNDS: Bounds = [25.5, 35.2, 52, 44.6];

/** The inset's size in CSS pixels on a desktop; a phone shows it smaller (INSET_PHONE_SCALE). */
export const INSET_WIDTH = 176;
export const INSET_PHONE_SCALE = 0.6;
/** The inset's picture has this many pixels per CSS pixel (sharp on high-density screens). */
export const INSET_PICTURE_SCALE = 2;

/** The inset as a map: the camera that fits its bounds exactly into its width. */
// (An unbounded height, so the width alone sets the zoom; the height follows below.)
export const INSET_CAMERA = cameraForBounds(INSET_BOUNDS, { width: INSET_WIDTH, height: 1e5 }, 0);

const [west, south, east, north] = INSET_BOUNDS;
const topLeft = pixelInViewport(INSET_CAMERA, [west, north], { width: 0, height: 0 });
const bottomRight = pixelInViewport(INSET_CAMERA, [east, south], { width: 0, height: 0 });
/** The inset's height in CSS pixels at INSET_WIDTH (from the projection, not typed in). */
export const INSET_HEIGHT = Math.round(bottomRight[1] - topLeft[1]);
export const INSET_SIZE: Viewport = { width: INSET_WIDTH, height: INSET_HEIGHT };

/** A frame on the inset, in inset pixels (at INSET_SIZE). */
export interface InsetFrame {
	x: number;
	y: number;
	width: number;
	height: number;
}

/** The frame that shows where a map of `viewport` pixels showing `view` lies on the inset. */
export function insetFrame(view: View, viewport: Viewport): InsetFrame {
	const [cx, cy] = pixelInViewport(INSET_CAMERA, view.center, INSET_SIZE);
	const scale = 2 ** (INSET_CAMERA.zoom - view.zoom);
	const width = viewport.width * scale;
	const height = viewport.height * scale;
	return { x: cx - width / 2, y: cy - height / 2, width, height };
}

/** The frame's centre, in inset pixels. */
export function frameCentre(frame: InsetFrame): [number, number] {
	return [frame.x + frame.width / 2, frame.y + frame.height / 2];
}

/**
 * Whether the inset helps: not where the main map already shows most of the region (the
 * overview chapters), nor where the main map is somewhere the inset does not cover.
 */
export function insetUseful(frame: InsetFrame): boolean {
	const [cx, cy] = frameCentre(frame);
	const inside = cx >= 0 && cx <= INSET_SIZE.width && cy >= 0 && cy <= INSET_SIZE.height;
	return inside && frame.width <= INSET_SIZE.width * 0.4 && frame.height <= INSET_SIZE.height * 0.6;
}

/** The smallest frame drawn (px): a chapter at town zoom would otherwise be a speck. */
export const MIN_FRAME = 9;

/** The frame as drawn: at least MIN_FRAME on each side, about the same centre. */
export function drawnFrame(frame: InsetFrame): InsetFrame {
	const width = Math.max(MIN_FRAME, frame.width);
	const height = Math.max(MIN_FRAME, frame.height);
	const [cx, cy] = frameCentre(frame);
	return { x: cx - width / 2, y: cy - height / 2, width, height };
}

/**
 * What a picture drawn at `picture` pixels with `view` shows when it covers a box of `box`
 * pixels (CSS `object-fit: cover`): the same view, cropped to the box's shape.
 */
export function coveredViewport(picture: Viewport, box: Viewport): Viewport {
	const scale = Math.max(box.width / picture.width, box.height / picture.height);
	return { width: box.width / scale, height: box.height / scale };
}

/**
 * Where an outline's label is drawn round its point (content's label and labelAnchor), as a box
 * in pixels. One estimate for the live map's camera, the static pictures' cameras and the
 * pictures' own label placement, so a frame that fits the labels fits what is drawn. Pure.
 */
import type { LabelBox, PlacedLabel } from '$lib/geo/frame';
import type { LngLat } from '$lib/geo/projection';
import { wrapText } from '$lib/staticmap/text';
import { AREA } from './look';

/** Estimated width of a label in Inter: about 0.56 em a character. */
export function estimatedTextWidth(text: string, size: number): number {
	return text.length * size * 0.56;
}

/** The gap between a label and its point when the label is beside it (px). */
const LABEL_GAP = 4;
/** Line height, in ems. */
const LINE_HEIGHT = 1.2;

/**
 * The box of an outline's label round its point: `left` and `top` are negative where the label
 * reaches left of or above the point. `anchor` names the part of the label at the point
 * (MapLibre's text-anchor): left puts the label to the right of the point.
 */
export function areaLabelBox(label: string, anchor: string = 'center'): LabelBox {
	const size = AREA.labelSize;
	const lines = wrapText(label, AREA.labelMaxWidth);
	const width = Math.max(...lines.map((line) => estimatedTextWidth(line, size)));
	const height = lines.length * size * LINE_HEIGHT;
	const left = anchor.includes('left')
		? LABEL_GAP
		: anchor.includes('right')
			? -LABEL_GAP - width
			: -width / 2;
	const top = anchor.startsWith('top')
		? LABEL_GAP
		: anchor.startsWith('bottom')
			? -LABEL_GAP - height
			: -height / 2;
	return { left, right: left + width, top, bottom: top + height };
}

/** The labels a view of these outlines draws, for a camera that keeps them in view. */
export function areaLabels(
	areas: readonly { label: string; labelPoint: LngLat; labelAnchor?: string }[]
): PlacedLabel[] {
	return areas.map((a) => ({ at: a.labelPoint, box: areaLabelBox(a.label, a.labelAnchor) }));
}

/**
 * Where an outline's label is drawn round its point (content's label and labelAnchor), as a box
 * in pixels. One estimate for the live map's camera, the static pictures' cameras and the
 * pictures' own label placement, so a frame that fits the labels fits what is drawn. Pure.
 */
import type { LabelBox, PlacedLabel } from '$lib/geo/frame';
import type { LngLat } from '$lib/geo/projection';
import { estimatedTextWidth, wrapText } from '$lib/staticmap/text';
import { AREA } from './look';

/** The gap between a label and its point when the label is beside it (px). */
const LABEL_GAP = 4;

/**
 * An outline's label as drawn: its lines, and its box round its point (`left` and `top` are
 * negative where the label reaches left of or above the point). `anchor` names the part of the
 * label at the point (MapLibre's text-anchor): left puts the label to the right of the point.
 */
export function areaLabelLayout(
	label: string,
	anchor: string = 'center'
): { lines: string[]; box: LabelBox } {
	const size = AREA.labelSize;
	const lines = wrapText(label, AREA.labelMaxWidth);
	const width = Math.max(...lines.map((line) => estimatedTextWidth(line, size)));
	const height = lines.length * size * AREA.labelLineHeight;
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
	return { lines, box: { left, right: left + width, top, bottom: top + height } };
}

/** The box of an outline's label round its point (see areaLabelLayout). */
export function areaLabelBox(label: string, anchor?: string): LabelBox {
	return areaLabelLayout(label, anchor).box;
}

/** An outline as its label needs it. */
export interface LabelledArea {
	label: string;
	labelPoint: LngLat;
	labelAnchor?: string;
}

/** The labels a view of these outlines draws, for a camera that keeps them in view. */
export function areaLabels(areas: readonly LabelledArea[]): PlacedLabel[] {
	return areas.map((a) => ({ at: a.labelPoint, box: areaLabelBox(a.label, a.labelAnchor) }));
}

/**
 * The timeline drawn as SVG: the axis from 1991 to 2026 with its quiet stretches broken off, the
 * years drawn to scale ticked and labelled, and the stems that join each mark to its place on the
 * axis (axisSvg, which the story's strip draws under its marks); with a dot per event, the
 * /timeline page's overview and its preview picture (timelinePictureSvg). Strings of numbers
 * only, no text from the content. Pure.
 */
import { axisLabels, spreadMarks, timelineAxis, type Axis } from './axis';

/** The site's ink, muted ink, rule and accent (global.css's --ink, --ink-muted, --rule, --accent). */
export const TIMELINE_COLOURS = {
	ink: '#1d1b18',
	muted: '#57514a',
	rule: '#ddd6cb',
	accent: '#a3261b'
} as const;

export interface AxisDrawing {
	/** Where the axis runs, and where the stems start (the marks' foot). */
	axisY: number;
	stemTop: number;
	fontSize: number;
	font: string;
}

const f = (n: number) => n.toFixed(1);

/**
 * The axis, its breaks, ticks and year labels, and a stem from each mark (drawn at `x`) down to
 * where its event belongs (`at`); the stems of `current` marks in the accent colour.
 */
export function axisSvg(
	axis: Axis,
	times: number[],
	marks: { x: number; at: number; current?: boolean }[],
	{ axisY, stemTop, fontSize, font }: AxisDrawing
): string {
	const { ink, muted, rule, accent } = TIMELINE_COLOURS;
	const parts: string[] = [];
	for (const s of axis.segments)
		if (s.compressed) {
			// A break: the axis stops, two slanted strokes, and starts again.
			const [mid, h] = [(s.x0 + s.x1) / 2, fontSize * 0.5];
			parts.push(
				`<path d="M${f(mid - 1.2 * h)} ${f(axisY + h)}l${f(1.2 * h)} ${f(-2 * h)}M${f(mid)} ${f(axisY + h)}l${f(1.2 * h)} ${f(-2 * h)}" fill="none" stroke="${muted}" stroke-width="1.5"/>`
			);
		} else
			parts.push(
				`<line x1="${f(s.x0)}" y1="${f(axisY)}" x2="${f(s.x1)}" y2="${f(axisY)}" stroke="${ink}" stroke-width="1.25"/>`
			);
	for (const y of axis.years)
		parts.push(
			`<line x1="${f(y.x0)}" y1="${f(axisY - 2.5)}" x2="${f(y.x0)}" y2="${f(axisY + 2.5)}" stroke="${ink}"/>`
		);
	for (const label of axisLabels(axis, times, fontSize * 2.4))
		parts.push(
			`<text x="${f(label.x)}" y="${f(axisY + fontSize * 1.45)}" font-family="${font}" font-size="${fontSize}" fill="${label.busy ? ink : muted}" text-anchor="middle">${label.year}</text>`
		);
	for (const mark of marks)
		parts.push(
			`<line x1="${f(mark.x)}" y1="${f(stemTop)}" x2="${f(mark.at)}" y2="${f(axisY)}" stroke="${mark.current ? accent : rule}" stroke-width="${mark.current ? 1.5 : 1}"/>`
		);
	return parts.join('');
}

export interface PictureEvent {
	/** Where the event sits, in decimal years. */
	time: number;
	/** Whether the articles give it different dates (drawn as a ring). */
	differ: boolean;
}

export interface PictureStyle {
	width: number;
	height: number;
	/** Dot radius and the least distance between dots (px). */
	radius: number;
	gap: number;
	fontSize: number;
	font: string;
}

/** The whole timeline, a dot per event, as an SVG group in a `width` × `height` box. */
export function timelinePictureSvg(events: PictureEvent[], style: PictureStyle): string {
	const { width, height, radius, gap, fontSize, font } = style;
	const { accent } = TIMELINE_COLOURS;
	const sorted = [...events].sort((a, b) => a.time - b.time);
	const times = sorted.map((e) => e.time);
	const axis = timelineAxis(times, {
		width,
		inset: gap / 2,
		breakWidth: Math.max(16, gap * 1.4)
	});
	const dotY = radius + 2;
	const at = times.map(axis.x);
	const xs = spreadMarks(at, gap, gap / 2, width - gap / 2) ?? at;
	const marks = xs.map((x, i) => ({ x, at: at[i]! }));
	const dots = sorted.map((event, i) =>
		event.differ
			? `<circle cx="${f(xs[i]!)}" cy="${f(dotY)}" r="${f(radius - 1)}" fill="#fff" stroke="${accent}" stroke-width="2.5"/>`
			: `<circle cx="${f(xs[i]!)}" cy="${f(dotY)}" r="${f(radius)}" fill="${accent}"/>`
	);
	const drawing = axisSvg(axis, times, marks, {
		axisY: height - fontSize * 1.9,
		stemTop: dotY,
		fontSize,
		font
	});
	return `<g>${drawing}${dots.join('')}</g>`;
}

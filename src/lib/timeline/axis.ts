/**
 * The timeline's horizontal axis, from 1991 to 2026: the years with events drawn to scale, each
 * long quiet stretch (QUIET_YEARS or more without an event) squeezed into a short break that is
 * drawn as one; and the events' marks kept far enough apart to be told apart and pressed. Used by
 * the story's timeline strip, the /timeline page's overview and its preview picture. Pure.
 */

/** The years the timeline shows: 1991 up to the end of 2026. */
export const AXIS_YEARS = { first: 1991, last: 2026 } as const;
/** This many years in a row without an event are drawn as a break. */
export const QUIET_YEARS = 3;

export interface AxisSegment {
	/** First year, and the year after the last (a segment covers [from, to)). */
	from: number;
	to: number;
	/** A quiet stretch, drawn as a break. */
	compressed: boolean;
	x0: number;
	x1: number;
}

export interface Axis {
	segments: AxisSegment[];
	/** Where a time (in years, e.g. 1992.15) sits on the axis. */
	x: (time: number) => number;
	/** Every year drawn to scale, with where its span starts and ends. */
	years: { year: number; x0: number; x1: number }[];
}

/**
 * The axis for events at `times` (decimal years) over `width` pixels, breaks `breakWidth` wide.
 * `inset` keeps room at both ends (half a mark).
 */
export function timelineAxis(
	times: number[],
	{ width, breakWidth = 18, inset = 0 }: { width: number; breakWidth?: number; inset?: number }
): Axis {
	const busy = new Set(times.map(Math.floor));
	const segments: Omit<AxisSegment, 'x0' | 'x1'>[] = [];
	for (let year = AXIS_YEARS.first; year <= AXIS_YEARS.last;) {
		let quiet = year;
		while (quiet <= AXIS_YEARS.last && !busy.has(quiet)) quiet++;
		if (quiet - year >= QUIET_YEARS) {
			segments.push({ from: year, to: quiet, compressed: true });
			year = quiet;
			continue;
		}
		// A year drawn to scale: it extends the segment before it, if that one is to scale too.
		const last = segments.at(-1);
		if (last && !last.compressed) last.to = year + 1;
		else segments.push({ from: year, to: year + 1, compressed: false });
		year++;
	}
	const breaks = segments.filter((s) => s.compressed).length;
	const scaled = segments.reduce((n, s) => n + (s.compressed ? 0 : s.to - s.from), 0);
	const perYear = Math.max(0, width - 2 * inset - breaks * breakWidth) / Math.max(1, scaled);
	let at = inset;
	const placed = segments.map((s) => {
		const x0 = at;
		at += s.compressed ? breakWidth : (s.to - s.from) * perYear;
		return { ...s, x0, x1: at };
	});
	const x = (time: number) => {
		const s =
			placed.find((seg) => time >= seg.from && time < seg.to) ??
			(time < AXIS_YEARS.first ? placed[0]! : placed.at(-1)!);
		const f = Math.min(1, Math.max(0, (time - s.from) / (s.to - s.from)));
		return s.x0 + f * (s.x1 - s.x0);
	};
	const years = placed
		.filter((s) => !s.compressed)
		.flatMap((s) =>
			Array.from({ length: s.to - s.from }, (_, i) => ({
				year: s.from + i,
				x0: s.x0 + i * perYear,
				x1: s.x0 + (i + 1) * perYear
			}))
		);
	return { segments: placed, x, years };
}

/**
 * Moves marks at `xs` (in ascending order) apart so that each is at least `gap` from the next,
 * each group of crowded marks centred on where its marks belong, all within [min, max]. Null when
 * they cannot all fit.
 */
export function spreadMarks(xs: number[], gap: number, min: number, max: number): number[] | null {
	if (xs.length === 0) return [];
	if ((xs.length - 1) * gap > max - min + 1e-9) return null;
	// Each group of crowded marks sits where the sum of its squared shifts is least (its marks'
	// mean, less half the group's length), inside [min, max]; groups that then touch merge.
	const clusters: { n: number; sum: number; start: number }[] = [];
	const place = (n: number, sum: number) =>
		Math.min(max - (n - 1) * gap, Math.max(min, sum / n - ((n - 1) * gap) / 2));
	for (const x of xs) {
		let cluster = { n: 1, sum: x, start: place(1, x) };
		for (let last = clusters.at(-1); last && last.start + last.n * gap > cluster.start + 1e-9;) {
			clusters.pop();
			const n = last.n + cluster.n;
			const sum = last.sum + cluster.sum;
			cluster = { n, sum, start: place(n, sum) };
			last = clusters.at(-1);
		}
		clusters.push(cluster);
	}
	return clusters.flatMap((c) => Array.from({ length: c.n }, (_, i) => c.start + i * gap));
}

/**
 * The years to label under an axis: those with events and the ends of each stretch drawn to
 * scale, where a year's span is at least `minWidth` px (room for its label).
 */
export function axisLabels(axis: Axis, times: number[], minWidth: number) {
	const busy = new Set(times.map(Math.floor));
	const edges = new Set(
		axis.segments.filter((s) => !s.compressed).flatMap((s) => [s.from, s.to - 1])
	);
	return axis.years
		.filter((y) => (busy.has(y.year) || edges.has(y.year)) && y.x1 - y.x0 >= minWidth)
		.map((y) => ({ year: y.year, x: (y.x0 + y.x1) / 2, busy: busy.has(y.year) }));
}

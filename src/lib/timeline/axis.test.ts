import { describe, expect, it } from 'vitest';
import { AXIS_YEARS, axisLabels, spreadMarks, timelineAxis } from './axis';

// Roughly the story's events: 1991–1994, 2013, 2020–2026.
const TIMES = [
	1991.8, 1992.15, 1993.5, 1994.5, 2013.1, 2013.12, 2020.7, 2023.7, 2023.8, 2024.5, 2025.15, 2026.15
];

describe('timelineAxis', () => {
	const axis = timelineAxis(TIMES, { width: 600, breakWidth: 20 });

	it('compresses the long quiet stretches, and only those', () => {
		expect(axis.segments.map((s) => [s.from, s.to, s.compressed])).toEqual([
			[1991, 1995, false],
			[1995, 2013, true],
			[2013, 2014, false],
			[2014, 2020, true],
			[2020, 2027, false]
		]);
		// Two quiet years (2021–2022) stay to scale.
		expect(axis.years.map((y) => y.year)).toContain(2021);
	});

	it('spans 1991 to 2026, fills the width and gives each break its width', () => {
		expect(axis.segments[0]!.from).toBe(AXIS_YEARS.first);
		expect(axis.segments.at(-1)!.to).toBe(AXIS_YEARS.last + 1);
		expect(axis.segments[0]!.x0).toBe(0);
		expect(axis.segments.at(-1)!.x1).toBeCloseTo(600);
		for (const s of axis.segments.filter((s) => s.compressed)) expect(s.x1 - s.x0).toBe(20);
		// The 12 years drawn to scale share the rest equally.
		for (const y of axis.years) expect(y.x1 - y.x0).toBeCloseTo((600 - 40) / 12);
	});

	it('places times in order, inside their year', () => {
		const xs = TIMES.map(axis.x);
		expect([...xs].sort((a, b) => a - b)).toEqual(xs);
		const y1992 = axis.years.find((y) => y.year === 1992)!;
		expect(axis.x(1992.15)).toBeGreaterThan(y1992.x0);
		expect(axis.x(1992.15)).toBeLessThan(y1992.x1);
	});

	it('keeps room at the ends when asked', () => {
		const inset = timelineAxis(TIMES, { width: 600, inset: 12 });
		expect(inset.segments[0]!.x0).toBe(12);
		expect(inset.segments.at(-1)!.x1).toBeCloseTo(588);
	});
});

describe('spreadMarks', () => {
	it('leaves marks that are far enough apart where they are', () => {
		expect(spreadMarks([10, 50, 90], 24, 0, 100)).toEqual([10, 50, 90]);
	});

	it('spreads a crowd around where its marks belong', () => {
		const spread = spreadMarks([50, 50, 50], 24, 0, 200)!;
		expect(spread).toEqual([26, 50, 74]);
	});

	it('keeps every mark at least the gap from the next, inside the bounds', () => {
		const xs = [0, 1, 2, 3, 150, 151, 290, 299, 300];
		const spread = spreadMarks(xs, 24, 0, 300)!;
		for (let i = 1; i < spread.length; i++)
			expect(spread[i]! - spread[i - 1]!).toBeGreaterThanOrEqual(24 - 1e-9);
		expect(spread[0]).toBeGreaterThanOrEqual(0);
		expect(spread.at(-1)).toBeLessThanOrEqual(300);
	});

	it('says when the marks cannot fit', () => {
		expect(spreadMarks([0, 1, 2, 3, 4], 24, 0, 90)).toBeNull();
		expect(spreadMarks([], 24, 0, 10)).toEqual([]);
	});
});

describe('axisLabels', () => {
	it('labels the years with events and the ends of each stretch, where they fit', () => {
		const axis = timelineAxis(TIMES, { width: 600 });
		expect(axisLabels(axis, TIMES, 30).map((l) => l.year)).toEqual([
			1991, 1992, 1993, 1994, 2013, 2020, 2023, 2024, 2025, 2026
		]);
		// 2021 and 2022 have no event and end no stretch; a year narrower than a label gets none.
		expect(axisLabels(axis, TIMES, 60)).toEqual([]);
	});
});

import { describe, expect, it } from 'vitest';
import { MARK_SIZE, stripLayout, type StripEvent } from './strip';

const event = (id: string, time: number): StripEvent => ({
	id,
	chapter: null,
	href: `/timeline#${id}`,
	label: id,
	date: id,
	short: id,
	time,
	differ: false
});
// Six events in one week of February 2025, as the articles give them, and some far apart.
const EVENTS = [
	event('blockade', 1991.8),
	event('night', 1992.15),
	...[19, 24, 25, 26, 26, 26].map((d, i) => event(`feb-${i}`, 2025 + (1 + d / 28) / 12)),
	event('anniversary', 2026.15)
];

describe('stripLayout', () => {
	it('keeps every mark a whole target apart, inside the strip, in date order', () => {
		const layout = stripLayout(EVENTS, 500)!;
		const xs = layout.marks.map((m) => m.x);
		for (let i = 1; i < xs.length; i++)
			expect(xs[i]! - xs[i - 1]!).toBeGreaterThanOrEqual(MARK_SIZE - 1e-9);
		expect(xs[0]).toBeGreaterThanOrEqual(MARK_SIZE / 2);
		expect(xs.at(-1)).toBeLessThanOrEqual(500 - MARK_SIZE / 2);
		expect(layout.marks.map((m) => m.event.id)).toEqual(EVENTS.map((e) => e.id));
	});

	it('joins each mark to where its event belongs on the axis', () => {
		const layout = stripLayout(EVENTS, 500)!;
		for (const mark of layout.marks) expect(mark.at).toBeCloseTo(layout.axis.x(mark.event.time));
		// Marks that have room stay on their date.
		expect(layout.marks[0]!.x).toBeCloseTo(layout.marks[0]!.at);
	});

	it('gives up where the marks cannot fit, so that the strip shows the chapter’s dates', () => {
		expect(stripLayout(EVENTS, EVENTS.length * MARK_SIZE - 1)).toBeNull();
		expect(stripLayout(EVENTS, EVENTS.length * MARK_SIZE)).not.toBeNull();
		expect(stripLayout(EVENTS, 0)).toBeNull();
	});
});

import { describe, expect, it } from 'vitest';
import { chapterEvents, MARK_SIZE, stripCaption, stripLayout, type StripEvent } from './strip';

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

describe('the chapter’s dates and the caption', () => {
	const inChapter = (e: StripEvent, chapter: string | null) => ({ ...e, chapter });
	const dated = [
		inChapter({ ...event('blockade', 1991.8), short: 'Oct 1991' }, 'khojaly'),
		inChapter({ ...event('night', 1992.15), short: '25, 25–26 or 26 Feb 1992' }, 'khojaly'),
		// Two events no chapter tells of, both given only as a year.
		inChapter({ ...event('meaning', 2024.5), short: '2024' }, null),
		inChapter({ ...event('decree', 2024.5), short: '2024' }, null)
	];

	it('lists the dates of the chapter being read', () => {
		const current = chapterEvents(dated, 'khojaly');
		expect(current.map((e) => e.id)).toEqual(['blockade', 'night']);
		expect(stripCaption(current, null, true, true)).toBe(
			'This chapter: Oct 1991 · 25, 25–26 or 26 Feb 1992'
		);
		expect(stripCaption(current, null, false, true)).toBe('Dates in this chapter');
	});

	it('above the first chapter, lists none: not the events no chapter tells of', () => {
		// It read “This chapter: 2024 · 2024” on the front page.
		expect(chapterEvents(dated, null)).toEqual([]);
		expect(stripCaption(chapterEvents(dated, null), null, true, false)).toBe(
			'Every date the articles give, 1991–2026'
		);
		// On a phone the strip shows only a chapter's dates: there is no chapter to say has none.
		expect(stripCaption([], null, false, false)).toBe('Each chapter’s dates show here');
		expect(stripCaption([], null, false, true)).toBe('No dates in this chapter');
	});

	it('names the mark under the pointer, whatever the chapter', () => {
		const night = { ...dated[1]!, date: '25, 25–26 or 26 February 1992', label: 'The night' };
		expect(stripCaption([], night, true, false)).toBe('25, 25–26 or 26 February 1992 · The night');
	});
});

/**
 * The story's timeline strip: what its script receives (/data/timeline.json) and where its marks
 * go. Pure.
 */
import { spreadMarks, timelineAxis, type Axis } from './axis';

/** An event as the strip draws it. */
export interface StripEvent {
	id: string;
	/** The chapter that tells of it; null where none does. */
	chapter: string | null;
	/** Where its mark leads: that chapter in the story, else its entry on the timeline page. */
	href: string;
	label: string;
	/** Its date in words, every date where the articles differ: "25, 25–26 or 26 February 1992". */
	date: string;
	/** The same, months shortened: "25, 25–26 or 26 Feb 1992". */
	short: string;
	/** Where it sits, in decimal years. */
	time: number;
	/** Whether the articles give different dates for it. */
	differ: boolean;
}

/** Each mark is a target this wide and tall, and marks keep this far apart (WCAG 2.5.8: 24 px). */
export const MARK_SIZE = 24;

export interface StripMark {
	event: StripEvent;
	/** Where the mark is drawn, and where its event belongs on the axis (a stem joins them). */
	x: number;
	at: number;
}

/**
 * The axis and its marks across `width` px, marks kept MARK_SIZE apart; null where they cannot
 * all fit (the strip then shows the chapter's dates only).
 */
export function stripLayout(
	events: StripEvent[],
	width: number
): { axis: Axis; marks: StripMark[] } | null {
	const sorted = [...events].sort((a, b) => a.time - b.time);
	const half = MARK_SIZE / 2;
	const axis = timelineAxis(
		sorted.map((e) => e.time),
		{ width, inset: half }
	);
	const at = sorted.map((e) => axis.x(e.time));
	const xs = spreadMarks(at, MARK_SIZE, half, width - half);
	if (!xs || width <= 0) return null;
	return { axis, marks: sorted.map((event, i) => ({ event, x: xs[i]!, at: at[i]! })) };
}

/** What the strip's axis holds: its caption where no chapter's dates show, and its marks' name. */
export const ALL_DATES = 'Every date the articles give, 1991–2026';

/**
 * The events of the chapter being read. Above the first chapter no chapter is being read: none,
 * not the events no chapter tells of (those also have no chapter).
 */
export function chapterEvents(events: StripEvent[], active: string | null): StripEvent[] {
	return active === null ? [] : events.filter((e) => e.chapter === active);
}

/**
 * Where the strip shows only the chapter's dates and there are none: the chapter being read has
 * none, or (above the first chapter) no chapter is being read.
 */
export function noChapterDates(reading: boolean): string {
	return reading ? 'No dates in this chapter' : 'Each chapter’s dates show here';
}

/**
 * The line above the strip: the mark under the pointer or with focus; else, where the axis fits,
 * the chapter's dates or what the axis holds; else (the chapter's dates shown below it) whether the
 * chapter being read has any, or, above the first chapter, what the strip will show.
 */
export function stripCaption(
	current: StripEvent[],
	shown: StripEvent | null,
	axisFits: boolean,
	reading: boolean
): string {
	if (shown) return `${shown.date} · ${shown.label}`;
	if (!axisFits) return current.length > 0 ? 'Dates in this chapter' : noChapterDates(reading);
	return current.length > 0
		? `This chapter: ${current.map((e) => e.short).join(' · ')}`
		: ALL_DATES;
}

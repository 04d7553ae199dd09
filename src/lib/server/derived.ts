/**
 * What the reference pages need, derived from the validated content at build time.
 */
import type { Chapter, FigureRow, Source, StoryContent, TimelineEvent } from '$lib/content/types';
import { paragraphHtml, segmentBody, type Highlight } from '$lib/content/segments';
import { chapterPath } from '$lib/story/urls';
import { eventDateLabel, eventDates, eventTime } from '$lib/content/timeline';
import type { StripEvent } from '$lib/timeline/strip';

export interface QuotedBy {
	slug: string;
	title: string;
}

/** For each passage id, the chapters that quote it. */
export function chaptersQuoting(chapters: Chapter[]): Map<string, QuotedBy[]> {
	const map = new Map<string, QuotedBy[]>();
	for (const chapter of chapters)
		for (const passage of chapter.passages) {
			const list = map.get(passage.id) ?? [];
			if (!list.some((c) => c.slug === chapter.slug))
				list.push({ slug: chapter.slug, title: chapter.title });
			map.set(passage.id, list);
		}
	return map;
}

/** Distinct passages quoted from a source, in body order of first appearance. */
export function passagesFrom(sourceId: string, chapters: Chapter[]) {
	const seen = new Map<string, Chapter['passages'][number]>();
	for (const chapter of chapters)
		for (const passage of chapter.passages)
			if (passage.sourceId === sourceId) seen.set(passage.id, passage);
	return [...seen.values()];
}

export function figureCellsFrom(sourceId: string, figures: FigureRow[]) {
	return figures.flatMap((row) =>
		row.cells
			.filter((c) => c.source === sourceId)
			.map((cell) => ({ ...cell, rowId: row.id, rowLabel: row.label }))
	);
}

/** The timeline's dates an article gives, each with its event. */
export function timelineDatesFrom(sourceId: string, timeline: TimelineEvent[]) {
	return timeline.flatMap((event) =>
		event.accounts.filter((a) => a.source === sourceId).map((a) => ({ ...a, eventId: event.id }))
	);
}

export function sourcePageData(source: Source, content: StoryContent, base = '') {
	const passages = passagesFrom(source.id, content.chapters);
	const figures = figureCellsFrom(source.id, content.figures);
	const dates = timelineDatesFrom(source.id, content.timeline);
	const highlights: Highlight[] = [
		...passages.map((p) => ({ id: p.id, text: p.quote, kind: 'passage' as const })),
		...figures.map((f) => ({ id: f.id, text: f.phrase, kind: 'figure' as const })),
		...dates.map((d) => ({ id: d.id, text: d.phrase, kind: 'date' as const }))
	];
	const { paragraphs, unplaced } = segmentBody(source.body, highlights);
	if (unplaced.length > 0)
		throw new Error(`Source ${source.id}: could not place ${unplaced.join(', ')} in the body`);
	const quotedBy = chaptersQuoting(content.chapters);
	const kinds = Object.fromEntries(highlights.map((h) => [h.id, h.kind]));
	const backlinks = Object.fromEntries(
		passages.map((p) => [
			p.id,
			(quotedBy.get(p.id) ?? []).map((c) => ({ href: chapterPath(c.slug, base), text: c.title }))
		])
	);
	return {
		paragraphs: paragraphs.map((p) => ({ id: p.id, html: paragraphHtml(p, { kinds, backlinks }) })),
		passageCount: passages.length
	};
}

/** The timeline as the story's strip draws it (served as /data/timeline.json). */
export function stripEvents(timeline: TimelineEvent[], base = ''): StripEvent[] {
	return timeline.map((event) => ({
		id: event.id,
		chapter: event.chapter,
		href: event.chapter ? chapterPath(event.chapter, base) : `${base}/timeline#${event.id}`,
		label: event.label,
		date: eventDateLabel(event),
		short: eventDateLabel(event, true),
		time: Math.round(eventTime(event) * 1e4) / 1e4,
		differ: eventDates(event).differ
	}));
}

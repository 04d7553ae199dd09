/**
 * Cuts an article body into paragraphs of segments so that the source page can highlight and
 * anchor every passage, figure and date the site quotes, overlapping ones included. Pure.
 */
import { foldWhitespace, paragraphs } from './text';

export interface Highlight {
	/** Anchor id, unique on the page. */
	id: string;
	text: string;
	kind: HighlightKind;
}

/** A passage a chapter quotes, a figure's words (/figures), a date's words (/timeline). */
export type HighlightKind = 'passage' | 'figure' | 'date';

export interface Segment {
	text: string;
	/** Ids of the highlights covering this segment. */
	covering: string[];
	/** Ids of the highlights that start here (each gets an anchor). */
	starting: string[];
	/** Ids of the highlights that end with this segment (backlinks go here). */
	ending: string[];
}

export interface BodyParagraph {
	/** `p-1`, `p-2`…: stable anchors for mentions. */
	id: string;
	segments: Segment[];
}

export function paragraphId(index: number): string {
	return `p-${index + 1}`;
}

export function segmentBody(
	body: string,
	highlights: Highlight[]
): { paragraphs: BodyParagraph[]; unplaced: string[] } {
	const paras = paragraphs(body);
	// Paragraphs joined by one character: searching with spaces lets a quote span a break.
	const searchable = paras.join(' ');
	const starts: number[] = [];
	let offset = 0;
	for (const p of paras) {
		starts.push(offset);
		offset += p.length + 1;
	}

	const ranges: { id: string; from: number; to: number }[] = [];
	const unplaced: string[] = [];
	for (const h of highlights) {
		const text = foldWhitespace(h.text);
		const at = searchable.indexOf(text);
		if (at < 0) unplaced.push(h.id);
		else ranges.push({ id: h.id, from: at, to: at + text.length });
	}

	return {
		unplaced,
		paragraphs: paras.map((text, index) => {
			const pStart = starts[index] ?? 0;
			const pEnd = pStart + text.length;
			const cuts = new Set<number>([pStart, pEnd]);
			for (const r of ranges) {
				if (r.from > pStart && r.from < pEnd) cuts.add(r.from);
				if (r.to > pStart && r.to < pEnd) cuts.add(r.to);
			}
			const points = [...cuts].sort((a, b) => a - b);
			const segments: Segment[] = [];
			for (let i = 0; i < points.length - 1; i++) {
				const from = points[i]!;
				const to = points[i + 1]!;
				segments.push({
					text: searchable.slice(from, to),
					covering: ranges.filter((r) => r.from < to && r.to > from).map((r) => r.id),
					starting: ranges.filter((r) => r.from === from).map((r) => r.id),
					ending: ranges.filter((r) => r.to === to).map((r) => r.id)
				});
			}
			return { id: paragraphId(index), segments };
		})
	};
}

export function escapeHtml(text: string): string {
	return text.replace(
		/[<>&"']/g,
		(c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&#39;' })[c]!
	);
}

export interface ParagraphHtmlOptions {
	kinds: Record<string, HighlightKind>;
	/** Links after a highlight ends, e.g. the chapters that quote a passage. */
	backlinks: Record<string, { href: string; text: string }[]>;
}

/**
 * One paragraph as HTML: highlights as <mark>, an empty anchor where each highlight starts, and
 * backlinks where it ends. Built as a string so that no template whitespace creeps between
 * segments of one sentence. All text is escaped.
 */
export function paragraphHtml(
	paragraph: BodyParagraph,
	{ kinds, backlinks }: ParagraphHtmlOptions
): string {
	return paragraph.segments
		.map((segment) => {
			const anchors = segment.starting
				.map((id) => `<span class="anchor" id="${escapeHtml(id)}"></span>`)
				.join('');
			const classes = [...new Set(segment.covering.map((id) => kinds[id]))]
				.filter(Boolean)
				.join(' ');
			const text = escapeHtml(segment.text);
			const body = segment.covering.length > 0 ? `<mark class="${classes}">${text}</mark>` : text;
			const links = segment.ending
				.map((id) => backlinks[id] ?? [])
				.filter((list) => list.length > 0)
				.map(
					(list) =>
						` <span class="backlinks">(quoted in ${list.map((l) => `<a href="${escapeHtml(l.href)}">${escapeHtml(l.text)}</a>`).join(', ')})</span>`
				)
				.join('');
			return anchors + body + links;
		})
		.join('');
}

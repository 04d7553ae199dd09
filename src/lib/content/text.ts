/**
 * Text helpers for the source corpus. Quotes are compared with whitespace folded and typographic
 * quote marks left alone: a quote is verbatim or it is not.
 */

/** Folds every run of whitespace (including newlines and non-breaking spaces) to one space. */
export function foldWhitespace(text: string): string {
	return text.replace(/\s+/gu, ' ').trim();
}

export interface BodyBounds {
	start: number;
	end: number;
}

/**
 * Finds the article body in a source file: from the first character of `bodyStart` to the last
 * character of `bodyEnd`. Returns an error string when a marker is missing, repeated or out of
 * order, so the caller can name the field.
 */
export function findBody(
	fileText: string,
	bodyStart: string,
	bodyEnd: string
): BodyBounds | { error: string; field: 'bodyStart' | 'bodyEnd' } {
	const start = fileText.indexOf(bodyStart);
	if (start < 0) return { error: 'does not occur in the file', field: 'bodyStart' };
	if (fileText.indexOf(bodyStart, start + 1) >= 0)
		return { error: 'occurs more than once in the file; lengthen it', field: 'bodyStart' };
	const endAt = fileText.indexOf(bodyEnd, start);
	if (endAt < 0) return { error: 'does not occur after bodyStart in the file', field: 'bodyEnd' };
	if (fileText.indexOf(bodyEnd, endAt + 1) >= 0)
		return { error: 'occurs more than once in the file; lengthen it', field: 'bodyEnd' };
	return { start, end: endAt + bodyEnd.length };
}

/** Splits a body into paragraphs (blank-line or line separated), whitespace folded. */
export function paragraphs(body: string): string[] {
	return body
		.split(/\n\s*\n|\n/u)
		.map(foldWhitespace)
		.filter((p) => p.length > 0);
}

/**
 * Splits text into sentences. Deliberately simple: a sentence ends at . ! ? (optionally followed
 * by a closing quote) before whitespace and a letter, digit or opening quote — a lower-case letter
 * too, since "walaw.press" starts sentences — but not after initials such as "U.S." or "e.g.".
 */
export function sentences(text: string): string[] {
	const folded = foldWhitespace(text);
	const parts = folded.split(/(?<![\s(]\p{L}\.\p{L}\.)(?<=[.!?]["”’)]?)\s+(?=["“‘(]?[\p{L}\d])/u);
	return parts.map((s) => s.trim()).filter((s) => s.length > 0);
}

/** True when `quote` occurs in `body`, whitespace aside. */
export function isVerbatim(quote: string, body: string): boolean {
	const q = foldWhitespace(quote);
	return q.length > 0 && foldWhitespace(body).includes(q);
}

function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * True when `text` names any of `names` as a whole word, case-insensitively
 * ("Agdam" matches "Agdam," but "Baku" does not match "Bakuvian").
 */
export function namesAny(text: string, names: readonly string[]): boolean {
	return names.some((name) =>
		new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(name)}(?![\\p{L}\\p{N}])`, 'iu').test(text)
	);
}

/** Word-overlap score between two strings, 0..1; used to suggest the closest sentence. */
function overlap(a: string, b: string): number {
	const words = (s: string) => new Set(s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
	const wa = words(a);
	const wb = words(b);
	if (wa.size === 0 || wb.size === 0) return 0;
	let shared = 0;
	for (const w of wa) if (wb.has(w)) shared++;
	return shared / Math.max(wa.size, wb.size);
}

/** The sentence of `body` closest to `quote`, for a writer's hint. */
export function closestSentence(quote: string, body: string): string | undefined {
	let best: string | undefined;
	let bestScore = 0;
	for (const s of sentences(body)) {
		const score = overlap(quote, s);
		if (score > bestScore) {
			bestScore = score;
			best = s;
		}
	}
	return best;
}

/**
 * The figures table: what each article counts, and whether the articles agree. Pure.
 */
import { formatNumber } from './format';
import type { FigureRow, SourceSummary } from './types';

/** The number words the articles write out (“eight entire families”, “Three decades”). */
export const NUMBER_WORDS: Record<string, number> = {
	one: 1,
	two: 2,
	three: 3,
	four: 4,
	five: 5,
	six: 6,
	seven: 7,
	eight: 8,
	nine: 9,
	ten: 10,
	'a thousand': 1000,
	'one thousand': 1000
};

/** The numbers a phrase states, in digits ("1,275", "1275") or words ("eight", "two-hour"). */
export function numbersIn(phrase: string): number[] {
	const found = [...phrase.matchAll(/\d{1,3}(?:,\d{3})+|\d+/g)].map((m) =>
		Number(m[0].replace(/,/g, ''))
	);
	const lower = phrase.toLowerCase();
	for (const [word, value] of Object.entries(NUMBER_WORDS))
		if (new RegExp(`(?<![\\p{L}])${word}(?![\\p{L}])`, 'u').test(lower)) found.push(value);
	return found;
}

const COUNT_WORDS = ['no', 'one', 'two', 'three', 'four', 'five'];
function countWord(n: number): string {
	return COUNT_WORDS[n] ?? String(n);
}

function formatValue(value: number, approx: boolean): string {
	return `${approx ? 'about ' : ''}${formatNumber(value)}`;
}

export type Agreement = 'agree' | 'disagree' | 'worded-differently' | 'single' | 'differ';

export interface RowSummary {
	agreement: Agreement;
	/** One or two plain sentences, shown in the row. */
	text: string;
}

/** Says in words whether the articles agree on a row's figure, and how they differ if not. */
export function summarizeRow(row: FigureRow, sourceById: Map<string, SourceSummary>): RowSummary {
	const name = (id: string) => {
		const source = sourceById.get(id);
		return source ? source.shortName : id;
	};
	// The cells count different things: say how, rather than compare their numbers.
	if (row.differ) return { agreement: 'differ', text: row.differ };
	const stated = row.cells.filter((c) => c.value !== null);
	const silent = row.cells.filter((c) => c.value === null);
	const silentNote =
		silent.length > 0 ? ` ${silent.map((c) => name(c.source)).join(' and ')} gives no number.` : '';

	if (stated.length <= 1 && silent.length === 0) {
		return { agreement: 'single', text: 'Only one article gives this figure.' };
	}

	const byTerm = new Map<string, string[]>();
	for (const cell of stated)
		if (cell.term) byTerm.set(cell.term, [...(byTerm.get(cell.term) ?? []), name(cell.source)]);
	const termNote =
		byTerm.size > 1
			? ` They word it differently: ${[...byTerm.entries()].map(([term, names]) => `“${term}” (${names.join(', ')})`).join('; ')}.`
			: '';

	const groups = new Map<string, typeof stated>();
	for (const cell of stated) {
		const key = formatValue(cell.value!, cell.approx);
		groups.set(key, [...(groups.get(key) ?? []), cell]);
	}

	if (groups.size > 1) {
		const parts = [...groups.entries()]
			.sort((a, b) => b[1].length - a[1].length)
			.map(([value, cells]) =>
				cells.length === 1
					? `${value} in one (${name(cells[0]!.source)})`
					: `${value} in ${countWord(cells.length)}`
			);
		return {
			agreement: 'disagree',
			text: `The articles disagree: ${parts.join('; ')}.${silentNote}${termNote}`
		};
	}

	const [value] = [...groups.keys()];
	const all =
		stated.length === 5
			? 'All five articles'
			: `The ${countWord(stated.length)} articles that give a number`;
	if (stated.length === 1)
		return { agreement: 'single', text: `Only one article gives a number: ${value}.${silentNote}` };
	if (termNote)
		return {
			agreement: 'worded-differently',
			text: `${all} give ${value}.${termNote}${silentNote}`
		};
	return { agreement: 'agree', text: `${all} agree: ${value}.${silentNote}` };
}

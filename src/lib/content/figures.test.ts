import { describe, expect, it } from 'vitest';
import { numbersIn, summarizeRow } from './figures';
import type { FigureRow, SourceSummary } from './types';

describe('numbersIn', () => {
	it('reads digits with or without thousands separators, and number words', () => {
		expect(numbersIn('1,275 were taken captive')).toEqual([1275]);
		expect(numbersIn('1275 were taken captive')).toEqual([1275]);
		expect(numbersIn('annihilated eight entire families')).toEqual([8]);
		expect(numbersIn('About a thousand people')).toEqual([1000]);
		expect(numbersIn('a two-hour offensive')).toEqual([2]);
		expect(numbersIn('the whole thing')).toEqual([]);
	});
});

const source = (
	id: string,
	outlet: string | null,
	date: string,
	shortName = outlet ?? `the unnamed outlet of ${date.slice(0, 4)}`
): SourceSummary => ({
	id,
	file: `${id}.txt`,
	outlet,
	outletLabel: outlet ?? 'unnamed Azerbaijani outlet',
	outletNote: '',
	issuer: null,
	attribution: outlet ?? 'unnamed Azerbaijani outlet',
	shortName,
	date,
	dateLabel: date,
	dateNote: null,
	headline: null,
	author: null,
	issuedAt: null
});
const sources = new Map(
	[
		source('a', 'walaw.press', '2025-02-26'),
		source('b', 'Trend', '2026-02-26'),
		source('c', null, '2013-02'),
		source('d', null, '2025-02-26'),
		source('e', 'MINA', '2025-02-25', 'the embassy’s statement carried by MINA')
	].map((s) => [s.id, s])
);
const cell = (src: string, value: number | null, term: string | null = null, approx = false) => ({
	id: `x-${src}`,
	source: src,
	value,
	approx,
	phrase: 'p',
	term
});
const row = (cells: FigureRow['cells']): FigureRow => ({
	id: 'r',
	label: 'R',
	group: 'february-1992',
	differ: null,
	cells
});

describe('summarizeRow', () => {
	it('says so when all articles agree', () => {
		const s = summarizeRow(row(['a', 'b', 'c', 'd', 'e'].map((id) => cell(id, 613))), sources);
		expect(s).toEqual({ agreement: 'agree', text: 'All five articles agree: 613.' });
	});

	it('spells out a disagreement: 63 in four, 83 in one', () => {
		const s = summarizeRow(
			row([cell('a', 63), cell('b', 63), cell('c', 83), cell('d', 63), cell('e', 63)]),
			sources
		);
		expect(s.agreement).toBe('disagree');
		expect(s.text).toBe(
			'The articles disagree: 63 in four; 83 in one (the unnamed outlet of 2013).'
		);
	});

	it('notes an article that gives no number', () => {
		const s = summarizeRow(
			row([cell('a', 150), cell('b', null), cell('e', 150), cell('d', 197)]),
			sources
		);
		expect(s.text).toContain('150 in two; 197 in one (the unnamed outlet of 2025)');
		expect(s.text).toContain('Trend gives no number.');
	});

	it('flags the same number described in different words', () => {
		const s = summarizeRow(
			row([cell('a', 487, 'seriously injured'), cell('e', 487, 'permanent disability')]),
			sources
		);
		expect(s.agreement).toBe('worded-differently');
		expect(s.text).toContain(
			'“seriously injured” (walaw.press); “permanent disability” (the embassy’s statement carried by MINA)'
		);
	});

	it('counts approximate figures apart from exact ones', () => {
		const s = summarizeRow(row([cell('a', 1000), cell('c', 1000, null, true)]), sources);
		expect(s.agreement).toBe('disagree');
		expect(s.text).toContain('about 1,000 in one');
	});

	it('says when only one article gives a figure', () => {
		expect(summarizeRow(row([cell('d', 5379)]), sources)).toEqual({
			agreement: 'single',
			text: 'Only one article gives this figure.'
		});
	});

	it('does not compare numbers that count different things', () => {
		const differ =
			'walaw.press gives the length of the offensive, the embassy that of its opening fire.';
		const s = summarizeRow({ ...row([cell('a', 2), cell('e', 2)]), differ }, sources);
		expect(s).toEqual({ agreement: 'differ', text: differ });
	});
});

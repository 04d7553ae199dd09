import { describe, expect, it } from 'vitest';
import {
	datesIn,
	decimalYear,
	formatDate,
	formatSpan,
	precisionOf,
	resolveRelative
} from './dates';

describe('datesIn', () => {
	it('reads the ways the articles write a date, with its precision', () => {
		expect(datesIn('On the night from February 25-26, 1992, Armenian armed forces')).toEqual([
			{ date: '1992-02-25', until: '1992-02-26', precision: 'day' }
		]);
		expect(datesIn('On the night of 25 to 26 February 1992 the second')).toEqual([
			{ date: '1992-02-25', until: '1992-02-26', precision: 'day' }
		]);
		expect(datesIn('on February 26, 1992.')).toEqual([
			{ date: '1992-02-26', until: null, precision: 'day' }
		]);
		expect(datesIn('civilians on 26 February 1992 in the town')).toEqual([
			{ date: '1992-02-26', until: null, precision: 'day' }
		]);
		expect(datesIn('under blockade since October 1991')).toEqual([
			{ date: '1991-10', until: null, precision: 'month' }
		]);
		expect(datesIn('designated February 26 as the Day in 1994')).toEqual([
			{ date: '1994', until: null, precision: 'year' }
		]);
	});

	it('does not read counts, durations or a month and day without a year as dates', () => {
		expect(datesIn('a 44-day conflict, 1,275 captives and 613 dead')).toEqual([]);
		expect(datesIn('The President’s visit on February 19 this year')).toEqual([]);
	});

	it('reads every date of a phrase in order', () => {
		expect(datesIn('In 2020, and again on September 19-20, 2023').map((d) => d.date)).toEqual([
			'2020',
			'2023-09-19'
		]);
	});
});

describe('resolveRelative', () => {
	it('“Today” is the article’s own date', () => {
		expect(resolveRelative('Today', '2026-02-26')).toMatchObject({
			date: '2026-02-26',
			precision: 'day'
		});
	});

	it('never finer than the article’s date: “Today” in an article dated only February 2013', () => {
		expect(resolveRelative('Today', '2013-02')).toMatchObject({
			date: '2013-02',
			precision: 'month'
		});
	});

	it('“Last year” and “Since last year” give the year before, to the year only', () => {
		expect(resolveRelative('Last year', '2025-02-26')).toMatchObject({
			date: '2024',
			precision: 'year'
		});
		expect(resolveRelative('Since last year', '2025-02')).toMatchObject({
			date: '2024',
			precision: 'year'
		});
	});

	it('a month and day without a year take the article’s year', () => {
		expect(resolveRelative('February 19 this year', '2025-02-26')).toMatchObject({
			date: '2025-02-19',
			precision: 'day'
		});
		expect(resolveRelative('February 26', '2025-02')).toMatchObject({
			date: '2025-02-26',
			precision: 'day'
		});
	});

	it('a weekday is the last such day before the article’s', () => {
		// 26 February 2025 was a Wednesday.
		expect(resolveRelative('on Monday', '2025-02-26')).toMatchObject({ date: '2025-02-24' });
		expect(resolveRelative('On Tuesday', '2025-02-26')).toMatchObject({ date: '2025-02-25' });
		expect(resolveRelative('On Wednesday', '2025-02-26')).toMatchObject({ date: '2025-02-19' });
		expect(resolveRelative('On Tuesday', '2025-02')).toHaveProperty('error');
	});

	it('years ago: “exactly” keeps the day, otherwise the year', () => {
		expect(resolveRelative('exactly 33 years ago', '2025-02-26')).toMatchObject({
			date: '1992-02-26',
			precision: 'day'
		});
		expect(resolveRelative('32 years ago', '2025-02')).toMatchObject({
			date: '1993',
			precision: 'year'
		});
		expect(resolveRelative('33-year time gap', '2025-02-26')).toMatchObject({
			date: '1992',
			precision: 'year'
		});
	});

	it('“this week” and “on the anniversary” give the article’s month', () => {
		for (const words of ['this week', 'On the anniversary', 'On the eve of the anniversary'])
			expect(resolveRelative(words, '2025-02-26'), words).toMatchObject({
				date: '2025-02',
				precision: 'month'
			});
	});

	it('says so for words it cannot resolve', () => {
		const result = resolveRelative('Three decades later', '2025-02-26');
		expect(result).toHaveProperty('error');
		expect((result as { error: string }).error).toContain('Three decades later');
	});

	it('says how it got there', () => {
		expect(resolveRelative('Last year', '2025-02-26')).toMatchObject({
			how: '“Last year” in an article of 26 February 2025'
		});
	});
});

describe('writing dates', () => {
	it('formats dates and spans at their precision', () => {
		expect(formatDate('2025-02-26')).toBe('26 February 2025');
		expect(formatDate('2013-02')).toBe('February 2013');
		expect(formatDate('1994')).toBe('1994');
		expect(formatSpan({ date: '1992-02-25', until: '1992-02-26' })).toBe('25–26 February 1992');
		expect(formatSpan({ date: '1992-02-25', until: '1992-02-26' }, true)).toBe('25–26 Feb 1992');
		expect(formatSpan({ date: '2023-09-30', until: '2023-10-02' })).toBe(
			'30 September – 2 October 2023'
		);
		expect(formatSpan({ date: '1991', until: '1994' })).toBe('1991–1994');
	});

	it('knows a date’s precision from how it is written', () => {
		expect(precisionOf('2025-02-26')).toBe('day');
		expect(precisionOf('2025-02')).toBe('month');
		expect(precisionOf('2025')).toBe('year');
		expect(precisionOf('2025-13')).toBeNull();
	});

	it('places a date at the middle of what it names', () => {
		expect(decimalYear('1994')).toBe(1994.5);
		expect(decimalYear('2013-02')).toBeCloseTo(2013 + 1.5 / 12);
		expect(decimalYear('2025-02-26')).toBeGreaterThan(decimalYear('2025-02-25'));
		expect(decimalYear('2025-02-26')).toBeLessThan(decimalYear('2025-03-01'));
	});
});

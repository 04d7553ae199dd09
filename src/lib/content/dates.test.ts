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
	// [why, the words, the article's date, the date they give, its precision]
	it.each([
		['“Today” is the article’s own date', 'Today', '2026-02-26', '2026-02-26', 'day'],
		[
			'never finer than the article’s date: “Today” in one dated only February 2013',
			'Today',
			'2013-02',
			'2013-02',
			'month'
		],
		['“Last year” is the year before, to the year only', 'Last year', '2025-02-26', '2024', 'year'],
		['so is “Since last year”', 'Since last year', '2025-02', '2024', 'year'],
		[
			'a month and day take the article’s year',
			'February 19 this year',
			'2025-02-26',
			'2025-02-19',
			'day'
		],
		['even where the article’s day is not known', 'February 26', '2025-02', '2025-02-26', 'day'],
		// 26 February 2025 was a Wednesday.
		['a weekday is the last such day before', 'on Monday', '2025-02-26', '2025-02-24', 'day'],
		['“On Tuesday”', 'On Tuesday', '2025-02-26', '2025-02-25', 'day'],
		[
			'a week back, on the article’s own weekday',
			'On Wednesday',
			'2025-02-26',
			'2025-02-19',
			'day'
		],
		[
			'“exactly” N years ago keeps the day',
			'exactly 33 years ago',
			'2025-02-26',
			'1992-02-26',
			'day'
		],
		['N years ago is a year', '32 years ago', '2025-02', '1993', 'year'],
		['so is an N-year time gap', '33-year time gap', '2025-02-26', '1992', 'year'],
		['“this week” is the article’s month', 'this week', '2025-02-26', '2025-02', 'month'],
		['so is “On the anniversary”', 'On the anniversary', '2025-02-26', '2025-02', 'month'],
		['and its eve', 'On the eve of the anniversary', '2025-02-26', '2025-02', 'month']
	])('%s: “%s” in an article of %s is %s (%s)', (_why, words, article, date, precision) => {
		expect(resolveRelative(words, article)).toMatchObject({ date, precision, until: null });
	});

	it('needs the article’s day for a weekday', () => {
		expect(resolveRelative('On Tuesday', '2025-02')).toHaveProperty('error');
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

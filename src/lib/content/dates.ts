/**
 * Dates as the articles give them and as the site prints them. Pure.
 *
 * A date is written `YYYY-MM-DD`, `YYYY-MM` or `YYYY`: its precision (day, month or year) is its
 * length. A span ("the night of 25–26 February") is a start and an `until` of the same precision.
 * `datesIn` reads the dates a phrase states outright ("February 25-26, 1992", "October 1991",
 * "in 1994"); `resolveRelative` reads the ones it states from the article's own date ("Today",
 * "Last year", "On Tuesday", "exactly 33 years ago"), no finer than that date allows.
 */
import { NUMBER_WORDS } from './figures';

export const MONTHS = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December'
] as const;

export type Precision = 'day' | 'month' | 'year';

/** A date or span as a phrase gives it. */
export interface DateValue {
	date: string;
	/** The span's last day (month, year), same precision as `date`; null for a single date. */
	until: string | null;
	precision: Precision;
}

const DATE_FORMS: Record<Precision, RegExp> = {
	day: /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/,
	month: /^\d{4}-(0[1-9]|1[0-2])$/,
	year: /^\d{4}$/
};

/** The precision a written date has, or null where it is not `YYYY-MM-DD`, `YYYY-MM` or `YYYY`. */
export function precisionOf(date: string): Precision | null {
	for (const precision of ['day', 'month', 'year'] as const)
		if (DATE_FORMS[precision].test(date)) return precision;
	return null;
}

/** The same date, no finer than `precision` ("2025-02-26" at month precision is "2025-02"). */
export function truncateDate(date: string, precision: Precision): string {
	return date.slice(0, { year: 4, month: 7, day: 10 }[precision]);
}

const pad = (n: number) => String(n).padStart(2, '0');

function parts(date: string): [number, number | undefined, number | undefined] {
	const [y, m, d] = date.split('-').map(Number);
	return [y ?? 0, m, d];
}

/** "2025-02-26" → "26 February 2025"; "2013-02" → "February 2013"; "1994" → "1994". */
export function formatDate(date: string): string {
	const [y, m, d] = parts(date);
	if (!m) return String(y);
	const month = MONTHS[m - 1];
	return d ? `${d} ${month} ${y}` : `${month} ${y}`;
}

/**
 * A date or span in words: "25–26 February 1992", "19–20 September 2023", "1991–1994".
 * `short` abbreviates the month ("25–26 Feb 1992", "Oct 1991").
 */
export function formatSpan({ date, until }: Pick<DateValue, 'date' | 'until'>, short = false) {
	const name = (m: number) => (short ? MONTHS[m - 1]!.slice(0, 3) : MONTHS[m - 1]!);
	const one = (value: string) => {
		const [y, m, d] = parts(value);
		if (!m) return String(y);
		return d ? `${d} ${name(m)} ${y}` : `${name(m)} ${y}`;
	};
	if (!until || until === date) return one(date);
	const [y1, m1, d1] = parts(date);
	const [y2, m2] = parts(until);
	if (y1 === y2 && m1 && m1 === m2 && d1) return `${d1}–${one(until)}`;
	if (y1 === y2 && m1 && d1) return `${d1} ${name(m1)} – ${one(until)}`;
	if (y1 === y2 && m1) return `${name(m1)}–${one(until)}`;
	return `${one(date)}–${one(until)}`;
}

const MONTH_NAMES = MONTHS.join('|');
const YEAR = '(1[89]\\d\\d|20\\d\\d)';
const DAY = '([1-9]|[12]\\d|3[01])';
const DASH = '\\s*(?:-|–|to)\\s*';
/** The ways the articles write a date, most specific first; each match is blanked once read. */
const ABSOLUTE: { pattern: RegExp; read: (m: RegExpMatchArray) => DateValue }[] = [
	{
		// "February 25-26, 1992", "September 19-20, 2023"
		pattern: new RegExp(`\\b(${MONTH_NAMES}) ${DAY}${DASH}${DAY},? ${YEAR}\\b`, 'g'),
		read: (m) => span(m[4]!, m[1]!, m[2]!, m[3]!)
	},
	{
		// "25 to 26 February 1992"
		pattern: new RegExp(`\\b${DAY}${DASH}${DAY} (${MONTH_NAMES}),? ${YEAR}\\b`, 'g'),
		read: (m) => span(m[4]!, m[3]!, m[1]!, m[2]!)
	},
	{
		// "February 26, 1992", "September 27, 2020"
		pattern: new RegExp(`\\b(${MONTH_NAMES}) ${DAY},? ${YEAR}\\b`, 'g'),
		read: (m) => span(m[3]!, m[1]!, m[2]!)
	},
	{
		// "26 February 1992"
		pattern: new RegExp(`\\b${DAY} (${MONTH_NAMES}),? ${YEAR}\\b`, 'g'),
		read: (m) => span(m[3]!, m[2]!, m[1]!)
	},
	{
		// "October 1991", "September 2023"
		pattern: new RegExp(`\\b(${MONTH_NAMES}),? ${YEAR}\\b`, 'g'),
		read: (m) => ({ date: `${m[2]}-${pad(monthNumber(m[1]!))}`, until: null, precision: 'month' })
	},
	{
		// "in 1994", "the 2020 Second Karabakh War" (not "44-day", not part of a longer number)
		pattern: new RegExp(`(?<![\\d-])${YEAR}(?![\\d-])`, 'g'),
		read: (m) => ({ date: m[1]!, until: null, precision: 'year' })
	}
];

function monthNumber(name: string): number {
	return MONTHS.indexOf(name as (typeof MONTHS)[number]) + 1;
}

function span(year: string, month: string, day: string, lastDay?: string): DateValue {
	const start = `${year}-${pad(monthNumber(month))}-${pad(Number(day))}`;
	const until = lastDay ? `${year}-${pad(monthNumber(month))}-${pad(Number(lastDay))}` : null;
	return { date: start, until, precision: 'day' };
}

/** The dates a text states outright, where it states them; each match is blanked once read. */
function absoluteDates(text: string): { at: number; length: number; value: DateValue }[] {
	let rest = text;
	const found: { at: number; length: number; value: DateValue }[] = [];
	for (const { pattern, read } of ABSOLUTE)
		rest = rest.replace(pattern, (...args) => {
			const match = args.slice(0, -2) as unknown as RegExpMatchArray;
			const length = String(args[0]).length;
			found.push({ at: args.at(-2) as number, length, value: read(match) });
			return ' '.repeat(length);
		});
	return found.sort((a, b) => a.at - b.at);
}

/** The dates a phrase states outright, in the order it states them. */
export function datesIn(phrase: string): DateValue[] {
	return absoluteDates(phrase).map((f) => f.value);
}

/** Words that date something from the text's own date, or from an anniversary. */
const RELATIVE = new RegExp(
	[
		`\\b(?:${MONTH_NAMES}) ${DAY}\\b(?!,? \\d)`,
		'\\b(?:today|this week|this year|(?:since )?last year)\\b',
		'\\bon (?:sunday|monday|tuesday|wednesday|thursday|friday|saturday)\\b',
		'\\b(?:exactly )?(?:\\d+|[a-z]+)[ -]years?(?: ago| time gap| since)\\b',
		'\\bon the (?:eve of the )?anniversary\\b',
		'\\b\\d+(?:st|nd|rd|th) anniversary\\b',
		'\\b(?:\\w+ )?decades? later\\b'
	].join('|'),
	'gi'
);

/**
 * Every place a text gives a date, outright ("October 1991") or from its own date or an
 * anniversary ("Today", "On Tuesday", "the 21st anniversary", "Three decades later"): where a
 * timeline must account for it.
 */
export function dateMentions(text: string): { at: number; text: string }[] {
	const found = absoluteDates(text).map((d) => ({
		at: d.at,
		text: text.slice(d.at, d.at + d.length)
	}));
	for (const match of text.matchAll(RELATIVE))
		if (!found.some((f) => match.index >= f.at && match.index < f.at + f.text.length))
			found.push({ at: match.index, text: match[0] });
	return found.sort((a, b) => a.at - b.at);
}

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const ORDER: Record<Precision, number> = { year: 0, month: 1, day: 2 };

/** The coarser of two precisions. */
export function coarser(a: Precision, b: Precision): Precision {
	return ORDER[a] <= ORDER[b] ? a : b;
}

export type Resolved = DateValue & {
	/** How the date was reached, for a reader: "“Last year” in an article of 26 February 2025". */
	how: string;
};

/**
 * Resolves the words that date something from the article's own date (`YYYY-MM-DD` or
 * `YYYY-MM`): "Today", "this week", "On the anniversary", "On the eve of the anniversary",
 * "Last year", "Since last year", "February 19 this year", "February 26", "On Tuesday",
 * "exactly 33 years ago", "32 years ago", "a 33-year time gap". The result is never finer than
 * the article's date allows, except where the words give the month and day themselves.
 */
export function resolveRelative(words: string, articleDate: string): Resolved | { error: string } {
	const source = precisionOf(articleDate);
	if (!source) return { error: `the article's date "${articleDate}" is not a date` };
	const [year, month, day] = parts(articleDate);
	const lower = words.toLowerCase();
	const how = `“${words}” in an article of ${formatDate(articleDate)}`;
	const at = (date: string, precision: Precision): Resolved => ({
		date: truncateDate(date, precision),
		until: null,
		precision,
		how
	});
	const number = (text: string) => NUMBER_WORDS[text] ?? Number(text);

	const monthDay = new RegExp(`\\b(${MONTH_NAMES}) ${DAY}\\b(?!,? \\d)`, 'i').exec(words);
	if (monthDay) {
		const m = monthNumber(monthDay[1]![0]!.toUpperCase() + monthDay[1]!.slice(1).toLowerCase());
		return at(`${year}-${pad(m)}-${pad(Number(monthDay[2]))}`, 'day');
	}
	const weekday = /\bon (sunday|monday|tuesday|wednesday|thursday|friday|saturday)\b/.exec(lower);
	if (weekday) {
		if (source !== 'day' || !day)
			return { error: `“${words}” needs the article's day, and its date is ${articleDate}` };
		const today = new Date(Date.UTC(year, (month ?? 1) - 1, day));
		const back = (today.getUTCDay() - WEEKDAYS.indexOf(weekday[1]!) + 7) % 7 || 7;
		today.setUTCDate(today.getUTCDate() - back);
		return at(today.toISOString().slice(0, 10), 'day');
	}
	const ago = /\b(exactly )?(\d+|[a-z]+)[ -]years?(?: ago| time gap)\b/.exec(lower);
	if (ago) {
		const n = number(ago[2]!);
		if (!Number.isInteger(n)) return { error: `“${words}”: "${ago[2]}" is not a number` };
		const back = `${year - n}${articleDate.slice(4)}`;
		return at(back, ago[1] ? source : 'year');
	}
	if (/\blast year\b/.test(lower)) return at(String(year - 1), 'year');
	if (/\btoday\b/.test(lower)) return at(articleDate, source);
	if (/\bthis week\b|\bon the (?:eve of the )?anniversary\b/.test(lower))
		return at(articleDate, coarser(source, 'month'));
	return {
		error: `“${words}” is not a relative date the resolver knows ("Today", "Last year", "this week", "On Tuesday", "February 19 this year", "exactly 33 years ago")`
	};
}

/**
 * A date as a number of years since year 0, at the middle of what it names (a month's middle for
 * a month, the year's middle for a year): where a timeline places it.
 */
export function decimalYear(date: string): number {
	const [y, m, d] = parts(date);
	if (!m) return y + 0.5;
	if (!d) return y + (m - 0.5) / 12;
	const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
	return y + (m - 1 + (d - 0.5) / days) / 12;
}

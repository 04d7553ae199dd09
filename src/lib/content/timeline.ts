/**
 * The timeline: when each event happened according to each article, whether the articles agree,
 * and which chapter tells of it. Pure.
 */
import { decimalYear, formatSpan, type DateValue, type Precision } from './dates';
import type { SourceSummary, TimelineAccount, TimelineEvent } from './types';

const FINER: Precision[] = ['day', 'month', 'year'];

const sameSpan = (a: DateValue, b: DateValue) =>
	a.date === b.date && (a.until ?? a.date) === (b.until ?? b.date);

/** Whether span `inner` lies within span `outer` (each at its own precision). */
export function within(inner: DateValue, outer: DateValue): boolean {
	const end = (v: DateValue) => `${v.until ?? v.date}\uffff`;
	return inner.date >= outer.date && end(inner) <= end(outer);
}

export interface EventDates {
	/** The most precise precision any article gives. */
	precision: Precision;
	/** The distinct dates the articles give at that precision, earliest first. */
	spans: DateValue[];
	/** From the earliest of them to the latest: where the event sits on the timeline. */
	cover: DateValue;
	/** Whether the articles give dates that differ (a coarser date that contains them does not). */
	differ: boolean;
}

/** What the articles say about when an event happened, taken together. */
export function eventDates(event: Pick<TimelineEvent, 'accounts'>): EventDates {
	const precision = FINER.find((p) => event.accounts.some((a) => a.precision === p)) ?? 'year';
	const spans: DateValue[] = [];
	for (const a of event.accounts)
		if (a.precision === precision && !spans.some((s) => sameSpan(s, a)))
			spans.push({ date: a.date, until: a.until, precision });
	spans.sort(
		(a, b) => a.date.localeCompare(b.date) || (a.until ?? '').localeCompare(b.until ?? '')
	);
	const last = spans.reduce(
		(max, s) => ((s.until ?? s.date) > max ? (s.until ?? s.date) : max),
		''
	);
	const cover: DateValue = {
		date: spans[0]!.date,
		until: last === spans[0]!.date ? null : last,
		precision
	};
	const coarse = event.accounts.filter((a) => a.precision !== precision);
	const differ = spans.length > 1 || coarse.some((a) => !spans.some((s) => within(s, a)));
	return { precision, spans, cover, differ };
}

/**
 * The event's date in words. Where the articles differ, every date they give: "25, 25–26 or
 * 26 February 1992" (`short`: "25, 25–26 or 26 Feb 1992").
 */
export function eventDateLabel(event: Pick<TimelineEvent, 'accounts'>, short = false): string {
	const { spans, differ, cover } = eventDates(event);
	if (!differ || spans.length < 2) return formatSpan(cover, short);
	const labels = spans.map((s) => formatSpan(s, short));
	// The same month and year: name them once ("25, 25–26 or 26 February 1992").
	const tail = / [A-Z][a-z]+ \d{4}$/.exec(labels[0]!)?.[0];
	const shared = tail && labels.every((l) => l.endsWith(tail) && /^\d/.test(l));
	const parts = shared ? labels.map((l) => l.slice(0, -tail.length)) : labels;
	const list = `${parts.slice(0, -1).join(', ')} or ${parts.at(-1)}`;
	return shared ? `${list}${tail}` : list;
}

/** Where the event sits on a timeline, in years: the middle of the span its dates cover. */
export function eventTime(event: Pick<TimelineEvent, 'accounts'>): number {
	const { cover } = eventDates(event);
	return (decimalYear(cover.date) + decimalYear(cover.until ?? cover.date)) / 2;
}

/** The events in date order (by where they sit, then by id). */
export function sortEvents<E extends Pick<TimelineEvent, 'accounts' | 'id'>>(events: E[]): E[] {
	return [...events].sort((a, b) => eventTime(a) - eventTime(b) || a.id.localeCompare(b.id));
}

/** The events a chapter tells of, in date order. */
export function eventsOfChapter<E extends Pick<TimelineEvent, 'accounts' | 'id' | 'chapter'>>(
	events: E[],
	slug: string | null | undefined
): E[] {
	return slug ? sortEvents(events.filter((e) => e.chapter === slug)) : [];
}

const COUNT_WORDS = ['no', 'one', 'two', 'three', 'four', 'five'];
const countWord = (n: number) => COUNT_WORDS[n] ?? String(n);
const capitalise = (text: string) => `${text[0]?.toUpperCase() ?? ''}${text.slice(1)}`;

export type DateAgreement = 'single' | 'agree' | 'differ';

/** Says in words whether the articles agree on when an event happened. */
export function summarizeEvent(
	event: Pick<TimelineEvent, 'accounts'>,
	sourceById: Map<string, Pick<SourceSummary, 'shortName'>>
): { agreement: DateAgreement; text: string } {
	const { spans, precision, differ } = eventDates(event);
	const who = (a: TimelineAccount) => a.by ?? sourceById.get(a.source)?.shortName ?? a.source;
	const articles = (accounts: TimelineAccount[]) => new Set(accounts.map((a) => a.source)).size;
	const groups = spans.map((span) => event.accounts.filter((a) => sameSpan(a, span)));
	const coarse = event.accounts.filter((a) => a.precision !== precision);
	const coarseSpans = coarse.filter((a, i) => coarse.findIndex((b) => sameSpan(a, b)) === i);
	const coarseNote = coarseSpans.length
		? ` Less precise: ${coarseSpans
				.map(
					(span) =>
						`${formatSpan(span)} (${[...new Set(coarse.filter((a) => sameSpan(a, span)).map(who))].join('; ')})`
				)
				.join('; ')}.`
		: '';
	if (articles(event.accounts) === 1 && !differ)
		return { agreement: 'single', text: `Only one article gives this date.${coarseNote}` };
	if (!differ) {
		const n = articles(groups[0]!);
		const givers =
			n === 1 ? capitalise(who(groups[0]![0]!)) : `${capitalise(countWord(n))} articles`;
		return {
			agreement: 'agree',
			text: `${givers} ${n === 1 ? 'gives' : 'give'} ${formatSpan(spans[0]!)}.${coarseNote}`
		};
	}
	const parts = groups.map((accounts, i) => {
		const n = articles(accounts);
		return `${formatSpan(spans[i]!)} in ${n === 1 ? 'one article' : `${countWord(n)} articles`} (${[...new Set(accounts.map(who))].join('; ')})`;
	});
	return {
		agreement: 'differ',
		text: `The articles give different dates: ${parts.join('; ')}.${coarseNote}`
	};
}

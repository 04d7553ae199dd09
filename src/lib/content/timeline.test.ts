import { describe, expect, it } from 'vitest';
import {
	eventDateLabel,
	eventDates,
	eventsOfChapter,
	eventTime,
	sortEvents,
	summarizeEvent
} from './timeline';
import type { TimelineAccount, TimelineEvent } from './types';

const account = (
	source: string,
	date: string,
	extra: Partial<TimelineAccount> = {}
): TimelineAccount => ({
	id: `date-x-${source}`,
	source,
	date,
	until: null,
	precision: date.length === 10 ? 'day' : date.length === 7 ? 'month' : 'year',
	phrase: 'p',
	relative: null,
	by: null,
	resolvedFrom: null,
	...extra
});
const event = (
	id: string,
	accounts: TimelineAccount[],
	chapter: string | null = null
): TimelineEvent => ({ id, label: id, chapter, places: [], accounts });

const sources = new Map(
	[
		['trend', 'Trend'],
		['walaw', 'walaw.press'],
		['mina', 'the embassy’s statement carried by MINA'],
		['u2013', 'the unnamed outlet of 2013']
	].map(([id, shortName]) => [id!, { shortName: shortName! }])
);

const night = event('night', [
	account('trend', '1992-02-25', { until: '1992-02-26' }),
	account('mina', '1992-02-25', { until: '1992-02-26' }),
	account('walaw', '1992-02-26'),
	account('walaw', '1992-02-25', { by: 'walaw.press, telling a survivor’s story' }),
	account('u2013', '1992')
]);

describe('eventDates', () => {
	it('finds the dates that differ at the finest precision the articles give', () => {
		const dates = eventDates(night);
		expect(dates.precision).toBe('day');
		expect(dates.spans.map((s) => [s.date, s.until])).toEqual([
			['1992-02-25', null],
			['1992-02-25', '1992-02-26'],
			['1992-02-26', null]
		]);
		expect(dates.cover).toMatchObject({ date: '1992-02-25', until: '1992-02-26' });
		expect(dates.differ).toBe(true);
	});

	it('a coarser date that contains the finer one does not differ from it', () => {
		const war = event('war', [account('mina', '2020-09-27'), account('walaw', '2020')]);
		expect(eventDates(war).differ).toBe(false);
		const apart = event('apart', [account('mina', '2020-09-27'), account('walaw', '2021')]);
		expect(eventDates(apart).differ).toBe(true);
	});
});

describe('eventDateLabel', () => {
	it('gives every date where the articles differ, naming a shared month once', () => {
		expect(eventDateLabel(night)).toBe('25, 25–26 or 26 February 1992');
		expect(eventDateLabel(night, true)).toBe('25, 25–26 or 26 Feb 1992');
	});

	it('gives the most precise date where they agree', () => {
		expect(
			eventDateLabel(event('war', [account('walaw', '2020'), account('mina', '2020-09-27')]))
		).toBe('27 September 2020');
	});
});

describe('summarizeEvent', () => {
	it('says how the articles differ, and who gives which date', () => {
		const { agreement, text } = summarizeEvent(night, sources);
		expect(agreement).toBe('differ');
		expect(text).toBe(
			'The articles give different dates: 25 February 1992 in one article (walaw.press, telling a survivor’s story); 25–26 February 1992 in two articles (Trend; the embassy’s statement carried by MINA); 26 February 1992 in one article (walaw.press). Less precise: 1992 (the unnamed outlet of 2013).'
		);
	});

	it('says when the articles agree, and which are less precise', () => {
		const war = event('war', [account('mina', '2020-09-27'), account('walaw', '2020')]);
		expect(summarizeEvent(war, sources)).toEqual({
			agreement: 'agree',
			text: 'The embassy’s statement carried by MINA gives 27 September 2020. Less precise: 2020 (walaw.press).'
		});
	});

	it('says when only one article dates the event', () => {
		expect(summarizeEvent(event('one', [account('trend', '1991-10')]), sources)).toEqual({
			agreement: 'single',
			text: 'Only one article gives this date.'
		});
	});
});

describe('events in time and by chapter', () => {
	const events = [
		event('flag', [account('trend', '2023-10-15')], 'khankendi'),
		night,
		event('war', [account('walaw', '2020')], 'khankendi'),
		event('blockade', [account('trend', '1991-10')], 'khojaly')
	];

	it('sorts events by when they happened', () => {
		expect(sortEvents(events).map((e) => e.id)).toEqual(['blockade', 'night', 'war', 'flag']);
		expect(eventTime(night)).toBeCloseTo(1992 + (1 + 25 / 29) / 12, 3);
	});

	it('maps a chapter to the events it tells of, in date order', () => {
		expect(eventsOfChapter(events, 'khankendi').map((e) => e.id)).toEqual(['war', 'flag']);
		expect(eventsOfChapter(events, 'aghdam')).toEqual([]);
		expect(eventsOfChapter(events, null)).toEqual([]);
	});
});

/**
 * The timeline as content: every date the articles give about these events is in
 * content/timeline.yaml, each quoted verbatim, resolved where the article dates it from its own
 * date; where the articles disagree, every date is kept; bad entries fail with the file, the entry
 * and a fix.
 */
import { describe, expect, it } from 'vitest';
import { dateMentions } from '../../src/lib/content/dates';
import { foldWhitespace, isVerbatim } from '../../src/lib/content/text';
import { eventDateLabel, eventsOfChapter, summarizeEvent } from '../../src/lib/content/timeline';
import { formatProblems, validateContent } from '../../src/lib/content/validate';
import { sourcePageData } from '../../src/lib/server/derived';
import { realContent, replaceOnce } from './content-fixture';

const raw = realContent();
const content = validateContent(raw).content!;
const sourceById = new Map(content.sources.map((s) => [s.id, s]));
const event = (id: string) => content.timeline.find((e) => e.id === id)!;

/**
 * Dates the articles give that are not about the events of the story: each with why. Every other
 * date an article gives must be in a phrase of content/timeline.yaml.
 */
const NOT_ABOUT_THESE_EVENTS = [
	{
		source: 'mina-2025-02-25',
		text: '1948',
		why: 'the year of the UN Genocide Convention the embassy cites'
	},
	{
		source: 'walaw-2025-02-26',
		text: '1949',
		why: 'the year of the Geneva Conventions the ombudsman cites'
	}
];

describe('the timeline holds every date the articles give', () => {
	for (const source of content.sources)
		it(`${source.id}`, () => {
			const body = foldWhitespace(source.body);
			const phrases = content.timeline
				.flatMap((e) => e.accounts)
				.filter((a) => a.source === source.id)
				.map((a) => a.phrase);
			const covered = (at: number, length: number) =>
				phrases.some((phrase) => {
					for (let i = body.indexOf(phrase); i >= 0; i = body.indexOf(phrase, i + 1))
						if (i <= at && at + length <= i + phrase.length) return true;
					return false;
				});
			const exempt = NOT_ABOUT_THESE_EVENTS.filter((x) => x.source === source.id).map(
				(x) => x.text
			);
			const missing = dateMentions(body)
				.filter((m) => !covered(m.at, m.text.length) && !exempt.includes(m.text))
				.map((m) => `“${m.text}” in “${body.slice(Math.max(0, m.at - 40), m.at + 40)}”`);
			expect(missing).toEqual([]);
			// The exemptions are dates the article does give.
			for (const text of exempt) expect(body).toContain(text);
		});

	it('quotes every phrase verbatim from its article’s body', () => {
		for (const e of content.timeline)
			for (const a of e.accounts)
				expect(isVerbatim(a.phrase, sourceById.get(a.source)!.body), a.id).toBe(true);
	});
});

describe('the timeline’s dates', () => {
	it('keeps every date the articles give for the night in Khojaly, and says they differ', () => {
		const night = event('khojaly-night-1992');
		expect(eventDateLabel(night)).toBe('25, 25–26 or 26 February 1992');
		const { agreement, text } = summarizeEvent(night, sourceById);
		expect(agreement).toBe('differ');
		expect(text).toContain('25 February 1992 in one article (walaw.press, telling the survivor');
		expect(text).toContain('25–26 February 1992 in four articles');
		expect(text).toContain('26 February 1992 in two articles');
		expect(text).toContain('Ministry of Foreign Affairs of the Republic of Türkiye');
	});

	it('resolves relative dates from the article’s own date, and keeps the words', () => {
		const ballija = event('ballija-visit-2025').accounts[0]!;
		expect(ballija).toMatchObject({
			date: '2025-02-19',
			precision: 'day',
			relative: 'February 19 this year',
			resolvedFrom: '26 February 2025'
		});
		expect(event('sovereignty-day-2024').accounts[0]).toMatchObject({
			date: '2024',
			precision: 'year',
			relative: 'Last year'
		});
		expect(event('turkish-parliament-2025').accounts[0]!.date).toBe('2025-02-24');
		expect(event('kizilcahamam-2025').accounts[0]!.date).toBe('2025-02-25');
		// The 2013 article is dated only by inference, to the month: so is its "Today".
		expect(event('anniversary-2013').accounts[0]).toMatchObject({
			date: '2013-02',
			precision: 'month',
			resolvedFrom: 'February 2013 (inferred)'
		});
	});

	it('runs from 1991 to 2026, in date order', () => {
		const first = content.timeline[0]!;
		const last = content.timeline.at(-1)!;
		expect(first.id).toBe('blockade-1991');
		expect(last.id).toBe('anniversary-2026');
	});

	it('links each chapter to the events it tells of', () => {
		expect(eventsOfChapter(content.timeline, 'khojaly').map((e) => e.id)).toEqual([
			'blockade-1991',
			'khojaly-night-1992'
		]);
		expect(eventsOfChapter(content.timeline, 'khankendi').map((e) => e.id)).toEqual([
			'lands-1993',
			'war-2020',
			'operation-2023',
			'flag-2023'
		]);
	});
});

describe('source pages anchor every timeline date', () => {
	it('each account has its anchor in its source’s page', () => {
		for (const source of content.sources) {
			const html = sourcePageData(source, content)
				.paragraphs.map((p) => p.html)
				.join('\n');
			for (const e of content.timeline)
				for (const a of e.accounts.filter((a) => a.source === source.id))
					expect(html).toContain(`id="${a.id}"`);
		}
	});
});

describe('bad timeline entries fail with the file, the entry and a fix', () => {
	const withTimeline = (edit: (t: string) => string) =>
		formatProblems(
			validateContent({ ...raw, timeline: { ...raw.timeline, text: edit(raw.timeline.text) } })
				.problems
		);

	it('a phrase that is not verbatim', () => {
		const text = withTimeline((t) =>
			replaceOnce(t, 'under blockade since October 1991', 'under siege since October 1991')
		);
		expect(text).toContain(
			'content/timeline.yaml › timeline[0] "blockade-1991" › accounts[0].phrase'
		);
		expect(text).toContain('not verbatim in source "trend-2026-02-26"');
		expect(text).toContain('closest sentence in the source');
	});

	it('a date the phrase does not state', () => {
		const text = withTimeline((t) => replaceOnce(t, 'date: 1991-10', 'date: 1991-11'));
		expect(text).toContain('timeline[0] "blockade-1991" › accounts[0].date');
		expect(text).toContain('the phrase does not state 1991-11 (month)');
		expect(text).toContain('the phrase states October 1991 (1991-10, month)');
	});

	it('a precision finer than the date is written', () => {
		const text = withTimeline((t) =>
			replaceOnce(t, 'date: 1991-10\n      precision: month', 'date: 1991-10\n      precision: day')
		);
		expect(text).toContain('accounts[0].precision');
		expect(text).toContain('is not written at its precision');
	});

	it('a relative date resolved wrongly', () => {
		const text = withTimeline((t) => replaceOnce(t, 'date: 2025-02-24', 'date: 2025-02-23'));
		expect(text).toContain('"turkish-parliament-2025" › accounts[0].date');
		expect(text).toContain(
			'“on Monday” in an article of 26 February 2025 gives 2025-02-24 (day), not 2025-02-23 (day)'
		);
		expect(text).toContain('fix: write date: 2025-02-24 and precision: day');
	});

	it('“Today” resolved finer than the article’s date allows', () => {
		const text = withTimeline((t) =>
			replaceOnce(
				t,
				'date: 2013-02\n      precision: month\n      phrase: Today Azerbaijan',
				'date: 2013-02-26\n      precision: day\n      phrase: Today Azerbaijan'
			)
		);
		expect(text).toContain('gives 2013-02 (month), not 2013-02-26 (day)');
		expect(text).toContain("the article's date is February 2013 (inferred)");
	});

	it('unknown sources, places and chapters', () => {
		const text = withTimeline((t) =>
			replaceOnce(
				replaceOnce(
					t,
					'chapter: khojaly\n  places: [khojaly]',
					'chapter: nowhere\n  places: [xankandi]'
				),
				'- source: trend-2026-02-26\n      date: 1991-10',
				'- source: apa-2026\n      date: 1991-10'
			)
		);
		expect(text).toContain('unknown chapter "nowhere"');
		expect(text).toContain('unknown place id "xankandi"');
		expect(text).toContain('unknown source id "apa-2026"');
	});

	it('a judgement word in a label', () => {
		const text = withTimeline((t) =>
			replaceOnce(
				t,
				'label: Azerbaijani military operation; Khojaly comes under Azerbaijani control',
				'label: Liberation of Khojaly'
			)
		);
		expect(text).toContain('"operation-2023" › label');
		expect(text).toContain('“Liberation” is a word that carries one side');
	});
});

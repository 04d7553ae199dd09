import { describe, expect, it } from 'vitest';
import { isVerbatim } from '../../src/lib/content/text';
import { formatDate } from '../../src/lib/content/dates';
import { formatProblems, passageId, validateContent } from '../../src/lib/content/validate';
import { realContent, replaceOnce, withChapter } from './content-fixture';

const raw = realContent();

function problemsOf(content = raw) {
	const result = validateContent(content);
	return { ...result, text: formatProblems(result.problems) };
}

describe('the story content', () => {
	const { content, problems } = validateContent(raw);

	it('validates without problems', () => {
		expect(formatProblems(problems)).toBe('');
		expect(content).not.toBeNull();
	});

	it('quotes every passage verbatim from its source body', () => {
		for (const chapter of content!.chapters)
			for (const passage of chapter.passages) {
				const source = content!.sources.find((s) => s.id === passage.sourceId)!;
				expect(isVerbatim(passage.quote, source.body), `${chapter.slug}: ${passage.quote}`).toBe(
					true
				);
			}
	});

	it('has the six place chapters, plus an introduction, a return and the recognition map', () => {
		const slugs = content!.chapters.map((c) => c.slug);
		for (const slug of ['khojaly', 'aghdam', 'khankendi', 'shusha', 'baku', 'ankara'])
			expect(slugs).toContain(slug);
		expect(slugs[0]).toBe('introduction');
		expect(slugs.slice(-2)).toEqual(['return-and-recognition', 'recognition']);
		expect(new Set(slugs).size).toBe(slugs.length);
	});

	it('tells 1992 first, then what came after, then the commemorations', () => {
		const order = content!.chapters.map((c) => c.slug);
		expect(order.indexOf('khojaly')).toBeLessThan(order.indexOf('aghdam'));
		expect(order.indexOf('aghdam')).toBeLessThan(order.indexOf('khankendi'));
		expect(order.indexOf('khankendi')).toBeLessThan(order.indexOf('baku'));
		expect(order.indexOf('baku')).toBeLessThan(order.indexOf('ankara'));
	});

	it('gives every place on the map a chapter that shows it', () => {
		for (const place of content!.places) expect(place.coveredBy, place.id).not.toBeNull();
		const own = content!.places.filter((p) => p.chapterSlug).map((p) => p.id);
		expect(own.sort()).toEqual(['aghdam', 'ankara', 'baku', 'khankendi', 'khojaly', 'shusha']);
	});

	it('attributes each source only as its text names it', () => {
		const byId = Object.fromEntries(content!.sources.map((s) => [s.id, s]));
		expect(byId['trend-2026-02-26']!.outletLabel).toBe('Trend');
		expect(byId['mina-2025-02-25']!.outletLabel).toBe('Mi’raj News Agency (MINA)');
		// The embassy's text, carried by MINA, is cited as the embassy's.
		expect(byId['mina-2025-02-25']!.attribution).toBe(
			'Embassy of Azerbaijan to Indonesia in Jakarta, carried by Mi’raj News Agency (MINA)'
		);
		expect(byId['trend-2026-02-26']!.attribution).toBe('Trend');
		expect(byId['walaw-2025-02-26']!.outletLabel).toBe('walaw.press');
		expect(byId['unnamed-2013']!.outlet).toBeNull();
		expect(byId['unnamed-2013']!.outletLabel).toBe('unnamed Azerbaijani outlet');
		expect(byId['unnamed-2013']!.dateLabel).toBe('February 2013 (inferred)');
		expect(byId['unnamed-2025-02-26']!.outlet).toBeNull();
	});

	it('keeps tickers, cookie notices, prayer times and teasers out of every body', () => {
		const bodies = content!.sources.map((s) => s.body).join('\n');
		for (const boilerplate of [
			'Breaking 08:30',
			'uses cookies',
			'Fajr',
			'Read more',
			'Leave a review',
			'Follow us on social networks',
			'News Line',
			'Source: Embassy'
		])
			expect(bodies).not.toContain(boilerplate);
	});
});

describe('bad content fails with the file, the entry and a fix', () => {
	it('a quote that is not verbatim names the chapter, the passage and the closest sentence', () => {
		const bad = withChapter(raw, '03-aghdam.yaml', (t) =>
			replaceOnce(t, 'around 2,500 residents attempted', 'about 2,500 residents tried')
		);
		const { content, text } = problemsOf(bad);
		expect(content).toBeNull();
		expect(text).toContain('content/chapters/03-aghdam.yaml › passages[0].quote');
		expect(text).toContain('not verbatim in source "mina-2025-02-25"');
		expect(text).toContain(
			'closest sentence in the source: "As the assault unfolded, around 2,500 residents attempted to escape'
		);
	});

	it('a quote taken from a ticker or cookie notice is refused as outside the body', () => {
		const bad = withChapter(raw, '01-introduction.yaml', (t) =>
			replaceOnce(
				t,
				'  - source: mina-2025-02-25\n',
				'  - source: walaw-2025-02-26\n    quote: This website, walaw.press, uses cookies to provide you with a good browsing experience\n  - source: mina-2025-02-25\n'
			)
		);
		const { text } = problemsOf(bad);
		expect(text).toContain('01-introduction.yaml › passages[1].quote');
		expect(text).toContain('outside the article body of "walaw-2025-02-26"');
	});

	it('an unknown source id lists the known ids', () => {
		const bad = withChapter(raw, '07-baku.yaml', (t) =>
			replaceOnce(t, 'source: unnamed-2013', 'source: reuters-2013')
		);
		const { text } = problemsOf(bad);
		expect(text).toContain('07-baku.yaml › passages[0].source');
		expect(text).toContain('unknown source id "reuters-2013"');
		expect(text).toMatch(/known source ids: .*mina-2025-02-25.*trend-2026-02-26/);
	});

	it('an unknown place id lists the known ids', () => {
		const bad = withChapter(raw, '07-baku.yaml', (t) =>
			replaceOnce(t, 'places: [baku, khatai]', 'places: [baku, sumgait]')
		);
		const { text } = problemsOf(bad);
		expect(text).toContain('07-baku.yaml › places[1]');
		expect(text).toContain('unknown place id "sumgait"');
		expect(text).toMatch(/known place ids: aghdam, ankara, baku/);
	});

	it('a duplicate slug names both files', () => {
		const bad = withChapter(raw, '06-shusha.yaml', (t) =>
			replaceOnce(t, 'slug: shusha', 'slug: khankendi')
		);
		const { text } = problemsOf(bad);
		expect(text).toContain(
			'duplicate slug "khankendi", also used by content/chapters/05-khankendi.yaml'
		);
	});

	it('camera values out of range name the field', () => {
		const bad = withChapter(raw, '02-khojaly.yaml', (t) =>
			replaceOnce(replaceOnce(t, 'zoom: 10.3', 'zoom: 25'), 'pitch: 45', 'pitch: 85')
		);
		const { text } = problemsOf(bad);
		expect(text).toContain('02-khojaly.yaml');
		expect(text).toContain('zoom must be ≤ 18');
	});

	it('a camera that would leave a chapter’s place off a phone’s map names the place and the fix', () => {
		const bad = withChapter(raw, '06-shusha.yaml', (t) => replaceOnce(t, 'zoom: 9.7', 'zoom: 11'));
		const { text } = problemsOf(bad);
		expect(text).toContain('06-shusha.yaml › camera');
		expect(text).toMatch(/on a phone's map, .*"Aghdam".* would be out of view/);
		expect(text).toContain('lower camera.zoom (now 11)');
	});

	it('swapped camera coordinates are caught and the hint says so', () => {
		const bad = withChapter(raw, '07-baku.yaml', (t) =>
			replaceOnce(t, 'center: [49.885, 40.39]', 'center: [40.39, 149.885]')
		);
		const { text } = problemsOf(bad);
		expect(text).toContain('latitude must be ≤ 90');
		expect(text).toContain('[longitude, latitude]');
	});

	it('a place chapter must quote a passage that names its place', () => {
		const bad = withChapter(raw, '06-shusha.yaml', (t) => {
			const start = t.indexOf('  - source: unnamed-2025-02-26\n    quote: >-\n      In Shusha');
			const next = t.indexOf('  - source:', start + 10);
			return t.slice(0, start) + t.slice(next);
		});
		const { text } = problemsOf(bad);
		expect(text).toContain('06-shusha.yaml › passages');
		expect(text).toContain('no passage names the chapter\'s place "Shusha"');
	});

	it('a quoted phrase in our narrative must be verbatim too', () => {
		const bad = withChapter(raw, '04-the-count.yaml', (t) =>
			replaceOnce(t, '“seriously injured”', '“severely injured”')
		);
		const { text } = problemsOf(bad);
		expect(text).toContain('04-the-count.yaml › narrative[1]');
		expect(text).toContain('“severely injured” is not verbatim in any source');
	});

	it('a missing field is named with a hint to add it', () => {
		const bad = withChapter(raw, '08-ankara.yaml', (t) => t.replace(/^title: .*\n/m, ''));
		const { text } = problemsOf(bad);
		expect(text).toContain('08-ankara.yaml');
		expect(text).toContain('title');
		expect(text).toContain('add the missing field "title"');
	});

	it('an unknown field is named', () => {
		const bad = withChapter(raw, '08-ankara.yaml', (t) => t.replace('kicker:', 'kickr:'));
		const { text } = problemsOf(bad);
		expect(text).toContain('unknown field(s) kickr');
	});

	it('a slug that does not match the file name is named', () => {
		const bad = withChapter(raw, '08-ankara.yaml', (t) =>
			replaceOnce(t, 'slug: ankara', 'slug: turkiye')
		);
		const { text } = problemsOf(bad);
		expect(text).toContain('slug "turkiye" does not match the file name "08-ankara.yaml"');
	});

	it('place coordinates out of range or swapped name the feature', () => {
		const bad = {
			...raw,
			places: {
				...raw.places,
				text: raw.places.text.replace('[46.92736, 39.99096]', '[46.92736, 139.99096]')
			}
		};
		const { text } = problemsOf(bad);
		expect(text).toContain('geodata/places.geojson › features[1] "aghdam"');
		expect(text).toContain('latitude must be ≤ 90');
	});

	it('a body marker missing from the source file is named', () => {
		const bad = {
			...raw,
			sourcesIndex: {
				...raw.sourcesIndex,
				text: raw.sourcesIndex.text.replace(
					'bodyStart: BAKU, Azerbaijan, February 26.',
					'bodyStart: BAKU, Azerbaijan, February 27.'
				)
			}
		};
		const { text } = problemsOf(bad);
		expect(text).toContain('content/sources/sources.yaml › sources[1] "trend-2026-02-26"');
		expect(text).toContain('bodyStart: does not occur in the file');
	});

	it('reports every problem at once', () => {
		let bad = withChapter(raw, '07-baku.yaml', (t) =>
			replaceOnce(t, 'source: unnamed-2013', 'source: nope')
		);
		bad = withChapter(bad, '08-ankara.yaml', (t) =>
			replaceOnce(t, 'places: [ankara, kizilcahamam]', 'places: [ankara, istanbul]')
		);
		expect(problemsOf(bad).problems.length).toBeGreaterThanOrEqual(2);
	});
});

describe('formatting helpers', () => {
	it('formats full and month-only dates', () => {
		expect(formatDate('2025-02-26')).toBe('26 February 2025');
		expect(formatDate('2013-02')).toBe('February 2013');
	});
	it('gives passages stable ids that ignore whitespace', () => {
		expect(passageId('trend', 'a  b\nc')).toBe(passageId('trend', 'a b c'));
		expect(passageId('trend', 'a b c')).not.toBe(passageId('trend', 'a b d'));
	});
});

describe('the standards check fails on the wording it replaced', () => {
	const edit = (
		file: keyof Pick<typeof raw, 'figures' | 'sourcesIndex'>,
		from: string,
		to: string
	) => ({
		...raw,
		[file]: { ...raw[file], text: replaceOnce(raw[file].text, from, to) }
	});

	it('“liberation” in our own voice (chapter 5)', () => {
		const { text } = problemsOf(
			withChapter(raw, '05-khankendi.yaml', (t) =>
				replaceOnce(
					t,
					'both articles call it a “liberation”, and the word is theirs.',
					'The articles call this a liberation; the word is theirs.'
				)
			)
		);
		expect(text).toContain('05-khankendi.yaml › narrative[1]');
		expect(text).toContain('“liberation” is a word that carries one side');
		expect(text).toContain('say whose word it is and quote it verbatim');
	});

	it('“genocide” in our own voice (chapter 9, its narrative and its description)', () => {
		const { text } = problemsOf(
			withChapter(raw, '09-return-and-recognition.yaml', (t) =>
				replaceOnce(
					replaceOnce(
						t,
						'The articles do not use the same word for the killings.',
						'The articles call the killings a genocide and report a campaign for international recognition.'
					),
					'The five articles on the 1992 killings differ on what to call them.',
					'The articles press for the killings to be recognised as genocide.'
				)
			)
		);
		expect(text).toContain('09-return-and-recognition.yaml › narrative[1]');
		expect(text).toContain('09-return-and-recognition.yaml › description');
		expect(text).toContain('“genocide” is a word that carries one side');
	});

	it('the embassy’s statement credited to MINA (chapter 3)', () => {
		const { text } = problemsOf(
			withChapter(raw, '03-aghdam.yaml', (t) =>
				replaceOnce(
					t,
					"According to the embassy's statement carried by MINA, around",
					'According to MINA, around'
				)
			)
		);
		expect(text).toContain('03-aghdam.yaml › narrative[1]');
		expect(text).toContain(
			'credits MINA with a text that Embassy of Azerbaijan to Indonesia in Jakarta issued'
		);
		expect(text).toContain(
			'fix: credit the issuer: write "the embassy\'s statement carried by MINA"'
		);
	});

	it('a direction the coordinates contradict (chapter 3: Aghdam lies north-east of Khojaly)', () => {
		const { text } = problemsOf(
			withChapter(raw, '03-aghdam.yaml', (t) =>
				replaceOnce(
					t,
					'  - Three of the articles describe',
					'  - Aghdam lies east of Khojaly, across open country. Three of the articles describe'
				)
			)
		);
		expect(text).toContain('03-aghdam.yaml › narrative[0]');
		expect(text).toMatch(/Aghdam lies north-east of Khojaly \(bearing 5\d°\)/);
	});

	it('a number of people without its source', () => {
		const { text } = problemsOf(
			withChapter(raw, '03-aghdam.yaml', (t) =>
				replaceOnce(
					t,
					"According to the embassy's statement carried by MINA, around 2,500",
					'Around 2,500'
				)
			)
		);
		expect(text).toContain('03-aghdam.yaml › narrative[1]');
		expect(text).toContain('gives a number of people (2,500) without saying whose figure it is');
	});

	it('“genocide” in a figure label and in a source note', () => {
		const figures = problemsOf(
			edit(
				'figures',
				'label: Countries that “have either recognized the massacre as genocide or condemned the killings”',
				'label: Countries that have recognised the massacre as genocide or condemned the killings'
			)
		);
		expect(figures.text).toContain('content/figures.yaml › figures[');
		expect(figures.text).toContain('"recognising-countries" › label');
		const sources = problemsOf(
			edit(
				'sourcesIndex',
				'The report names itself (“the victims of the Khojaly genocide, Trend reports.”).',
				'The report names itself (…the victims of the Khojaly genocide, Trend reports).'
			)
		);
		expect(sources.text).toContain('sources[1] "trend-2026-02-26" › outletNote');
	});

	it('allows the proper names the articles use', () => {
		const { problems } = problemsOf(
			withChapter(raw, '07-baku.yaml', (t) =>
				replaceOnce(
					t,
					'at the memorial to the victims of Khojaly',
					'at the Khojaly Genocide Memorial'
				)
			)
		);
		expect(formatProblems(problems)).toBe('');
	});
});

describe('the site’s own copy', () => {
	it('is checked like the content files', () => {
		const { text } = problemsOf({
			...raw,
			siteCopy: {
				...raw.siteCopy,
				entries: { ...raw.siteCopy.entries, 'SITE.dek': 'The victims of the genocide.' }
			}
		});
		expect(text).toContain('src/lib/site.ts › SITE.dek');
		expect(text).toContain('“genocide” is a word that carries one side');
	});

	it('states the years the data holds: the timeline’s events, the articles’ dates', () => {
		// Copy left behind by the data (as if a writer had added an event of 1990 and an article of 2012).
		const { text } = problemsOf({
			...raw,
			timelineCopy: {
				...raw.timelineCopy,
				entries: { ...raw.timelineCopy.entries, 'TIMELINE_PAGE.kicker': 'A timeline, 1990 – 2026' }
			},
			stripCopy: { ...raw.stripCopy, entries: { ALL_DATES: 'Every date, from 1991 to 2025' } },
			siteCopy: {
				...raw.siteCopy,
				entries: {
					...raw.siteCopy.entries,
					'SITE.dek': 'Five news articles, written between 2012 and 2026, tell of it.'
				}
			}
		});
		expect(text).toContain('src/lib/timeline/copy.ts › TIMELINE_PAGE.kicker');
		expect(text).toContain(
			'states 1990 to 2026 (“1990 – 2026”); the years of the timeline’s events (content/timeline.yaml) run from 1991 to 2026'
		);
		expect(text).toContain('src/lib/timeline/strip.ts › ALL_DATES');
		expect(text).toContain('write 1991 and 2026 in “1991 to 2025”');
		expect(text).toContain('src/lib/site.ts › SITE.dek');
		expect(text).toContain(
			'the years the articles were written (content/sources/sources.yaml) run from 2013 to 2026'
		);
		expect(text).not.toContain('TIMELINE_PAGE.description');
		// The real copy holds the real years.
		expect(problemsOf(raw).text).toBe('');
	});
});

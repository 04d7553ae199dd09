import { describe, expect, it } from 'vitest';
import { summarizeRow } from '../../src/lib/content/figures';
import { mentionsOf } from '../../src/lib/content/mentions-index';
import { isVerbatim } from '../../src/lib/content/text';
import { formatProblems, validateContent } from '../../src/lib/content/validate';
import { sourcePageData } from '../../src/lib/server/derived';
import { realContent, replaceOnce } from './content-fixture';

const raw = realContent();
const content = validateContent(raw).content!;
const sourceById = new Map(content.sources.map((s) => [s.id, s]));
const figure = (id: string) => content.figures.find((f) => f.id === id)!;

describe('the figures table', () => {
	it('quotes every figure verbatim from its source body', () => {
		for (const row of content.figures)
			for (const cell of row.cells)
				expect(
					isVerbatim(cell.phrase, sourceById.get(cell.source)!.body),
					`${row.id}/${cell.source}`
				).toBe(true);
	});

	it('marks the disagreements the articles contain', () => {
		expect(summarizeRow(figure('children-killed'), sourceById).text).toBe(
			'The articles disagree: 63 in four; 83 in one (the unnamed outlet of 2013).'
		);
		expect(summarizeRow(figure('missing'), sourceById).text).toMatch(
			/^The articles disagree: 150 in three; 197 in one \(the unnamed outlet of 2025\)\. Trend gives no number\./
		);
		const wounded = summarizeRow(figure('wounded'), sourceById);
		expect(wounded.agreement).toBe('disagree');
		expect(wounded.text).toContain('“seriously injured” (walaw.press)');
		expect(wounded.text).toContain(
			"“permanent disability” (the embassy's statement carried by MINA)"
		);
	});

	it('says where the articles agree', () => {
		expect(summarizeRow(figure('killed'), sourceById)).toEqual({
			agreement: 'agree',
			text: 'All five articles agree: 613.'
		});
		expect(summarizeRow(figure('women-killed'), sourceById).agreement).toBe('agree');
		expect(summarizeRow(figure('captive'), sourceById).agreement).toBe('worded-differently');
	});
});

describe('bad figures fail with the file, the entry and a fix', () => {
	const withFigures = (edit: (t: string) => string) => ({
		...raw,
		figures: { ...raw.figures, text: edit(raw.figures.text) }
	});

	it('a phrase that is not verbatim', () => {
		const text = formatProblems(
			validateContent(
				withFigures((t) => replaceOnce(t, '150 remain missing', '150 are still missing'))
			).problems
		);
		expect(text).toContain('content/figures.yaml › figures[7] "missing" › cells[0].phrase');
		expect(text).toContain('not verbatim in source "walaw-2025-02-26"');
		expect(text).toContain('closest sentence in the source');
	});

	it('a value the phrase does not state', () => {
		const text = formatProblems(
			validateContent(withFigures((t) => replaceOnce(t, 'value: 197', 'value: 179'))).problems
		);
		expect(text).toContain('cells[4].value');
		expect(text).toContain('the phrase does not state the value 179');
		expect(text).toContain('the phrase states 197');
	});

	it('an unknown source', () => {
		const text = formatProblems(
			validateContent(
				withFigures((t) =>
					replaceOnce(t, '{ source: trend-2026-02-26, value: 25', '{ source: apa-2026, value: 25')
				)
			).problems
		);
		expect(text).toContain('unknown source id "apa-2026"');
		expect(text).toMatch(/known source ids: mina-2025-02-25/);
	});
});

describe('source pages', () => {
	it('anchor every passage and figure the site quotes from each article', () => {
		for (const source of content.sources) {
			const { paragraphs } = sourcePageData(source, content);
			const html = paragraphs.map((p) => p.html).join('\n');
			for (const chapter of content.chapters)
				for (const passage of chapter.passages.filter((p) => p.sourceId === source.id))
					expect(html).toContain(`id="${passage.id}"`);
			for (const row of content.figures)
				for (const cell of row.cells.filter((c) => c.source === source.id))
					expect(html).toContain(`id="${cell.id}"`);
			expect(html).toContain('href="/chapters/');
		}
	});

	it('never show the tickers, notices and teasers around the article', () => {
		const walaw = sourcePageData(sourceById.get('walaw-2025-02-26')!, content)
			.paragraphs.map((p) => p.html)
			.join('');
		expect(walaw).not.toContain('Breaking');
		expect(walaw).not.toContain('cookies');
		expect(walaw).not.toContain('Fajr');
	});
});

describe('the mention index', () => {
	const place = (id: string) => content.places.find((p) => p.id === id)!;

	it('finds every sentence naming a place, in every spelling', () => {
		const aghdam = mentionsOf(place('aghdam'), content.sources);
		expect(aghdam.map((m) => m.sourceId).sort()).toEqual(['unnamed-2013', 'unnamed-2025-02-26']);
		expect(aghdam.some((m) => m.sentence.includes('Agdam'))).toBe(true);
		expect(aghdam.some((m) => m.sentence.includes('Aghdam'))).toBe(true);
	});

	it('counts the mentions of each place', () => {
		const counts = Object.fromEntries(
			content.places.map((p) => [p.id, mentionsOf(p, content.sources).length])
		);
		expect(counts.khojaly).toBeGreaterThan(30);
		expect(counts.shusha).toBe(1);
		expect(counts.ankara).toBe(1);
		expect(counts.kizilcahamam).toBe(1);
		expect(counts.ballija).toBe(2);
		expect(counts.baku).toBe(2);
		expect(counts.khatai).toBe(2);
		expect(counts.khankendi).toBe(2);
	});

	it('links each mention to a paragraph that contains it', () => {
		for (const m of mentionsOf(place('khojaly'), content.sources)) {
			const { paragraphs } = sourcePageData(sourceById.get(m.sourceId)!, content);
			const paragraph = paragraphs.find((p) => p.id === m.paragraphId)!;
			expect(
				paragraph.html
					.replace(/<[^>]+>/g, '')
					.replace(/&amp;/g, '&')
					.replace(/&#39;/g, "'")
					.replace(/&quot;/g, '"')
			).toContain(m.sentence.slice(0, 30));
		}
	});
});

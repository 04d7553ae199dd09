import { parse } from 'yaml';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { voiceRulesSchema } from './schema';
import { judgementWords, namesSource, peopleCounts, voiceProblems, type OwnText } from './voice';

/** The rules as a writer keeps them: the real content/voice.yaml. */
const rules = voiceRulesSchema.parse(parse(readFileSync('content/voice.yaml', 'utf8')));
const verbatim = (phrases: string[]) => (phrase: string) => phrases.includes(phrase);
const none = verbatim([]);

describe('judgementWords', () => {
	it('finds a judgement word in our own voice, in any case and form', () => {
		expect(judgementWords('The area was occupied for decades.', rules, none)).toEqual([
			{ word: 'occupation', found: 'occupied' }
		]);
		expect(judgementWords('Genocide, they say.', rules, none)).toEqual([
			{ word: 'genocide', found: 'Genocide' }
		]);
		expect(judgementWords('the liberated areas and their liberators', rules, none)).toEqual([
			{ word: 'liberation', found: 'liberated' },
			{ word: 'liberation', found: 'liberators' }
		]);
	});

	it('allows the word inside a curly quote that is verbatim in a source', () => {
		const isVerbatim = verbatim(['nearly three decades of Armenian occupation']);
		expect(
			judgementWords('It ended “nearly three decades of Armenian occupation”.', rules, isVerbatim)
		).toEqual([]);
	});

	it('does not excuse a curly quote that no source contains', () => {
		expect(judgementWords('It calls it “a liberation at last”.', rules, none)).toEqual([
			{ word: 'liberation', found: 'liberation' }
		]);
	});

	it('allows the proper names the articles use, as written', () => {
		expect(
			judgementWords('A crowd gathers at the Khojaly Genocide Memorial in Baku.', rules, none)
		).toEqual([]);
		expect(judgementWords('the “Day of the Khojaly Genocide”', rules, none)).toEqual([]);
		// The same words, not as the name: ours.
		expect(judgementWords('a memorial to the Khojaly genocide', rules, none)).toHaveLength(1);
	});

	it('matches whole words only', () => {
		expect(judgementWords('The enemyless plain; a martyrology', rules, none)).toEqual([]);
		expect(judgementWords('“local anti-terrorist operations”', rules, none)).toEqual([
			{ word: 'terrorist', found: 'anti-terrorist' }
		]);
	});
});

describe('peopleCounts', () => {
	it('finds numbers of people', () => {
		expect(peopleCounts('613 people were killed.', rules)).toEqual(['613']);
		expect(peopleCounts('around 2,500 residents tried to escape', rules)).toEqual(['2,500']);
		expect(peopleCounts('the fate of 150 of them is unknown', rules)).toEqual(['150']);
		expect(peopleCounts('106 of them women', rules)).toEqual(['106']);
		expect(peopleCounts('it claimed hundreds of civilian lives', rules)).toEqual(['hundreds']);
	});

	it('ignores years, dates, ordinals and compounds', () => {
		expect(peopleCounts('On 19 and 20 September 2023, in a 44-day war,', rules)).toEqual([]);
		expect(peopleCounts('the 366th regiment in 1992', rules)).toEqual([]);
		expect(peopleCounts('Two articles twelve years apart', rules)).toEqual([]);
	});
});

describe('namesSource', () => {
	it('accepts "according to", "the articles" and a source name', () => {
		const markers = [...rules.attribution, 'Trend', 'MINA'];
		expect(namesSource('According to Trend, 613 people died.', markers)).toBe(true);
		expect(namesSource('All five articles give 613.', markers)).toBe(true);
		expect(namesSource('MINA gives 150.', markers)).toBe(true);
		expect(namesSource('613 people died.', markers)).toBe(false);
		// A name inside another word is no attribution.
		expect(namesSource('Trendy figures: 613 people.', markers)).toBe(false);
	});
});

describe('voiceProblems', () => {
	const context = (sourceNames: string[] = [], isVerbatimQuote = none) => ({
		rules,
		sourceNames,
		carried: [
			{
				carrier: ['Mi’raj News Agency (MINA)', 'MINA'],
				issuer: ['Embassy of Azerbaijan to Indonesia in Jakarta', 'Embassy'],
				shortName: 'the embassy’s statement carried by MINA'
			}
		],
		isVerbatimQuote
	});
	const text = (text: string, attributeFigures = true): OwnText => ({
		file: 'content/chapters/03-aghdam.yaml',
		entry: 'narrative[1]',
		text,
		attributeFigures
	});

	it('names the file, the entry, the word and the fix', () => {
		const [problem] = voiceProblems([text('The articles call this a liberation.')], context());
		expect(problem).toMatchObject({
			file: 'content/chapters/03-aghdam.yaml',
			entry: 'narrative[1]'
		});
		expect(problem!.message).toContain('“liberation”');
		expect(problem!.hint).toContain('say whose word it is');
	});

	it('asks a sentence with a number of people to name its source', () => {
		const problems = voiceProblems(
			[text('Around 2,500 residents tried to escape. According to Trend, they were ambushed.')],
			context(['Trend'])
		);
		expect(problems).toHaveLength(1);
		expect(problems[0]!.message).toContain('“Around 2,500 residents tried to escape.”');
		expect(problems[0]!.hint).toContain('according to');
	});

	it('passes an attributed figure, and does not ask titles for attribution', () => {
		expect(
			voiceProblems(
				[text('According to Trend, around 2,500 residents tried to escape.')],
				context(['Trend'])
			)
		).toEqual([]);
		expect(voiceProblems([text('613 people', false)], context())).toEqual([]);
	});

	it('credits the issuer of a text an outlet carried, not the outlet', () => {
		const [problem, ...rest] = voiceProblems(
			[text('According to MINA, around 2,500 residents tried to escape.')],
			context(['MINA'])
		);
		expect(rest).toEqual([]);
		expect(problem!.message).toContain('credits MINA with a text that Embassy of Azerbaijan');
		expect(problem!.hint).toContain('the embassy’s statement carried by MINA');
		expect(
			voiceProblems(
				[text('According to the embassy’s statement carried by MINA, 2,500 residents fled.')],
				context(['MINA'])
			)
		).toEqual([]);
		// The source list's own notes name the outlet as what it is.
		expect(
			voiceProblems([{ ...text('Mi’raj News Agency (MINA)'), checkCarriers: false }], context())
		).toEqual([]);
	});
});

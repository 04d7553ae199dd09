/**
 * Our own voice, checked. The articles are partisan; the story quotes them and says who is
 * speaking. Two rules over every sentence we write ourselves (the rules' words are in
 * content/voice.yaml):
 *  - a word that carries one side's judgement appears only inside a verbatim “curly quote” or a
 *    proper name the articles use;
 *  - a narrative sentence that gives a number of people names its source.
 * Pure: the caller gathers the texts and says which phrases are verbatim.
 */
import type { z } from 'zod';
import type { voiceRulesSchema } from './schema';
import { sentences } from './text';
import type { Problem } from './types';

/** content/voice.yaml, as its schema reads it. */
export type VoiceRules = z.infer<typeof voiceRulesSchema>;

/** A piece of text in our own voice, with where it comes from. */
export interface OwnText {
	file: string;
	entry: string;
	text: string;
	/** Narrative (and descriptions) must also attribute every number of people. */
	attributeFigures?: boolean;
	/** False for the source list's own notes, which name each outlet as what it is. */
	checkCarriers?: boolean;
}

/** A text one body issued and an outlet carried (an embassy's statement carried by MINA). */
export interface CarriedText {
	/** The names of the outlet that carried it: "Mi’raj News Agency (MINA)", "MINA". */
	carrier: string[];
	/** Names that credit the issuer: "Embassy of Azerbaijan to Indonesia in Jakarta", "embassy". */
	issuer: string[];
	/** What to write instead: "the embassy's statement carried by MINA". */
	shortName: string;
}

function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Matches `phrase` as whole words: no letter, digit or hyphen joined on either side. */
function wholeWords(phrase: string, flags = 'giu'): RegExp {
	return new RegExp(`(?<![\\p{L}\\p{N}-])${escapeRegExp(phrase)}(?![\\p{L}\\p{N}]|-\\p{L})`, flags);
}

/** Blanks out a match, keeping offsets (so later matches still point into the same text). */
const blank = (match: string) => ' '.repeat(match.length);

/**
 * Our text with the words that are not ours blanked out: “curly-quoted” phrases that are
 * verbatim in a source, and the proper names the rules allow (matched as written).
 */
export function ownWords(
	text: string,
	rules: Pick<VoiceRules, 'properNames'>,
	isVerbatimQuote: (phrase: string) => boolean
): string {
	let own = text.replace(/“([^”]+)”/gu, (match, phrase: string) =>
		isVerbatimQuote(phrase) ? blank(match) : match
	);
	for (const name of rules.properNames) own = own.replace(wholeWords(name, 'gu'), blank);
	return own;
}

/** The judgement words (as written) in our own part of `text`. */
export function judgementWords(
	text: string,
	rules: Pick<VoiceRules, 'words' | 'properNames'>,
	isVerbatimQuote: (phrase: string) => boolean
): { word: string; found: string }[] {
	const own = ownWords(text, rules, isVerbatimQuote);
	const hits: { word: string; found: string }[] = [];
	for (const { word, forms } of rules.words)
		for (const form of forms)
			for (const match of own.matchAll(wholeWords(form)))
				if (!hits.some((h) => h.found.toLowerCase() === match[0].toLowerCase()))
					hits.push({ word, found: match[0] });
	return hits;
}

const NUMBER = /(?<![\p{L}\p{N},.-])(?:\d{1,3}(?:,\d{3})+|\d+)(?![\p{L}\p{N}]|[.,]\d|-\p{L})/gu;
const NUMBER_WORDS = /(?<![\p{L}-])(?:hundreds|thousands|dozens|a thousand)(?![\p{L}-])/giu;

/**
 * The numbers of people a sentence gives: a number ("613", "1,275", "hundreds") followed within
 * three words by one of the rules' people words ("613 people", "150 of them", "63 in four
 * articles" does not count: "in" is no person). Years, dates and "44-day" are not counts.
 */
export function peopleCounts(sentence: string, rules: Pick<VoiceRules, 'people'>): string[] {
	const people = rules.people.map((word) => wholeWords(word, 'iu'));
	const counts: string[] = [];
	for (const match of [...sentence.matchAll(NUMBER), ...sentence.matchAll(NUMBER_WORDS)]) {
		const after = sentence.slice((match.index ?? 0) + match[0].length);
		const next = after.match(/^(?:[\s,]+(?:of\s+)?[\p{L}’'-]+){1,3}/u)?.[0] ?? '';
		if (people.some((word) => word.test(next))) counts.push(match[0]);
	}
	return counts;
}

/** True when the sentence names a source: an attribution phrase or a source's name. */
export function namesSource(sentence: string, markers: string[]): boolean {
	return markers.some((marker) => wholeWords(marker, 'iu').test(sentence));
}

export interface VoiceContext {
	rules: VoiceRules;
	/** Every name a sentence may cite an article by. */
	sourceNames: string[];
	carried: CarriedText[];
	isVerbatimQuote: (phrase: string) => boolean;
}

/** Every problem with our own texts, each naming the file, the entry, the words and the fix. */
export function voiceProblems(texts: OwnText[], context: VoiceContext): Problem[] {
	const { rules, sourceNames, carried, isVerbatimQuote } = context;
	const problems: Problem[] = [];
	const markers = [...rules.attribution, ...sourceNames];
	for (const { file, entry, text, attributeFigures, checkCarriers = true } of texts) {
		if (checkCarriers)
			for (const sentence of sentences(text))
				for (const { carrier, issuer, shortName } of carried)
					if (namesSource(sentence, carrier) && !namesSource(sentence, issuer))
						problems.push({
							file,
							entry,
							message: `the sentence “${sentence}” credits ${carrier.at(-1)} with a text that ${issuer[0]} issued`,
							hint: `credit the issuer: write "${shortName}"`
						});
		for (const { word, found } of judgementWords(text, rules, isVerbatimQuote))
			problems.push({
				file,
				entry,
				message: `“${found}” is a word that carries one side's judgement (${word}), here in our own voice`,
				hint: `say whose word it is and quote it verbatim ('<the article> calls it “${found}”'), or use a neutral word; proper names the articles use are allowed in content/voice.yaml`
			});
		if (!attributeFigures) continue;
		for (const sentence of sentences(text)) {
			const counts = peopleCounts(sentence, rules);
			if (counts.length > 0 && !namesSource(sentence, markers))
				problems.push({
					file,
					entry,
					message: `the sentence “${sentence}” gives a number of people (${counts.join(', ')}) without saying whose figure it is`,
					hint: 'name the source in the same sentence: "according to Trend …", an outlet\'s name, or "the articles"'
				});
		}
	}
	return problems;
}

import { describe, expect, it } from 'vitest';
import { closestSentence, findBody, foldWhitespace, isVerbatim, namesAny, sentences } from './text';

describe('foldWhitespace', () => {
	it('folds runs of spaces, tabs, newlines and non-breaking spaces', () => {
		expect(foldWhitespace('  a \n\t b\u00a0 c  ')).toBe('a b c');
	});
});

describe('isVerbatim', () => {
	const body =
		'The attack began with two hours\nof intense artillery fire. Many civilians lost their lives.';
	it('accepts a quote that differs only in whitespace', () => {
		expect(isVerbatim('two hours of   intense artillery fire.', body)).toBe(true);
	});
	it('rejects a quote with a changed word or quote mark', () => {
		expect(isVerbatim('two hours of heavy artillery fire.', body)).toBe(false);
		expect(isVerbatim('Many civilians lost their lives!', body)).toBe(false);
	});
	it('rejects an empty quote', () => {
		expect(isVerbatim('   ', body)).toBe(false);
	});
});

describe('findBody', () => {
	const file =
		'TICKER 08:30 news\nHeadline\nBody starts here. Middle. Body ends here.\nCookie notice';
	it('cuts the body between the markers, inclusive', () => {
		const bounds = findBody(file, 'Body starts here.', 'Body ends here.');
		expect('error' in bounds).toBe(false);
		if (!('error' in bounds))
			expect(file.slice(bounds.start, bounds.end)).toBe(
				'Body starts here. Middle. Body ends here.'
			);
	});
	it('names the missing or ambiguous marker', () => {
		expect(findBody(file, 'Nope', 'Body ends here.')).toMatchObject({ field: 'bodyStart' });
		expect(findBody(file, 'Body starts here.', 'Nope')).toMatchObject({ field: 'bodyEnd' });
		expect(findBody('x here. x here.', 'x here.', 'here.')).toMatchObject({
			field: 'bodyStart',
			error: expect.stringContaining('more than once')
		});
	});
});

describe('namesAny', () => {
	it('matches any spelling as a whole word, case-insensitively', () => {
		expect(
			namesAny('people trying to reach Azeri positions in Agdam, executed', ['Aghdam', 'Agdam'])
		).toBe(true);
		expect(namesAny('BAKU, Azerbaijan, February 26.', ['Baku'])).toBe(true);
		expect(namesAny("Ankara's Kızılcahamam district", ['Kızılcahamam'])).toBe(true);
	});
	it('does not match inside another word', () => {
		expect(namesAny('Bakuvian and Agdamski', ['Baku', 'Agdam'])).toBe(false);
	});
});

describe('sentences and closestSentence', () => {
	it('splits on sentence ends, keeping closing quotes', () => {
		expect(sentences('One two. “Three four.” Five 6! 7 eight?')).toEqual([
			'One two.',
			'“Three four.”',
			'Five 6!',
			'7 eight?'
		]);
	});
	it('starts a sentence at a lower-case outlet name, but not after initials', () => {
		expect(
			sentences(
				'Some 2,500 fled. walaw.press quotes a survivor. 18 countries, 24 U.S. states agree.'
			)
		).toEqual([
			'Some 2,500 fled.',
			'walaw.press quotes a survivor.',
			'18 countries, 24 U.S. states agree.'
		]);
	});
	it('suggests the sentence sharing most words with a misquote', () => {
		const body =
			'The massacre resulted in 613 deaths. Residents fled towards Aghdam through the snow.';
		expect(closestSentence('Residents fled to Aghdam in the snow', body)).toBe(
			'Residents fled towards Aghdam through the snow.'
		);
	});
});

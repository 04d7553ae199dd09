import { describe, expect, it } from 'vitest';
import { publishedBy, sourceTitle } from './citation';

const unnamed = {
	headline: null,
	issuer: null,
	outlet: null,
	outletLabel: 'unnamed Azerbaijani outlet'
};
const embassy = {
	headline: null,
	issuer: 'Embassy of Azerbaijan to Indonesia in Jakarta',
	outlet: 'Mi’raj News Agency (MINA)',
	outletLabel: 'Mi’raj News Agency (MINA)'
};

describe('naming a source', () => {
	it('quotes a headline rather than making it our title', () => {
		expect(sourceTitle({ ...unnamed, headline: 'Azerbaijan marks the 21st anniversary' })).toBe(
			'“Azerbaijan marks the 21st anniversary”'
		);
	});

	it('calls an embassy’s text a statement of the embassy, carried by the outlet', () => {
		expect(sourceTitle(embassy)).toBe(
			'Statement of the Embassy of Azerbaijan to Indonesia in Jakarta'
		);
		expect(publishedBy(embassy)).toBe(
			'the Embassy of Azerbaijan to Indonesia in Jakarta, carried by Mi’raj News Agency (MINA)'
		);
	});

	it('names an outlet, or describes an unnamed one with an article', () => {
		expect(publishedBy({ ...unnamed, outlet: 'Trend', outletLabel: 'Trend' })).toBe('Trend');
		expect(publishedBy(unnamed)).toBe('an unnamed Azerbaijani outlet');
		expect(sourceTitle(unnamed)).toBe('Article by an unnamed Azerbaijani outlet');
	});
});

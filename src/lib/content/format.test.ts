import { describe, expect, it } from 'vitest';
import { formatNumber } from './format';

describe('formatNumber', () => {
	it('groups thousands the way the articles print them', () => {
		expect(formatNumber(613)).toBe('613');
		expect(formatNumber(1187)).toBe('1,187');
		expect(formatNumber(5379)).toBe('5,379');
		expect(formatNumber(1_000_000)).toBe('1,000,000');
	});

	it('prints whole numbers as the en-GB Intl formatter it replaces does', () => {
		const intl = new Intl.NumberFormat('en-GB');
		for (const value of [0, 7, 15, 70, 269, 1000, 1187, 12_345, -4000, 987_654_321])
			expect(formatNumber(value)).toBe(intl.format(value));
	});

	it('keeps a fraction as given (the story’s numbers are whole; nothing is rounded away)', () => {
		expect(formatNumber(2500.5)).toBe('2,500.5');
	});
});

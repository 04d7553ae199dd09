import { describe, expect, it } from 'vitest';
import { formatNumber } from './format';

describe('formatNumber', () => {
	it('groups thousands the way the articles print them', () => {
		expect(formatNumber(613)).toBe('613');
		expect(formatNumber(1187)).toBe('1,187');
		expect(formatNumber(5379)).toBe('5,379');
		expect(formatNumber(1_000_000)).toBe('1,000,000');
	});

	it('prints what en-GB Intl formatting prints', () => {
		const intl = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 20 });
		for (const value of [0, 7, 15, 70, 269, 1000, 1187, 12_345, 2500.5, -4000, 987_654_321])
			expect(formatNumber(value)).toBe(intl.format(value));
	});
});

import { describe, expect, it } from 'vitest';
import { bearingDegrees, compassPoint, directionFits, directionOf } from './direction';
import type { LngLat } from './geo';

const KHOJALY: LngLat = [46.7903, 39.9108];
const AGHDAM: LngLat = [46.9284, 39.9911];
const BAKU: LngLat = [49.892, 40.3777];

describe('compass directions', () => {
	it('names the nearest of eight points', () => {
		expect(compassPoint(0)).toBe('north');
		expect(compassPoint(22)).toBe('north');
		expect(compassPoint(23)).toBe('north-east');
		expect(compassPoint(180)).toBe('south');
		expect(compassPoint(337.6)).toBe('north');
		expect(compassPoint(-90)).toBe('west');
	});

	it('computes where one place lies from another', () => {
		expect(directionOf(AGHDAM, KHOJALY)).toBe('north-east');
		expect(directionOf(KHOJALY, AGHDAM)).toBe('south-west');
		expect(directionOf(BAKU, KHOJALY)).toBe('east');
		expect(bearingDegrees(KHOJALY, AGHDAM)).toBeCloseTo(53, 0);
	});

	it('accepts a neighbouring point only near the border between them', () => {
		expect(directionFits('east', 53)).toBe(false);
		expect(directionFits('north-east', 53)).toBe(true);
		expect(directionFits('east', 60)).toBe(true);
		expect(directionFits('north', 350)).toBe(true);
		expect(directionFits('south', 350)).toBe(false);
	});
});

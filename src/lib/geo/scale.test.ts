import { describe, expect, it } from 'vitest';
import { metersPerPixel, scaleBar } from './scale';

describe('the scale bar', () => {
	it('knows how much ground a pixel covers', () => {
		// At zoom 0 a 512-px world spans the equator's 40,075 km.
		expect(metersPerPixel(0, 0)).toBeCloseTo(40_075_016.7 / 512, 0);
		// Halved at 60° north, where the parallels are half as long.
		expect(metersPerPixel(3, 60)).toBeCloseTo(metersPerPixel(3, 0) / 2, 3);
	});

	it('picks a round distance that fits, and draws it to scale', () => {
		const at = { zoom: 10.3, lat: 39.9 };
		const { km, px } = scaleBar(at.zoom, at.lat, 100);
		expect([1, 2, 5, 10, 20]).toContain(km);
		expect(px).toBeLessThanOrEqual(100);
		expect(px).toBeGreaterThan(40);
		expect((px * metersPerPixel(at.zoom, at.lat)) / 1000).toBeCloseTo(km, 6);
		expect(scaleBar(7.5, 40.2, 100)).toMatchObject({ km: 20 }); // 33 km fit: 20 km is the round one
	});
});

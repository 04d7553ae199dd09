import { MercatorCoordinate } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import {
	MAX_LATITUDE,
	mercatorX,
	mercatorY,
	pixelInViewport,
	positionAtWorldPixel,
	positionInViewport,
	tileAt,
	worldPixel,
	type LngLat
} from './projection';

const khojaly: LngLat = [46.79028, 39.91297];
const baku: LngLat = [49.89201, 40.37767];
const ankara: LngLat = [32.85427, 39.91987];
const elsewhere: LngLat[] = [
	[-122.4, 37.8],
	[151.2, -33.9],
	[0, 0],
	[179.9, 84],
	[-179.9, -84]
];

describe('the shared Web Mercator', () => {
	it('places points in the world where MapLibre does', () => {
		for (const position of [khojaly, baku, ankara, ...elsewhere]) {
			const theirs = MercatorCoordinate.fromLngLat(position);
			expect(mercatorX(position[0])).toBeCloseTo(theirs.x, 12);
			expect(mercatorY(position[1])).toBeCloseTo(theirs.y, 12);
		}
	});

	it('ends the world at MapLibre’s latitude limit', () => {
		expect(mercatorY(MAX_LATITUDE)).toBeCloseTo(0, 6);
		expect(mercatorY(89)).toBe(mercatorY(MAX_LATITUDE));
		expect(mercatorY(-89)).toBeCloseTo(1, 6);
	});

	it('names the tile holding a position as MapLibre’s tiles are numbered, edges included', () => {
		for (const position of [khojaly, baku, ankara, ...elsewhere]) {
			const theirs = MercatorCoordinate.fromLngLat(position);
			expect(tileAt(position, 8)).toEqual([Math.floor(theirs.x * 256), Math.floor(theirs.y * 256)]);
		}
		expect(tileAt([0, 0], 0)).toEqual([0, 0]);
		expect(tileAt([180, -MAX_LATITUDE], 2)).toEqual([3, 3]);
	});

	it('finds the position back from its world pixel', () => {
		for (const position of [khojaly, baku, ...elsewhere]) {
			const back = positionAtWorldPixel(worldPixel(position, 7.3), 7.3);
			expect(back[0]).toBeCloseTo(position[0], 9);
			expect(back[1]).toBeCloseTo(position[1], 9);
		}
	});
});

describe('pixelInViewport', () => {
	const viewport = { width: 400, height: 320 };
	const view = { center: [46.75, 39.91] as LngLat, zoom: 9 };

	it('puts the view’s centre in the middle of the viewport, or offsetX to its right', () => {
		expect(pixelInViewport(view, view.center, viewport)).toEqual([200, 160]);
		expect(pixelInViewport(view, view.center, viewport, 30)).toEqual([230, 160]);
	});

	it('puts places east to the right and north up, by the map’s scale', () => {
		const [x, y] = pixelInViewport(view, [46.85, 40.0], viewport);
		// 0.1° of longitude at zoom 9 with 512-px tiles: 512 · 2⁹ · 0.1 / 360 ≈ 72.8 px.
		expect(x - 200).toBeCloseTo((512 * 2 ** 9 * 0.1) / 360, 5);
		expect(y).toBeLessThan(160);
	});

	it('is undone by positionInViewport', () => {
		const back = positionInViewport(view, pixelInViewport(view, baku, viewport, 12), viewport, 12);
		expect(back[0]).toBeCloseTo(baku[0], 9);
		expect(back[1]).toBeCloseTo(baku[1], 9);
	});
});

import { describe, expect, it } from 'vitest';
import {
	boundsOf,
	cameraForBounds,
	connectionDistanceKm,
	connectionLine,
	sameView,
	zoomForViewport,
	type LngLat
} from './geo';

const khojaly: LngLat = [46.79028, 39.91297];
const aghdam: LngLat = [46.92736, 39.99096];
const baku: LngLat = [49.89201, 40.37767];
const ankara: LngLat = [32.85427, 39.91987];

describe('distances', () => {
	it('measures Khojaly to Aghdam and Khojaly to Baku in kilometres', () => {
		expect(connectionDistanceKm(khojaly, aghdam)).toBe(15);
		expect(connectionDistanceKm(khojaly, baku)).toBeGreaterThan(260);
		expect(connectionDistanceKm(khojaly, baku)).toBeLessThan(280);
		expect(connectionDistanceKm(khojaly, ankara)).toBeGreaterThan(1150);
	});
});

describe('connection lines', () => {
	it('draws short connections straight and long ones as great-circle arcs', () => {
		expect(connectionLine(khojaly, aghdam).geometry.type).toBe('LineString');
		const long = connectionLine(khojaly, ankara);
		expect(long.geometry.type).toBe('LineString');
		if (long.geometry.type === 'LineString')
			expect(long.geometry.coordinates.length).toBeGreaterThan(10);
	});
});

describe('bounds and cameras', () => {
	it('frames Ankara to Baku with every place inside the view', () => {
		const bounds = boundsOf([khojaly, aghdam, baku, ankara]);
		expect(bounds).toEqual([32.85427, 39.91297, 49.89201, 40.37767]);
		const viewport = { width: 800, height: 600 };
		const camera = cameraForBounds(bounds, viewport, 40);
		expect(camera.center[0]).toBeCloseTo((32.85427 + 49.89201) / 2, 5);
		// 17° of longitude across 720 px of 512-px tiles: zoom = log2(720 / (17.04/360 * 512)).
		expect(camera.zoom).toBeCloseTo(Math.log2(720 / ((49.89201 - 32.85427) / 360) / 512), 5);
	});

	it('never zooms past maxZoom for a single point', () => {
		expect(cameraForBounds(boundsOf([baku]), { width: 800, height: 600 }, 40, 9).zoom).toBe(9);
	});

	it('zooms out on a phone-sized map and in a little on a large one', () => {
		expect(zoomForViewport(10, { width: 900, height: 900 })).toBe(10);
		expect(zoomForViewport(10, { width: 390, height: 354 })).toBeCloseTo(
			10 + Math.log2(354 / 900),
			5
		);
		expect(zoomForViewport(10, { width: 3000, height: 2000 })).toBe(10.5);
		expect(zoomForViewport(1, { width: 10, height: 10 })).toBe(0);
	});

	it('compares views within a tolerance', () => {
		const a = { center: khojaly, zoom: 10, bearing: 0, pitch: 0 };
		expect(sameView(a, { ...a, center: [46.795, 39.915] })).toBe(true);
		expect(sameView(a, { ...a, center: aghdam })).toBe(false);
		expect(sameView(a, { ...a, zoom: 11 })).toBe(false);
		// At world zoom, a pixel is most of a degree: a pixel off is still the same view.
		const world = { center: [-20.67, 18.79] as LngLat, zoom: 0.8, bearing: 0, pitch: 0 };
		expect(sameView(world, { ...world, center: [-20.67, 18.48] })).toBe(true);
		expect(sameView(world, { ...world, center: [-20.67, 10] })).toBe(false);
	});
});

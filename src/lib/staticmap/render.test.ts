import { describe, expect, it } from 'vitest';
import { pixelInViewport, type LngLat } from '$lib/geo/projection';
import { pictureProjection } from './render';

/** Points over the story's region and beyond: the places, and a grid from Ankara to the Caspian. */
const points: LngLat[] = [
	[46.79028, 39.91297],
	[49.89201, 40.37767],
	[32.85427, 39.91987],
	[44.51, 40.18]
];
for (let lng = 30; lng <= 52; lng += 2.75)
	for (let lat = 36; lat <= 44; lat += 1.3) points.push([lng, lat]);

const pictures = [
	{ camera: { center: [41.37, 40.15] as LngLat, zoom: 5.2 }, width: 960, height: 960, offsetX: 0 },
	{ camera: { center: [46.86, 39.955] as LngLat, zoom: 10 }, width: 390, height: 354, offsetX: 0 },
	{ camera: { center: [47.5, 40.1] as LngLat, zoom: 7.4 }, width: 1200, height: 630, offsetX: 200 },
	{ camera: { center: [0, 60] as LngLat, zoom: 2 }, width: 800, height: 600, offsetX: -50 }
];

describe('the static pictures’ projection', () => {
	it('puts every point on the pixel the shared projection (and so the live map) gives it', () => {
		let worst = 0;
		for (const { camera, width, height, offsetX } of pictures) {
			const d3 = pictureProjection(camera, width, height, offsetX);
			for (const point of points) {
				const [x, y] = d3(point)!;
				const [ex, ey] = pixelInViewport(camera, point, { width, height }, offsetX);
				worst = Math.max(worst, Math.abs(x - ex), Math.abs(y - ey));
			}
		}
		expect(worst).toBeLessThan(0.5);
	});
});

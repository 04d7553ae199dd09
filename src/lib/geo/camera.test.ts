import { describe, expect, it } from 'vitest';
import { resolveCamera } from './camera';
import { worldSize } from './projection';

const places: [number, number][] = [
	[46.79028, 39.91297],
	[49.89201, 40.37767],
	[32.85427, 39.91987]
];

describe('resolveCamera', () => {
	it('keeps an explicit chapter view, adapting the zoom to the map size', () => {
		const spec = { center: [46.86, 39.955] as [number, number], zoom: 10, bearing: 15, pitch: 30 };
		expect(resolveCamera(spec, places, { width: 900, height: 900 })).toEqual({
			center: [46.86, 39.955],
			zoom: 10,
			bearing: 15,
			pitch: 30
		});
		expect(resolveCamera(spec, places, { width: 390, height: 350 }).zoom).toBeLessThan(10);
	});

	it('frames every place for the overview, Ankara and Baku included', () => {
		const camera = resolveCamera({ fit: 'all-places' }, places, { width: 640, height: 800 });
		// The view must span from Ankara to Baku: half the map's width covers half the span.
		const degreesPerPixel = 360 / worldSize(camera.zoom);
		expect((640 / 2) * degreesPerPixel).toBeGreaterThan((49.89201 - 32.85427) / 2);
		expect(camera.center[0]).toBeGreaterThan(32.85427);
		expect(camera.center[0]).toBeLessThan(49.89201);
	});
});

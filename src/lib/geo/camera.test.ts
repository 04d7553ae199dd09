import { describe, expect, it } from 'vitest';
import { resolveCamera, withinWorld } from './camera';
import { sameView } from './geo';
import { worldPixel, worldSize } from './projection';

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

describe('a frame at world zoom', () => {
	it('stays inside the world, as MapLibre keeps it', () => {
		const viewport = { width: 640, height: 800 };
		const camera = resolveCamera(
			{ fit: 'bounds', bounds: [-118.4, 14.54, 77.05, 51.04] },
			[],
			viewport
		);
		// The whole world at least fills the map's height, and the frame's own centre (34.8° N)
		// would show empty space above the pole: the view is moved down until the world's top edge
		// is the map's top edge.
		expect(worldSize(camera.zoom)).toBeGreaterThanOrEqual(viewport.height - 1e-6);
		const [, y] = worldPixel(camera.center, camera.zoom);
		expect(y).toBeCloseTo(viewport.height / 2, 6);
		expect(camera.center[1]).toBeLessThan(34.7);
		// What MapLibre did with the same frame (0.12 padding, read off the live map): 18.48° N,
		// within a pixel of this clamp for that zoom.
		const maplibre = {
			center: [-20.675, 18.4754] as [number, number],
			zoom: 0.806,
			bearing: 0,
			pitch: 0
		};
		expect(
			sameView(withinWorld({ ...maplibre, center: [-20.675, 34.77] }, viewport), maplibre)
		).toBe(true);
	});

	it('leaves a view well inside the world as it is', () => {
		const camera = { center: [46.8, 39.9] as [number, number], zoom: 9, bearing: 0, pitch: 0 };
		expect(withinWorld(camera, { width: 640, height: 800 })).toBe(camera);
	});
});

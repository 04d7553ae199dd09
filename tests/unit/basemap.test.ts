import { existsSync, readFileSync } from 'node:fs';
import { VectorTile } from '@mapbox/vector-tile';
import { PbfReader } from 'pbf';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import { point } from '@turf/helpers';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { beforeAll, describe, expect, it } from 'vitest';
import { validateContent } from '../../src/lib/content/validate';
import { tileAt } from '../../src/lib/geo/projection';
import { BASEMAP_REGION, BASEMAP_TILES } from '../../src/lib/map/basemap-region';
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

describe('the region’s tiles, which the live map reads', () => {
	const path = (z: number, x: number, y: number) =>
		`${dir}/${BASEMAP_TILES.folder}/${z}/${x}/${y}.pbf`;

	/** The land polygons of the tile holding `lngLat` at zoom `z`, as GeoJSON. */
	function landAround(lngLat: [number, number], z: number): Feature<Polygon | MultiPolygon>[] {
		const [x, y] = tileAt(lngLat, z);
		const tile = new VectorTile(new PbfReader(readFileSync(path(z, x, y))));
		const land = tile.layers[BASEMAP_TILES.layers.land];
		if (!land) return [];
		return Array.from(
			{ length: land.length },
			(_, i) => land.feature(i).toGeoJSON(x, y, z) as Feature<Polygon | MultiPolygon>
		);
	}

	it('exist for every zoom up to the deepest and every tile of the region, so none is missing', () => {
		const [w, s, e, n] = BASEMAP_REGION.detailBounds;
		for (let z = 0; z <= BASEMAP_TILES.maxZoom; z++) {
			const [x0, y0] = tileAt([w, n], z);
			const [x1, y1] = tileAt([e, s], z);
			for (let x = x0; x <= x1; x++)
				for (let y = y0; y <= y1; y++)
					expect(existsSync(path(z, x, y)), `${z}/${x}/${y}`).toBe(true);
		}
	});

	it('put every story place on land at the deepest zoom, and the Caspian in water', () => {
		const { content } = validateContent(realContent());
		const onLand = (lngLat: [number, number]) =>
			landAround(lngLat, BASEMAP_TILES.maxZoom).some((f) =>
				booleanPointInPolygon(point(lngLat), f)
			);
		for (const place of content!.places) expect(onLand(place.lngLat), place.id).toBe(true);
		expect(onLand(BASEMAP_REGION.caspianLabel)).toBe(false);
	});

	it('carry the borders', () => {
		const [x, y] = tileAt([46.75, 39.85], 6);
		const tile = new VectorTile(new PbfReader(readFileSync(path(6, x, y))));
		expect(tile.layers[BASEMAP_TILES.layers.borders]?.length).toBeGreaterThan(0);
	});
});

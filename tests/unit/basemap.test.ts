import { existsSync, readFileSync } from 'node:fs';
import { VectorTile } from '@mapbox/vector-tile';
import { PbfReader } from 'pbf';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import distance from '@turf/distance';
import { point } from '@turf/helpers';
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import { beforeAll, describe, expect, it } from 'vitest';
import { validateContent } from '../../src/lib/content/validate';
import { tileAt } from '../../src/lib/geo/projection';
import {
	BASEMAP_REGION,
	BASEMAP_TILES,
	tilesOf,
	WORLD_TILES,
	type Tileset
} from '../../src/lib/map/basemap-region';
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

	it("keeps a country's name off a capital's dot where it has room: IRAN reads whole, not IR•AN", () => {
		const read = (file: string) =>
			JSON.parse(readFileSync(`${dir}/${file}`, 'utf8')) as FeatureCollection<Point>;
		const at = (fc: FeatureCollection<Point>, name: string) =>
			fc.features.find((f) => f.properties?.name === name)!.geometry.coordinates;
		const [labels, towns] = [read('country-labels.geojson'), read('reference-cities.geojson')];
		for (const [country, capital] of [
			['Iran', 'Tehran'],
			['Georgia', 'Tbilisi']
		] as const) {
			const label = at(labels, country);
			expect(distance(label, at(towns, capital)), country).toBeGreaterThanOrEqual(
				BASEMAP_REGION.labelClearanceKm
			);
			// Still inside its country.
			expect(countryAt(label as [number, number]), country).toBe(country);
		}
	});

	it('draws the borders between the countries of the region', () => {
		const borders = JSON.parse(
			readFileSync(`${dir}/region-borders.geojson`, 'utf8')
		) as FeatureCollection;
		expect(borders.features[0]?.geometry.type).toMatch(/LineString/);
	});
});

describe('the basemap’s tiles, which the live map reads', () => {
	const path = (tileset: Tileset, z: number, x: number, y: number) =>
		`${dir}/${tileset.folder}/${z}/${x}/${y}.pbf`;

	/** The features of layer `layer` in the tile of `tileset` holding `lngLat` at zoom `z`, as GeoJSON. */
	function featuresAround(
		tileset: Tileset,
		layer: string,
		lngLat: [number, number],
		z: number
	): Feature[] {
		const [x, y] = tileAt(lngLat, z);
		const tile = new VectorTile(new PbfReader(readFileSync(path(tileset, z, x, y))));
		const features = tile.layers[layer];
		if (!features) return [];
		return Array.from({ length: features.length }, (_, i) =>
			features.feature(i).toGeoJSON(x, y, z)
		);
	}
	const onLand = (tileset: Tileset, lngLat: [number, number], z: number) =>
		featuresAround(tileset, tileset.layers.land, lngLat, z).some((f) =>
			booleanPointInPolygon(point(lngLat), f as Feature<Polygon | MultiPolygon>)
		);

	it.each([
		['region', BASEMAP_TILES],
		['world', WORLD_TILES]
	] as const)(
		'exist for every zoom up to the deepest and every tile of the %s, so none is missing',
		(_, tileset) => {
			for (const [z, x, y] of tilesOf(tileset))
				expect(existsSync(path(tileset, z, x, y)), `${z}/${x}/${y}`).toBe(true);
		}
	);

	it('put every story place on land at the deepest zoom, and the Caspian in water', () => {
		const { content } = validateContent(realContent());
		for (const place of content!.places)
			expect(onLand(BASEMAP_TILES, place.lngLat, BASEMAP_TILES.maxZoom), place.id).toBe(true);
		expect(onLand(BASEMAP_TILES, BASEMAP_REGION.caspianLabel, BASEMAP_TILES.maxZoom)).toBe(false);
	});

	it('carry the borders', () => {
		expect(
			featuresAround(BASEMAP_TILES, BASEMAP_TILES.layers.borders, [46.75, 39.85], 6).length
		).toBeGreaterThan(0);
	});

	it('carry every country and sea label and every town of the GeoJSON, at every zoom', () => {
		for (const [file, layer] of [
			['country-labels.geojson', BASEMAP_TILES.layers.labels],
			['reference-cities.geojson', BASEMAP_TILES.layers.towns]
		] as const) {
			const expected = JSON.parse(readFileSync(`${dir}/${file}`, 'utf8')) as FeatureCollection<
				Point,
				{ name: string }
			>;
			expect(expected.features.length).toBeGreaterThan(0);
			for (const z of [0, 5, BASEMAP_TILES.maxZoom])
				for (const f of expected.features) {
					const names = featuresAround(
						BASEMAP_TILES,
						layer,
						f.geometry.coordinates as [number, number],
						z
					).map((t) => t.properties?.name);
					expect(names, `${f.properties.name} at zoom ${z}`).toContain(f.properties.name);
				}
		}
	});

	it('draw the world’s land at world zooms: land under Mexico City, none at Point Nemo', () => {
		for (let z = 0; z <= WORLD_TILES.maxZoom; z++) {
			expect(onLand(WORLD_TILES, [-99.13, 19.43], z), `zoom ${z}`).toBe(true);
			expect(onLand(WORLD_TILES, [-123.39, -48.88], z), `zoom ${z}`).toBe(false);
		}
	});

	it('draw no band of land around the world where a country crosses the antimeridian', () => {
		for (let z = 0; z <= WORLD_TILES.maxZoom; z++) {
			// Open sea at the latitudes of Russia's far east and of Fiji, which cross 180°…
			expect(onLand(WORLD_TILES, [2, 65.5], z), `Norwegian Sea, zoom ${z}`).toBe(false);
			expect(onLand(WORLD_TILES, [80, -16.5], z), `Indian Ocean, zoom ${z}`).toBe(false);
			// …and both still on the map, on either side of it.
			expect(onLand(WORLD_TILES, [-173, 66], z), `Chukotka, zoom ${z}`).toBe(true);
			expect(onLand(WORLD_TILES, [165, 67], z), `Chukotka, zoom ${z}`).toBe(true);
		}
	});
});

/**
 * The built basemap (static/basemap, made by scripts/build-basemap.ts) for build-time static maps.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FeatureCollection, Geometry } from 'geojson';

export interface BasemapData {
	world: FeatureCollection<Geometry>;
	worldBorders: FeatureCollection<Geometry>;
	region: FeatureCollection<Geometry>;
	borders: FeatureCollection<Geometry>;
	areaLabels: FeatureCollection<Geometry>;
	towns: FeatureCollection<Geometry>;
}

let cached: BasemapData | undefined;

export function loadBasemap(): BasemapData {
	if (cached) return cached;
	const read = (name: string) =>
		JSON.parse(
			readFileSync(join(process.cwd(), 'static', 'basemap', name), 'utf8')
		) as FeatureCollection<Geometry>;
	cached = {
		world: read('world-countries.geojson'),
		worldBorders: read('world-borders.geojson'),
		region: read('region-countries.geojson'),
		borders: read('region-borders.geojson'),
		areaLabels: read('country-labels.geojson'),
		towns: read('reference-cities.geojson')
	};
	return cached;
}

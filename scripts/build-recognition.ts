/**
 * Writes geodata/recognition.geojson: the outlines of the countries and U.S. states whose bodies
 * the articles say recognised or condemned the killings (content/recognition.yaml says which body
 * and quotes the article). Countries come from Natural Earth 1:50m (world-atlas), states from the
 * U.S. Census Bureau's 1:10m cartographic boundaries (us-atlas). Coordinates are rounded to
 * 0.01° (about 1 km): the map shows these outlines at continental zooms only.
 *
 * Run by hand (`npm run geodata:recognition`) when the list changes; a unit test checks that the
 * committed file is what this script writes.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { feature } from 'topojson-client';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';

const require = createRequire(import.meta.url);

/** Each area: our id, the name readers see, and where its outline comes from. */
export const RECOGNITION_AREAS = [
	{
		id: 'turkiye',
		name: 'Türkiye',
		kind: 'country',
		dataset: 'world-atlas/countries-50m.json',
		featureId: '792'
	},
	{
		id: 'czechia',
		name: 'Czechia',
		kind: 'country',
		dataset: 'world-atlas/countries-50m.json',
		featureId: '203'
	},
	{
		id: 'mexico',
		name: 'Mexico',
		kind: 'country',
		dataset: 'world-atlas/countries-50m.json',
		featureId: '484'
	},
	{
		id: 'pakistan',
		name: 'Pakistan',
		kind: 'country',
		dataset: 'world-atlas/countries-50m.json',
		featureId: '586'
	},
	{
		id: 'arkansas',
		name: 'Arkansas',
		kind: 'us-state',
		dataset: 'us-atlas/states-10m.json',
		featureId: '05'
	},
	{
		id: 'new-mexico',
		name: 'New Mexico',
		kind: 'us-state',
		dataset: 'us-atlas/states-10m.json',
		featureId: '35'
	}
] as const;

const OBJECTS: Record<string, string> = {
	'world-atlas/countries-50m.json': 'countries',
	'us-atlas/states-10m.json': 'states'
};

function roundRing(ring: Position[]): Position[] {
	const out: Position[] = [];
	for (const [lng, lat] of ring) {
		const p = [Math.round(lng! * 100) / 100, Math.round(lat! * 100) / 100];
		const last = out.at(-1);
		if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
	}
	return out;
}

function roundPolygons(geometry: Polygon | MultiPolygon): Polygon | MultiPolygon {
	const polygon = (rings: Position[][]) => rings.map(roundRing).filter((ring) => ring.length >= 4);
	if (geometry.type === 'Polygon')
		return { type: 'Polygon', coordinates: polygon(geometry.coordinates) };
	return {
		type: 'MultiPolygon',
		coordinates: geometry.coordinates.map(polygon).filter((rings) => rings.length > 0)
	};
}

export function recognitionAreas(): FeatureCollection<Polygon | MultiPolygon> {
	const topologies = new Map<string, Topology>();
	const load = (dataset: string) => {
		if (!topologies.has(dataset))
			topologies.set(
				dataset,
				JSON.parse(readFileSync(require.resolve(dataset), 'utf8')) as Topology
			);
		return topologies.get(dataset)!;
	};
	const features = RECOGNITION_AREAS.map((area): Feature<Polygon | MultiPolygon> => {
		const topology = load(area.dataset);
		const collection = feature(
			topology,
			topology.objects[OBJECTS[area.dataset]!] as GeometryCollection
		) as FeatureCollection<Polygon | MultiPolygon, { name: string }>;
		const source = collection.features.find((f) => String(f.id) === area.featureId);
		if (!source) throw new Error(`${area.dataset} has no feature ${area.featureId}`);
		return {
			type: 'Feature',
			id: area.id,
			geometry: roundPolygons(source.geometry),
			properties: {
				id: area.id,
				name: area.name,
				kind: area.kind,
				outline: {
					dataset: area.dataset,
					featureId: area.featureId,
					datasetName: source.properties.name
				}
			}
		};
	});
	return { type: 'FeatureCollection', features };
}

export const RECOGNITION_FILE = 'geodata/recognition.geojson';

if (process.argv[1]?.endsWith('build-recognition.ts')) {
	writeFileSync(join(process.cwd(), RECOGNITION_FILE), `${JSON.stringify(recognitionAreas())}\n`);
	console.log(`wrote ${RECOGNITION_FILE}`);
}

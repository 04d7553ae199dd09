// Relative, not $lib: the build scripts (tsx) import this module too.
import { tileAt } from '../geo/projection';

/** The area the self-hosted basemap draws in detail: Anatolia to the Caspian. */
export const BASEMAP_REGION = {
	/** [west, south, east, north] */
	detailBounds: [22, 33, 58, 48] as [number, number, number, number],
	/** Below this zoom the coarse world layer fills the view around the region; above it only the detailed region shows, so coarse coasts never sit on detailed ones. */
	worldMaxZoom: 6,
	/** District seats within this distance of Karabakh's centre are drawn for orientation. */
	karabakhCentre: [46.75, 39.85] as [number, number],
	nearbyTownsKm: 110,
	/** Smaller towns within this distance of Karabakh's centre are drawn at chapter zooms. */
	localTownsKm: 45,
	/** A country's name keeps this far (km) from the dots drawn at every zoom, capitals' and story places', where it has room. */
	labelClearanceKm: 150,
	/** Label point in the middle Caspian, clear of the coasts. */
	caspianLabel: [50.6, 41.6] as [number, number]
};

/** A pre-built vector tileset of the basemap (scripts/build-basemap.ts), in `folder`/{z}/{x}/{y}.pbf. */
export interface Tileset {
	folder: string;
	/** Deeper zooms are drawn from the deepest tiles (MapLibre overzooms). */
	maxZoom: number;
	/** [west, south, east, north]: tiles exist for this box only, and the style's `bounds` keep MapLibre inside it. */
	bounds: [number, number, number, number];
	/** Layer names inside each tile. */
	layers: { land: string } & Record<string, string>;
}

/**
 * Every tile of a tileset, zoom 0 to its deepest, as [z, x, y]: the files the style's `bounds`
 * let MapLibre ask for, which the build writes and the tests check.
 */
export function* tilesOf(tileset: Tileset): Generator<[number, number, number]> {
	const [w, s, e, n] = tileset.bounds;
	for (let z = 0; z <= tileset.maxZoom; z++) {
		const [x0, y0] = tileAt([w, n], z);
		const [x1, y1] = tileAt([e, s], z);
		for (let x = x0; x <= x1; x++) for (let y = y0; y <= y1; y++) yield [z, x, y];
	}
}

/**
 * The basemap reaches the live map as pre-built vector tiles, so that the map's worker reads a
 * few small tiles instead of parsing and tiling whole GeoJSON files on every visit (on a phone
 * that work held up the map's start; the GeoJSON stays for the static pictures). The detailed
 * region, zoom 0–8: land, borders, country and sea label points, and towns.
 */
export const BASEMAP_TILES = {
	folder: 'tiles',
	maxZoom: 8,
	bounds: BASEMAP_REGION.detailBounds,
	layers: { land: 'land', borders: 'borders', labels: 'labels', towns: 'towns' }
} as const satisfies Tileset;

/**
 * The coarse world's land, drawn below BASEMAP_REGION.worldMaxZoom: zoom 0–5 is enough for
 * 1:110m data (zoom 5 is overzoomed up to 6). Web Mercator stops at ±85.0511°.
 */
export const WORLD_TILES = {
	folder: 'world-tiles',
	maxZoom: 5,
	bounds: [-180, -85.0511, 180, 85.0511],
	layers: { land: 'land' }
} as const satisfies Tileset;

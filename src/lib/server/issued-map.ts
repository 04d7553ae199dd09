/**
 * The /sources page's small map of where the articles say they were written or issued: one dot and
 * label for each place a text gives (content/sources/sources.yaml › issuedAt), framed to hold them
 * all. Drawn at build time by the static map renderer; nothing here places a text the text does
 * not place.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { FeatureCollection, Geometry } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { feature } from 'topojson-client';
import type { IssuedAt, Source } from '$lib/content/types';
import { boundsOf, cameraForBounds } from '$lib/geo/geo';
import { positionAtWorldPixel, worldPixel, type LngLat } from '$lib/geo/projection';
import { renderStaticMap } from '$lib/staticmap/render';

export const ISSUED_MAP = { width: 520, height: 440 } as const;
/** Room round the dots for their labels and halos (px). */
const PADDING = 56;
/** The top band, where the picture's scale bar is: the dots are framed below it (px). */
const SCALE_BAR_BAND = 64;
/** A single place is shown among its neighbours, not filling the picture. */
const MAX_ZOOM = 4;
const NO_BORDERS: FeatureCollection<Geometry> = { type: 'FeatureCollection', features: [] };

let land: FeatureCollection<Geometry> | undefined;

/**
 * Natural Earth's 1:110m land outline (world-atlas, the package the basemap is built from). The
 * basemap's world layer is country polygons, whose shared edges would make this picture 45 KB;
 * the outline alone keeps it near 6 KB, and two cities need no borders.
 */
function worldLand(): FeatureCollection<Geometry> {
	if (land) return land;
	const require = createRequire(import.meta.url);
	const topology = JSON.parse(
		readFileSync(require.resolve('world-atlas/land-110m.json'), 'utf8')
	) as Topology;
	land = feature(
		topology,
		topology.objects.land as GeometryCollection
	) as FeatureCollection<Geometry>;
	return land;
}

type Issued = Pick<Source, 'id' | 'shortName' | 'issuer' | 'outletLabel'> & {
	issuedAt: IssuedAt | null;
};

/** The places the texts give, one per place, with the texts that give each. */
export function issuedPlaces<S extends Issued>(sources: S[]) {
	const places = new Map<string, { place: string; lngLat: [number, number]; sources: S[] }>();
	for (const source of sources) {
		const at = source.issuedAt;
		if (!at) continue;
		const key = at.lngLat.join(',');
		const entry = places.get(key) ?? { place: at.place, lngLat: at.lngLat, sources: [] };
		entry.sources.push(source);
		places.set(key, entry);
	}
	return [...places.values()];
}

/** What a text's place is, in a phrase: "the dateline of Trend", "the Embassy …, which issued …". */
function roleOf(source: Issued, at: IssuedAt): string {
	if (at.role === 'dateline') return `the dateline of ${source.shortName}`;
	return `the ${source.issuer ?? 'issuer'}, which issued the text ${source.outletLabel} carried`;
}

/** The picture's accessible name: what it shows, place by place, and how many texts do not say. */
export function issuedMapTitle(sources: Issued[]): string {
	const shown = issuedPlaces(sources).map(
		({ place, sources: from }) => `${place}: ${from.map((s) => roleOf(s, s.issuedAt!)).join('; ')}`
	);
	const silent = sources.filter((s) => !s.issuedAt).length;
	const rest =
		silent === 0
			? ''
			: ` ${silent} of the ${sources.length} texts do not say where they were written or issued.`;
	return `Map of where the texts say they were written or issued. ${shown.join('. ')}.${rest}`;
}

/** The view that frames the places below the scale bar's band, with room round them. */
export function issuedMapCamera(positions: LngLat[]): { center: LngLat; zoom: number } {
	if (positions.length === 0) return { center: [0, 20], zoom: 0 };
	const { width, height } = ISSUED_MAP;
	const band = { width, height: height - SCALE_BAR_BAND };
	const { center, zoom } = cameraForBounds(boundsOf(positions), band, PADDING, MAX_ZOOM);
	// Framed in the band's height, then moved down by the band: the centre moves north by half.
	const [x, y] = worldPixel(center, zoom);
	return { center: positionAtWorldPixel([x, y - SCALE_BAR_BAND / 2], zoom), zoom };
}

/**
 * The picture (/maps/issued.png; the page shows it only where a text gives a place). An image of
 * its own, not inline: inline, the SVG would reach the page twice, in its HTML and again in the
 * data the page's script starts from.
 */
export function issuedMapSvg(sources: Issued[]): string {
	const places = issuedPlaces(sources);
	const camera = issuedMapCamera(places.map((p) => p.lngLat));
	const ids = places.map((p) => `issued-${p.sources[0]!.id}`);
	return renderStaticMap({
		...ISSUED_MAP,
		camera,
		land: worldLand(),
		borders: NO_BORDERS,
		places: places.map((p, i) => ({ id: ids[i]!, name: p.place, lngLat: p.lngLat, rank: 1 })),
		activeIds: ids,
		title: issuedMapTitle(sources)
	});
}

/**
 * The map's style: the self-hosted Natural Earth basemap (or, opted in, a remote style) with the
 * story's own layers on top. Pure: MapView hands the result to MapLibre.
 */
import type {
	ExpressionSpecification,
	FilterSpecification,
	LayerSpecification,
	SourceSpecification,
	StyleSpecification
} from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import { BASEMAP_REGION, BASEMAP_TILES, WORLD_TILES, type Tileset } from './basemap-region';
import { GLYPHS } from './glyphs';
import {
	AREA,
	AREA_NAME,
	AREA_NAME_ZOOMS,
	ACTIVE_HALO,
	ACTIVE_HALO_RADIUS,
	COAST_WIDTH,
	COLORS,
	LABEL_HALO_WIDTH,
	LABEL_SIZE,
	PLACE_LABEL_ANCHORS,
	PLACE_LABEL_OFFSET,
	PLACE_RADIUS,
	PLACE_STROKE_WIDTH,
	LOCAL_DOT_RADIUS,
	LOCAL_TOWN_MIN_ZOOM,
	LOCAL_TOWN_OPACITY,
	REFERENCE_DOT_RADIUS,
	REFERENCE_TOWN_MIN_ZOOM,
	UNCERTAINTY
} from './look';

/** The site's own pre-built glyphs (see glyphs.ts); a remote style's server may lack them. */
export const LABEL_FONT = [GLYPHS.fontstack];

export interface PlaceFeatureProps {
	id: string;
	name: string;
	rank: 1 | 2;
}

/**
 * The story's features share one source (tagged by `kind`): each source costs MapLibre tiles to
 * request, pass between threads and check every frame, and a phone pays for that while the map
 * starts. The outlines are fetched with the map (a URL), so they keep their own source.
 */
export const STORY_SOURCES = { story: 'story', areas: 'story-areas' } as const;
export const STORY_KINDS = {
	place: 'place',
	connection: 'connection',
	uncertainty: 'uncertainty',
	areaLabel: 'area-label'
} as const;
export type StoryKind = (typeof STORY_KINDS)[keyof typeof STORY_KINDS];

export const STORY_LAYERS = {
	areaFill: 'story-area-fill',
	areaLine: 'story-area-line',
	areaLabels: 'story-area-labels',
	uncertaintyFill: 'story-uncertainty-fill',
	uncertaintyLine: 'story-uncertainty-line',
	connections: 'story-connections',
	halo: 'story-place-halo',
	places: 'story-places',
	labels: 'story-place-labels'
} as const;

/**
 * A constant paint value written as a per-feature expression. MapLibre compiles a shader program
 * per layer type and per mix of per-feature and constant paint properties; on a phone each
 * compile holds up the map's start by tens of milliseconds. The story's places vary their circles'
 * radius and colour and their labels' colour per feature, so every other circle and label layer
 * gives those properties per feature too, and each layer type compiles one program, not two.
 * (No feature has the property: the value is always `value`.)
 */
export function perFeature<T extends string | number>(value: T): ExpressionSpecification {
	return ['coalesce', ['get', SHARED_PROGRAM_PROPERTY], value];
}
export const SHARED_PROGRAM_PROPERTY = 'shared-program';

/** True for an active place id; `activeIds` is bound as a literal so the filter stays cheap. */
export function isActiveExpression(activeIds: string[]): ExpressionSpecification {
	return ['in', ['get', 'id'], ['literal', activeIds]];
}

function kindIs(kind: StoryKind): ExpressionSpecification {
	return ['==', ['get', 'kind'], kind];
}

/** The outlines' source until a chapter draws them: nothing to fetch or parse as the map starts. */
export const NO_AREAS: FeatureCollection = { type: 'FeatureCollection', features: [] };

export function storySources(
	/** Every story feature but the outlines (see storyCollection). */
	story: FeatureCollection,
	/**
	 * The outlines: a URL, fetched by the map (never with the page) once a chapter draws them;
	 * null before, for a map that starts elsewhere.
	 */
	areasUrl: string | null
): Record<string, SourceSpecification> {
	return {
		[STORY_SOURCES.areas]: { type: 'geojson', data: areasUrl ?? NO_AREAS },
		[STORY_SOURCES.story]: { type: 'geojson', data: story }
	};
}

export function storyLayers(activeIds: string[], activeAreaIds: string[]): LayerSpecification[] {
	const active = isActiveExpression(activeIds);
	// Only the active chapter's outlines: the others are not part of what it tells. Hidden layers
	// leave their source unused, so MapLibre loads no outline tiles for the other chapters.
	const activeArea = isActiveExpression(activeAreaIds);
	const areaVisibility = activeAreaIds.length > 0 ? 'visible' : 'none';
	return [
		{
			id: STORY_LAYERS.areaFill,
			type: 'fill',
			source: STORY_SOURCES.areas,
			filter: activeArea,
			layout: { visibility: areaVisibility },
			// No antialiasing (as the land): the line layer draws the edge, and the outline shader
			// an antialiased fill needs costs a phone a shader compile as the map starts.
			paint: {
				'fill-color': COLORS.active,
				'fill-opacity': AREA.fillOpacity,
				'fill-antialias': false
			}
		},
		{
			id: STORY_LAYERS.areaLine,
			type: 'line',
			source: STORY_SOURCES.areas,
			filter: activeArea,
			layout: { visibility: areaVisibility },
			paint: {
				'line-color': COLORS.active,
				'line-width': AREA.lineWidth,
				'line-opacity': AREA.lineOpacity
			}
		},
		{
			id: STORY_LAYERS.uncertaintyFill,
			type: 'fill',
			source: STORY_SOURCES.story,
			filter: kindIs(STORY_KINDS.uncertainty),
			paint: {
				'fill-color': COLORS.place,
				'fill-opacity': UNCERTAINTY.fillOpacity,
				// As the outlines' fill: its dashed line draws the edge.
				'fill-antialias': false
			}
		},
		{
			id: STORY_LAYERS.uncertaintyLine,
			type: 'line',
			source: STORY_SOURCES.story,
			filter: kindIs(STORY_KINDS.uncertainty),
			paint: {
				'line-color': COLORS.place,
				'line-width': UNCERTAINTY.lineWidth,
				'line-opacity': UNCERTAINTY.lineOpacity,
				'line-dasharray': [...UNCERTAINTY.dash]
			}
		},
		{
			id: STORY_LAYERS.connections,
			type: 'line',
			source: STORY_SOURCES.story,
			filter: kindIs(STORY_KINDS.connection),
			layout: { 'line-cap': 'round' },
			paint: {
				'line-color': COLORS.connection,
				'line-width': 2.5,
				'line-dasharray': [2, 1.5],
				'line-opacity': 0.85
			}
		},
		{
			id: STORY_LAYERS.halo,
			type: 'circle',
			source: STORY_SOURCES.story,
			filter: ['all', kindIs(STORY_KINDS.place), active],
			paint: {
				'circle-radius': perFeature(ACTIVE_HALO_RADIUS),
				'circle-color': perFeature(COLORS.active),
				'circle-opacity': ACTIVE_HALO.fillOpacity,
				'circle-stroke-color': COLORS.active,
				'circle-stroke-width': ACTIVE_HALO.strokeWidth,
				'circle-stroke-opacity': ACTIVE_HALO.strokeOpacity
			}
		},
		{
			id: STORY_LAYERS.places,
			type: 'circle',
			source: STORY_SOURCES.story,
			filter: kindIs(STORY_KINDS.place),
			paint: {
				'circle-radius': [
					'case',
					active,
					PLACE_RADIUS.active,
					['==', ['get', 'rank'], 1],
					PLACE_RADIUS.rank1,
					PLACE_RADIUS.rank2
				],
				'circle-color': ['case', active, COLORS.active, COLORS.place],
				'circle-stroke-color': COLORS.halo,
				'circle-stroke-width': PLACE_STROKE_WIDTH
			}
		},
		{
			id: STORY_LAYERS.labels,
			type: 'symbol',
			source: STORY_SOURCES.story,
			filter: kindIs(STORY_KINDS.place),
			layout: {
				'text-field': ['get', 'name'],
				'text-font': LABEL_FONT,
				'text-size': [
					'case',
					active,
					LABEL_SIZE.active,
					['==', ['get', 'rank'], 1],
					LABEL_SIZE.rank1,
					LABEL_SIZE.rank2
				],
				'text-variable-anchor': [...PLACE_LABEL_ANCHORS],
				'text-radial-offset': PLACE_LABEL_OFFSET,
				'text-justify': 'auto',
				'symbol-sort-key': ['case', active, 0, ['get', 'rank']]
			},
			paint: {
				'text-color': ['case', active, COLORS.active, COLORS.placeLabel],
				'text-halo-color': COLORS.halo,
				'text-halo-width': LABEL_HALO_WIDTH
			}
		},
		{
			id: STORY_LAYERS.areaLabels,
			type: 'symbol',
			source: STORY_SOURCES.story,
			filter: ['all', kindIs(STORY_KINDS.areaLabel), activeArea],
			layout: {
				visibility: areaVisibility,
				'text-field': ['get', 'label'],
				'text-font': LABEL_FONT,
				'text-size': AREA.labelSize,
				'text-max-width': AREA.labelMaxWidth / 2,
				// Placed as content says (recognition.yaml), and always shown: they are the view's subject.
				'text-anchor': ['get', 'anchor'],
				'text-justify': 'auto',
				'text-allow-overlap': true
			},
			paint: {
				'text-color': perFeature(COLORS.active),
				'text-halo-color': COLORS.halo,
				'text-halo-width': LABEL_HALO_WIDTH
			}
		}
	];
}

/** Capitals at any zoom; other district seats from REFERENCE_TOWN_MIN_ZOOM; local towns not here. */
const referenceTown: ExpressionSpecification = [
	'all',
	['!=', ['get', 'local'], true],
	['any', ['get', 'capital'], ['>=', ['zoom'], REFERENCE_TOWN_MIN_ZOOM]]
];
const localTown: ExpressionSpecification = ['==', ['get', 'local'], true];

/**
 * The basemap's layers of names (and the towns' dots), each with what it draws of its source
 * layer, and which of the live map's lists of names to leave out it reads (label-edges.ts: names
 * the map's side or controls would cut; the dots also go where MapLibre left the name out).
 */
export const NAME_LAYERS = {
	'reference-cities': { filter: referenceTown, names: 'dots' },
	'reference-city-labels': { filter: referenceTown, names: 'towns' },
	'local-towns': { filter: localTown, names: 'dots' },
	'local-town-labels': { filter: localTown, names: 'towns' },
	'country-labels': { filter: ['!', ['has', 'water']], names: 'areas' },
	'sea-labels': { filter: ['has', 'water'], names: 'areas' }
} as const satisfies Record<string, { filter: ExpressionSpecification; names: string }>;
export type NameLayer = keyof typeof NAME_LAYERS;
/** The layers that draw towns' names. */
export const TOWN_NAME_LAYERS = ['reference-city-labels', 'local-town-labels'] as const;

/** A name layer's filter, less the names `leftOut`. */
export function nameLayerFilter(id: NameLayer, leftOut: readonly string[]): FilterSpecification {
	const { filter } = NAME_LAYERS[id];
	return leftOut.length === 0
		? filter
		: ['all', filter, ['!', ['in', ['get', 'name'], ['literal', [...leftOut]]]]];
}

/** The self-hosted basemap's sources: without them the map is empty. */
export const BASEMAP_SOURCES = ['world', 'region'] as const;

/**
 * The self-hosted basemap: world and region countries, borders, country and sea labels, with the
 * site's label glyphs (`glyphs`: a template from glyphsUrl).
 */
export function basemapStyle(basemapUrl: string, glyphs: string): StyleSpecification {
	const url = (name: string) => `${basemapUrl}/${name}`;
	const tiles = (tileset: Tileset): SourceSpecification => ({
		type: 'vector',
		tiles: [url(`${tileset.folder}/{z}/{x}/{y}.pbf`)],
		maxzoom: tileset.maxZoom,
		bounds: tileset.bounds
	});
	return {
		version: 8,
		glyphs,
		sources: {
			// Pre-built tiles (see basemap-region.ts): the coarse world's land; the detailed region's
			// land, borders, country and sea labels and towns.
			world: tiles(WORLD_TILES),
			region: tiles(BASEMAP_TILES)
		},
		layers: [
			// No background layer: the water is the map container's colour (COLORS.water, set by
			// MapView), so the map compiles one shader program fewer as it starts (see sky.ts).
			{
				id: 'world-land',
				type: 'fill',
				source: 'world',
				'source-layer': WORLD_TILES.layers.land,
				maxzoom: BASEMAP_REGION.worldMaxZoom,
				// No antialiasing: at world zooms it draws the tiles' clipped edges as faint lines.
				paint: { 'fill-color': COLORS.land, 'fill-antialias': false }
			},
			{
				id: 'region-land',
				type: 'fill',
				source: 'region',
				'source-layer': BASEMAP_TILES.layers.land,
				paint: { 'fill-color': COLORS.land, 'fill-antialias': false }
			},
			{
				id: 'region-coast',
				// The detailed layer is clipped to a box: outlining it at overview zooms would draw
				// the box's edges across the land. Up close the view stays inside the box.
				minzoom: BASEMAP_REGION.worldMaxZoom,
				type: 'line',
				source: 'region',
				'source-layer': BASEMAP_TILES.layers.land,
				paint: { 'line-color': COLORS.coast, 'line-width': COAST_WIDTH }
			},
			{
				id: 'borders',
				type: 'line',
				source: 'region',
				'source-layer': BASEMAP_TILES.layers.borders,
				layout: { 'line-join': 'round' },
				paint: {
					'line-color': COLORS.border,
					'line-width': ['interpolate', ['linear'], ['zoom'], 4, 0.8, 10, 1.6],
					'line-dasharray': [3, 1.5]
				}
			},
			{
				id: 'reference-cities',
				type: 'circle',
				source: 'region',
				'source-layer': BASEMAP_TILES.layers.towns,
				filter: nameLayerFilter('reference-cities', []),
				paint: {
					'circle-radius': perFeature(REFERENCE_DOT_RADIUS),
					'circle-color': perFeature(COLORS.reference),
					'circle-opacity': 0.7
				}
			},
			{
				id: 'reference-city-labels',
				type: 'symbol',
				source: 'region',
				'source-layer': BASEMAP_TILES.layers.towns,
				filter: nameLayerFilter('reference-city-labels', []),
				layout: {
					'text-field': ['get', 'name'],
					'text-font': LABEL_FONT,
					'text-size': LABEL_SIZE.reference,
					'text-anchor': 'left',
					'text-offset': [0.6, 0],
					'text-optional': true
				},
				paint: {
					'text-color': perFeature(COLORS.reference),
					'text-halo-color': COLORS.land,
					'text-halo-width': 1.5
				}
			},
			{
				id: 'local-towns',
				type: 'circle',
				source: 'region',
				'source-layer': BASEMAP_TILES.layers.towns,
				minzoom: LOCAL_TOWN_MIN_ZOOM,
				filter: nameLayerFilter('local-towns', []),
				paint: {
					'circle-radius': perFeature(LOCAL_DOT_RADIUS),
					'circle-color': perFeature(COLORS.reference),
					'circle-opacity': LOCAL_TOWN_OPACITY * 0.8
				}
			},
			{
				id: 'local-town-labels',
				type: 'symbol',
				source: 'region',
				'source-layer': BASEMAP_TILES.layers.towns,
				minzoom: LOCAL_TOWN_MIN_ZOOM,
				filter: nameLayerFilter('local-town-labels', []),
				layout: {
					'text-field': ['get', 'name'],
					'text-font': LABEL_FONT,
					'text-size': LABEL_SIZE.local,
					'text-anchor': 'left',
					'text-offset': [0.55, 0],
					'text-optional': true
				},
				paint: {
					'text-color': perFeature(COLORS.reference),
					'text-opacity': LOCAL_TOWN_OPACITY,
					'text-halo-color': COLORS.land,
					'text-halo-width': 1.2
				}
			},
			{
				id: 'country-labels',
				type: 'symbol',
				source: 'region',
				'source-layer': BASEMAP_TILES.layers.labels,
				filter: nameLayerFilter('country-labels', []),
				minzoom: AREA_NAME_ZOOMS.min,
				maxzoom: AREA_NAME_ZOOMS.max,
				layout: {
					'text-field': ['upcase', ['get', 'name']],
					'text-font': LABEL_FONT,
					'text-size': AREA_NAME.country.size,
					'text-letter-spacing': AREA_NAME.country.letterSpacing
				},
				paint: {
					'text-color': perFeature(COLORS.countryLabel),
					'text-halo-color': COLORS.land,
					'text-halo-width': 1.5
				}
			},
			{
				id: 'sea-labels',
				type: 'symbol',
				source: 'region',
				'source-layer': BASEMAP_TILES.layers.labels,
				filter: nameLayerFilter('sea-labels', []),
				minzoom: AREA_NAME_ZOOMS.min,
				maxzoom: AREA_NAME_ZOOMS.max,
				layout: {
					'text-field': ['get', 'name'],
					'text-font': LABEL_FONT,
					'text-size': AREA_NAME.sea.size,
					'text-letter-spacing': AREA_NAME.sea.letterSpacing
				},
				paint: {
					'text-color': perFeature(COLORS.waterLabel),
					'text-halo-color': COLORS.water,
					'text-halo-width': 1
				}
			}
		]
	};
}

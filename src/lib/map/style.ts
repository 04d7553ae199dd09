/**
 * The map's style: the self-hosted Natural Earth basemap (or, opted in, a remote style) with the
 * story's own layers on top. Pure: MapView hands the result to MapLibre.
 */
import type {
	ExpressionSpecification,
	LayerSpecification,
	SourceSpecification,
	StyleSpecification
} from 'maplibre-gl';
import type { FeatureCollection, LineString, MultiLineString, Point, Polygon } from 'geojson';
import { BASEMAP_REGION } from './basemap-region';
import {
	AREA,
	ACTIVE_HALO,
	ACTIVE_HALO_RADIUS,
	COAST_WIDTH,
	COLORS,
	LABEL_HALO_WIDTH,
	LABEL_SIZE,
	PLACE_RADIUS,
	PLACE_STROKE_WIDTH,
	LOCAL_DOT_RADIUS,
	LOCAL_TOWN_MIN_ZOOM,
	LOCAL_TOWN_OPACITY,
	REFERENCE_DOT_RADIUS,
	REFERENCE_TOWN_MIN_ZOOM,
	UNCERTAINTY
} from './look';

/** Local fonts only: MapLibre rasterises labels itself when the style has no `glyphs`. */
export const LABEL_FONT = ['sans-serif'];

export interface PlaceFeatureProps {
	id: string;
	name: string;
	rank: 1 | 2;
}

export const STORY_SOURCES = {
	areas: 'story-areas',
	areaLabels: 'story-area-labels',
	places: 'story-places',
	connections: 'story-connections',
	uncertainty: 'story-uncertainty'
} as const;
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

/** True for an active place id; `activeIds` is bound as a literal so the filter stays cheap. */
export function isActiveExpression(activeIds: string[]): ExpressionSpecification {
	return ['in', ['get', 'id'], ['literal', activeIds]];
}

export function storySources(
	places: FeatureCollection<Point, PlaceFeatureProps>,
	connections: FeatureCollection<LineString | MultiLineString>,
	uncertainty: FeatureCollection<Polygon>,
	/** The outlines (a URL: fetched with the map, never with the page) and their label points. */
	areas: { url: string; labels: FeatureCollection<Point> }
): Record<string, SourceSpecification> {
	return {
		[STORY_SOURCES.areas]: { type: 'geojson', data: areas.url },
		[STORY_SOURCES.areaLabels]: { type: 'geojson', data: areas.labels },
		[STORY_SOURCES.uncertainty]: { type: 'geojson', data: uncertainty },
		[STORY_SOURCES.places]: { type: 'geojson', data: places },
		[STORY_SOURCES.connections]: { type: 'geojson', data: connections }
	};
}

export function storyLayers(activeIds: string[], activeAreaIds: string[]): LayerSpecification[] {
	const active = isActiveExpression(activeIds);
	// Only the active chapter's outlines: the others are not part of what it tells.
	const activeArea = isActiveExpression(activeAreaIds);
	return [
		{
			id: STORY_LAYERS.areaFill,
			type: 'fill',
			source: STORY_SOURCES.areas,
			filter: activeArea,
			paint: { 'fill-color': COLORS.active, 'fill-opacity': AREA.fillOpacity }
		},
		{
			id: STORY_LAYERS.areaLine,
			type: 'line',
			source: STORY_SOURCES.areas,
			filter: activeArea,
			paint: {
				'line-color': COLORS.active,
				'line-width': AREA.lineWidth,
				'line-opacity': AREA.lineOpacity
			}
		},
		{
			id: STORY_LAYERS.uncertaintyFill,
			type: 'fill',
			source: STORY_SOURCES.uncertainty,
			paint: { 'fill-color': COLORS.place, 'fill-opacity': UNCERTAINTY.fillOpacity }
		},
		{
			id: STORY_LAYERS.uncertaintyLine,
			type: 'line',
			source: STORY_SOURCES.uncertainty,
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
			source: STORY_SOURCES.connections,
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
			source: STORY_SOURCES.places,
			filter: active,
			paint: {
				'circle-radius': ACTIVE_HALO_RADIUS,
				'circle-color': COLORS.active,
				'circle-opacity': ACTIVE_HALO.fillOpacity,
				'circle-stroke-color': COLORS.active,
				'circle-stroke-width': ACTIVE_HALO.strokeWidth,
				'circle-stroke-opacity': ACTIVE_HALO.strokeOpacity
			}
		},
		{
			id: STORY_LAYERS.places,
			type: 'circle',
			source: STORY_SOURCES.places,
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
			source: STORY_SOURCES.places,
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
				'text-variable-anchor': ['left', 'right', 'top', 'bottom'],
				'text-radial-offset': 0.9,
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
			source: STORY_SOURCES.areaLabels,
			filter: activeArea,
			layout: {
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
				'text-color': COLORS.active,
				'text-halo-color': COLORS.halo,
				'text-halo-width': LABEL_HALO_WIDTH
			}
		}
	];
}

/** The self-hosted basemap's sources: without them the map is empty. */
export const BASEMAP_SOURCES = ['world', 'region', 'borders', 'labels', 'cities'] as const;

/** Capitals at any zoom; other district seats from REFERENCE_TOWN_MIN_ZOOM; local towns not here. */
const referenceTown: ExpressionSpecification = [
	'all',
	['!=', ['get', 'local'], true],
	['any', ['get', 'capital'], ['>=', ['zoom'], REFERENCE_TOWN_MIN_ZOOM]]
];

/** The self-hosted basemap: world and region countries, borders, country and sea labels. */
export function basemapStyle(basemapUrl: string): StyleSpecification {
	const url = (name: string) => `${basemapUrl}/${name}`;
	return {
		version: 8,
		sources: {
			world: { type: 'geojson', data: url('world-countries.geojson'), maxzoom: 6 },
			region: { type: 'geojson', data: url('region-countries.geojson'), tolerance: 0.2 },
			borders: { type: 'geojson', data: url('region-borders.geojson') },
			labels: { type: 'geojson', data: url('country-labels.geojson') },
			cities: { type: 'geojson', data: url('reference-cities.geojson') }
		},
		layers: [
			{ id: 'water', type: 'background', paint: { 'background-color': COLORS.water } },
			{
				id: 'world-land',
				type: 'fill',
				source: 'world',
				maxzoom: BASEMAP_REGION.worldMaxZoom,
				// No antialiasing: at world zooms it draws the tiles' clipped edges as faint lines.
				paint: { 'fill-color': COLORS.land, 'fill-antialias': false }
			},
			{
				id: 'region-land',
				type: 'fill',
				source: 'region',
				paint: { 'fill-color': COLORS.land, 'fill-antialias': false }
			},
			{
				id: 'region-coast',
				// The detailed layer is clipped to a box: outlining it at overview zooms would draw
				// the box's edges across the land. Up close the view stays inside the box.
				minzoom: BASEMAP_REGION.worldMaxZoom,
				type: 'line',
				source: 'region',
				paint: { 'line-color': COLORS.coast, 'line-width': COAST_WIDTH }
			},
			{
				id: 'borders',
				type: 'line',
				source: 'borders',
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
				source: 'cities',
				filter: referenceTown,
				paint: {
					'circle-radius': REFERENCE_DOT_RADIUS,
					'circle-color': COLORS.reference,
					'circle-opacity': 0.7
				}
			},
			{
				id: 'reference-city-labels',
				type: 'symbol',
				source: 'cities',
				filter: referenceTown,
				layout: {
					'text-field': ['get', 'name'],
					'text-font': LABEL_FONT,
					'text-size': LABEL_SIZE.reference,
					'text-anchor': 'left',
					'text-offset': [0.6, 0],
					'text-optional': true
				},
				paint: {
					'text-color': COLORS.reference,
					'text-halo-color': COLORS.land,
					'text-halo-width': 1.5
				}
			},
			{
				id: 'local-towns',
				type: 'circle',
				source: 'cities',
				minzoom: LOCAL_TOWN_MIN_ZOOM,
				filter: ['==', ['get', 'local'], true],
				paint: {
					'circle-radius': LOCAL_DOT_RADIUS,
					'circle-color': COLORS.reference,
					'circle-opacity': LOCAL_TOWN_OPACITY * 0.8
				}
			},
			{
				id: 'local-town-labels',
				type: 'symbol',
				source: 'cities',
				minzoom: LOCAL_TOWN_MIN_ZOOM,
				filter: ['==', ['get', 'local'], true],
				layout: {
					'text-field': ['get', 'name'],
					'text-font': LABEL_FONT,
					'text-size': LABEL_SIZE.local,
					'text-anchor': 'left',
					'text-offset': [0.55, 0],
					'text-optional': true
				},
				paint: {
					'text-color': COLORS.reference,
					'text-opacity': LOCAL_TOWN_OPACITY,
					'text-halo-color': COLORS.land,
					'text-halo-width': 1.2
				}
			},
			{
				id: 'country-labels',
				type: 'symbol',
				source: 'labels',
				filter: ['!', ['has', 'water']],
				maxzoom: 9,
				layout: {
					'text-field': ['upcase', ['get', 'name']],
					'text-font': LABEL_FONT,
					'text-size': LABEL_SIZE.country,
					'text-letter-spacing': 0.15
				},
				paint: {
					'text-color': COLORS.countryLabel,
					'text-halo-color': COLORS.land,
					'text-halo-width': 1.5
				}
			},
			{
				id: 'sea-labels',
				type: 'symbol',
				source: 'labels',
				filter: ['has', 'water'],
				maxzoom: 9,
				layout: {
					'text-field': ['get', 'name'],
					'text-font': LABEL_FONT,
					'text-size': LABEL_SIZE.sea,
					'text-letter-spacing': 0.1
				},
				paint: {
					'text-color': COLORS.waterLabel,
					'text-halo-color': COLORS.water,
					'text-halo-width': 1
				}
			}
		]
	};
}

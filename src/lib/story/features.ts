/**
 * GeoJSON the map draws, built from content: the places, and the connection lines of a chapter.
 */
import circle from '@turf/circle';
import type {
	Feature,
	FeatureCollection,
	LineString,
	MultiLineString,
	Point,
	Polygon
} from 'geojson';
import type { MapConnection, MapPlace, RecognitionArea } from '$lib/content/types';
import { connectionLine } from '$lib/geo/geo';
import { STORY_KINDS, type PlaceFeatureProps, type StoryKind } from '$lib/map/style';

export function placesCollection(
	places: Pick<MapPlace, 'id' | 'name' | 'lngLat' | 'rank'>[]
): FeatureCollection<Point, PlaceFeatureProps> {
	return {
		type: 'FeatureCollection',
		features: places.map((p) => ({
			type: 'Feature',
			id: p.id,
			geometry: { type: 'Point', coordinates: p.lngLat },
			properties: { id: p.id, name: p.name, rank: p.rank }
		}))
	};
}

/**
 * A ring round each place whose position is approximate, as wide as its stated uncertainty: the
 * reader sees how far off the dot may be.
 */
export function uncertaintyCollection(
	places: Pick<MapPlace, 'id' | 'name' | 'lngLat' | 'coordinates'>[]
): FeatureCollection<Polygon, { id: string; name: string; uncertaintyKm: number }> {
	return {
		type: 'FeatureCollection',
		features: places.flatMap((p) =>
			p.coordinates.method === 'approximate'
				? [
						circle(p.lngLat, p.coordinates.uncertaintyKm, {
							steps: 64,
							units: 'kilometers',
							properties: { id: p.id, name: p.name, uncertaintyKm: p.coordinates.uncertaintyKm }
						})
					]
				: []
		)
	};
}

export function connectionsCollection(
	connections: MapConnection[],
	places: Pick<MapPlace, 'id' | 'lngLat'>[]
): FeatureCollection<LineString | MultiLineString> {
	const byId = new Map(places.map((p) => [p.id, p]));
	return {
		type: 'FeatureCollection',
		features: connections.flatMap((c) => {
			const from = byId.get(c.from);
			const to = byId.get(c.to);
			return from && to
				? [{ ...connectionLine(from.lngLat, to.lngLat), properties: { label: c.label } }]
				: [];
		})
	};
}

/** A label point for each outline the story draws, with the body it names (deduplicated by id). */
export function areaLabelsCollection(
	areas: Pick<RecognitionArea, 'id' | 'label' | 'labelPoint' | 'labelAnchor'>[]
): FeatureCollection<Point, { id: string; label: string; anchor: string }> {
	const byId = new Map(areas.map((a) => [a.id, a]));
	return {
		type: 'FeatureCollection',
		features: [...byId.values()].map((a) => ({
			type: 'Feature',
			id: a.id,
			geometry: { type: 'Point', coordinates: a.labelPoint },
			properties: { id: a.id, label: a.label, anchor: a.labelAnchor }
		}))
	};
}

/**
 * Everything the live map draws for the story but the outlines, in one collection (one source):
 * each feature's `kind` says which layers draw it.
 */
export function storyCollection(parts: {
	places: FeatureCollection;
	connections: FeatureCollection;
	uncertainty: FeatureCollection;
	areaLabels: FeatureCollection;
}): FeatureCollection {
	const tagged = (collection: FeatureCollection, kind: StoryKind): Feature[] =>
		collection.features.map((f) => ({ ...f, properties: { ...f.properties, kind } }));
	return {
		type: 'FeatureCollection',
		features: [
			...tagged(parts.uncertainty, STORY_KINDS.uncertainty),
			...tagged(parts.connections, STORY_KINDS.connection),
			...tagged(parts.places, STORY_KINDS.place),
			...tagged(parts.areaLabels, STORY_KINDS.areaLabel)
		]
	};
}

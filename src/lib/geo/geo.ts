/**
 * Geo maths for the story: distances, bounds, connection lines and cameras. Pure functions over
 * GeoJSON positions ([longitude, latitude]); turf does the spherical work, projection.ts the
 * flat map's.
 */
import distance from '@turf/distance';
import greatCircle from '@turf/great-circle';
import { lineString, point } from '@turf/helpers';
import type { Feature, LineString, MultiLineString } from 'geojson';
import type { LngLat, Viewport } from './projection';

export type { LngLat, Viewport };
// The camera maths lives in frame.ts, free of turf, for the page's first script; re-exported here.
export * from './frame';

/** Great-circle distance in kilometres. */
export function distanceKm(from: LngLat, to: LngLat): number {
	return distance(point(from), point(to), { units: 'kilometers' });
}

/** Great-circle distance in kilometres, rounded to whole km for captions. */
export function connectionDistanceKm(from: LngLat, to: LngLat): number {
	return Math.round(distanceKm(from, to));
}

/**
 * The line drawn between two places: a great-circle arc for long connections (it reads as a
 * curve on a Mercator map), a straight segment for short ones.
 */
export function connectionLine(from: LngLat, to: LngLat): Feature<LineString | MultiLineString> {
	if (distance(point(from), point(to)) > 200) return greatCircle(from, to, { npoints: 64 });
	return lineString([from, to]);
}

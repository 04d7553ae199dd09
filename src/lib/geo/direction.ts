/**
 * Compass directions between places, for captions ("Aghdam lies 16 km north-east of Khojaly")
 * and for checking the directions our text gives. turf does the spherical work.
 */
import bearing from '@turf/bearing';
import { point } from '@turf/helpers';
import type { LngLat } from './geo';

export const COMPASS_POINTS = [
	'north',
	'north-east',
	'east',
	'south-east',
	'south',
	'south-west',
	'west',
	'north-west'
] as const;
export type CompassPoint = (typeof COMPASS_POINTS)[number];

/** The initial bearing from `from` to `to`, in degrees clockwise from north (0–360). */
export function bearingDegrees(from: LngLat, to: LngLat): number {
	return (bearing(point(from), point(to)) + 360) % 360;
}

/** The nearest of the eight compass points for a bearing. */
export function compassPoint(degrees: number): CompassPoint {
	return COMPASS_POINTS[Math.round((((degrees % 360) + 360) % 360) / 45) % 8]!;
}

/** Where `to` lies as seen from `from`: "north-east". */
export function directionOf(to: LngLat, from: LngLat): CompassPoint {
	return compassPoint(bearingDegrees(from, to));
}

/**
 * True when `claimed` is a fair word for the direction: the nearest compass point, or one of the
 * two beside it when the bearing lies within 10° of their border ("east" for 60°, not for 50°).
 */
export function directionFits(claimed: CompassPoint, degrees: number): boolean {
	const index = COMPASS_POINTS.indexOf(claimed);
	const centre = index * 45;
	const off = Math.abs(((degrees - centre + 540) % 360) - 180);
	return off <= 22.5 + 10;
}

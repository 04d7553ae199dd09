/**
 * The compass directions our text gives between places ("Shusha lies south of Khankendi"),
 * checked against the coordinates. Pure.
 */
import { bearingDegrees, directionFits, type CompassPoint } from '../geo/direction';
import type { LngLat } from '../geo/geo';

export interface NamedPoint {
	names: string[];
	lngLat: LngLat;
}

export interface DirectionClaim {
	subject: string;
	claimed: CompassPoint;
	reference: string;
	/** The bearing from the reference to the subject, in degrees. */
	degrees: number;
	fits: boolean;
}

const NAME = String.raw`\p{Lu}[\p{L}’'-]+(?:\s\p{Lu}[\p{L}’'-]+)?`;
const CLAIM = new RegExp(
	String.raw`(${NAME})\s+(?:lies|is|stands|sits)\s+(?:[\p{Ll}\d,\s-]*?\s)?(north-east|north-west|south-east|south-west|north|south|east|west)\s+of\s+(${NAME})`,
	'gu'
);

/** Every "X lies <direction> of Y" in `text` where X and Y are both places on the map. */
export function directionClaims(text: string, places: NamedPoint[]): DirectionClaim[] {
	const find = (name: string) =>
		places.find((p) => p.names.some((n) => n.toLowerCase() === name.toLowerCase()));
	const claims: DirectionClaim[] = [];
	for (const [, subjectName, direction, referenceName] of text.matchAll(CLAIM)) {
		const subject = find(subjectName!);
		const reference = find(referenceName!);
		if (!subject || !reference) continue;
		const degrees = bearingDegrees(reference.lngLat, subject.lngLat);
		const claimed = direction as CompassPoint;
		claims.push({
			subject: subjectName!,
			claimed,
			reference: referenceName!,
			degrees,
			fits: directionFits(claimed, degrees)
		});
	}
	return claims;
}

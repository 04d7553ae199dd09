/** Content checks that once let a mistake through. */
import { describe, expect, it } from 'vitest';
import { checkPlacesAgainstGazetteer, loadGazetteer } from '../../scripts/gazetteer';
import { formatProblems, validateContent } from '../../src/lib/content/validate';
import { distanceKm } from '../../src/lib/geo/geo';
import { realContent } from './content-fixture';

const raw = realContent();

describe('the gazetteer check (fault 7)', () => {
	const places = validateContent(raw).content!.places;
	const gazetteer = loadGazetteer();
	const aghdam = places.find((p) => p.id === 'aghdam')!;
	const g = gazetteer.get(148619)!;
	/** Aghdam's GeoNames point moved `km` north. */
	const moved = (km: number) => ({
		...aghdam,
		lngLat: [g.lngLat[0], g.lngLat[1] + km / 111.195] as [number, number]
	});

	it('refuses a point 1.49 km off (more than the 1 km allowed, though it rounds to 1)', () => {
		const place = moved(1.49);
		expect(distanceKm(place.lngLat, g.lngLat)).toBeCloseTo(1.49, 2);
		const problems = checkPlacesAgainstGazetteer([place], gazetteer);
		expect(problems.map((p) => p.message)).toEqual([
			expect.stringContaining('coordinates are 1.5 km from GeoNames 148619')
		]);
	});

	it('accepts a point 0.9 km off', () => {
		expect(checkPlacesAgainstGazetteer([moved(0.9)], gazetteer)).toEqual([]);
	});
});

describe('chapter slugs (fault 8)', () => {
	it('refuses a chapter slugged "overview", which would get the overview’s pictures', () => {
		const chapters = raw.chapters.map((file) =>
			file.path.endsWith('/07-baku.yaml')
				? {
						path: 'content/chapters/07-overview.yaml',
						text: file.text.replace(/^slug: baku$/m, 'slug: overview')
					}
				: file
		);
		expect(chapters.some((c) => c.text.includes('slug: overview'))).toBe(true);
		const { content, problems } = validateContent({ ...raw, chapters });
		expect(content).toBeNull();
		expect(formatProblems(problems)).toMatch(
			/07-overview\.yaml[\s\S]*slug: "overview" is reserved for the story's overview/
		);
	});
});

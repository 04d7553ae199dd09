import { describe, expect, it } from 'vitest';
import { validateContent } from '$lib/content/validate';
import { realContent } from '../../../tests/unit/content-fixture';
import { connectionsCollection, placesCollection } from './features';
import { passagesNaming } from './mentions';

const content = validateContent(realContent()).content!;
const place = (id: string) => content.places.find((p) => p.id === id)!;

describe('passagesNaming', () => {
	it('finds every passage naming a place in any spelling, once each', () => {
		const aghdam = passagesNaming(place('aghdam'), content.chapters);
		expect(aghdam.some((p) => p.quote.includes('Agdam'))).toBe(true);
		expect(aghdam.some((p) => p.quote.includes('Aghdam'))).toBe(true);
		expect(new Set(aghdam.map((p) => p.id)).size).toBe(aghdam.length);
	});

	it('gives each place without a chapter of its own something to show in its panel', () => {
		for (const id of ['kizilcahamam', 'khatai', 'ballija']) {
			expect(place(id).chapterSlug).toBeNull();
			expect(passagesNaming(place(id), content.chapters).length, id).toBeGreaterThan(0);
		}
	});
});

describe('map features', () => {
	it('puts every place on the map as a point with its id and name', () => {
		const fc = placesCollection(content.places);
		expect(fc.features).toHaveLength(content.places.length);
		expect(fc.features[0]).toMatchObject({
			id: 'khojaly',
			geometry: { type: 'Point', coordinates: [46.79028, 39.91297] },
			properties: { name: 'Khojaly' }
		});
	});

	it("draws a chapter's connections and nothing for a chapter without any", () => {
		const aghdam = content.chapters.find((c) => c.slug === 'aghdam');
		expect(connectionsCollection(aghdam!.connections, content.places).features).toHaveLength(1);
		expect(
			connectionsCollection(content.chapters[0]!.connections, content.places).features
		).toHaveLength(0);
		expect(
			connectionsCollection([{ from: 'nowhere', to: 'aghdam', label: 'x' }], content.places)
				.features
		).toHaveLength(0);
	});
});

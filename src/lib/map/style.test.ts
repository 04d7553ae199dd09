import { describe, expect, it } from 'vitest';
import { basemapStyle, storyLayers, STORY_LAYERS } from './style';

describe('the self-hosted basemap style', () => {
	const style = basemapStyle('/base/basemap');
	const json = JSON.stringify(style);

	it('loads nothing from another origin: no glyphs, no sprite, no remote tiles', () => {
		expect(style.glyphs).toBeUndefined();
		expect(style.sprite).toBeUndefined();
		expect(json).not.toMatch(/https?:\/\//);
		for (const source of Object.values(style.sources))
			if ('data' in source && typeof source.data === 'string')
				expect(source.data.startsWith('/base/basemap/')).toBe(true);
	});

	it('draws water, land, borders and the Caspian label', () => {
		const ids = style.layers.map((l) => l.id);
		expect(ids).toEqual(expect.arrayContaining(['water', 'region-land', 'borders', 'sea-labels']));
	});
});

describe('story layers', () => {
	it('highlight exactly the active places', () => {
		const layers = storyLayers(['aghdam'], []);
		const halo = layers.find((l) => l.id === STORY_LAYERS.halo)!;
		expect('filter' in halo && halo.filter).toEqual(['in', ['get', 'id'], ['literal', ['aghdam']]]);
		// Outlines and the rings of approximate positions lie under the rest; outline labels on top.
		expect(layers.map((l) => l.id)).toEqual([
			STORY_LAYERS.areaFill,
			STORY_LAYERS.areaLine,
			STORY_LAYERS.uncertaintyFill,
			STORY_LAYERS.uncertaintyLine,
			STORY_LAYERS.connections,
			STORY_LAYERS.halo,
			STORY_LAYERS.places,
			STORY_LAYERS.labels,
			STORY_LAYERS.areaLabels
		]);
	});

	it('draw only the active chapter’s outlines', () => {
		const layers = storyLayers([], ['czechia', 'arkansas']);
		for (const id of [STORY_LAYERS.areaFill, STORY_LAYERS.areaLine, STORY_LAYERS.areaLabels]) {
			const layer = layers.find((l) => l.id === id)!;
			expect('filter' in layer && layer.filter).toEqual([
				'in',
				['get', 'id'],
				['literal', ['czechia', 'arkansas']]
			]);
		}
	});
});

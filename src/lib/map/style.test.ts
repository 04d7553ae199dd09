import { readFileSync } from 'node:fs';
import {
	createPropertyExpression,
	featureFilter,
	latest,
	validateStyleMin
} from '@maplibre/maplibre-gl-style-spec';
import type { FilterSpecification, LayerSpecification } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { storyCollection } from '$lib/story/features';
import { glyphsUrl } from './glyphs';
import { COLORS } from './look';
import {
	basemapStyle,
	NO_AREAS,
	storyLayers,
	storySources,
	STORY_LAYERS,
	STORY_SOURCES
} from './style';

describe('the self-hosted basemap style', () => {
	const style = basemapStyle('/base/basemap', glyphsUrl('/base'));
	const json = JSON.stringify(style);

	it('loads nothing from another origin: glyphs from the site, no sprite, no remote tiles', () => {
		expect(style.glyphs).toBe('/base/glyphs/{fontstack}/{range}.pbf');
		expect(style.sprite).toBeUndefined();
		expect(json).not.toMatch(/https?:\/\//);
		const urls = Object.values(style.sources).flatMap((source) => [
			...('data' in source && typeof source.data === 'string' ? [source.data] : []),
			...('tiles' in source ? (source.tiles ?? []) : [])
		]);
		// Only pre-built tiles: no GeoJSON for the map's worker to parse and cut on every visit.
		expect(urls.sort()).toEqual([
			'/base/basemap/tiles/{z}/{x}/{y}.pbf',
			'/base/basemap/world-tiles/{z}/{x}/{y}.pbf'
		]);
		for (const url of urls) expect(url.startsWith('/base/basemap/')).toBe(true);
	});

	it('draws land, borders and the Caspian label, over water that is the container’s colour', () => {
		const ids = style.layers.map((l) => l.id);
		expect(ids).toEqual(
			expect.arrayContaining(['world-land', 'region-land', 'borders', 'sea-labels'])
		);
		// A background layer would cost a shader program as the map starts (see sky.ts).
		expect(style.layers.filter((l) => l.type === 'background')).toEqual([]);
	});

	it('shows the same water around the map while it starts', () => {
		const region = readFileSync('src/lib/story/MapRegion.svelte', 'utf8');
		const background = /\.map-region \{[^}]*background: (#[0-9a-f]{6})/.exec(region)?.[1];
		expect(background).toBe(COLORS.water);
	});
});

const point = (id: string) => ({
	type: 'Feature' as const,
	geometry: { type: 'Point' as const, coordinates: [46.75, 39.9] },
	properties: { id, name: id, rank: 1, label: id, anchor: 'left' }
});
/** The story's one source, as the map builds it: two places and one outline's label. */
const story = storyCollection({
	places: { type: 'FeatureCollection', features: [point('khojaly'), point('aghdam')] },
	connections: { type: 'FeatureCollection', features: [] },
	uncertainty: { type: 'FeatureCollection', features: [] },
	areaLabels: { type: 'FeatureCollection', features: [point('czechia')] }
});
/** The outlines' own source: features with an id and no kind. */
const outlines = ['czechia', 'arkansas', 'mexico'].map((id) => ({ properties: { id } }));

/** The ids a layer draws of `features`, by MapLibre's own filter evaluation. */
function drawn(
	layers: LayerSpecification[],
	layerId: string,
	features: { properties: Record<string, unknown> | null }[] = story.features
): string[] {
	const layer = layers.find((l) => l.id === layerId)!;
	const filter = featureFilter(
		('filter' in layer ? layer.filter : undefined) as FilterSpecification,
		`layers.${layerId}.filter`
	);
	return features
		.filter((f) => filter.filter({ zoom: 8 }, { type: 1, properties: f.properties ?? {} }))
		.map((f) => String(f.properties?.id));
}

describe('story layers', () => {
	it('highlight exactly the active places, and draw every place', () => {
		const layers = storyLayers(['aghdam'], []);
		expect(drawn(layers, STORY_LAYERS.halo)).toEqual(['aghdam']);
		expect(drawn(layers, STORY_LAYERS.places)).toEqual(['khojaly', 'aghdam']);
		expect(drawn(layers, STORY_LAYERS.labels)).toEqual(['khojaly', 'aghdam']);
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

	it('draw only the active chapter’s outlines and their labels', () => {
		const layers = storyLayers([], ['czechia', 'arkansas']);
		for (const id of [STORY_LAYERS.areaFill, STORY_LAYERS.areaLine]) {
			expect(drawn(layers, id, outlines)).toEqual(['czechia', 'arkansas']);
			expect(layers.find((l) => l.id === id)).toMatchObject({ layout: { visibility: 'visible' } });
		}
		// The label is drawn once, as a label: the places' layers leave it alone.
		expect(drawn(layers, STORY_LAYERS.areaLabels)).toEqual(['czechia']);
		expect(drawn(layers, STORY_LAYERS.places)).toEqual(['khojaly', 'aghdam']);
	});

	it('hide the outlines, and so load none, where the chapter has none', () => {
		const layers = storyLayers(['khojaly'], []);
		for (const id of [STORY_LAYERS.areaFill, STORY_LAYERS.areaLine, STORY_LAYERS.areaLabels])
			expect(layers.find((l) => l.id === id)).toMatchObject({ layout: { visibility: 'none' } });
	});
});

describe('the whole style, basemap and story', () => {
	// The map skips MapLibre's own check of the style (validateStyle: false), so it is made here.
	it('is a valid MapLibre style', () => {
		const basemap = basemapStyle('/basemap', glyphsUrl(''));
		const style = {
			...basemap,
			sources: { ...basemap.sources, ...storySources(story, '/data/recognition.geojson') },
			layers: [...basemap.layers, ...storyLayers(['khojaly'], ['czechia'])]
		};
		expect(validateStyleMin(style).map((e) => e.message)).toEqual([]);
		expect(Object.keys(style.sources)).toEqual(
			expect.arrayContaining([STORY_SOURCES.story, STORY_SOURCES.areas])
		);
	});

	it('asks for the outlines only when given their address (a map that starts elsewhere has none)', () => {
		expect(storySources(story, null)[STORY_SOURCES.areas]).toEqual({
			type: 'geojson',
			data: NO_AREAS
		});
		expect(storySources(story, '/data/recognition.geojson')[STORY_SOURCES.areas]).toEqual({
			type: 'geojson',
			data: '/data/recognition.geojson'
		});
	});

	// MapLibre compiles a shader program per layer type and per set of paint properties that vary
	// per feature; each compile holds up the map's start on a phone (see perFeature in style.ts).
	it('gives every circle layer, and every label layer, the same per-feature paint properties', () => {
		const basemap = basemapStyle('/basemap', glyphsUrl(''));
		const layers = [...basemap.layers, ...storyLayers(['khojaly'], ['czechia'])];
		const perFeatureProperties = (layer: LayerSpecification) =>
			Object.entries(('paint' in layer && layer.paint) || {})
				.filter(([name, value]) => {
					const paintSpecs = latest as unknown as Record<string, Record<string, unknown>>;
					const spec = paintSpecs[`paint_${layer.type}`]![name];
					const parsed = createPropertyExpression(value, name, spec as never);
					if (parsed.result !== 'success') throw new Error(`${layer.id} ${name}`);
					return parsed.value.kind === 'source' || parsed.value.kind === 'composite';
				})
				.map(([name]) => name)
				.sort()
				.join(' ');
		for (const type of ['circle', 'symbol'] as const) {
			const sets = new Set(layers.filter((l) => l.type === type).map(perFeatureProperties));
			expect([...sets], type).toHaveLength(1);
		}
	});
});

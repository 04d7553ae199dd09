import { featureFilter } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { glyphsUrl } from './glyphs';
import {
	areaNameBox,
	cutNames,
	LABEL_EDGE_MARGIN,
	namesToLeaveOut,
	townBox,
	unnamedTowns
} from './label-edges';
import { REFERENCE_TOWN_MIN_ZOOM } from './look';
import { basemapStyle, NAME_LAYERS, nameLayerFilter, type NameLayer } from './style';

const WIDTH = 390;
const HEIGHT = 320;
/** The zoom buttons at the top right, as on a phone. */
const ZOOM_BUTTONS = { x0: 350, x1: 380, y0: 10, y1: 70 };

/** A town's dot at (x, y) on the map. */
const town = (name: string, x: number, y: number, capital = false, local = false) => ({
	name,
	capital,
	local,
	at: [x, y] as [number, number]
});

describe('cutNames', () => {
	const at = (name: string, x: number, y: number) => ({
		name,
		box: areaNameBox(name, false, [x, y])
	});

	it('leaves out a name that crosses the map’s side, and keeps one inside it', () => {
		const kazakhstan = at('Kazakhstan', WIDTH - 20, 150);
		const georgia = at('Georgia', 200, 150);
		expect(kazakhstan.box.x1).toBeGreaterThan(WIDTH);
		expect(cutNames([kazakhstan, georgia], WIDTH, HEIGHT, [])).toEqual(['Kazakhstan']);
	});

	it('leaves out a name whose point is off the map but whose letters reach into it', () => {
		const uzbekistan = at('Uzbekistan', WIDTH + 30, 150);
		expect(uzbekistan.box.x0).toBeLessThan(WIDTH);
		expect(cutNames([uzbekistan], WIDTH, HEIGHT, [])).toEqual(['Uzbekistan']);
		// One wholly off the map is not drawn anyway: nothing to leave out.
		expect(cutNames([at('Mongolia', WIDTH + 400, 150)], WIDTH, HEIGHT, [])).toEqual([]);
	});

	it('keeps a name its margin from the side, not closer', () => {
		const name = 'Iran';
		const half = areaNameBox(name, false, [0, 0]).x1;
		const inside = at(name, WIDTH - LABEL_EDGE_MARGIN - half, 150);
		expect(cutNames([inside], WIDTH, HEIGHT, [])).toEqual([]);
		expect(
			cutNames([at(name, WIDTH - LABEL_EDGE_MARGIN - half + 1, 150)], WIDTH, HEIGHT, [])
		).toEqual([name]);
	});

	it('leaves out a name under a control, and lists each name once, sorted', () => {
		const under = at('Ukraine', 360, 40);
		expect(cutNames([under, at('Russia', 200, 40)], WIDTH, HEIGHT, [ZOOM_BUTTONS])).toEqual([
			'Ukraine'
		]);
		const twice = [at('Turkmenistan', WIDTH - 5, 200), at('Turkmenistan', WIDTH - 5, 201)];
		expect(cutNames([...twice, at('Armenia', -5, 100)], WIDTH, HEIGHT, [])).toEqual([
			'Armenia',
			'Turkmenistan'
		]);
	});
});

describe('namesToLeaveOut', () => {
	it('leaves out a town whose name its dot just off the map would cut, with its dot', () => {
		// Bucharest's dot a few pixels left of a phone's map: its name reaches in.
		const bucharest = town('Bucharest', -4, 90, true);
		expect(townBox(bucharest, bucharest.at).x1).toBeGreaterThan(0);
		const left = namesToLeaveOut({ areas: [], towns: [bucharest] }, 4, WIDTH, HEIGHT, []);
		expect(left).toEqual({ areas: [], towns: ['Bucharest'] });
	});

	it('ignores a town the map does not draw at that zoom', () => {
		const tertar = town('Tartar', 360, 40);
		const names = { areas: [], towns: [tertar] };
		const below = REFERENCE_TOWN_MIN_ZOOM - 1;
		expect(namesToLeaveOut(names, below, WIDTH, HEIGHT, [ZOOM_BUTTONS]).towns).toEqual([]);
		expect(
			namesToLeaveOut(names, REFERENCE_TOWN_MIN_ZOOM, WIDTH, HEIGHT, [ZOOM_BUTTONS]).towns
		).toEqual(['Tartar']);
	});

	it('sizes a sea’s name as the map draws it', () => {
		const style = basemapStyle('/basemap', glyphsUrl(''));
		const seaSize = (
			style.layers.find((l) => l.id === 'sea-labels')!.layout as { 'text-size': number }
		)['text-size'];
		const box = areaNameBox('Caspian Sea', true, [0, 0]);
		expect(box.y1 - box.y0).toBeCloseTo(seaSize * (0.75 + 5 / 12));
		// Just room for it from the side; a pixel closer and it is left out.
		const names = (x: number) => ({
			areas: [{ name: 'Caspian Sea', water: true, at: [x, 200] as [number, number] }],
			towns: []
		});
		const fits = WIDTH - LABEL_EDGE_MARGIN - box.x1;
		expect(namesToLeaveOut(names(fits), 4, WIDTH, HEIGHT, []).areas).toEqual([]);
		expect(namesToLeaveOut(names(fits + 1), 4, WIDTH, HEIGHT, []).areas).toEqual(['Caspian Sea']);
	});
});

describe('unnamedTowns', () => {
	it('lists the towns whose dot the map draws without their name, each once, sorted', () => {
		const towns = [
			town('Askyaran', 100, 100),
			town('Askyaran', 100, 100),
			town('Barda', 200, 100),
			town('Agdash', 150, 200)
		];
		expect(unnamedTowns(towns, 9, WIDTH, HEIGHT, new Set(['Barda']))).toEqual([
			'Agdash',
			'Askyaran'
		]);
		expect(unnamedTowns(towns, 9, WIDTH, HEIGHT, new Set(['Barda', 'Agdash', 'Askyaran']))).toEqual(
			[]
		);
	});

	it('leaves alone the dots the map does not draw: off the map, or not at this zoom', () => {
		const offMap = town('Ganja', WIDTH + 10, 100);
		const smallTown = town('Tartar', 100, 100);
		const capital = town('Baku', 100, 100, true);
		const zoom = REFERENCE_TOWN_MIN_ZOOM - 1;
		expect(unnamedTowns([offMap, smallTown, capital], zoom, WIDTH, HEIGHT, new Set())).toEqual([
			'Baku'
		]);
	});
});

describe('the name layers’ filters', () => {
	const style = basemapStyle('/basemap', glyphsUrl(''));
	const ids = Object.keys(NAME_LAYERS) as NameLayer[];

	it('are the basemap’s own filters while nothing is left out', () => {
		for (const id of ids) {
			const layer = style.layers.find((l) => l.id === id);
			expect(layer && 'filter' in layer ? layer.filter : undefined, id).toEqual(
				NAME_LAYERS[id].filter
			);
		}
	});

	it('drop the names left out, and keep the rest', () => {
		const zoom = 9;
		const feature = (properties: Record<string, unknown>) => ({ type: 1 as const, properties });
		const filterOf = (id: NameLayer, leftOut: string[]) =>
			featureFilter(nameLayerFilter(id, leftOut), `layers.${id}.filter`);
		const ukraine = feature({ name: 'Ukraine' });
		const russia = feature({ name: 'Russia' });
		const filter = filterOf('country-labels', ['Ukraine']);
		expect(filter.filter({ zoom }, ukraine)).toBe(false);
		expect(filter.filter({ zoom }, russia)).toBe(true);
		const tertar = feature({ name: 'Tartar', capital: false });
		const towns = filterOf('reference-city-labels', ['Tartar']);
		expect(towns.filter({ zoom }, tertar)).toBe(false);
		expect(towns.filter({ zoom }, feature({ name: 'Barda', capital: false }))).toBe(true);
	});
});

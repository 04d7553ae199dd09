/**
 * Basemap names that would be cut: by the map's side, or under one of its controls. MapLibre
 * keeps a label off other labels, but it draws a name across the map's edge and under its
 * buttons ("KAZAKHST…" at a phone's edge, a town's name whose dot is just off the map). The
 * static pictures leave such a name out (a town with its dot); the live map does the same, by
 * these boxes and this rule. It also leaves out a town's dot where MapLibre hid the town's name
 * (unnamedTowns), and names no country or sea on a world view (areaNamesDrawn). Pure.
 */
import { estimatedTextWidth } from '$lib/staticmap/text';
import {
	AREA_NAME,
	AREA_NAME_ZOOMS,
	LABEL_SIZE,
	LOCAL_TOWN_MIN_ZOOM,
	REFERENCE_TOWN_MIN_ZOOM
} from './look';

/** A box on the map, in px from its top left (geo/frame.ts's LabelBox is relative to a point). */
export interface ScreenBox {
	x0: number;
	x1: number;
	y0: number;
	y1: number;
}

/** How far (px) a name keeps from the map's sides. */
export const LABEL_EDGE_MARGIN = 2;

/** A country's or sea's name as the map draws it: countries in capitals. */
export const areaNameText = (name: string, water: boolean) => (water ? name : name.toUpperCase());

/** Whether the basemap names countries and seas at `zoom` (AREA_NAME_ZOOMS). */
export const areaNamesDrawn = (zoom: number) =>
	zoom >= AREA_NAME_ZOOMS.min && zoom < AREA_NAME_ZOOMS.max;

/** A country's or sea's name's size and letter spacing. */
export const areaNameLook = (water: boolean) => (water ? AREA_NAME.sea : AREA_NAME.country);

/**
 * The box a country or sea name takes, centred on its point (`at`, px): countries are drawn in
 * capitals; both are letter-spaced.
 */
export function areaNameBox(
	name: string,
	water: boolean,
	at: readonly [number, number]
): ScreenBox {
	const { size, letterSpacing } = areaNameLook(water);
	const halfWidth = (estimatedTextWidth(areaNameText(name, water), size) * (1 + letterSpacing)) / 2;
	return {
		x0: at[0] - halfWidth,
		x1: at[0] + halfWidth,
		y0: at[1] - size * 0.75,
		y1: at[1] + (size * 5) / 12
	};
}

export interface Town {
	name: string;
	capital: boolean;
	/** A local town: smaller, and only at chapter zooms. */
	local?: boolean;
}

/** Whether the basemap draws a town at `zoom`: capitals always, other towns from a zoom on. */
export function townDrawn(town: Town, zoom: number): boolean {
	return zoom >= (town.local ? LOCAL_TOWN_MIN_ZOOM : town.capital ? 0 : REFERENCE_TOWN_MIN_ZOOM);
}

export const townLabelSize = (town: Town) => (town.local ? LABEL_SIZE.local : LABEL_SIZE.reference);

/** The box a town's dot and its name (to the right of the dot) take, from the dot (`at`, px). */
export function townBox(town: Town, at: readonly [number, number]): ScreenBox {
	const w = estimatedTextWidth(town.name, townLabelSize(town));
	return { x0: at[0] - 3, x1: at[0] + 7 + w, y0: at[1] - 8, y1: at[1] + 6 };
}

/** Whether `box` lies inside a `width` × `height` map, LABEL_EDGE_MARGIN from its sides. */
export function insideMap(box: ScreenBox, width: number, height: number): boolean {
	const m = LABEL_EDGE_MARGIN;
	return box.x0 >= m && box.x1 <= width - m && box.y0 >= m && box.y1 <= height - m;
}

export const overlaps = (a: ScreenBox, b: ScreenBox) =>
	a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/**
 * Of these names and their boxes on a `width` × `height` map, those to leave out: a box that
 * reaches into the map but crosses its side, or lies under a control (`controls`: their boxes, px
 * from the map's top left). Sorted, each once.
 */
export function cutNames(
	boxes: readonly { name: string; box: ScreenBox }[],
	width: number,
	height: number,
	controls: readonly ScreenBox[]
): string[] {
	const map = { x0: 0, x1: width, y0: 0, y1: height };
	const cut = new Set<string>();
	for (const { name, box } of boxes)
		if (
			overlaps(box, map) &&
			(!insideMap(box, width, height) || controls.some((c) => overlaps(box, c)))
		)
			cut.add(name);
	return [...cut].sort();
}

/**
 * The towns whose dot a `width` × `height` map at `zoom` draws while it does not draw their name
 * (`named`: the names it draws). MapLibre hides a name that would collide with another, and a dot
 * layer does not follow it; a dot without a name tells a reader nothing, so it goes too, as in the
 * static pictures. Sorted, each once.
 */
export function unnamedTowns(
	towns: readonly TownAt[],
	zoom: number,
	width: number,
	height: number,
	named: ReadonlySet<string>
): string[] {
	const inView = ([x, y]: readonly [number, number]) =>
		x >= 0 && x <= width && y >= 0 && y <= height;
	const unnamed = towns.filter(
		(town) => townDrawn(town, zoom) && inView(town.at) && !named.has(town.name)
	);
	return [...new Set(unnamed.map((t) => t.name))].sort();
}

/** A country's or sea's name where it is drawn (px from the map's top left). */
export interface AreaNameAt {
	name: string;
	water: boolean;
	at: [number, number];
}

/** A town where its dot is drawn (px from the map's top left). */
export interface TownAt extends Town {
	at: [number, number];
}

/**
 * The names to leave out of a `width` × `height` map at `zoom`: countries' and seas', and towns'
 * (a town with its dot, as the static pictures do), each list sorted.
 */
export function namesToLeaveOut(
	names: { areas: readonly AreaNameAt[]; towns: readonly TownAt[] },
	zoom: number,
	width: number,
	height: number,
	controls: readonly ScreenBox[]
): { areas: string[]; towns: string[] } {
	const areaBoxes = (areaNamesDrawn(zoom) ? names.areas : []).map(({ name, water, at }) => ({
		name,
		box: areaNameBox(name, water, at)
	}));
	const townBoxes = names.towns
		.filter((town) => townDrawn(town, zoom))
		.map((town) => ({ name: town.name, box: townBox(town, town.at) }));
	return {
		areas: cutNames(areaBoxes, width, height, controls),
		towns: cutNames(townBoxes, width, height, controls)
	};
}

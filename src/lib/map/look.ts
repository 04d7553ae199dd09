/**
 * How the map looks, defined once: colours, marker radii, the active place's halo and label
 * sizes. The live MapLibre style (style.ts) and the static pictures (staticmap/render.ts) both
 * read these, so the picture shown before the map loads is the map the reader then gets.
 */
export const COLORS = {
	water: '#c9d9e3',
	land: '#f4f1ea',
	border: '#8d8577',
	coast: '#a9b9c4',
	countryLabel: '#6b645a',
	reference: '#77706a',
	waterLabel: '#4f6b7d',
	place: '#3b3b3b',
	placeLabel: '#222222',
	active: '#a3261b',
	connection: '#a3261b',
	halo: '#ffffff'
} as const;

/** A place's dot radius (px): the active place, a main place (rank 1), a smaller one (rank 2). */
export const PLACE_RADIUS = { active: 7, rank1: 5, rank2: 4 } as const;
/** The white ring round every dot (px). */
export const PLACE_STROKE_WIDTH = 2;

/** The halo round the active place (px); phones keep it inside the map band (geo/camera.ts). */
export const ACTIVE_HALO_RADIUS = 16;
export const ACTIVE_HALO = {
	fillOpacity: 0.18,
	strokeWidth: 1.5,
	strokeOpacity: 0.6
} as const;

/** How far a place's name sits from its point, in ems (MapLibre's text-radial-offset). */
export const PLACE_LABEL_OFFSET = 0.9;
/**
 * Where a place's name may go round its dot, in order (MapLibre's text anchors: the part of the
 * name at the point): to the right, above, below, and only then to the left, which at a map's west
 * edge runs out of the map. The live map and the static pictures try them in this order.
 */
export const PLACE_LABEL_ANCHORS = ['left', 'bottom', 'top', 'right'] as const;

/** Label sizes (px): the active place, main places, smaller places, reference towns, countries. */
export const LABEL_SIZE = {
	active: 17,
	rank1: 14,
	rank2: 12.5,
	reference: 11.5,
	/** Local towns: quieter than the reference towns, and only at chapter zooms. */
	local: 10.5,
	country: 12,
	sea: 13
} as const;
/**
 * Country and sea names: size (px) and letter spacing (em), as the live map draws them and the
 * static pictures do.
 */
export const AREA_NAME = {
	country: { size: LABEL_SIZE.country, letterSpacing: 0.15 },
	sea: { size: LABEL_SIZE.sea, letterSpacing: 0.1 }
} as const;

/**
 * The zooms at which country and sea names are drawn. Below `min`, world views (the recognition
 * chapter's: zoom 1.2 in the page's picture, −0.4 on a phone) name no country: the basemap names
 * only the detailed region's countries, and one such name among the outlines' labels ("ROMANIA")
 * would read as one of them. The story's regional views start at about 3.2 (a narrow phone's
 * overview). Above `max`, a chapter's close view names towns, not countries.
 */
export const AREA_NAME_ZOOMS = { min: 2.5, max: 9 } as const;

/** The white outline that keeps a label legible over borders and coasts (px). */
export const LABEL_HALO_WIDTH = 2;

/** The ring of an approximate position: a faint fill and a dashed edge. */
export const UNCERTAINTY = {
	fillOpacity: 0.07,
	lineWidth: 1.2,
	lineOpacity: 0.55,
	/** Dash and gap, in line widths (MapLibre) — the pictures multiply by the width. */
	dash: [3, 2]
} as const;

/** An outline the recognition chapter draws: the active colour, a light fill, a firm edge. */
export const AREA = {
	fillOpacity: 0.28,
	lineWidth: 1.2,
	lineOpacity: 0.9,
	labelSize: 13,
	/** Labels wrap at about this many characters (MapLibre's text-max-width is in ems: half). */
	labelMaxWidth: 18,
	/** Line height, in ems (MapLibre's default text-line-height). */
	labelLineHeight: 1.2
} as const;

/**
 * The scale bar: at most this long (px), in steps of 1, 2 or 5 × 10ⁿ km. The live map's bar is
 * at least half of it, and its distance ("10000 km") is written inside the bar: at 100 px a
 * world view's "5000 km" ran past the bar's end.
 */
export const SCALE_BAR_MAX_WIDTH = 120;

/** The frame on the locator inset showing where the main map is (live inset and pictures). */
export const INSET_FRAME = { color: COLORS.active, width: 2 } as const;

export const REFERENCE_DOT_RADIUS = 2.5;
export const LOCAL_DOT_RADIUS = 2;
/** District seats show from this zoom; the smaller local towns from LOCAL_TOWN_MIN_ZOOM. */
export const REFERENCE_TOWN_MIN_ZOOM = 7;
export const LOCAL_TOWN_MIN_ZOOM = 8.5;
/** Local towns are drawn in the reference colour at this opacity: present, not competing. */
export const LOCAL_TOWN_OPACITY = 0.75;
export const COAST_WIDTH = 0.8;

/** The dot radius and label size of a place. */
export function placeMark(active: boolean, rank: 1 | 2) {
	if (active) return { radius: PLACE_RADIUS.active, label: LABEL_SIZE.active };
	return rank === 1
		? { radius: PLACE_RADIUS.rank1, label: LABEL_SIZE.rank1 }
		: { radius: PLACE_RADIUS.rank2, label: LABEL_SIZE.rank2 };
}

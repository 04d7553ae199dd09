/**
 * Draws a map as SVG from the same basemap, places and camera as the live map (its Web Mercator,
 * from lib/geo/projection.ts; no bearing or pitch). Used at build time for place pages and map
 * fallbacks.
 */
import { geoArea, geoMercator, geoPath } from 'd3-geo';
import type { FeatureCollection, Geometry, Point, Position } from 'geojson';
import type { Camera } from '$lib/geo/geo';
import {
	pixelInViewport,
	pixelsPerRadian,
	positionInViewport,
	type LngLat
} from '$lib/geo/projection';
import {
	ACTIVE_HALO,
	ACTIVE_HALO_RADIUS,
	AREA,
	COAST_WIDTH,
	COLORS,
	INSET_FRAME,
	LABEL_HALO_WIDTH,
	PLACE_LABEL_ANCHORS,
	PLACE_STROKE_WIDTH,
	placeMark,
	LOCAL_DOT_RADIUS,
	LOCAL_TOWN_OPACITY,
	REFERENCE_DOT_RADIUS,
	SCALE_BAR_MAX_WIDTH,
	UNCERTAINTY
} from '$lib/map/look';
import { scaleBar } from '$lib/geo/scale';
import { areaLabelLayout } from '$lib/map/area-label';
import {
	areaNameBox,
	areaNameLook,
	areaNamesDrawn,
	areaNameText,
	insideMap,
	LABEL_EDGE_MARGIN,
	overlaps,
	townBox,
	townDrawn,
	townLabelSize,
	type ScreenBox
} from '$lib/map/label-edges';
import { estimatedTextWidth } from './text';
import {
	drawnFrame,
	INSET_CAMERA,
	INSET_SIZE,
	insetFrame,
	insetUseful,
	type InsetFrame
} from '$lib/geo/inset';

export interface StaticMapInput {
	width: number;
	height: number;
	camera: Pick<Camera, 'center' | 'zoom'>;
	land: FeatureCollection<Geometry>;
	borders: FeatureCollection<Geometry>;
	/** Country and sea names. */
	areaLabels?: FeatureCollection<Geometry>;
	/** Reference towns (GeoNames), drawn small and grey. */
	towns?: FeatureCollection<Geometry>;
	/** Rings round places whose position is approximate (story/features.ts). */
	rings?: FeatureCollection<Geometry>;
	/** Outlines the view draws (the recognition chapter's), each with its label. */
	areas?: {
		geometry: Geometry;
		label: string;
		labelPoint: [number, number];
		labelAnchor?: string;
	}[];
	places: { id: string; name: string; lngLat: [number, number]; rank: 1 | 2 }[];
	activeIds: string[];
	/** Accessible description of the picture. */
	title: string;
	/** Moves the map's centre this many pixels right of the picture's centre (room for a caption). */
	offsetX?: number;
	/** Extra SVG drawn over the map (e.g. a caption panel). */
	overlay?: string;
	/** Draw the scale bar (default true; the locator inset itself has none). */
	scaleBar?: boolean;
	/** Border lines: dashed as on the live map, or fine and solid (the locator inset's size). */
	borderStyle?: 'dashed' | 'fine';
	/**
	 * The locator inset's picture (renderInset), drawn in the bottom-right corner with a frame
	 * where this picture's view lies, on pictures whose view it helps (geo/inset.ts).
	 */
	inset?: string;
}

function label(
	x: number,
	y: number,
	text: string,
	size: number,
	color: string,
	weight: number
): string {
	return `<text x="${x.toFixed(1)}" y="${y.toFixed(1)}" font-size="${size}" font-weight="${weight}" fill="${color}" stroke="${COLORS.halo}" stroke-width="${LABEL_HALO_WIDTH * 1.5}" paint-order="stroke" stroke-linejoin="round">${escapeXml(text)}</text>`;
}

export function escapeXml(text: string): string {
	return text.replace(
		/[<>&"']/g,
		(c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&#39;' })[c]!
	);
}

/**
 * The live map's projection for a picture of this size, as d3-geo draws paths with it: a d3
 * Mercator whose scale and origin come from the shared projection (lib/geo/projection.ts), so a
 * point lands on the pixel pixelInViewport gives it.
 */
export function pictureProjection(
	camera: Pick<Camera, 'center' | 'zoom'>,
	width: number,
	height: number,
	offsetX = 0
) {
	return geoMercator()
		.scale(pixelsPerRadian(camera.zoom))
		.translate(pixelInViewport(camera, [0, 0], { width, height }, offsetX))
		.clipExtent([
			[-2, -2],
			[width + 2, height + 2]
		]);
}

/**
 * d3-geo draws on the sphere, where a ring's winding says which side is inside: GeoJSON as turf
 * writes it (RFC 7946, anticlockwise) reads as everything but the ring, while topojson-client's
 * outlines are d3's way round. A polygon whose area comes out larger than a hemisphere is read
 * the wrong way round, and reversed.
 */
function smallSide(collection: FeatureCollection<Geometry>): FeatureCollection<Geometry> {
	const reverse = (rings: Position[][]) => rings.map((ring) => [...ring].reverse());
	return {
		...collection,
		features: collection.features.map((f) => {
			const g = f.geometry;
			if (geoArea(f) <= 2 * Math.PI) return f;
			if (g.type === 'Polygon')
				return { ...f, geometry: { ...g, coordinates: reverse(g.coordinates) } };
			if (g.type === 'MultiPolygon')
				return { ...f, geometry: { ...g, coordinates: g.coordinates.map(reverse) } };
			return f;
		})
	};
}

export function renderStaticMap(input: StaticMapInput): string {
	const { width, height, camera } = input;
	const projection = pictureProjection(camera, width, height, input.offsetX);
	const path = geoPath(projection).digits(1);
	const land = path(input.land) ?? '';
	const borders = path(input.borders) ?? '';
	const inView = (xy: [number, number] | null): xy is [number, number] =>
		!!xy && xy[0] >= 0 && xy[0] <= width && xy[1] >= 0 && xy[1] <= height;

	// The scale bar, towards the top left as on the live map: inside the part of the picture a
	// page shows whatever it crops to fill the map's box, and right of a caption panel, if any.
	const bar = scaleBar(camera.zoom, camera.center[1], SCALE_BAR_MAX_WIDTH);
	const drawScale = input.scaleBar ?? true;
	const bx = Math.round(width * 0.14) + Math.max(0, 2 * (input.offsetX ?? 0));
	const by = Math.round(height * 0.1);
	// Legible where a page scales the picture down (a 960-px map in a 640-px column).
	const scaleTextSize = Math.max(10, Math.round(width / 80));
	const scaleBox: ScreenBox = {
		x0: bx - 4,
		x1: bx - 4 + Math.max(bar.px, estimatedTextWidth(`${bar.km} km`, scaleTextSize) + 8) + 8,
		y0: by - 6,
		y1: by - 6 + scaleTextSize + 12
	};
	const inset = insetPlacement(input);
	// What the picture draws over the map: the basemap's names keep clear of it, as the live
	// map's keep clear of its controls (label-edges.ts).
	const controls = [
		...(drawScale ? [scaleBox] : []),
		...(inset ? [{ x0: inset.x, x1: inset.x + inset.w, y0: inset.y, y1: inset.y + inset.h }] : [])
	];
	const clear = (box: ScreenBox) => !controls.some((c) => overlaps(c, box));

	// Labels are placed greedily, most important first; one that would overlap is left out.
	const placed: ScreenBox[] = [];
	const fits = (box: ScreenBox) => {
		if (!insideMap(box, width, height) || placed.some((b) => overlaps(b, box))) return false;
		placed.push(box);
		return true;
	};

	const places = input.places
		.map((p) => ({ ...p, xy: projection(p.lngLat), active: input.activeIds.includes(p.id) }))
		.filter((p): p is typeof p & { xy: [number, number] } => inView(p.xy))
		.sort((a, b) => Number(b.active) - Number(a.active) || a.rank - b.rank);
	// Dots first, so that labels never cover a place.
	for (const {
		xy: [x, y]
	} of places)
		placed.push({ x0: x - 6, x1: x + 6, y0: y - 6, y1: y + 6 });

	const dots: string[] = [];
	const labels: string[] = [];
	// Outline labels before the places' names: they name what the view is about, and are always
	// drawn, placed on their point as content says (its anchor), wrapped as the live map wraps them.
	const areaLabels: string[] = [];
	for (const area of input.areas ?? []) {
		const at = projection(area.labelPoint);
		if (!inView(at)) continue;
		const size = AREA.labelSize;
		const { lines, box } = areaLabelLayout(area.label, area.labelAnchor);
		const [x0, y0] = [at[0] + box.left, at[1] + box.top];
		const w = box.right - box.left;
		placed.push({ x0, x1: at[0] + box.right, y0, y1: at[1] + box.bottom });
		const tspans = lines
			.map(
				(line, i) =>
					`<tspan x="${(x0 + (w - estimatedTextWidth(line, size)) / 2).toFixed(1)}" y="${(y0 + size * (0.95 + AREA.labelLineHeight * i)).toFixed(1)}">${escapeXml(line)}</tspan>`
			)
			.join('');
		areaLabels.push(
			`<text font-size="${size}" font-weight="600" fill="${COLORS.active}" stroke="${COLORS.halo}" stroke-width="${LABEL_HALO_WIDTH * 1.5}" paint-order="stroke" stroke-linejoin="round">${tspans}</text>`
		);
	}
	for (const {
		xy: [x, y],
		name,
		rank,
		active
	} of places) {
		const { radius: r, label: size } = placeMark(active, rank);
		const color = active ? COLORS.active : COLORS.place;
		if (active)
			dots.push(
				`<circle cx="${x.toFixed(1)}" cy="${y.toFixed(1)}" r="${ACTIVE_HALO_RADIUS}" fill="${COLORS.active}" fill-opacity="${ACTIVE_HALO.fillOpacity}" stroke="${COLORS.active}" stroke-opacity="${ACTIVE_HALO.strokeOpacity}" stroke-width="${ACTIVE_HALO.strokeWidth}"/>`
			);
		dots.push(
			`<circle cx="${x.toFixed(1)}" cy="${y.toFixed(1)}" r="${r}" fill="${color}" stroke="${COLORS.halo}" stroke-width="${PLACE_STROKE_WIDTH}"/>`
		);
		const w = estimatedTextWidth(name, size);
		// The spots the live map tries, in its order, by its anchor names ('left': the name's left
		// end at the dot, so the name to the right of it); the first that fits is taken. A name
		// above or below a dot near the picture's side is moved in to fit, as long as it still
		// spans its dot.
		const centred = Math.min(Math.max(x - w / 2, LABEL_EDGE_MARGIN), width - LABEL_EDGE_MARGIN - w);
		const overDot = centred <= x && x <= centred + w ? centred : x - w / 2;
		const spotAt = {
			left: { tx: x + r + 5, baseline: y + size * 0.35 },
			right: { tx: x - r - 5 - w, baseline: y + size * 0.35 },
			bottom: { tx: overDot, baseline: y - r - 4 },
			top: { tx: overDot, baseline: y + r + 4 + size * 0.8 }
		};
		for (const { tx, baseline } of PLACE_LABEL_ANCHORS.map((anchor) => spotAt[anchor])) {
			const box = { x0: tx, x1: tx + w, y0: baseline - size * 0.95, y1: baseline + size * 0.15 };
			if (!fits(box)) continue;
			labels.push(
				label(
					tx,
					baseline,
					name,
					size,
					active ? COLORS.active : COLORS.placeLabel,
					active ? 600 : 400
				)
			);
			break;
		}
	}

	for (const f of input.towns?.features ?? []) {
		const p = f.properties as { name: string; capital: boolean; local?: boolean };
		if (!townDrawn(p, camera.zoom)) continue;
		const at = projection((f.geometry as Point).coordinates as [number, number]);
		if (!inView(at)) continue;
		const size = townLabelSize(p);
		const box = townBox(p, at);
		if (!clear(box) || !fits(box)) continue;
		const opacity = p.local ? ` opacity="${LOCAL_TOWN_OPACITY}"` : '';
		dots.push(
			`<circle cx="${at[0].toFixed(1)}" cy="${at[1].toFixed(1)}" r="${p.local ? LOCAL_DOT_RADIUS : REFERENCE_DOT_RADIUS}" fill="${COLORS.reference}"${opacity}/>`
		);
		labels.push(
			`<g${opacity}>${label(at[0] + 6, at[1] + 4, p.name, size, COLORS.reference, 400)}</g>`
		);
	}

	if (areaNamesDrawn(camera.zoom))
		for (const f of input.areaLabels?.features ?? []) {
			const p = f.properties as { name: string; water?: boolean };
			const at = projection((f.geometry as Point).coordinates as [number, number]);
			if (!inView(at)) continue;
			const water = Boolean(p.water);
			const box = areaNameBox(p.name, water, at);
			if (!clear(box) || !fits(box)) continue;
			const { size, letterSpacing } = areaNameLook(water);
			labels.push(
				`<text x="${at[0].toFixed(1)}" y="${(at[1] + size / 3).toFixed(1)}" font-size="${size}" text-anchor="middle" letter-spacing="${+(size * letterSpacing).toFixed(2)}" fill="${water ? COLORS.waterLabel : COLORS.countryLabel}">${escapeXml(areaNameText(p.name, water))}</text>`
			);
		}

	const marks = dots.join('') + areaLabels.join('') + labels.join('');
	const outlines = (input.areas ?? [])
		.map(
			(area) =>
				path(
					smallSide({
						type: 'FeatureCollection',
						features: [{ type: 'Feature', properties: {}, geometry: area.geometry }]
					})
				) ?? ''
		)
		.join('');
	const areaPath = outlines
		? `<path class="area" d="${outlines}" fill="${COLORS.active}" fill-opacity="${AREA.fillOpacity}" stroke="${COLORS.active}" stroke-opacity="${AREA.lineOpacity}" stroke-width="${AREA.lineWidth}"/>`
		: '';
	const rings = input.rings ? (path(smallSide(input.rings)) ?? '') : '';
	const ringPath = rings
		? `<path d="${rings}" fill="${COLORS.place}" fill-opacity="${UNCERTAINTY.fillOpacity}" stroke="${COLORS.place}" stroke-opacity="${UNCERTAINTY.lineOpacity}" stroke-width="${UNCERTAINTY.lineWidth}" stroke-dasharray="${UNCERTAINTY.dash.map((d) => d * UNCERTAINTY.lineWidth).join(' ')}"/>`
		: '';
	const scale = !drawScale
		? ''
		: `<g class="scale-bar" data-km="${bar.km}"><rect x="${scaleBox.x0}" y="${scaleBox.y0}" width="${(scaleBox.x1 - scaleBox.x0).toFixed(1)}" height="${scaleBox.y1 - scaleBox.y0}" fill="${COLORS.halo}" fill-opacity="0.8" rx="2"/><path d="M${bx} ${by}v${scaleTextSize}h${bar.px.toFixed(1)}v-${scaleTextSize}" fill="none" stroke="${COLORS.placeLabel}" stroke-width="1.5"/><text x="${bx + 4}" y="${by + scaleTextSize * 0.75}" font-size="${scaleTextSize}" fill="${COLORS.placeLabel}">${bar.km} km</text></g>`;

	return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${escapeXml(input.title)}" font-family="Inter, sans-serif"><rect width="${width}" height="${height}" fill="${COLORS.water}"/><path d="${land}" fill="${COLORS.land}" stroke="${COLORS.coast}" stroke-width="${COAST_WIDTH}"/><path d="${borders}" fill="none" stroke="${COLORS.border}" ${input.borderStyle === 'fine' ? 'stroke-width="0.6"' : 'stroke-width="1.2" stroke-dasharray="4 2"'}/>${areaPath}${ringPath}${marks}${scale}${inset ? insetMarkup(inset) : ''}${input.overlay ?? ''}</svg>`;
}

/**
 * Where a picture draws the locator inset, if it does: the inset's picture in the bottom-right
 * corner (scaled with the picture), and the frame of this picture's view (the part right of a
 * caption panel).
 */
function insetPlacement(input: StaticMapInput) {
	if (!input.inset) return null;
	const offsetX = input.offsetX ?? 0;
	const shown = { width: input.width - 2 * Math.abs(offsetX), height: input.height };
	const centre = positionAtPicturePixel(input, [input.width / 2 + offsetX, input.height / 2]);
	const frame = insetFrame({ center: centre, zoom: input.camera.zoom }, shown);
	if (!insetUseful(frame)) return null;
	const k = Math.min(1.6, Math.max(1, input.width / 640));
	const w = INSET_SIZE.width * k;
	const h = INSET_SIZE.height * k;
	const margin = Math.round(12 * k);
	return {
		picture: input.inset,
		frame,
		k,
		w,
		h,
		x: input.width - w - margin,
		y: input.height - h - margin
	};
}

/** The locator inset drawn into a picture, where insetPlacement put it. */
function insetMarkup({
	picture,
	frame,
	k,
	x,
	y
}: NonNullable<ReturnType<typeof insetPlacement>>): string {
	return `<g class="locator-inset" transform="translate(${x.toFixed(1)} ${y.toFixed(1)}) scale(${k.toFixed(3)})"><rect x="-1" y="-1" width="${INSET_SIZE.width + 2}" height="${INSET_SIZE.height + 2}" fill="${COLORS.halo}"/><svg width="${INSET_SIZE.width}" height="${INSET_SIZE.height}" viewBox="0 0 ${INSET_SIZE.width} ${INSET_SIZE.height}" overflow="hidden">${stripSvg(picture)}</svg>${frameRect(drawnFrame(frame))}</g>`;
}

function frameRect(frame: InsetFrame): string {
	return `<rect class="locator-frame" x="${frame.x.toFixed(1)}" y="${frame.y.toFixed(1)}" width="${frame.width.toFixed(1)}" height="${frame.height.toFixed(1)}" fill="none" stroke="${INSET_FRAME.color}" stroke-width="${INSET_FRAME.width}"/>`;
}

/** The inner markup of a picture made by renderStaticMap (its paths, without the <svg> wrapper). */
function stripSvg(svg: string): string {
	return svg.replace(/^<svg[^>]*>/, '').replace(/<\/svg>$/, '');
}

/** The position at a pixel of a picture (the inverse of its projection). */
function positionAtPicturePixel(input: StaticMapInput, pixel: [number, number]): LngLat {
	return positionInViewport(input.camera, pixel, input, input.offsetX ?? 0);
}

/** The locator inset's own picture: land and borders of the region, no labels. */
export function renderInset(
	land: FeatureCollection<Geometry>,
	borders: FeatureCollection<Geometry>
) {
	return renderStaticMap({
		...INSET_SIZE,
		camera: INSET_CAMERA,
		land,
		borders,
		places: [],
		activeIds: [],
		title: 'Locator map: Anatolia, the South Caucasus and the Caspian Sea',
		scaleBar: false,
		borderStyle: 'fine'
	});
}

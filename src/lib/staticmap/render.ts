/**
 * Draws a map as SVG from the same basemap, places and camera as the live map (Web Mercator,
 * 512-px tiles, no bearing or pitch). Used at build time for place pages and map fallbacks.
 */
import { geoMercator, geoPath } from 'd3-geo';
import type { FeatureCollection, Geometry } from 'geojson';
import type { Camera } from '$lib/geo/geo';
import { COLORS } from '$lib/map/style';

export interface StaticMapInput {
	width: number;
	height: number;
	camera: Pick<Camera, 'center' | 'zoom'>;
	land: FeatureCollection<Geometry>[];
	borders: FeatureCollection<Geometry>;
	places: { id: string; name: string; lngLat: [number, number]; rank: 1 | 2 }[];
	activeIds: string[];
	/** Accessible description of the picture. */
	title: string;
}

function escapeXml(text: string): string {
	return text.replace(
		/[<>&"']/g,
		(c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&#39;' })[c]!
	);
}

export function renderStaticMap(input: StaticMapInput): string {
	const { width, height, camera } = input;
	const projection = geoMercator()
		.scale((512 * 2 ** camera.zoom) / (2 * Math.PI))
		.center(camera.center)
		.translate([width / 2, height / 2])
		.clipExtent([
			[-2, -2],
			[width + 2, height + 2]
		]);
	const path = geoPath(projection).digits(1);
	const land = input.land.map((fc) => path(fc) ?? '').join('');
	const borders = path(input.borders) ?? '';

	const places = input.places
		.map((p) => ({ ...p, xy: projection(p.lngLat) }))
		.filter(
			(p): p is typeof p & { xy: [number, number] } =>
				!!p.xy && p.xy[0] >= 0 && p.xy[0] <= width && p.xy[1] >= 0 && p.xy[1] <= height
		)
		.sort(
			(a, b) => Number(input.activeIds.includes(a.id)) - Number(input.activeIds.includes(b.id))
		);

	const marks = places
		.map(({ xy: [x, y], id, name, rank }) => {
			const active = input.activeIds.includes(id);
			const r = active ? 7 : rank === 1 ? 5 : 4;
			const color = active ? COLORS.active : COLORS.place;
			const size = active ? 16 : rank === 1 ? 13 : 12;
			const anchorEnd = x > width - 110;
			const tx = anchorEnd ? x - r - 5 : x + r + 5;
			return `${active ? `<circle cx="${x.toFixed(1)}" cy="${y.toFixed(1)}" r="15" fill="${COLORS.active}" fill-opacity="0.18" stroke="${COLORS.active}" stroke-opacity="0.6" stroke-width="1.5"/>` : ''}<circle cx="${x.toFixed(1)}" cy="${y.toFixed(1)}" r="${r}" fill="${color}" stroke="#fff" stroke-width="2"/><text x="${tx.toFixed(1)}" y="${(y + size * 0.35).toFixed(1)}" font-size="${size}" ${anchorEnd ? 'text-anchor="end" ' : ''}fill="${active ? COLORS.active : '#222'}" stroke="#fff" stroke-width="3" paint-order="stroke" stroke-linejoin="round">${escapeXml(name)}</text>`;
		})
		.join('');

	return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${escapeXml(input.title)}" font-family="Inter Variable, Inter, DejaVu Sans, Arial, sans-serif"><rect width="${width}" height="${height}" fill="${COLORS.water}"/><path d="${land}" fill="${COLORS.land}" stroke="${COLORS.coast}" stroke-width="0.8"/><path d="${borders}" fill="none" stroke="${COLORS.border}" stroke-width="1.2" stroke-dasharray="4 2"/>${marks}</svg>`;
}

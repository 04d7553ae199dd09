/**
 * The static maps that stand in for the live map: on a phone, the picture drawn for the map band
 * must show every place of the chapter being read, whatever the shape of a phone held upright.
 */
import { describe, expect, it } from 'vitest';
import { validateContent } from '../../src/lib/content/validate';
import { PHONE_MAP, PREVIEW, pictureCamera, pictureSvg } from '../../src/lib/server/images';
import { PAGE_MAP } from '../../src/lib/staticmap/sizes';
import { INSET_CAMERA, INSET_SIZE, insetUseful } from '../../src/lib/geo/inset';
import { pixelInViewport, positionInViewport, type Viewport } from '../../src/lib/geo/projection';
import type { Camera, PlacedLabel } from '../../src/lib/geo/frame';
import { pictureFrame, pictureFrames } from '../../src/lib/story/locator';
import { pictureProjection } from '../../src/lib/staticmap/render';
import { phoneVisibleArea, resolveCamera } from '../../src/lib/geo/camera';
import { areaLabels } from '../../src/lib/map/area-label';
import { chapterCamera, frameLabels } from '../../src/lib/map/place-label';
import { metersPerPixel, scaleBar } from '../../src/lib/geo/scale';
import { COLORS, SCALE_BAR_MAX_WIDTH, UNCERTAINTY } from '../../src/lib/map/look';
import { areaNameBox, LABEL_EDGE_MARGIN, overlaps } from '../../src/lib/map/label-edges';
import { basemapStyle } from '../../src/lib/map/style';
import { glyphsUrl } from '../../src/lib/map/glyphs';
import { realContent } from './content-fixture';

const content = validateContent(realContent()).content!;
/** Phones held upright (the band's narrowest and widest shapes), a 900-px embed, desktops. */
const MAP_SHAPES = [
	{ width: 390, height: 354 },
	{ width: 320, height: 320 },
	{ width: 480, height: 320 },
	{ width: 450, height: 490 },
	{ width: 640, height: 800 },
	{ width: 830, height: 800 }
];
const positions = content.places.map((p) => p.lngLat);

/** Every label's box inside the map, drawn with this camera. */
function expectWhole(camera: Camera, map: Viewport, labels: readonly PlacedLabel[]) {
	for (const { at, box } of labels) {
		const [x, y] = pixelInViewport(camera, at, map);
		expect({ map, at, x0: x + box.left, x1: x + box.right }).toEqual({
			map,
			at,
			x0: expect.toSatisfy((v: number) => v >= 0),
			x1: expect.toSatisfy((v: number) => v <= map.width)
		});
		expect(y + box.top).toBeGreaterThanOrEqual(0);
		expect(y + box.bottom).toBeLessThanOrEqual(map.height);
	}
}

describe('the phone map picture', () => {
	const safe = phoneVisibleArea(PHONE_MAP);

	it('keeps the always-visible part of the band large enough to read', () => {
		expect(safe.x1 - safe.x0).toBeGreaterThan(PHONE_MAP.width * 0.6);
		expect(safe.y1 - safe.y0).toBeGreaterThan(PHONE_MAP.height * 0.6);
	});

	for (const chapter of content.chapters)
		it(`shows every place of “${chapter.slug}” on any upright phone`, () => {
			const camera = pictureCamera(content, chapter, PHONE_MAP);
			const project = pictureProjection(camera, PHONE_MAP.width, PHONE_MAP.height);
			for (const id of chapter.places) {
				const place = content.places.find((p) => p.id === id)!;
				const [x, y] = project(place.lngLat)!;
				expect({ id, x, y }).toEqual({
					id,
					x: expect.toSatisfy((v: number) => v >= safe.x0 && v <= safe.x1),
					y: expect.toSatisfy((v: number) => v >= safe.y0 && v <= safe.y1)
				});
			}
		});

	it('keeps every outline label of the recognition chapter whole, on any map shape', () => {
		const chapter = content.chapters.find((c) => c.areas.length > 0)!;
		const labels = areaLabels(chapter.areas);
		for (const map of MAP_SHAPES)
			expectWhole(resolveCamera(chapter.camera, positions, map, labels), map, labels);
	});

	it("keeps every first-rank place's name whole on the overview, on any map shape (Baku's at the east edge)", () => {
		const overview = { fit: 'all-places' } as const;
		const labels = frameLabels(overview, content.places);
		const named = content.places.filter((p) => p.rank === 1);
		expect(labels.map((l) => l.at)).toEqual(named.map((p) => p.lngLat));
		expect(named.map((p) => p.name)).toEqual(expect.arrayContaining(['Ankara', 'Baku']));
		for (const map of MAP_SHAPES)
			expectWhole(chapterCamera(null, content.places, map), map, labels);
	});

	it('names both ends of the story, Ankara and Baku, on the overview', () => {
		const svg = pictureSvg(content, null, PHONE_MAP);
		const names = [...svg.matchAll(/<text[^>]*>([^<]+)<\/text>/g)].map((m) => m[1]);
		expect(names).toEqual(expect.arrayContaining(['Ankara', 'Baku']));
	});

	it('draws country and sea names as the live map does: size and letter spacing from its style', () => {
		const style = basemapStyle('/basemap', glyphsUrl(''));
		const layout = (id: string) =>
			style.layers.find((l) => l.id === id)!.layout as Record<string, number>;
		const svg = pictureSvg(content, null, PREVIEW);
		const drawn = (text: string) => {
			const m = svg.match(
				new RegExp(
					`<text [^>]*font-size="([\\d.]+)"[^>]*letter-spacing="([\\d.]+)"[^>]*>${text}</text>`
				)
			);
			expect(m, `${text} drawn`).not.toBeNull();
			return { size: Number(m![1]), spacingEm: Number(m![2]) / Number(m![1]) };
		};
		for (const [text, id] of [
			['Caspian Sea', 'sea-labels'],
			['GEORGIA', 'country-labels']
		] as const) {
			const { size, spacingEm } = drawn(text);
			expect(size, text).toBe(layout(id)['text-size']);
			expect(spacingEm, text).toBeCloseTo(layout(id)['text-letter-spacing']!, 2);
		}
	});

	it('names countries on the regional views, and none on the world view among the outlines’ labels', () => {
		const countryNames = (chapter: (typeof content.chapters)[number] | null) =>
			[
				...pictureSvg(content, chapter, PAGE_MAP).matchAll(
					new RegExp(`fill="${COLORS.countryLabel}">([^<]+)</text>`, 'g')
				)
			].map((m) => m[1]);
		expect(countryNames(null)).toEqual(expect.arrayContaining(['GEORGIA', 'RUSSIA']));
		const recognition = content.chapters.find((c) => c.areas.length > 0)!;
		expect(countryNames(recognition)).toEqual([]);
		// The live map's name layers, as MapLibre reads their zooms, at the same views.
		const style = basemapStyle('/basemap', glyphsUrl(''));
		const drawnAt = (id: string, zoom: number) => {
			const layer = style.layers.find((l) => l.id === id)!;
			return zoom >= (layer.minzoom ?? 0) && zoom < (layer.maxzoom ?? 24);
		};
		for (const size of [PAGE_MAP, PHONE_MAP, PREVIEW])
			for (const id of ['country-labels', 'sea-labels']) {
				expect(drawnAt(id, pictureCamera(content, null, size).zoom), `${id} ${size.width}`).toBe(
					true
				);
				expect(
					drawnAt(id, pictureCamera(content, recognition, size).zoom),
					`${id} ${size.width}`
				).toBe(false);
			}
	});

	it('keeps the basemap’s names clear of the scale bar, as the live map keeps them clear of its controls', () => {
		const areaNames =
			/<text x="([\d.]+)" y="([\d.]+)" font-size="([\d.]+)" text-anchor="middle" letter-spacing="[\d.]+" fill="([^"]+)">([^<]+)<\/text>/g;
		let checked = 0;
		for (const size of [PAGE_MAP, PHONE_MAP])
			for (const chapter of [null, ...content.chapters]) {
				const svg = pictureSvg(content, chapter, size);
				const bar = svg.match(
					/<g class="scale-bar"[^>]*><rect x="([\d.]+)" y="([\d.]+)" width="([\d.]+)" height="([\d.]+)"/
				);
				if (!bar) continue;
				const [x0, y0, w, h] = bar.slice(1).map(Number) as [number, number, number, number];
				const scaleBox = { x0, y0, x1: x0 + w, y1: y0 + h };
				for (const m of svg.matchAll(areaNames)) {
					const [x, y, fontSize] = [Number(m[1]), Number(m[2]), Number(m[3])];
					const water = m[4] === COLORS.waterLabel;
					const box = areaNameBox(water ? m[5]! : m[5]!.toLowerCase(), water, [
						x,
						y - fontSize / 3
					]);
					expect(overlaps(box, scaleBox), `${m[5]} on ${chapter?.slug ?? 'the overview'}`).toBe(
						false
					);
					checked++;
				}
			}
		expect(checked).toBeGreaterThan(10);
	});

	it('names Kızılcahamam over its dot at the picture’s west edge, inside the picture', () => {
		// Ankara's name takes the spot beside it, and a name centred over the dot would start
		// past the edge: it is moved in, still over its dot, as the live map shows it.
		const place = content.places.find((p) => p.name === 'Kızılcahamam')!;
		const camera = pictureCamera(content, null, PHONE_MAP);
		const [x] = pictureProjection(camera, PHONE_MAP.width, PHONE_MAP.height)(place.lngLat)!;
		const svg = pictureSvg(content, null, PHONE_MAP);
		const label = svg.match(/<text x="([\d.]+)"[^>]*>Kızılcahamam<\/text>/);
		expect(label, 'Kızılcahamam named').not.toBeNull();
		const left = Number(label![1]);
		expect(left).toBeGreaterThanOrEqual(LABEL_EDGE_MARGIN);
		expect(left).toBeLessThan(x);
	});

	it('draws an approximate position’s ring to its stated size, and a scale bar', () => {
		const chapter = content.chapters.find((c) => c.slug === 'khojaly')!;
		const ballija = content.places.find((p) => p.id === 'ballija')!;
		if (ballija.coordinates.method !== 'approximate') throw new Error('ballija is approximate');
		const svg = pictureSvg(content, chapter, PHONE_MAP);
		const camera = pictureCamera(content, chapter, PHONE_MAP);
		const ring = svg.match(
			new RegExp(`<path d="([^"]+)" fill="[^"]+" fill-opacity="${UNCERTAINTY.fillOpacity}"`)
		);
		expect(ring, 'a ring is drawn').not.toBeNull();
		const xs = [...ring![1]!.matchAll(/[ML](-?[\d.]+),(-?[\d.]+)/g)].map((m) => Number(m[1]));
		const widthKm =
			((Math.max(...xs) - Math.min(...xs)) * metersPerPixel(camera.zoom, ballija.lngLat[1])) / 1000;
		expect(widthKm).toBeCloseTo(2 * ballija.coordinates.uncertaintyKm, 0);
		const bar = scaleBar(camera.zoom, camera.center[1], SCALE_BAR_MAX_WIDTH);
		expect(svg).toContain(`data-km="${bar.km}"`);
		expect(svg).toContain(`>${bar.km} km</text>`);
	});
});

describe('the locator inset', () => {
	const zoomedIn = content.chapters.filter((c) => 'zoom' in c.camera);

	it('frames every zoomed-in chapter in the pictures that stand in for the map', () => {
		for (const chapter of zoomedIn)
			for (const phone of [false, true]) {
				const frame = pictureFrame(chapter.camera, positions, phone);
				expect({ slug: chapter.slug, phone, useful: insetUseful(frame) }).toEqual({
					slug: chapter.slug,
					phone,
					useful: true
				});
			}
	});

	it('hides on the overview, where the map already shows the region', () => {
		const frames = pictureFrames({ fit: 'all-places' }, positions);
		expect(insetUseful(frames.wide)).toBe(false);
		expect(insetUseful(frames.phone)).toBe(false);
	});

	it('is drawn into a chapter’s sharing picture with its frame round the picture’s centre', () => {
		const chapter = content.chapters.find((c) => c.slug === 'khojaly')!;
		const svg = pictureSvg(content, chapter, PREVIEW, { offsetX: 250, inset: true });
		const frame = svg.match(
			/<rect class="locator-frame" x="([\d.-]+)" y="([\d.-]+)" width="([\d.]+)" height="([\d.]+)"/
		);
		expect(frame, 'the frame is drawn').not.toBeNull();
		const [x, y, w, h] = frame!.slice(1).map(Number) as [number, number, number, number];
		const centre = positionInViewport(INSET_CAMERA, [x + w / 2, y + h / 2], INSET_SIZE);
		const camera = pictureCamera(content, chapter, PREVIEW, 250);
		expect(centre[0]).toBeCloseTo(camera.center[0], 1);
		expect(centre[1]).toBeCloseTo(camera.center[1], 1);
		expect(pictureSvg(content, null, PREVIEW, { inset: true })).not.toContain('locator-inset');
	});
});

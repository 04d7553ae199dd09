/**
 * The static maps that stand in for the live map: on a phone, the picture drawn for the map band
 * must show every place of the chapter being read, whatever the shape of a phone held upright.
 */
import { describe, expect, it } from 'vitest';
import { validateContent } from '../../src/lib/content/validate';
import { PHONE_MAP, pictureCamera, pictureSvg } from '../../src/lib/server/images';
import { pictureProjection } from '../../src/lib/staticmap/render';
import { phoneVisibleArea } from '../../src/lib/geo/camera';
import { metersPerPixel, scaleBar } from '../../src/lib/geo/scale';
import { SCALE_BAR_MAX_WIDTH, UNCERTAINTY } from '../../src/lib/map/look';
import { realContent } from './content-fixture';

const content = validateContent(realContent()).content!;

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

	it('names both ends of the story, Ankara and Baku, on the overview', () => {
		const svg = pictureSvg(content, null, PHONE_MAP);
		const names = [...svg.matchAll(/<text[^>]*>([^<]+)<\/text>/g)].map((m) => m[1]);
		expect(names).toEqual(expect.arrayContaining(['Ankara', 'Baku']));
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

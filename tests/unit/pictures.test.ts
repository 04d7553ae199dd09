/**
 * The static maps that stand in for the live map: on a phone, the picture drawn for the map band
 * must show every place of the chapter being read, whatever the phone's shape.
 */
import { describe, expect, it } from 'vitest';
import { validateContent } from '../../src/lib/content/validate';
import { PHONE_MAP, pictureCamera, pictureSvg } from '../../src/lib/server/images';
import { pictureProjection } from '../../src/lib/staticmap/render';
import { realContent } from './content-fixture';

const content = validateContent(realContent()).content!;

/**
 * The part of the phone picture every phone shows: the band is the screen's width by 42 % of its
 * height, 1.0 to 1.5 times as wide as tall, and the picture covers it (object-fit: cover), so a
 * squarer band loses the picture's sides and a wider one its top and bottom.
 */
function alwaysVisible({ width, height }: { width: number; height: number }) {
	const aspect = width / height;
	const marginX = (width - height * Math.min(aspect, 1.0)) / 2;
	const marginY = (height - width / Math.max(aspect, 1.5)) / 2;
	// Keep room for the marker's halo (15 px) and a short label beside it.
	return {
		x0: marginX + 15,
		x1: width - marginX - 15,
		y0: marginY + 15,
		y1: height - marginY - 15
	};
}

describe('the phone map picture', () => {
	const safe = alwaysVisible(PHONE_MAP);

	it('keeps the always-visible part of the band large enough to read', () => {
		expect(safe.x1 - safe.x0).toBeGreaterThan(PHONE_MAP.width * 0.6);
		expect(safe.y1 - safe.y0).toBeGreaterThan(PHONE_MAP.height * 0.6);
	});

	for (const chapter of content.chapters)
		it(`shows every place of “${chapter.slug}” on any phone`, () => {
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
});

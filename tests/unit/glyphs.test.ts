/**
 * The live map's label glyphs (scripts/build-glyphs.ts): every character a label can show has a
 * glyph in the site's own files, so no label loses a letter, and the files read as MapLibre
 * reads them.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PbfReader } from 'pbf';
import { describe, expect, it } from 'vitest';
import { GLYPHS } from '../../src/lib/map/glyphs';
import { validateContent } from '../../src/lib/content/validate';
import { realContent } from './content-fixture';

const DIR = join('static', GLYPHS.folder, GLYPHS.fontstack);
/** MapLibre's glyph bitmaps carry a 3 px border on each side. */
const BORDER = 3;

interface Glyph {
	id: number;
	bitmap?: Uint8Array;
	width: number;
	height: number;
	left: number;
	top: number;
	advance: number;
}

/** A range file as MapLibre reads it (parseGlyphPbf in its source). */
function readRange(path: string): { name: string; range: string; glyphs: Glyph[] } {
	const out = { name: '', range: '', glyphs: [] as Glyph[] };
	new PbfReader(readFileSync(path)).readFields((tag, _, pbf) => {
		if (tag !== 1) return;
		pbf.readMessage((stackTag) => {
			if (stackTag === 1) out.name = pbf.readString();
			else if (stackTag === 2) out.range = pbf.readString();
			else if (stackTag === 3) {
				const glyph: Glyph = { id: 0, width: 0, height: 0, left: 0, top: 0, advance: 0 };
				pbf.readMessage((t) => {
					if (t === 1) glyph.id = pbf.readVarint();
					else if (t === 2) glyph.bitmap = pbf.readBytes();
					else if (t === 3) glyph.width = pbf.readVarint();
					else if (t === 4) glyph.height = pbf.readVarint();
					else if (t === 5) glyph.left = pbf.readSVarint();
					else if (t === 6) glyph.top = pbf.readSVarint();
					else if (t === 7) glyph.advance = pbf.readVarint();
				}, glyph);
				out.glyphs.push(glyph);
			}
		}, out);
	}, out);
	return out;
}

/** Each range file's glyphs by code point, read once. */
const ranges = new Map<number, Map<number, Glyph>>();

function glyphFor(cp: number): Glyph | undefined {
	const start = Math.floor(cp / 256) * 256;
	if (!ranges.has(start)) {
		const file = join(DIR, `${start}-${start + 255}.pbf`);
		const glyphs = existsSync(file) ? readRange(file).glyphs : [];
		ranges.set(start, new Map(glyphs.map((g) => [g.id, g])));
	}
	return ranges.get(start)!.get(cp);
}

function basemapNames(file: string): { name: string; water?: boolean }[] {
	const collection = JSON.parse(readFileSync(join('static/basemap', file), 'utf8')) as {
		features: { properties: { name: string; water?: boolean } }[];
	};
	return collection.features.map((f) => f.properties);
}

const content = validateContent(realContent()).content!;
/** Every label the live map can draw, as it draws it (country names upper-case). */
const labels = [
	...content.places.map((p) => p.name),
	...content.chapters.flatMap((c) => c.areas.map((a) => a.label)),
	...basemapNames('reference-cities.geojson').map((c) => c.name),
	...basemapNames('country-labels.geojson').map((l) => (l.water ? l.name : l.name.toUpperCase()))
];

describe('the map’s label glyphs', () => {
	it('cover every character of every label the map draws', () => {
		const missing = new Set<string>();
		for (const label of labels)
			for (const char of label.replace(/\s/g, ''))
				if (!glyphFor(char.codePointAt(0)!)?.bitmap) missing.add(`${char} in “${label}”`);
		expect([...missing]).toEqual([]);
		expect(labels).toEqual(expect.arrayContaining(['Kızılcahamam', 'TÜRKIYE', 'Caspian Sea']));
	});

	it('are named and ranged as the style asks for them', () => {
		const range = readRange(join(DIR, '0-255.pbf'));
		expect(range).toMatchObject({ name: GLYPHS.fontstack, range: '0-255' });
		for (const glyph of range.glyphs)
			if (glyph.bitmap)
				expect(glyph.bitmap.length).toBe((glyph.width + 2 * BORDER) * (glyph.height + 2 * BORDER));
	});

	it('keep the letters’ shapes: capitals stand taller than x, descenders hang below', () => {
		const [upper, lower, g, space] = ['H', 'x', 'g', ' '].map((c) => glyphFor(c.codePointAt(0)!)!);
		// `top` is the bitmap's top edge above the line; both share one baseline.
		expect(upper!.top).toBeGreaterThan(lower!.top);
		expect(upper!.top - upper!.height).toBe(lower!.top - lower!.height);
		expect(g!.top - g!.height).toBeLessThan(lower!.top - lower!.height);
		// A space has no ink but moves the pen.
		expect(space).toMatchObject({ width: 0, height: 0 });
		expect(space!.advance).toBeGreaterThan(0);
		expect(upper!.advance).toBeGreaterThan(space!.advance);
	});
});

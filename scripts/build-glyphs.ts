/**
 * Builds the live map's label glyphs: signed distance fields of Inter Regular (the sans the
 * static maps are drawn in, SIL OFL 1.1, from @expo-google-fonts/inter) in MapLibre's glyph
 * format, one file per range of 256 code points, written to static/glyphs/<fontstack>/.
 *
 * Why: with no glyphs in the style, MapLibre draws every label character itself on the page's
 * main thread (a canvas, then a distance transform at double resolution), while a phone is busiest
 * starting the map. Pre-built glyphs cost it a small download instead.
 *
 * Which characters: every character in the site's text and the basemap's labels (see
 * site-text.ts), in both cases (country names are drawn upper-case), that the font has. The
 * distance fields come from @mapbox/tiny-sdf, as MapLibre's own local glyphs do, with the outlines
 * read by opentype.js and filled by resvg in place of a browser canvas.
 *
 * Run by `npm run glyphs` (and before dev and build), after the basemap.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import TinySDF from '@mapbox/tiny-sdf';
import opentype from 'opentype.js';
import { PbfWriter } from 'pbf';
import { GLYPHS } from '../src/lib/map/glyphs';
import { siteCodePoints } from './site-text';

const require = createRequire(import.meta.url);
const ROOT = process.cwd();
const OUT_DIR = join(ROOT, 'static', GLYPHS.folder, GLYPHS.fontstack);
const FONT_FILE = require.resolve('@expo-google-fonts/inter/400Regular/Inter_400Regular.ttf');
const TEXT_SOURCES = ['content', 'geodata', 'src', 'static/basemap'].map((dir) => join(ROOT, dir));

/** MapLibre's glyph format: 24 px distance fields with a 3 px border (glyph_pbf in its source). */
const SDF = { fontSize: 24, buffer: 3, radius: 8, cutoff: 0.25 };
/**
 * MapLibre places a glyph's bitmap `top` px above the line's reference; its own locally drawn
 * glyphs subtract this from the canvas ascent to match server glyphs (glyph_manager.ts).
 */
const TOP_ADJUSTMENT = 27;

/** What this script reads from opentype.js (which ships no types). */
interface Font {
	unitsPerEm: number;
	charToGlyph(char: string): {
		index: number;
		advanceWidth?: number;
		getBoundingBox(): { x1: number; y1: number; x2: number; y2: number };
		getPath(x: number, y: number, fontSize: number): { toPathData(decimals: number): string };
	};
}

interface Glyph {
	id: number;
	bitmap: Uint8ClampedArray;
	width: number;
	height: number;
	left: number;
	top: number;
	advance: number;
}

/** The few canvas calls TinySDF makes, answered from the font's outlines instead of a browser. */
class OutlineCanvas {
	width: number;
	height: number;
	#font: Font;
	#scale: number;
	#pixels = new Uint8Array(0);
	font = '';
	textBaseline = 'alphabetic';
	textAlign = 'left';
	fillStyle = 'black';

	constructor(font: Font, size: number) {
		this.#font = font;
		this.#scale = SDF.fontSize / font.unitsPerEm;
		this.width = this.height = size;
	}
	getContext() {
		return this;
	}
	measureText(char: string) {
		const glyph = this.#font.charToGlyph(char);
		const box = glyph.getBoundingBox();
		const s = this.#scale;
		return {
			width: (glyph.advanceWidth ?? 0) * s,
			actualBoundingBoxAscent: box.y2 * s,
			actualBoundingBoxDescent: -box.y1 * s,
			actualBoundingBoxLeft: -box.x1 * s,
			actualBoundingBoxRight: box.x2 * s
		};
	}
	clearRect() {}
	fillText(char: string, x: number, y: number) {
		const path = this.#font.charToGlyph(char).getPath(x, y, SDF.fontSize).toPathData(3);
		const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${this.width}" height="${this.height}"><path d="${path}"/></svg>`;
		this.#pixels = new Resvg(svg, { fitTo: { mode: 'original' } }).render().pixels;
	}
	getImageData(x: number, y: number, w: number, h: number) {
		const data = new Uint8ClampedArray(w * h * 4);
		for (let row = 0; row < h; row++) {
			const from = ((y + row) * this.width + x) * 4;
			data.set(this.#pixels.subarray(from, from + w * 4), row * w * 4);
		}
		return { data };
	}
}

function rasterizer(font: Font): TinySDF {
	class OutlineSDF extends TinySDF {
		_createCanvas(size: number) {
			return new OutlineCanvas(font, size) as unknown as HTMLCanvasElement;
		}
	}
	return new OutlineSDF(SDF);
}

function drawGlyph(sdf: TinySDF, cp: number): Glyph {
	const char = sdf.draw(String.fromCodePoint(cp));
	return {
		id: cp,
		bitmap: char.data,
		width: char.glyphWidth,
		height: char.glyphHeight,
		left: char.glyphLeft,
		top: char.glyphTop - TOP_ADJUSTMENT,
		advance: Math.round(char.glyphAdvance)
	};
}

/** One range file: `glyphs { fontstack { name, range, glyph* } }`, as MapLibre reads it. */
function encodeRange(name: string, range: string, glyphs: Glyph[]): Uint8Array {
	const pbf = new PbfWriter();
	pbf.writeMessage(
		1,
		() => {
			pbf.writeStringField(1, name);
			pbf.writeStringField(2, range);
			for (const g of glyphs)
				pbf.writeMessage(
					3,
					() => {
						pbf.writeVarintField(1, g.id);
						if (g.width > 0 && g.height > 0) pbf.writeBytesField(2, g.bitmap);
						pbf.writeVarintField(3, g.width);
						pbf.writeVarintField(4, g.height);
						pbf.writeSVarintField(5, g.left);
						pbf.writeSVarintField(6, g.top);
						pbf.writeVarintField(7, g.advance);
					},
					undefined
				);
		},
		undefined
	);
	return pbf.finish();
}

function main() {
	const started = Date.now();
	const file = readFileSync(FONT_FILE);
	const font: Font = opentype.parse(
		file.buffer.slice(file.byteOffset, file.byteOffset + file.byteLength)
	);
	const text = siteCodePoints(TEXT_SOURCES);
	const wanted = new Set<number>();
	for (const cp of text)
		for (const form of [String.fromCodePoint(cp), String.fromCodePoint(cp).toUpperCase()])
			if ([...form].length === 1) wanted.add(form.codePointAt(0)!);
	const inFont = [...wanted].filter((cp) => font.charToGlyph(String.fromCodePoint(cp)).index > 0);

	const sdf = rasterizer(font);
	const byRange = new Map<number, Glyph[]>();
	for (const cp of inFont.sort((a, b) => a - b)) {
		const range = Math.floor(cp / 256);
		if (!byRange.has(range)) byRange.set(range, []);
		byRange.get(range)!.push(drawGlyph(sdf, cp));
	}

	rmSync(OUT_DIR, { recursive: true, force: true });
	mkdirSync(OUT_DIR, { recursive: true });
	const written: string[] = [];
	for (const [range, glyphs] of byRange) {
		const name = `${range * 256}-${range * 256 + 255}`;
		const bytes = encodeRange(GLYPHS.fontstack, name, glyphs);
		writeFileSync(join(OUT_DIR, `${name}.pbf`), bytes);
		written.push(`${name} (${glyphs.length} glyphs, ${(bytes.length / 1024).toFixed(1)} KB)`);
	}
	console.log(
		`glyphs: ${written.join('; ')} in ${Date.now() - started} ms → ${relative(ROOT, OUT_DIR)}`
	);
}

main();

/**
 * Builds the story's web font: Source Serif 4 (variable, from @fontsource-variable, SIL OFL 1.1)
 * cut down to the characters the site can show and to the weights it uses (400–700).
 *
 * The font is preloaded on every page, so on a phone its bytes compete with the first picture and
 * the page's code: the full Latin file is 51 KB, this cut about half of it. Which characters: the
 * printable ASCII range, plus every character in the content, the places and the components'
 * text, read afresh on each build, so a writer's new chapter brings its own letters (ə, ğ, ş …).
 * A character outside the cut falls back to the next font in the stack (unicode-range says so).
 *
 * Writes src/lib/styles/generated/ (not committed): one woff2 per fontsource subset that the
 * site needs (latin, latin-ext …) and fonts.css with their @font-face rules.
 *
 * Run by `npm run fonts` (and before dev and build).
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import subsetFont from 'subset-font';

const require = createRequire(import.meta.url);
const ROOT = process.cwd();
const OUT_DIR = join(ROOT, 'src/lib/styles/generated');
const FAMILY = 'Source Serif 4 Variable';
/** The weights the stylesheets use: body 400, citations 600, headings 700. */
const WEIGHTS = { min: 400, max: 700 };
/** Where the site's own text lives. */
const TEXT_SOURCES = ['content', 'geodata', 'src'];
const TEXT_FILE = /\.(ya?ml|txt|geojson|json|svelte|ts|css|html)$/;

function filesUnder(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (path === OUT_DIR) return [];
		return statSync(path).isDirectory() ? filesUnder(path) : TEXT_FILE.test(name) ? [path] : [];
	});
}

/** Every code point the site's text uses, plus printable ASCII. */
function siteCodePoints(): Set<number> {
	const points = new Set<number>();
	for (let cp = 0x20; cp <= 0x7e; cp++) points.add(cp);
	for (const file of TEXT_SOURCES.flatMap((dir) => filesUnder(join(ROOT, dir))))
		for (const char of readFileSync(file, 'utf8')) {
			const cp = char.codePointAt(0)!;
			if (cp >= 0x20 && !(cp >= 0x7f && cp < 0xa0)) points.add(cp);
		}
	return points;
}

interface Subset {
	name: string;
	file: string;
	ranges: [number, number][];
}

/** The subsets fontsource ships for the weight axis, read from its own stylesheet. */
function fontsourceSubsets(): Subset[] {
	const css = require.resolve('@fontsource-variable/source-serif-4/wght.css');
	const rules = readFileSync(css, 'utf8').split('@font-face').slice(1);
	return rules.map((rule) => {
		const url = /url\(([^)]+)\)/.exec(rule)?.[1];
		const name = url && /source-serif-4-(.+?)-wght-normal\.woff2$/.exec(url)?.[1];
		const range = /unicode-range:\s*([^;]+);/.exec(rule)?.[1];
		if (!url || !name || !range)
			throw new Error(`Unexpected rule in ${css}: ${rule.slice(0, 200)}`);
		return {
			name,
			file: join(dirname(css), url),
			ranges: range.split(',').map((part) => {
				const [from, to = from] = part.trim().replace(/^U\+/i, '').split('-');
				return [parseInt(from!, 16), parseInt(to, 16)];
			})
		};
	});
}

/** `U+20-7E,U+E9,…`: consecutive code points as ranges. */
function unicodeRange(points: number[]): string {
	const sorted = [...points].sort((a, b) => a - b);
	const parts: string[] = [];
	for (let i = 0; i < sorted.length;) {
		let j = i;
		while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
		const hex = (cp: number) => cp.toString(16).toUpperCase();
		parts.push(i === j ? `U+${hex(sorted[i]!)}` : `U+${hex(sorted[i]!)}-${hex(sorted[j]!)}`);
		i = j + 1;
	}
	return parts.join(',');
}

async function main() {
	const started = Date.now();
	const wanted = siteCodePoints();
	const claimed = new Set<number>();
	rmSync(OUT_DIR, { recursive: true, force: true });
	mkdirSync(OUT_DIR, { recursive: true });

	const rules: string[] = [];
	const written: string[] = [];
	// Where subsets overlap, the browser tries the face declared last first: claim in that order.
	for (const subset of fontsourceSubsets().reverse()) {
		const points = [...wanted].filter(
			(cp) => !claimed.has(cp) && subset.ranges.some(([from, to]) => cp >= from && cp <= to)
		);
		if (points.length === 0) continue;
		for (const cp of points) claimed.add(cp);
		const font = await subsetFont(readFileSync(subset.file), String.fromCodePoint(...points), {
			targetFormat: 'woff2',
			variationAxes: { wght: WEIGHTS }
		});
		const fileName = `source-serif-4-${subset.name}.woff2`;
		writeFileSync(join(OUT_DIR, fileName), font);
		written.push(`${fileName} ${(font.length / 1024).toFixed(1)} KB (${points.length} characters)`);
		rules.push(`@font-face {
	font-family: '${FAMILY}';
	font-style: normal;
	/* The text paints at once in the fallback serif and never jumps when the font arrives late;
	   the Latin file is preloaded (routes/+layout.svelte), so it is usually there in time. */
	font-display: optional;
	font-weight: ${WEIGHTS.min} ${WEIGHTS.max};
	src: url('./${fileName}') format('woff2-variations');
	unicode-range: ${unicodeRange(points)};
}`);
	}

	const header = `/* Generated by scripts/build-fonts.ts from @fontsource-variable/source-serif-4 (SIL Open Font
   License 1.1). Do not edit: run \`npm run fonts\`. */`;
	writeFileSync(join(OUT_DIR, 'fonts.css'), `${header}\n${rules.join('\n')}\n`);
	const missing = [...wanted].filter((cp) => !claimed.has(cp));
	console.log(
		`fonts: ${written.join('; ')} in ${Date.now() - started} ms → ${relative(ROOT, OUT_DIR)}` +
			(missing.length > 0
				? `; not in the font, so drawn in the fallback: ${String.fromCodePoint(...missing)}`
				: '')
	);
}

await main();

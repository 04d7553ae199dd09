/**
 * Every character the site can show, read afresh from its text on each build: the web font
 * (build-fonts.ts) and the map's label glyphs (build-glyphs.ts) are cut to it, so a writer's new
 * chapter brings its own letters (ə, ğ, ş …).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const TEXT_FILE = /\.(ya?ml|txt|geojson|json|svelte|ts|css|html)$/;

function filesUnder(dir: string, skip: string[]): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (skip.includes(path)) return [];
		if (statSync(path).isDirectory()) return filesUnder(path, skip);
		return TEXT_FILE.test(name) ? [path] : [];
	});
}

/** Printable ASCII plus every printable code point in the text files under `dirs`. */
export function siteCodePoints(dirs: string[], skip: string[] = []): Set<number> {
	const points = new Set<number>();
	for (let cp = 0x20; cp <= 0x7e; cp++) points.add(cp);
	for (const file of dirs.flatMap((dir) => filesUnder(dir, skip)))
		for (const char of readFileSync(file, 'utf8')) {
			const cp = char.codePointAt(0)!;
			if (cp >= 0x20 && !(cp >= 0x7f && cp < 0xa0)) points.add(cp);
		}
	return points;
}

/**
 * Before any unit test: the basemap and the map's label glyphs are generated, not committed
 * (static/basemap/ and static/glyphs/, built before dev and build). Tests that draw static maps or
 * read the glyphs need them, so build them once here rather than race to build them from several
 * test files. The glyphs follow the content, so they are rebuilt every time (about a second).
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const FILES = ['region-countries.geojson', 'world-countries.geojson'];

export default function setup() {
	if (!FILES.every((name) => existsSync(`static/basemap/${name}`)))
		execFileSync('npx', ['tsx', 'scripts/build-basemap.ts'], { stdio: 'inherit' });
	execFileSync('npx', ['tsx', 'scripts/build-glyphs.ts'], { stdio: 'inherit' });
}

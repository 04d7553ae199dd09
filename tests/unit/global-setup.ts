/**
 * Before any unit test: the basemap is generated, not committed (static/basemap/, built by
 * `npm run basemap` before dev and build). Tests that draw static maps need it, so build it once
 * here on a fresh clone rather than race to build it from several test files.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const FILES = ['region-countries.geojson', 'world-countries.geojson'];

export default function setup() {
	if (FILES.every((name) => existsSync(`static/basemap/${name}`))) return;
	execFileSync('npx', ['tsx', 'scripts/build-basemap.ts'], { stdio: 'inherit' });
}

/**
 * The browser the tests and the benchmark drive: CHROMIUM_PATH, else Debian's /usr/bin/chromium,
 * else Playwright's own browser (undefined). Flags for headless runs as root on a closed network.
 */
import { existsSync } from 'node:fs';

/** @returns {string | undefined} */
export function chromiumPath() {
	if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
	if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
	return undefined;
}

export const CHROMIUM_ARGS = [
	'--no-sandbox',
	// Without these, Chromium floods the closed network with refused connections.
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run'
];

/** WebGL without a GPU, for MapLibre. */
export const WEBGL_ARGS = [
	'--use-angle=swiftshader',
	'--enable-unsafe-swiftshader',
	'--ignore-gpu-blocklist'
];

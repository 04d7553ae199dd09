/**
 * The browser the tests and the benchmark drive: CHROMIUM_PATH, else Debian's /usr/bin/chromium,
 * else the Chromium Playwright installed (`npx playwright install chromium`), else undefined
 * (Playwright's default, which fails with its own message). scripts/ensure-chromium.js makes sure
 * one of them exists before the browser tests. Flags for headless runs as root on a closed network.
 */
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

export const SYSTEM_CHROMIUM = '/usr/bin/chromium';

/** Where Playwright keeps the Chromium `npx playwright install chromium` downloads. */
export function playwrightChromium() {
	return chromium.executablePath();
}

/** @returns {string | undefined} */
export function chromiumPath() {
	if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
	if (existsSync(SYSTEM_CHROMIUM)) return SYSTEM_CHROMIUM;
	const playwright = playwrightChromium();
	if (existsSync(playwright)) return playwright;
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

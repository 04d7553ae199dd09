import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
	applyLayoutCss,
	LAYOUT_CSS,
	PHONE_BAND_ASPECT,
	PHONE_MAP_BAND,
	PHONE_MAP_BAND_PERCENT,
	PHONE_MAX_WIDTH,
	PHONE_QUERY
} from './layout';

const SRC = join(import.meta.dirname, '..');

function sourceFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return entry.name === 'generated' ? [] : sourceFiles(path);
		return /\.(ts|js|svelte|css|html)$/.test(entry.name) ? [path] : [];
	});
}

describe('the layout, defined once', () => {
	it('no other file writes the breakpoint or the map band itself', () => {
		const breakpoint = new RegExp(`\\b(${PHONE_MAX_WIDTH}|${PHONE_MAX_WIDTH + 1})px`);
		const band = new RegExp(`\\b${PHONE_MAP_BAND_PERCENT}s?vh`);
		const stray = sourceFiles(SRC)
			.filter((path) => !/layout(\.test)?\.ts$/.test(path))
			.filter((path) => {
				const text = readFileSync(path, 'utf8');
				return breakpoint.test(text) || band.test(text);
			})
			.map((path) => relative(SRC, path));
		expect(stray).toEqual([]);
	});

	it('every stylesheet’s layout token is one the build knows', () => {
		const known = [...Object.keys(LAYOUT_CSS.media), ...Object.keys(LAYOUT_CSS.values)];
		for (const path of sourceFiles(SRC).filter((p) => /\.(svelte|css)$/.test(p))) {
			const css = readFileSync(path, 'utf8');
			for (const [, name] of css.matchAll(/(?:@media \(|var\()(--(?:phone|timeline)[\w-]*)\)/g))
				expect(known, relative(SRC, path)).toContain(name);
			expect(applyLayoutCss(css), relative(SRC, path)).not.toMatch(
				/\(--phone|var\(--(?:phone|timeline)/
			);
		}
	});

	it('writes the breakpoint and the band into CSS', () => {
		const css = applyLayoutCss(
			'@media (--phone) { .a { height: var(--phone-map-band-vh); height: var(--phone-map-band); } }'
		);
		expect(css).toBe(
			`@media ${PHONE_QUERY} { .a { height: ${PHONE_MAP_BAND_PERCENT}vh; height: ${PHONE_MAP_BAND_PERCENT}svh; } }`
		);
	});

	it('the band the pictures and the content check assume is what upright phones show', () => {
		// Common phone screens (CSS px): the band is the width by PHONE_MAP_BAND_PERCENT of the height.
		const phones = [
			[360, 640],
			[375, 667],
			[390, 844],
			[412, 915],
			[430, 932]
		] as const;
		for (const [width, height] of phones) {
			const aspect = width / ((height * PHONE_MAP_BAND_PERCENT) / 100);
			expect(aspect).toBeGreaterThanOrEqual(PHONE_BAND_ASPECT.min);
			expect(aspect).toBeLessThanOrEqual(PHONE_BAND_ASPECT.max);
			expect(width).toBeLessThanOrEqual(PHONE_MAX_WIDTH);
		}
		const aspect = PHONE_MAP_BAND.width / PHONE_MAP_BAND.height;
		expect(aspect).toBeGreaterThanOrEqual(PHONE_BAND_ASPECT.min);
		expect(aspect).toBeLessThanOrEqual(PHONE_BAND_ASPECT.max);
	});
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { skipSky } from './sky';

/** A small fake of the map: only the part of its style that the renderer reads for the sky. */
function fakeMap() {
	return { style: { sky: { getEvaluated: () => ({ 'sky-color': '#88c6fc' }) } } };
}

describe('skipSky', () => {
	it('makes the renderer find no sky to draw', () => {
		const map = fakeMap();
		expect(skipSky(map)).toBe(true);
		expect(map.style.sky.getEvaluated()).toBeUndefined();
	});

	it('leaves a map it does not recognise alone, so a later MapLibre still draws', () => {
		expect(skipSky(null)).toBe(false);
		expect(skipSky({})).toBe(false);
		expect(skipSky({ style: {} })).toBe(false);
		const other = { style: { sky: { evaluated: {} } } };
		expect(skipSky(other)).toBe(false);
		expect(other.style.sky).toEqual({ evaluated: {} });
	});
});

describe('the MapLibre this site ships', () => {
	it('still skips the sky when its evaluated value is undefined (re-check skipSky on upgrade)', () => {
		const renderer = readFileSync('node_modules/maplibre-gl/dist/maplibre-gl-dev.mjs', 'utf8');
		expect(renderer).toContain('sky: this.style.sky?.getEvaluated()');
		expect(renderer).toContain('if (data.sky) this.drawFunctions.sky(');
	});
});

/**
 * MapLibre draws a sky behind every map, and compiles its shader program as the map starts,
 * even for a flat map like ours whose pitch never shows the horizon. On a phone without a fast
 * GPU (and on the benchmark's software GL) each program compiled holds up the first drawn map:
 * measured with the water layer gone too (programs 7 → 5 on the front page), first input → live
 * map fell from 2.9 to 2.4 s on `/` and from 2.2 to 1.8 s on `/chapters/baku` (4× CPU).
 *
 * MapLibre has no public switch for it: its renderer reads `style.sky?.getEvaluated()` and skips
 * the sky when that is undefined, so that is what this makes it return. Where the map's
 * internals do not look as expected (a later MapLibre), it does nothing and the sky is drawn.
 * Where a pitched view would show the horizon, the map's container colour shows instead.
 */
export function skipSky(map: unknown): boolean {
	const sky = (map as { style?: { sky?: { getEvaluated?: unknown } } } | null)?.style?.sky;
	if (!sky || typeof sky.getEvaluated !== 'function') return false;
	sky.getEvaluated = () => undefined;
	return true;
}

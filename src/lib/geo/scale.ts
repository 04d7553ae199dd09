/**
 * The scale bar: a round distance (1, 2 or 5 × 10ⁿ km) that fits a width at a map's zoom and
 * latitude, as MapLibre's ScaleControl chooses it. Pure.
 */
import { worldSize } from './projection';

/** The Earth's circumference at the equator in Web Mercator (m). */
const EQUATOR_M = 2 * Math.PI * 6378137;

/** Metres one pixel covers at `lat`, at `zoom` (512-px tiles). */
export function metersPerPixel(zoom: number, lat: number): number {
	return (EQUATOR_M * Math.cos((lat * Math.PI) / 180)) / worldSize(zoom);
}

/** The longest round distance whose bar fits `maxWidth` px, and the bar's length in px. */
export function scaleBar(zoom: number, lat: number, maxWidth: number): { km: number; px: number } {
	const maxKm = (metersPerPixel(zoom, lat) * maxWidth) / 1000;
	const power = 10 ** Math.floor(Math.log10(maxKm));
	const step = [5, 2, 1].find((s) => s * power <= maxKm) ?? 1;
	const km = step * power;
	return { km, px: (km / maxKm) * maxWidth };
}

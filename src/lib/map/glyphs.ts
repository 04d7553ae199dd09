/**
 * The live map's label font: pre-built glyphs of Inter Regular (scripts/build-glyphs.ts), served
 * by the site itself, so MapLibre does not draw each character on the main thread.
 */
export const GLYPHS = {
	/** Under the site's base path, in static/ (generated, not committed). */
	folder: 'glyphs',
	fontstack: 'Inter Regular'
} as const;

/** The style's `glyphs` template for a site served at `base` ('' or '/prefix'). */
export function glyphsUrl(base: string): string {
	return `${base}/${GLYPHS.folder}/{fontstack}/{range}.pbf`;
}

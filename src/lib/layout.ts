/**
 * The page's layout, defined once. CSS reads it through the build (see `layoutCss` in
 * vite.config.ts, which writes these values where a stylesheet says `@media (--phone)` or
 * `var(--phone-map-band)`), the story reads it through `matchMedia`, and the camera maths and the
 * content check read it to know what a phone's map shows.
 */

/** Screens up to this width (CSS px) get the phone layout: the map is a band above the text. */
export const PHONE_MAX_WIDTH = 799;
export const PHONE_QUERY = `(max-width: ${PHONE_MAX_WIDTH}px)`;

/** The phone's map band takes this share of the screen's height (in svh, vh where unsupported). */
export const PHONE_MAP_BAND_PERCENT = 42;

/**
 * The phone's map band in CSS pixels, as the static phone picture is drawn (at twice the pixels)
 * and as the content check frames each chapter: a screen about 400 px wide by
 * PHONE_MAP_BAND_PERCENT of a 760-px screen. Held upright, phones give a band 1.0 to 1.5 times as
 * wide as tall (PHONE_BAND_ASPECT); on its side a phone gets a thin band showing the middle.
 */
export const PHONE_MAP_BAND = { width: 400, height: 320 } as const;
export const PHONE_BAND_ASPECT = { min: 1.0, max: 1.5 } as const;

/**
 * The story's timeline strip, in CSS px: along the foot of the map column on a wide screen, and
 * under the map band on a phone (where it shows the dates of the chapter being read). Its room is
 * kept from the first paint, before its code loads, so nothing moves when it does.
 */
export const TIMELINE_STRIP = { wide: 80, phone: 40 } as const;

/**
 * What the build writes into stylesheets: a custom media query (`@media (--phone)`) and build-time
 * values (`var(--phone-map-band)`, `var(--timeline-strip)`). No stylesheet writes these numbers itself (a unit
 * test checks).
 */
export const LAYOUT_CSS = {
	media: { '--phone': PHONE_QUERY },
	values: {
		'--phone-map-band': `${PHONE_MAP_BAND_PERCENT}svh`,
		'--phone-map-band-vh': `${PHONE_MAP_BAND_PERCENT}vh`,
		'--phone-timeline-strip': `${TIMELINE_STRIP.phone}px`,
		'--timeline-strip': `${TIMELINE_STRIP.wide}px`
	}
} as const;

/** Writes the layout's values into a stylesheet's text. */
export function applyLayoutCss(css: string): string {
	let out = css;
	for (const [name, query] of Object.entries(LAYOUT_CSS.media))
		out = out.replaceAll(`(${name})`, query);
	for (const [name, value] of Object.entries(LAYOUT_CSS.values))
		out = out.replace(new RegExp(`var\\(${name}\\)`, 'g'), value);
	return out;
}

// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	/** Opt-in remote basemap style URL, from MAP_STYLE_URL at build time; empty by default. */
	const __MAP_STYLE_URL__: string;
	/** Public origin for canonical and share URLs, from SITE_ORIGIN at build time. */
	const __SITE_ORIGIN__: string;
}

export {};

// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	/** Opt-in remote basemap style URL, from MAP_STYLE_URL at build time; empty by default. */
	const __MAP_STYLE_URL__: string;

	namespace App {
		interface PageState {
			/** Set by a place click: the chapter the reader asked for. */
			chapter?: string;
		}
	}
}

export {};

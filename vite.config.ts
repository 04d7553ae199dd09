import { sveltekit } from '@sveltejs/kit/vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { MAP_STYLE_URL, SITE_ORIGIN } from './site.config.js';
import { applyLayoutCss } from './src/lib/layout.js';
import { firstViewChunkGroups } from './scripts/chunk-groups';

/**
 * Writes the layout's breakpoint and map band (src/lib/layout.ts, their one definition) into every
 * stylesheet, the components' included: `@media (--phone)` and `var(--phone-map-band)`.
 */
function layoutCss(): Plugin {
	return {
		name: 'layout-css',
		enforce: 'pre',
		transform(code, id) {
			if (!/\.css($|\?)|[?&]type=style/.test(id)) return;
			const out = applyLayoutCss(code);
			return out === code ? undefined : { code: out, map: null };
		}
	};
}

export default defineConfig(({ isSsrBuild }) => ({
	plugins: [layoutCss(), sveltekit()],
	build: {
		// The browser's first-view scripts in a few chunks, not one per set of pages that shares a
		// module (scripts/chunk-groups.ts).
		rolldownOptions: isSsrBuild
			? {}
			: { output: { codeSplitting: { groups: firstViewChunkGroups() } } },
		// Never inline a font as a data: URI (Vite would for a small subset): the page's
		// Content-Security-Policy loads fonts from the site only.
		assetsInlineLimit: (file) => (/\.woff2?$/.test(file) ? false : undefined)
	},
	define: {
		// Opt-in remote basemap style. Unset, the site draws its own basemap and stays on its origin.
		__MAP_STYLE_URL__: JSON.stringify(MAP_STYLE_URL),
		__SITE_ORIGIN__: JSON.stringify(SITE_ORIGIN)
	},
	test: {
		include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts'],
		globalSetup: ['tests/unit/global-setup.ts'],
		environment: 'node'
	}
}));

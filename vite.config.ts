import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { MAP_STYLE_URL, SITE_ORIGIN } from './site.config.js';

export default defineConfig({
	plugins: [sveltekit()],
	build: {
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
});

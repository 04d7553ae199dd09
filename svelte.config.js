import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { BASE_PATH, BUILD_DIR, CSP_DIRECTIVES, SITE_ORIGIN } from './site.config.js';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: {
		// Every component in runes mode (no legacy code paths in the runtime the first view loads),
		// and no version beacon: ~0.4 KB gzip less script on every page.
		runes: true,
		discloseVersion: false
	},
	kit: {
		adapter: adapter({ pages: BUILD_DIR, assets: BUILD_DIR, strict: true }),
		paths: {
			base: BASE_PATH,
			// Absolute asset paths: the prerendered 404.html is served at any depth.
			relative: false
		},
		// Content-Security-Policy for every page, as a <meta> tag with hashes of SvelteKit's inline
		// script: scripts, workers and connections only from the site itself. Styles may be inline
		// (Svelte's style: directives and the <noscript> rule). build-headers.js adds the rest.
		csp: { mode: 'hash', directives: CSP_DIRECTIVES },
		prerender: {
			// The public origin used in canonical and share URLs (see README › Settings).
			origin: SITE_ORIGIN,
			// A broken link or a missing #anchor fails the build.
			handleHttpError: 'fail',
			handleMissingId: 'fail',
			handleUnseenRoutes: 'fail',
			entries: ['*', '/404', '/sitemap.xml', '/robots.txt']
		}
	}
};

export default config;

import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		adapter: adapter({ pages: 'build', assets: 'build', strict: true }),
		paths: {
			// Absolute asset paths: the prerendered 404.html is served at any depth.
			relative: false
		},
		prerender: {
			// The public origin used in canonical and share URLs (see README › Settings).
			origin: process.env.SITE_ORIGIN ?? 'http://localhost:4173',
			// A broken link or a missing #anchor fails the build.
			handleHttpError: 'fail',
			handleMissingId: 'fail',
			handleUnseenRoutes: 'fail',
			entries: ['*', '/404']
		}
	}
};

export default config;

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
			// A broken link or a missing #anchor fails the build.
			handleHttpError: 'fail',
			handleMissingId: 'fail',
			handleUnseenRoutes: 'fail',
			entries: ['*', '/404']
		}
	}
};

export default config;

import { describe, expect, it } from 'vitest';
import { mapCodeFiles, type ClientManifest } from './map-code';

/** The shape of Vite's manifest for this site, trimmed. */
const manifest: ClientManifest = {
	'src/lib/map/MapView.svelte': {
		file: '_app/immutable/chunks/map.js',
		imports: ['_shared.js', '_maplibre.js'],
		css: ['_app/immutable/assets/MapView.css'],
		isDynamicEntry: true
	},
	'_shared.js': { file: '_app/immutable/chunks/shared.js' },
	'_maplibre.js': { file: '_app/immutable/chunks/maplibre.js', imports: ['_shared.js'] },
	'node_modules/maplibre-gl/dist/maplibre-gl-worker.mjs': {
		file: '_app/immutable/assets/maplibre-gl-worker.x.mjs'
	},
	'/abs/node_modules/maplibre-gl/dist/maplibre-gl.css': {
		file: '_app/immutable/assets/maplibre-gl.x.css'
	},
	'src/routes/(story)/+page.svelte': {
		file: '_app/immutable/nodes/2.js',
		imports: ['_shared.js'],
		isEntry: true
	}
};

describe('the map code a story page prefetches', () => {
	it('is the map’s chunk and what only it imports, the worker and the stylesheets', () => {
		expect(mapCodeFiles(manifest).sort()).toEqual([
			'_app/immutable/assets/MapView.css',
			'_app/immutable/assets/maplibre-gl-worker.x.mjs',
			'_app/immutable/assets/maplibre-gl.x.css',
			'_app/immutable/chunks/map.js',
			'_app/immutable/chunks/maplibre.js'
		]);
	});

	it('is nothing when the build has no map chunk', () => {
		expect(mapCodeFiles({ 'src/routes/(story)/+page.svelte': { file: 'x.js' } })).toEqual([]);
	});
});

/**
 * The live map's code as the build wrote it, read from Vite's client manifest: the map's chunk and
 * the chunks it imports, MapLibre's worker and its stylesheet. Story pages list these files so
 * that the browser can fetch them in an idle moment once the page is ready (a prefetch: downloaded,
 * not run): the reader's first input then starts the map instead of a 300 KB download.
 */
import { existsSync, readFileSync } from 'node:fs';

export const CLIENT_MANIFEST = '.svelte-kit/output/client/.vite/manifest.json';

/** The map's component, as the manifest names its source. */
const MAP_ENTRY = 'src/lib/map/MapView.svelte';
/** Assets the map loads by URL, not by import (manifest keys end with these). */
const MAP_ASSETS = ['maplibre-gl/dist/maplibre-gl-worker.mjs', 'maplibre-gl/dist/maplibre-gl.css'];

interface ManifestChunk {
	file: string;
	imports?: string[];
	css?: string[];
	isEntry?: boolean;
	isDynamicEntry?: boolean;
}
export type ClientManifest = Record<string, ManifestChunk>;

/** Every file the chunks `keys` load, through their static imports, never passing `stop`. */
function filesFrom(manifest: ClientManifest, keys: string[], stop?: string): Set<string> {
	const files = new Set<string>();
	const seen = new Set<string>();
	const visit = (key: string) => {
		const chunk = manifest[key];
		if (!chunk || seen.has(key) || key === stop) return;
		seen.add(key);
		files.add(chunk.file);
		for (const css of chunk.css ?? []) files.add(css);
		for (const imported of chunk.imports ?? []) visit(imported);
	};
	for (const key of keys) visit(key);
	return files;
}

/**
 * The files (paths under the site's root, as `_app/immutable/…`) of the live map's code: what the
 * map's chunk loads and no other part of the site does (the rest is loaded with the pages).
 */
export function mapCodeFiles(manifest: ClientManifest): string[] {
	if (!manifest[MAP_ENTRY]) return [];
	const others = Object.entries(manifest)
		.filter(([key, chunk]) => key !== MAP_ENTRY && (chunk.isEntry || chunk.isDynamicEntry))
		.map(([key]) => key);
	const shared = filesFrom(manifest, others, MAP_ENTRY);
	const files = [...filesFrom(manifest, [MAP_ENTRY])].filter((file) => !shared.has(file));
	for (const [key, chunk] of Object.entries(manifest))
		if (MAP_ASSETS.some((asset) => key.endsWith(asset))) files.push(chunk.file);
	return files;
}

/** The built site's map code; none outside a build (the dev server has no manifest). */
export function builtMapCodeFiles(building: boolean): string[] {
	if (!building || !existsSync(CLIENT_MANIFEST)) return [];
	return mapCodeFiles(JSON.parse(readFileSync(CLIENT_MANIFEST, 'utf8')) as ClientManifest);
}

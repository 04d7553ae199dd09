/**
 * How the browser build groups the modules that pages load at once (Rolldown's `codeSplitting`).
 *
 * Left to itself, the bundler makes one chunk for every set of pages that shares a module: a story
 * page's head named 18 scripts, eight of them under 400 bytes gzip. Each is a request in the
 * browser's queue, ahead of the map picture on a phone's connection. Grouped by who loads them, it
 * names 11: Svelte, SvelteKit, what the story shares with the other pages, what it shares with the
 * embed, and each page's own code (which stays in that page's chunk). Code loaded later (the live
 * map, the timeline strip, the embed dialog) is not touched: only modules tagged `$initial`.
 */
import type { Rolldown } from 'vite';

interface ModuleGraph {
	getModuleInfo(id: string): { importers: readonly string[] } | null;
}

type Family = 'story' | 'embed' | 'pages';

/** The part of the site a route file (or SvelteKit's generated root) belongs to. */
function familyOf(id: string): Family | null {
	if (/[\\/]src[\\/]routes[\\/]\(story\)[\\/]/.test(id)) return 'story';
	if (/[\\/]src[\\/]routes[\\/]embed[\\/]/.test(id)) return 'embed';
	if (/[\\/]src[\\/]routes[\\/]|[\\/]\.svelte-kit[\\/]generated[\\/]/.test(id)) return 'pages';
	return null;
}

/** The parts of the site whose pages import `id`, through any chain of static imports. */
export function familiesOf(id: string, graph: ModuleGraph): Set<Family> {
	const families = new Set<Family>();
	const seen = new Set<string>([id]);
	const importers = [...(graph.getModuleInfo(id)?.importers ?? [])];
	for (let next = importers.pop(); next !== undefined; next = importers.pop()) {
		if (seen.has(next)) continue;
		seen.add(next);
		const family = familyOf(next);
		if (family) families.add(family);
		else importers.push(...(graph.getModuleInfo(next)?.importers ?? []));
	}
	return families;
}

/** The chunks, deepest first: each takes its modules before the chunks that import it. */
export const FIRST_VIEW_CHUNKS = ['svelte', 'kit', 'common', 'story-embed'] as const;
export type FirstViewChunk = (typeof FIRST_VIEW_CHUNKS)[number];

/** The chunk a module goes into, or null to leave it where the bundler puts it. */
export function firstViewChunk(id: string, graph: ModuleGraph): FirstViewChunk | null {
	if (/[\\/]node_modules[\\/]svelte[\\/]/.test(id)) return 'svelte';
	if (/[\\/]node_modules[\\/]/.test(id)) return 'kit';
	const families = familiesOf(id, graph);
	const story = families.has('story');
	const embed = families.has('embed');
	if (families.has('pages') && (story || embed)) return 'common';
	return story && embed ? 'story-embed' : null;
}

/** The groups for `output.codeSplitting` in the browser build. */
export function firstViewChunkGroups(): Rolldown.CodeSplittingGroup[] {
	return FIRST_VIEW_CHUNKS.map((chunk, i) => ({
		name: (id, graph) => (firstViewChunk(id, graph) === chunk ? chunk : null),
		priority: FIRST_VIEW_CHUNKS.length - i,
		tags: ['$initial']
	}));
}

/**
 * The browser build's first-view chunks (scripts/chunk-groups.ts), on a small module graph shaped
 * like the site's: SvelteKit's generated nodes import the route files, which import the library.
 */
import { describe, expect, it } from 'vitest';
import {
	familiesOf,
	FIRST_VIEW_CHUNKS,
	firstViewChunk,
	firstViewChunkGroups
} from '../../scripts/chunk-groups';

const ROOT = '/site';
const node = (n: number) => `${ROOT}/.svelte-kit/generated/client-optimized/nodes/${n}.js`;
const route = (path: string) => `${ROOT}/src/routes/${path}`;
const lib = (path: string) => `${ROOT}/src/lib/${path}`;
const pkg = (path: string) => `${ROOT}/node_modules/${path}`;

/** Each module with the modules that import it. */
const IMPORTERS: Record<string, string[]> = {
	[node(0)]: [],
	[node(3)]: [],
	[node(7)]: [],
	[node(13)]: [],
	[route('+layout.svelte')]: [node(0)],
	[route('(story)/+layout.svelte')]: [node(3)],
	[route('(pages)/sources/+page.svelte')]: [node(7)],
	[route('embed/chapters/[slug]/+page.svelte')]: [node(13)],
	// Only the story's layout: stays in that page's own chunk.
	[lib('story/Story.svelte')]: [route('(story)/+layout.svelte')],
	[lib('story/scroll.svelte.ts')]: [lib('story/Story.svelte')],
	// The story and the embed: MapRegion, and what it imports.
	[lib('story/MapRegion.svelte')]: [lib('story/Story.svelte'), lib('story/EmbeddedChapter.svelte')],
	[lib('story/EmbeddedChapter.svelte')]: [route('embed/chapters/[slug]/+page.svelte')],
	[lib('geo/projection.ts')]: [lib('story/MapRegion.svelte')],
	// The story and the other pages.
	[lib('seo/SeoHead.svelte')]: [
		route('(story)/+layout.svelte'),
		route('(pages)/sources/+page.svelte'),
		route('embed/chapters/[slug]/+page.svelte')
	],
	[lib('site.ts')]: [lib('seo/SeoHead.svelte'), route('+layout.svelte')],
	// Only the other pages.
	[lib('content/dates.ts')]: [route('(pages)/sources/+page.svelte')],
	[pkg('svelte/src/internal/client/render.js')]: [lib('story/Story.svelte')],
	[pkg('@sveltejs/kit/src/runtime/client/client.js')]: []
};
const graph = {
	getModuleInfo: (id: string) => (id in IMPORTERS ? { importers: IMPORTERS[id]! } : null)
};

describe('first-view chunks', () => {
	it('finds the parts of the site whose pages import a module, through any chain', () => {
		expect(familiesOf(lib('geo/projection.ts'), graph)).toEqual(new Set(['story', 'embed']));
		expect(familiesOf(lib('site.ts'), graph)).toEqual(new Set(['story', 'pages', 'embed']));
		expect(familiesOf(lib('story/scroll.svelte.ts'), graph)).toEqual(new Set(['story']));
	});

	it('puts Svelte and SvelteKit in chunks of their own', () => {
		expect(firstViewChunk(pkg('svelte/src/internal/client/render.js'), graph)).toBe('svelte');
		expect(firstViewChunk(pkg('@sveltejs/kit/src/runtime/client/client.js'), graph)).toBe('kit');
	});

	it('groups our modules by the parts of the site that load them', () => {
		expect(firstViewChunk(lib('seo/SeoHead.svelte'), graph)).toBe('common');
		expect(firstViewChunk(lib('site.ts'), graph)).toBe('common');
		expect(firstViewChunk(lib('story/MapRegion.svelte'), graph)).toBe('story-embed');
		expect(firstViewChunk(lib('geo/projection.ts'), graph)).toBe('story-embed');
	});

	it("leaves one part's own modules to the bundler (in that page's chunk)", () => {
		expect(firstViewChunk(lib('story/Story.svelte'), graph)).toBeNull();
		expect(firstViewChunk(lib('story/scroll.svelte.ts'), graph)).toBeNull();
		// The embed is not made to load the story's reading engine, nor the story the sources' dates.
		expect(firstViewChunk(lib('content/dates.ts'), graph)).toBeNull();
		expect(firstViewChunk(route('(story)/+layout.svelte'), graph)).toBeNull();
	});

	it('gives the bundler one group per chunk, deepest first, for first-view modules only', () => {
		const groups = firstViewChunkGroups();
		expect(groups.map((g) => g.priority)).toEqual([4, 3, 2, 1]);
		expect(groups.every((g) => g.tags?.includes('$initial'))).toBe(true);
		for (const [i, group] of groups.entries()) {
			const name = group.name as (id: string, ctx: typeof graph) => string | null;
			const captured = Object.keys(IMPORTERS).filter((id) => name(id, graph) !== null);
			expect(captured.length, FIRST_VIEW_CHUNKS[i]).toBeGreaterThan(0);
			for (const id of captured) expect(firstViewChunk(id, graph)).toBe(FIRST_VIEW_CHUNKS[i]);
		}
	});
});

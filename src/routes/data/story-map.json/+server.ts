import { loadStoryContent } from '$lib/server/content';
import { storyMapData } from '$lib/server/story';
import type { RequestHandler } from './$types';

export const prerender = true;

/** What the live map and its place panels use, fetched beside the map's code (lib/story/live-map.ts). */
export const GET: RequestHandler = () =>
	new Response(JSON.stringify(storyMapData(loadStoryContent())), {
		headers: { 'content-type': 'application/json' }
	});

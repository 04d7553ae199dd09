import { base } from '$app/paths';
import { loadStoryContent } from '$lib/server/content';
import { stripEvents } from '$lib/server/derived';
import type { RequestHandler } from './$types';

export const prerender = true;

/** The timeline's events for the story's strip, which loads them with its code (lib/timeline/strip.ts). */
export const GET: RequestHandler = () =>
	new Response(JSON.stringify(stripEvents(loadStoryContent().timeline, base)), {
		headers: { 'content-type': 'application/json' }
	});

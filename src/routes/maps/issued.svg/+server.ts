import { loadStoryContent } from '$lib/server/content';
import { issuedMapSvg } from '$lib/server/issued-map';
import type { RequestHandler } from './$types';

/** The /sources page's map of where the texts say they were written or issued. */
export const prerender = true;
export const GET: RequestHandler = () =>
	new Response(issuedMapSvg(loadStoryContent().sources), {
		headers: { 'content-type': 'image/svg+xml' }
	});

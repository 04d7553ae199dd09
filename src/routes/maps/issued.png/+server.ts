import { renderIssuedMap } from '$lib/server/images';
import type { RequestHandler } from './$types';

/** The /sources page's map of where the texts say they were written or issued. */
export const prerender = true;
export const GET: RequestHandler = async () =>
	new Response(new Uint8Array(await renderIssuedMap()), {
		headers: { 'content-type': 'image/png' }
	});

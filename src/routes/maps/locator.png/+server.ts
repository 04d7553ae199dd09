import { renderLocatorInset } from '$lib/server/images';
import type { RequestHandler } from './$types';

export const prerender = true;
export const GET: RequestHandler = async () =>
	new Response(new Uint8Array(await renderLocatorInset()), {
		headers: { 'content-type': 'image/png' }
	});

import { sizeFramesScript } from '$lib/embed/frames';

export const prerender = true;

/** The script host pages load to size the frames of embedded chapters (README › Embedding a chapter). */
export function GET() {
	return new Response(sizeFramesScript(), {
		headers: { 'content-type': 'text/javascript; charset=utf-8' }
	});
}

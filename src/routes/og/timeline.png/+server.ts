import { loadStoryContent } from '$lib/server/content';
import { renderTimelinePreview } from '$lib/server/images';

export const prerender = true;

/** The /timeline page's sharing preview (TIMELINE_KEY, which no chapter may take as its slug). */
export async function GET() {
	return new Response(new Uint8Array(await renderTimelinePreview(loadStoryContent())), {
		headers: { 'content-type': 'image/png' }
	});
}

import { error } from '@sveltejs/kit';
import { loadStoryContent } from '$lib/server/content';
import { chapterForKey, OVERVIEW_KEY, renderPageMap } from '$lib/server/images';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => [
	{ key: OVERVIEW_KEY },
	...loadStoryContent().chapters.map((c) => ({ key: c.slug }))
];

export const GET: RequestHandler = ({ params }) => {
	const content = loadStoryContent();
	const chapter = chapterForKey(content, params.key);
	if (chapter === undefined) error(404, 'No such map');
	return new Response(new Uint8Array(renderPageMap(content, chapter)), {
		headers: { 'content-type': 'image/png' }
	});
};

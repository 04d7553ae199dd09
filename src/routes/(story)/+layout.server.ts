import { loadStoryContent } from '$lib/server/content';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = () => {
	const { chapters, places, sources } = loadStoryContent();
	// Article bodies stay on the server: pages need only the citation fields.
	return {
		chapters,
		places,
		sources: sources.map(({ body: _body, ...summary }) => summary)
	};
};

import { loadStoryContent, sourceSummary } from '$lib/server/content';
import { passagesFrom } from '$lib/server/derived';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => {
	const content = loadStoryContent();
	return {
		sources: content.sources.map((source) => ({
			...sourceSummary(source),
			passageCount: passagesFrom(source.id, content.chapters).length
		}))
	};
};

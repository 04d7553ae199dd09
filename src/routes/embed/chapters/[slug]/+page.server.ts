import { loadStoryContent } from '$lib/server/content';
import { chapterBySlug, chapterEntries, embedPageData } from '$lib/server/story';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => chapterEntries(loadStoryContent());

export const load: PageServerLoad = ({ params }) => {
	const content = loadStoryContent();
	const chapter = chapterBySlug(content, params.slug);
	return { ...embedPageData(content, chapter), description: chapter.description };
};

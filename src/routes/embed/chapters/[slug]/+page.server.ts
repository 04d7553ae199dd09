import { building } from '$app/environment';
import { loadStoryContent } from '$lib/server/content';
import { builtMapCodeFiles } from '$lib/server/map-code';
import { chapterBySlug, chapterEntries, embedPageData } from '$lib/server/story';
import { chapterImageAlt } from '$lib/story/map-alt';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => chapterEntries(loadStoryContent());

export const load: PageServerLoad = ({ params }) => {
	const content = loadStoryContent();
	const chapter = chapterBySlug(content, params.slug);
	return {
		...embedPageData(content, chapter),
		imageAlt: chapterImageAlt(content.places, chapter),
		mapCode: builtMapCodeFiles(building)
	};
};

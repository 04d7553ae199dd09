import { loadStoryContent } from '$lib/server/content';
import { chapterBySlug, chapterEntries } from '$lib/server/story';
import { chapterImageAlt } from '$lib/story/map-alt';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => chapterEntries(loadStoryContent());

export const load: PageServerLoad = ({ params }) => {
	const content = loadStoryContent();
	const chapter = chapterBySlug(content, params.slug);
	return {
		chapter: { slug: chapter.slug, title: chapter.title, description: chapter.description },
		imageAlt: chapterImageAlt(content.places, chapter)
	};
};

import { loadStoryContent } from '$lib/server/content';
import { chapterBySlug, chapterEntries } from '$lib/server/story';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => chapterEntries(loadStoryContent());

/** The chapter's description, for its head; the rest is in the story's data (the layout's). */
export const load: PageServerLoad = ({ params }) => ({
	description: chapterBySlug(loadStoryContent(), params.slug).description
});

import { error } from '@sveltejs/kit';
import { loadStoryContent } from '$lib/server/content';
import { mapAlt } from '$lib/story/map-alt';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () =>
	loadStoryContent().chapters.map((chapter) => ({ slug: chapter.slug }));

export const load: PageServerLoad = ({ params }) => {
	const chapter = loadStoryContent().chapters.find((c) => c.slug === params.slug);
	if (!chapter) error(404, `There is no chapter “${params.slug}”.`);
	return {
		chapter: { slug: chapter.slug, title: chapter.title, description: chapter.description },
		imageAlt: `${chapter.title}: ${mapAlt(loadStoryContent().places, chapter)}`
	};
};

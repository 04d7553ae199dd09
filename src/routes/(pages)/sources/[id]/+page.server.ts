import { error } from '@sveltejs/kit';
import { base } from '$app/paths';
import { loadStoryContent, sourceSummary } from '$lib/server/content';
import { sourcePageData } from '$lib/server/derived';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => loadStoryContent().sources.map((s) => ({ id: s.id }));

export const load: PageServerLoad = ({ params }) => {
	const content = loadStoryContent();
	const source = content.sources.find((s) => s.id === params.id);
	if (!source) error(404, `There is no source “${params.id}”.`);
	return { source: sourceSummary(source), ...sourcePageData(source, content, base) };
};

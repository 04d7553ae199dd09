import { summarizeRow } from '$lib/content/figures';
import { loadStoryContent, sourceSummary } from '$lib/server/content';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => {
	const content = loadStoryContent();
	const sources = content.sources.map(sourceSummary).sort((a, b) => a.date.localeCompare(b.date));
	const sourceById = new Map(sources.map((s) => [s.id, s]));
	return {
		sources,
		rows: content.figures.map((row) => ({ ...row, summary: summarizeRow(row, sourceById) }))
	};
};

/**
 * The one module the routes load content through. Content is read and validated at build time
 * (prerender); invalid content throws with every problem listed, which fails the build.
 */
import { dev } from '$app/environment';
import { readContent } from '$lib/content/read';
import type { Source, SourceSummary, StoryContent } from '$lib/content/types';
import { formatProblems, validateContent } from '$lib/content/validate';

let cached: StoryContent | undefined;

export function loadStoryContent(): StoryContent {
	if (cached && !dev) return cached;
	const { content, problems } = validateContent(readContent());
	if (!content)
		throw new Error(
			`Story content has ${problems.length} problem(s):\n${formatProblems(problems)}`
		);
	cached = content;
	return content;
}

/** A source without its body: what pages need to cite it. */
export function sourceSummary({ body: _body, ...summary }: Source): SourceSummary {
	return summary;
}

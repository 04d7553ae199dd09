/**
 * Every page of the site, for the sitemap. Paths are without the base path.
 */
import type { StoryContent } from '$lib/content/types';
import { placePath, sourcePath } from '$lib/story/links';
import { chapterPath } from '$lib/story/urls';

export function sitePages(content: StoryContent): string[] {
	return [
		'/',
		...content.chapters.map((c) => chapterPath(c.slug)),
		'/sources',
		...content.sources.map((s) => sourcePath(s.id)),
		'/places',
		...content.places.map((p) => placePath(p.id)),
		'/figures',
		'/timeline'
	];
}

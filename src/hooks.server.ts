import type { Handle } from '@sveltejs/kit';
import { dev } from '$app/environment';
import { base } from '$app/paths';
import { OPEN_AT_CHAPTER_SCRIPT } from '../site.config.js';
import { isEmbedPage } from '$lib/embed/paths.js';
import { loadStoryContent } from '$lib/server/content';
import { chapterBodies, placeChapterBodies } from '$lib/server/story';

/** The chapters' text as the story shows it, and as a chapter's embeddable view shows it alone. */
const bodies: { story?: Map<string, string>; alone?: Map<string, string> } = {};

/**
 * Every page ends with the open-at-chapter script (site.config.js says why; the CSP allows it).
 * The story's pages and the chapters' embeddable views get their chapters' text here, in the HTML
 * only (lib/server/story.ts says why).
 */
export const handle: Handle = ({ event, resolve }) =>
	resolve(event, {
		transformPageChunk: ({ html }) => {
			if (html.includes('data-chapter-body=')) {
				const kind = isEmbedPage(event.url.pathname.slice(base.length)) ? 'alone' : 'story';
				if (!bodies[kind] || dev)
					bodies[kind] = chapterBodies(loadStoryContent(), base, { alone: kind === 'alone' });
				html = placeChapterBodies(html, bodies[kind]);
			}
			return html.replace('</body>', `<script>${OPEN_AT_CHAPTER_SCRIPT}</script></body>`);
		}
	});

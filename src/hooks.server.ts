import type { Handle } from '@sveltejs/kit';
import { dev } from '$app/environment';
import { base } from '$app/paths';
import { OPEN_AT_CHAPTER_SCRIPT } from '../site.config.js';
import { loadStoryContent } from '$lib/server/content';
import { chapterBodies, placeChapterBodies } from '$lib/server/story';

let bodies: Map<string, string> | undefined;

/**
 * Every page ends with the open-at-chapter script (site.config.js says why; the CSP allows it).
 * The story's pages get their chapters' text here, in the HTML only (lib/server/story.ts says why).
 */
export const handle: Handle = ({ event, resolve }) =>
	resolve(event, {
		transformPageChunk: ({ html }) => {
			if (html.includes('data-chapter-body=')) {
				if (!bodies || dev) bodies = chapterBodies(loadStoryContent(), base);
				html = placeChapterBodies(html, bodies);
			}
			return html.replace('</body>', `<script>${OPEN_AT_CHAPTER_SCRIPT}</script></body>`);
		}
	});

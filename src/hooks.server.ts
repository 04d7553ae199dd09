import type { Handle } from '@sveltejs/kit';
import { OPEN_AT_CHAPTER_SCRIPT } from '../site.config.js';

/** Every page ends with the open-at-chapter script (site.config.js says why; the CSP allows it). */
export const handle: Handle = ({ event, resolve }) =>
	resolve(event, {
		transformPageChunk: ({ html }) =>
			html.replace('</body>', `<script>${OPEN_AT_CHAPTER_SCRIPT}</script></body>`)
	});

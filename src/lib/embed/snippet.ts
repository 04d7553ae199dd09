/**
 * The code an editor pastes into a page to show one chapter (README › Embedding a chapter): a
 * frame of the chapter's embeddable view and the script that sizes it to its content.
 */
import { SITE } from '../site';
import { EMBED_SCRIPT_PATH, embedChapterPath } from './paths.js';

/** The frame's height where the host page does not run the sizing script, in CSS pixels. */
export const FALLBACK_FRAME_HEIGHT = 720;

export interface SnippetOptions {
	/** The site's public origin, e.g. `https://example.org`. */
	origin: string;
	/** The base path the site is served under ('' or '/prefix'). */
	base: string;
	slug: string;
	chapterTitle: string;
}

/** A frame's accessible name: the chapter, then the story (as the chapter page's title). */
export function embedFrameTitle(chapterTitle: string): string {
	return `${chapterTitle} · ${SITE.title}`;
}

const escapeAttribute = (value: string) =>
	value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The snippet's URLs, absolute: the frame's and the sizing script's. */
export function snippetUrls({ origin, base, slug }: Omit<SnippetOptions, 'chapterTitle'>) {
	return {
		frame: new URL(embedChapterPath(slug, base), origin).href,
		script: new URL(`${base}${EMBED_SCRIPT_PATH}`, origin).href
	};
}

/**
 * The HTML to paste: the frame, then the script. A page that pastes two snippets runs the script
 * twice, harmlessly: each copy sets the same heights.
 */
export function embedSnippet(options: SnippetOptions): string {
	const urls = snippetUrls(options);
	const title = embedFrameTitle(options.chapterTitle);
	return [
		`<iframe src="${escapeAttribute(urls.frame)}" title="${escapeAttribute(title)}" width="100%" height="${FALLBACK_FRAME_HEIGHT}" style="width:100%;max-width:1200px;border:0" loading="lazy"></iframe>`,
		`<script src="${escapeAttribute(urls.script)}" async></script>`
	].join('\n');
}

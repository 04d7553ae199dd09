/**
 * Where the embeddable views live. Plain JavaScript (typed in JSDoc) so that
 * scripts/build-headers.js, run by Node at build time, reads the same paths as the pages: the
 * pages under EMBED_ROOT are the only ones another site may frame.
 */

/** The embeddable pages (src/routes/embed). */
export const EMBED_ROOT = '/embed';

/** The script a host page loads to size its frames; versioned, so a host's snippet keeps working. */
export const EMBED_SCRIPT_PATH = `${EMBED_ROOT}/v1.js`;

/**
 * Path of a chapter's embeddable view.
 * @param {string} slug
 * @param {string} [base] the base path the site is served under
 */
export function embedChapterPath(slug, base = '') {
	return `${base}${EMBED_ROOT}/chapters/${encodeURIComponent(slug)}`;
}

/**
 * Whether a page (its path without the base path) may be framed by other sites.
 * @param {string} path
 */
export function isEmbedPage(path) {
	return path.startsWith(`${EMBED_ROOT}/`);
}

/**
 * Deployment settings, read from the environment at build time (see README › Settings).
 */

/** Public origin of the site, for canonical and share URLs. */
export const SITE_ORIGIN = (process.env.SITE_ORIGIN ?? 'http://localhost:4173').replace(/\/+$/, '');

/** Sub-path the site is served under, e.g. `/khojaly-story`; empty for the root. */
export const BASE_PATH = (process.env.BASE_PATH ?? '').replace(/\/+$/, '');
if (BASE_PATH && !BASE_PATH.startsWith('/'))
	throw new Error(`BASE_PATH must start with "/": ${BASE_PATH}`);

/** Where the static site is written (the tests build a sub-path copy beside the main one). */
export const BUILD_DIR = process.env.BUILD_DIR ?? 'build';

/**
 * Deployment settings, read from the environment at build time (see README › Settings).
 */
import { createHash } from 'node:crypto';

/** Public origin of the site, for canonical and share URLs. */
export const SITE_ORIGIN = (process.env.SITE_ORIGIN ?? 'http://localhost:4173').replace(/\/+$/, '');

/** Sub-path the site is served under, e.g. `/khojaly-story`; empty for the root. */
export const BASE_PATH = (process.env.BASE_PATH ?? '').replace(/\/+$/, '');
if (BASE_PATH && !BASE_PATH.startsWith('/'))
	throw new Error(`BASE_PATH must start with "/": ${BASE_PATH}`);

/** Where the static site is written (the tests build a sub-path copy beside the main one). */
export const BUILD_DIR = process.env.BUILD_DIR ?? 'build';

/**
 * The `frame-ancestors` sources of the embeddable pages (/embed/…, README › Embedding a chapter):
 * from EMBED_ALLOWED_ORIGINS, origins separated by spaces or commas (`https://news.example`,
 * `https://*.example.org`), or `*` for any site (the default). The site's own pages may always
 * frame them (the Embed dialog's preview). Every other page refuses to be framed.
 * @param {string | undefined} value
 */
export function embedFrameAncestors(value) {
	const entries = (value ?? '').split(/[\s,]+/).filter(Boolean);
	if (entries.length === 0 || entries.includes('*')) return '*';
	const origins = entries.map((entry) => {
		const origin = entry.replace(/\/+$/, '');
		if (!/^https?:\/\/(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)*(:\d+)?$/i.test(origin))
			throw new Error(
				`EMBED_ALLOWED_ORIGINS: “${entry}” is not an origin such as https://news.example (scheme and host, no path)`
			);
		return origin;
	});
	return ["'self'", ...new Set(origins)].join(' ');
}

/** Who may frame the embeddable pages (README › Settings). */
export const EMBED_FRAME_ANCESTORS = embedFrameAncestors(process.env.EMBED_ALLOWED_ORIGINS);

/** Opt-in remote basemap style (README › Settings). Its origin is added to the policy below. */
export const MAP_STYLE_URL = process.env.MAP_STYLE_URL ?? '';
/** @type {any[]} a host source such as https://tiles.example.org */
const remote = MAP_STYLE_URL ? [new URL(MAP_STYLE_URL).origin] : [];

/**
 * A chapter's address opens at that chapter as the page first paints, not at the top of the story
 * until the page's script has loaded (on a slow phone, seconds later). The prerendered chapter
 * holds a marker the browser scrolls to as it first lays the page out (CSS `scroll-initial-target`,
 * ChapterSection.svelte): no script, and no layout forced before the first paint. Where the
 * browser lacks that, this script, placed at the end of every page (src/hooks.server.ts), scrolls
 * to the marker. An address with a #fragment is left to the browser.
 *
 * The text font may arrive just after that scroll and still be used (font-display: optional lets
 * it in until the first paint). The text reflows, the browser's scroll anchor keeps a paragraph in
 * place rather than the chapter's top, and the chapter sat 25 px below its margin. So the script
 * scrolls whenever the page's height changes (a ResizeObserver: also at once, before the first
 * paint), for the page's first two seconds: a font arriving later is not used, and by then the
 * reader may be reading. Every byte here is in every page's HTML, whose budget is 12 KB gzip.
 */
export const OPEN_AT_CHAPTER_SCRIPT =
	"if(!location.hash&&!CSS.supports('scroll-initial-target','nearest')){let m=document.querySelector('[data-opens-here]'),o=new ResizeObserver(()=>m.scrollIntoView({behavior:'instant'}));m&&o.observe(document.body);setTimeout(()=>o.disconnect(),2e3)}";
const openAtChapterHash = createHash('sha256').update(OPEN_AT_CHAPTER_SCRIPT).digest('base64');

/** @type {import('@sveltejs/kit').Config['kit'] extends infer K ? K extends { csp?: { directives?: infer D } } ? D : never : never} */
export const CSP_DIRECTIVES = {
	'default-src': ['self'],
	// SvelteKit adds the hash of its own start-up script to these.
	'script-src': ['self', `sha256-${openAtChapterHash}`],
	'style-src': ['self', 'unsafe-inline'],
	'img-src': ['self', 'data:', ...remote],
	'font-src': ['self', ...remote],
	'connect-src': ['self', ...remote],
	'worker-src': ['self'],
	'object-src': ['none'],
	'base-uri': ['self'],
	'form-action': ['self']
};

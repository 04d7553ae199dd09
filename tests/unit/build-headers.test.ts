/**
 * The build's `_headers` (scripts/build-headers.js): only the embeddable pages may be framed, by
 * the origins EMBED_ALLOWED_ORIGINS names (site.config.js); every other page refuses, with both
 * headers that say so. Read the way scripts/serve.js (and the hosts) apply it: every matching rule.
 */
import { describe, expect, it } from 'vitest';
import { headersText } from '../../scripts/build-headers.js';
import { headersFor, parseHeaderRules } from '../../scripts/serve.js';
import { embedFrameAncestors } from '../../site.config.js';

const POLICY = 'default-src &#39;self&#39;; script-src &#39;self&#39; &#39;sha256-abc=&#39;';
const PAGES = [
	{ file: 'index.html', policy: POLICY },
	{ file: 'chapters/aghdam.html', policy: POLICY },
	{ file: 'embed/chapters/aghdam.html', policy: POLICY },
	{ file: '404.html', policy: POLICY }
];

function headers(path: string, embedFrameAncestors = '*', base = '') {
	const rules = parseHeaderRules(headersText(PAGES, { base, embedFrameAncestors }));
	return headersFor(rules, path);
}

describe('framing in _headers', () => {
	it('lets the embeddable pages be framed by the allowed origins, with no X-Frame-Options', () => {
		for (const path of ['/embed/chapters/aghdam', '/embed/chapters/aghdam.html']) {
			const h = headers(path, "'self' https://news.example");
			expect(h['Content-Security-Policy'], path).toBe(
				"default-src 'self'; script-src 'self' 'sha256-abc='; frame-ancestors 'self' https://news.example"
			);
			expect(h['X-Frame-Options'], path).toBeUndefined();
		}
	});

	it('keeps every other page from being framed', () => {
		for (const path of ['/', '/chapters/aghdam', '/chapters/aghdam.html', '/404']) {
			const h = headers(path);
			expect(h['Content-Security-Policy'], path).toMatch(/; frame-ancestors 'none'$/);
			expect(h['X-Frame-Options'], path).toBe('DENY');
		}
	});

	it('keeps the site-wide headers on every path, embeddable pages included', () => {
		for (const path of ['/chapters/aghdam', '/embed/chapters/aghdam', '/embed/v1.js']) {
			expect(headers(path)['X-Content-Type-Options'], path).toBe('nosniff');
			expect(headers(path)['Referrer-Policy'], path).toBe('strict-origin-when-cross-origin');
		}
	});

	it('writes the rules under the base path', () => {
		const h = headers('/khojaly-story/embed/chapters/aghdam', '*', '/khojaly-story');
		expect(h['Content-Security-Policy']).toMatch(/; frame-ancestors \*$/);
		expect(
			headers('/khojaly-story/chapters/aghdam', '*', '/khojaly-story')['X-Frame-Options']
		).toBe('DENY');
	});
});

describe('EMBED_ALLOWED_ORIGINS', () => {
	it('allows any site by default', () => {
		expect(embedFrameAncestors(undefined)).toBe('*');
		expect(embedFrameAncestors('  ')).toBe('*');
		expect(embedFrameAncestors('https://news.example *')).toBe('*');
	});

	it('takes origins separated by spaces or commas, and always the site itself', () => {
		expect(embedFrameAncestors('https://news.example/, https://*.blog.example:8443')).toBe(
			"'self' https://news.example https://*.blog.example:8443"
		);
	});

	it('refuses what is not an origin, saying what it wants', () => {
		for (const value of ['news.example', 'https://news.example/page', "'none'", 'ftp://x.example'])
			expect(() => embedFrameAncestors(value), value).toThrow(/not an origin such as https:/);
	});
});

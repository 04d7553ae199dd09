import { parse as parseHtml } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { headHtml, type HeadTags } from './head';

const tags: HeadTags = {
	title: 'Ankara & “the <memorial>” · Story',
	description: 'A "quoted" description',
	url: 'https://example.org/chapters/ankara',
	canonical: true,
	noindex: false,
	siteName: 'Story',
	image: {
		url: 'https://example.org/og/ankara.png',
		alt: 'Map',
		width: 1200,
		height: 630,
		type: 'image/png'
	}
};

/** The tags as an HTML parser reads them (entities decoded). */
function parse(html: string) {
	const head = parseHtml(html);
	const meta = (selector: string) => head.querySelector(selector)?.getAttribute('content');
	return { head, title: head.querySelector('title')?.text, meta };
}

describe('headHtml', () => {
	it('gives the title and the sharing tags, their text intact however it is punctuated', () => {
		const { head, title, meta } = parse(headHtml(tags));
		expect(title).toBe(tags.title);
		expect(meta('meta[name="description"]')).toBe(tags.description);
		expect(meta('meta[property="og:title"]')).toBe(tags.title);
		expect(meta('meta[property="og:url"]')).toBe(tags.url);
		expect(meta('meta[property="og:image:width"]')).toBe('1200');
		expect(meta('meta[name="twitter:card"]')).toBe('summary_large_image');
		expect(head.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(tags.url);
		expect(head.querySelector('meta[name="robots"]')).toBeNull();
	});

	it('keeps a page out of the index, without a canonical link unless asked', () => {
		const { head, meta } = parse(headHtml({ ...tags, noindex: true, canonical: false }));
		expect(meta('meta[name="robots"]')).toBe('noindex');
		expect(head.querySelector('link[rel="canonical"]')).toBeNull();
	});

	it('holds no comment (an empty one would end Svelte’s {@html} block early)', () => {
		expect(headHtml(tags)).not.toContain('<!--');
	});
});

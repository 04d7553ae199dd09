import { describe, expect, it } from 'vitest';
import { SITE } from '../site';
import { embedChapterPath, isEmbedPage } from './paths.js';
import { embedSnippet, FALLBACK_FRAME_HEIGHT, snippetUrls } from './snippet';

describe('embed paths', () => {
	it('puts a chapter’s embeddable view under /embed, below the base path', () => {
		expect(embedChapterPath('the-count')).toBe('/embed/chapters/the-count');
		expect(embedChapterPath('baku', '/khojaly-story')).toBe('/khojaly-story/embed/chapters/baku');
	});

	it('counts only the pages under /embed/ as embeddable', () => {
		expect(isEmbedPage('/embed/chapters/baku')).toBe(true);
		expect(isEmbedPage('/chapters/baku')).toBe(false);
		expect(isEmbedPage('/embedded')).toBe(false);
		expect(isEmbedPage('/')).toBe(false);
	});
});

describe('embedSnippet', () => {
	const options = {
		origin: 'https://story.example',
		base: '/khojaly-story',
		slug: 'aghdam',
		chapterTitle: 'The flight towards Aghdam'
	};

	it('frames the chapter’s embeddable view and loads the sizing script, by absolute URLs', () => {
		const html = embedSnippet(options);
		expect(html).toContain(
			'<iframe src="https://story.example/khojaly-story/embed/chapters/aghdam"'
		);
		expect(html).toContain(
			'<script src="https://story.example/khojaly-story/embed/v1.js" async></script>'
		);
		expect(html.indexOf('<iframe')).toBeLessThan(html.indexOf('<script'));
	});

	it('names the frame after the chapter and the story, and gives it a height for hosts without the script', () => {
		const html = embedSnippet(options);
		expect(html).toContain(`title="The flight towards Aghdam · ${SITE.title}"`);
		expect(html).toContain(`height="${FALLBACK_FRAME_HEIGHT}"`);
		expect(html).toContain('width="100%"');
	});

	it('escapes a title that would end the attribute', () => {
		const html = embedSnippet({ ...options, chapterTitle: 'A "quoted" <b> & more' });
		expect(html).toContain('title="A &quot;quoted&quot; &lt;b> &amp; more · ');
	});

	it('works for a site at the root of its origin', () => {
		expect(snippetUrls({ origin: 'http://localhost:4173', base: '', slug: 'baku' })).toEqual({
			frame: 'http://localhost:4173/embed/chapters/baku',
			script: 'http://localhost:4173/embed/v1.js'
		});
	});
});

import { describe, expect, it } from 'vitest';
import {
	absoluteUrl,
	chapterPath,
	homePath,
	pathForIndex,
	slugFromPath,
	storyNeedsPageLoad
} from './urls';

describe('chapter ↔ URL', () => {
	it('maps chapters to /chapters/<slug>, with and without a base path', () => {
		expect(chapterPath('aghdam')).toBe('/chapters/aghdam');
		expect(chapterPath('aghdam', '/khojaly-story')).toBe('/khojaly-story/chapters/aghdam');
		expect(homePath('/khojaly-story')).toBe('/khojaly-story/');
	});

	it('reads the slug back from a path', () => {
		expect(slugFromPath('/chapters/aghdam')).toBe('aghdam');
		expect(slugFromPath('/chapters/aghdam/')).toBe('aghdam');
		expect(slugFromPath('/khojaly-story/chapters/the-count', '/khojaly-story')).toBe('the-count');
		expect(slugFromPath('/')).toBeNull();
		expect(slugFromPath('/sources/trend')).toBeNull();
		expect(slugFromPath('/chapters/aghdam', '/other')).toBeNull();
	});

	it('round-trips every slug', () => {
		for (const slug of ['introduction', 'khojaly', 'return-and-recognition'])
			expect(slugFromPath(chapterPath(slug, '/b'), '/b')).toBe(slug);
	});

	it('maps the active index to the address, the front page above the first chapter', () => {
		const slugs = ['introduction', 'khojaly'];
		expect(pathForIndex(slugs, -1)).toBe('/');
		expect(pathForIndex(slugs, 1)).toBe('/chapters/khojaly');
		expect(pathForIndex(slugs, 5)).toBe('/');
	});

	it('builds absolute URLs for sharing', () => {
		expect(absoluteUrl('https://example.org', '/khojaly-story/chapters/baku')).toBe(
			'https://example.org/khojaly-story/chapters/baku'
		);
	});
});

describe('storyNeedsPageLoad', () => {
	it('loads the story from the server when entering it from another page', () => {
		expect(storyNeedsPageLoad('/(pages)/places/[id]', '/(story)/chapters/[slug]')).toBe(true);
		expect(storyNeedsPageLoad('/(pages)/sources', '/(story)')).toBe(true);
		expect(storyNeedsPageLoad('/404', '/(story)')).toBe(true);
		expect(storyNeedsPageLoad(null, '/(story)')).toBe(true);
	});

	it('keeps the text on screen within the story, and leaves other pages to the router', () => {
		expect(storyNeedsPageLoad('/(story)', '/(story)/chapters/[slug]')).toBe(false);
		expect(storyNeedsPageLoad('/(story)/chapters/[slug]', '/(story)')).toBe(false);
		expect(storyNeedsPageLoad('/(story)', '/(pages)/places')).toBe(false);
		expect(storyNeedsPageLoad('/(pages)/places', '/(pages)/sources')).toBe(false);
		expect(storyNeedsPageLoad('/(pages)/places', null)).toBe(false);
	});
});

/**
 * Where the articles say the killings were recognised or condemned: the outlines the map draws are
 * exactly the bodies the articles name, each linked to the passage that names it, and every
 * sentence of the articles about recognising or condemning is accounted for.
 */
import { describe, expect, it } from 'vitest';
import { foldWhitespace, isVerbatim } from '../../src/lib/content/text';
import { formatProblems, RECOGNITION_WORDS, validateContent } from '../../src/lib/content/validate';
import { quoteAnchorId } from '../../src/lib/story/links';
import { chapterBodies } from '../../src/lib/server/story';
import { realContent, replaceOnce } from './content-fixture';

const raw = realContent();
const content = validateContent(raw).content!;
const drawing = content.chapters.filter((c) => c.areas.length > 0);
const passages = content.chapters.flatMap((c) => c.passages);

describe('the recognition map', () => {
	it('is one chapter, framing its outlines', () => {
		expect(drawing.map((c) => c.slug)).toEqual(['recognition']);
		expect(drawing[0]!.camera).toMatchObject({ fit: 'bounds' });
	});

	it('draws every outline of geodata/recognition.geojson, and nothing else', () => {
		const drawn = drawing.flatMap((c) => c.areas.map((a) => a.id)).sort();
		expect(drawn).toEqual(content.outlines.map((o) => o.id).sort());
		expect(drawn).toEqual(['arkansas', 'czechia', 'mexico', 'new-mexico', 'pakistan', 'turkiye']);
	});

	it('links each body to a passage of the story that names its country or state', () => {
		for (const area of drawing[0]!.areas) {
			expect(area.bodies.length, area.id).toBeGreaterThan(0);
			for (const body of area.bodies) {
				const passage = passages.find((p) => p.id === body.passageId)!;
				expect(passage, `${area.id}: ${body.body}`).toBeDefined();
				expect(passage.sourceId).toBe(body.sourceId);
				const source = content.sources.find((s) => s.id === body.sourceId)!;
				expect(isVerbatim(passage.quote, source.body)).toBe(true);
				// The passage names the place, or (a ministry's own words) the article's
				// attribution names it.
				const words = area.id === 'czechia' ? 'Czech' : area.name;
				expect(
					passage.quote.includes(words) || (passage.note ?? '').includes(words),
					`${area.id}: “${passage.quote}”`
				).toBe(true);
			}
		}
	});

	it('labels a committee or a legislature as the body, not as the country', () => {
		const label = (id: string) => drawing[0]!.areas.find((a) => a.id === id)!.label;
		expect(label('czechia')).toMatch(/committee/i);
		expect(label('pakistan')).toMatch(/committee/i);
		expect(label('arkansas')).toMatch(/legislature/i);
		expect(label('new-mexico')).toMatch(/legislature/i);
		expect(label('mexico')).toMatch(/Senate/);
	});

	it('says in words that the count of 18 countries and 24 U.S. states names none of them', () => {
		const text = drawing[0]!.narrative.join(' ');
		expect(text).toContain('“18 countries, 24 U.S. states”');
		expect(text).toMatch(
			/does not name the countries or the states, and none of the five articles does/
		);
	});

	it('accounts for every sentence of the articles that speaks of recognising or condemning', () => {
		let mentions = 0;
		for (const source of content.sources)
			mentions += [...source.body.matchAll(RECOGNITION_WORDS)].length;
		expect(mentions).toBeGreaterThan(15);
		const dropped = replaceOnce(
			raw.recognition.text,
			'  - source: unnamed-2025-02-26\n    quote: >-\n      urging the world to recognize the Khojaly tragedy as genocide.\n    why: A call on others; it names no body that did so.\n',
			''
		);
		const { problems } = validateContent({
			...raw,
			recognition: { ...raw.recognition, text: dropped }
		});
		expect(formatProblems(problems)).toMatch(
			/content\/recognition\.yaml › others\n.*urging the world to recognize.*not accounted for/
		);
	});

	it('fails the build, naming the file and the fix, when a body’s words are in no passage', () => {
		const broken = replaceOnce(
			raw.recognition.text,
			'Previously, the Khojaly genocide was recognized',
			'The Khojaly genocide was recognized'
		);
		const { problems } = validateContent({
			...raw,
			recognition: { ...raw.recognition, text: broken }
		});
		const text = formatProblems(problems);
		expect(text).toContain('content/recognition.yaml › areas[4].bodies[0].quote');
		expect(text).toContain('not verbatim');
	});

	it('lists each body in the chapter’s text, linked to its passage on the page', () => {
		const html = chapterBodies(content, '').get('recognition')!;
		for (const area of drawing[0]!.areas)
			for (const body of area.bodies) {
				expect(html).toContain(`href="#${quoteAnchorId(body.passageId)}"`);
				const page = [...chapterBodies(content, '').values()].join('');
				expect(page).toContain(`id="${quoteAnchorId(body.passageId)}"`);
				expect(foldWhitespace(html)).toContain(body.body.replaceAll("'", '&#39;').slice(0, 20));
			}
	});

	it('shown alone (a chapter embedded in another site), links a passage of another chapter on that chapter’s page', () => {
		const html = chapterBodies(content, '/base', { alone: true }).get('recognition')!;
		const own = new Set(drawing[0]!.passages.map((p) => p.id));
		const bodies = drawing[0]!.areas.flatMap((area) => area.bodies);
		expect(bodies.some((body) => !own.has(body.passageId))).toBe(true);
		for (const body of bodies) {
			const anchor = quoteAnchorId(body.passageId);
			if (own.has(body.passageId)) expect(html).toContain(`href="#${anchor}" target="_self"`);
			else {
				const chapter = content.chapters.find((c) =>
					c.passages.some((p) => p.id === body.passageId)
				)!;
				expect(html).toContain(`href="/base/chapters/${chapter.slug}#${anchor}"`);
			}
		}
	});
});

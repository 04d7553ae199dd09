import { describe, expect, it } from 'vitest';
import { paragraphHtml, segmentBody } from './segments';

const body = 'First paragraph. It has two sentences.\n\nSecond one <b>here</b> & more. The end.';

describe('segmentBody', () => {
	it('keeps paragraphs and gives each a stable anchor', () => {
		const { paragraphs } = segmentBody(body, []);
		expect(paragraphs.map((p) => p.id)).toEqual(['p-1', 'p-2']);
		expect(paragraphs[0]!.segments).toEqual([
			{ text: 'First paragraph. It has two sentences.', covering: [], starting: [], ending: [] }
		]);
	});

	it('marks overlapping highlights and anchors each where it starts', () => {
		const { paragraphs, unplaced } = segmentBody(body, [
			{ id: 'a', text: 'It has two', kind: 'passage' },
			{ id: 'b', text: 'two sentences.', kind: 'figure' }
		]);
		expect(unplaced).toEqual([]);
		expect(paragraphs[0]!.segments.map((s) => [s.text, s.covering, s.starting, s.ending])).toEqual([
			['First paragraph. ', [], [], []],
			['It has ', ['a'], ['a'], []],
			['two', ['a', 'b'], ['b'], ['a']],
			[' sentences.', ['b'], [], ['b']]
		]);
	});

	it('places a quote that spans a paragraph break', () => {
		const { paragraphs, unplaced } = segmentBody(body, [
			{ id: 'x', text: 'sentences. Second one', kind: 'passage' }
		]);
		expect(unplaced).toEqual([]);
		expect(paragraphs[0]!.segments.at(-1)).toMatchObject({
			text: 'sentences.',
			covering: ['x'],
			starting: ['x']
		});
		expect(paragraphs[1]!.segments[0]).toMatchObject({
			text: 'Second one',
			covering: ['x'],
			ending: ['x']
		});
	});

	it('reports a highlight it cannot place', () => {
		expect(
			segmentBody(body, [{ id: 'gone', text: 'not in the text', kind: 'passage' }]).unplaced
		).toEqual(['gone']);
	});
});

describe('paragraphHtml', () => {
	it('escapes the text, marks highlights, anchors them and links back', () => {
		const { paragraphs } = segmentBody(body, [
			{ id: 'q1', text: 'Second one <b>here</b>', kind: 'passage' }
		]);
		const html = paragraphHtml(paragraphs[1]!, {
			kinds: { q1: 'passage' },
			backlinks: { q1: [{ href: '/chapters/baku', text: 'Baku & Khatai' }] }
		});
		expect(html).toBe(
			'<span class="anchor" id="q1"></span><mark class="passage">Second one &lt;b&gt;here&lt;/b&gt;</mark> <span class="backlinks">(quoted in <a href="/chapters/baku">Baku &amp; Khatai</a>)</span> &amp; more. The end.'
		);
	});
});

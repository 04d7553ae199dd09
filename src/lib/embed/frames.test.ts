import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
	HEIGHT_MESSAGE_TYPE,
	HEIGHT_REQUEST_TYPE,
	heightReporter,
	isHeightRequest,
	MESSAGE_TYPES,
	sizeFrames,
	sizeFramesScript,
	type HeightMessage
} from './frames';

describe('heightReporter', () => {
	it('posts the height rounded up, with the chapter, and again only when it changes', () => {
		const posted: HeightMessage[] = [];
		const reporter = heightReporter('aghdam', (message) => posted.push(message));
		reporter.update(812.2);
		reporter.update(812.9);
		reporter.update(813);
		reporter.update(1040);
		expect(posted).toEqual([
			{ type: HEIGHT_MESSAGE_TYPE, height: 813, slug: 'aghdam' },
			{ type: HEIGHT_MESSAGE_TYPE, height: 1040, slug: 'aghdam' }
		]);
	});

	it('posts no height of nothing (a page not laid out yet)', () => {
		const posted: HeightMessage[] = [];
		const reporter = heightReporter('aghdam', (message) => posted.push(message));
		reporter.update(0);
		reporter.update(Number.NaN);
		reporter.answer(0);
		expect(posted).toEqual([]);
	});

	it('posts the height again when the host page asks, and goes on from there', () => {
		const posted: HeightMessage[] = [];
		const reporter = heightReporter('baku', (message) => posted.push(message));
		reporter.update(700);
		reporter.answer(700);
		reporter.update(700);
		reporter.answer(650.5);
		reporter.update(651);
		expect(posted.map((m) => m.height)).toEqual([700, 700, 651]);
	});
});

describe('isHeightRequest', () => {
	const parent = {} as MessageEventSource;
	it('is the framing page asking, and nothing else', () => {
		const ask = { type: HEIGHT_REQUEST_TYPE };
		expect(isHeightRequest({ source: parent, data: ask }, parent)).toBe(true);
		expect(isHeightRequest({ source: {} as MessageEventSource, data: ask }, parent)).toBe(false);
		expect(isHeightRequest({ source: parent, data: { type: HEIGHT_MESSAGE_TYPE } }, parent)).toBe(
			false
		);
		expect(isHeightRequest({ source: parent, data: null }, parent)).toBe(false);
	});
});

const SITE = 'https://story.example';

/**
 * A host page with two frames of the site and one of another site, its message listeners, and
 * the messages its frames were sent (with the origin they were addressed to).
 */
function hostPage() {
	const asked: { frame: string; data: unknown; targetOrigin: string }[] = [];
	const frameWindow = (name: string) => ({
		postMessage: (data: unknown, targetOrigin: string) =>
			asked.push({ frame: name, data, targetOrigin })
	});
	const windows = {
		baku: frameWindow('baku'),
		ankara: frameWindow('ankara'),
		other: frameWindow('other')
	};
	const frames = Object.entries(windows).map(([name, contentWindow]) => ({
		name,
		src: `${name === 'other' ? 'https://elsewhere.example' : SITE}/embed/chapters/${name}`,
		contentWindow,
		style: { height: '' }
	}));
	const listeners = new Set<(event: unknown) => void>();
	const win = {
		document: { querySelectorAll: (selector: string) => (selector === 'iframe' ? frames : []) },
		addEventListener: (_type: string, listener: (event: unknown) => void) =>
			listeners.add(listener),
		removeEventListener: (_type: string, listener: (event: unknown) => void) =>
			listeners.delete(listener)
	};
	const heights = () => Object.fromEntries(frames.map((f) => [f.name, f.style.height]));
	const send = (event: { origin: string; source: unknown; data: unknown }) => {
		for (const listener of listeners) listener(event);
	};
	return { win, windows, heights, send, listeners, asked };
}

const message = (height: unknown, type = HEIGHT_MESSAGE_TYPE) => ({ type, height, slug: 'baku' });

describe('sizeFrames (the host page’s script)', () => {
	it('sets the height of the frame whose window sent the message, and of no other', () => {
		const host = hostPage();
		sizeFrames(host.win as unknown as Window, SITE, MESSAGE_TYPES);
		host.send({ origin: SITE, source: host.windows.ankara, data: message(1234.4) });
		expect(host.heights()).toEqual({ baku: '', ankara: '1235px', other: '' });
	});

	it('ignores messages from another origin, of another type, or with no usable height', () => {
		const host = hostPage();
		sizeFrames(host.win as unknown as Window, SITE, MESSAGE_TYPES);
		const source = host.windows.baku;
		host.send({ origin: 'https://elsewhere.example', source, data: message(900) });
		host.send({ origin: SITE, source, data: message(900, 'other:height') });
		for (const height of ['900', -5, 0, Number.NaN, Infinity, null])
			host.send({ origin: SITE, source, data: message(height) });
		host.send({ origin: SITE, source, data: null });
		host.send({ origin: SITE, source, data: 'khojaly-embed:height' });
		expect(host.heights()).toEqual({ baku: '', ankara: '', other: '' });
	});

	it('ignores a message from a window that is none of the page’s frames', () => {
		const host = hostPage();
		sizeFrames(host.win as unknown as Window, SITE, MESSAGE_TYPES);
		host.send({ origin: SITE, source: {}, data: message(900) });
		expect(host.heights()).toEqual({ baku: '', ankara: '', other: '' });
	});

	it('first asks the site’s frames, and no other, to post their height again', () => {
		const host = hostPage();
		sizeFrames(host.win as unknown as Window, SITE, MESSAGE_TYPES);
		expect(host.asked).toEqual(
			['baku', 'ankara'].map((frame) => ({
				frame,
				data: { type: HEIGHT_REQUEST_TYPE },
				targetOrigin: '*'
			}))
		);
	});

	it('stops listening when asked', () => {
		const host = hostPage();
		const stop = sizeFrames(host.win as unknown as Window, SITE, MESSAGE_TYPES);
		stop();
		expect(host.listeners.size).toBe(0);
	});
});

describe('the script served to host pages', () => {
	it('runs on its own, trusting the origin it was loaded from', () => {
		const script = sizeFramesScript();
		const host = hostPage();
		const document = {
			...host.win.document,
			currentScript: { src: `${SITE}/khojaly-story/embed/v1.js` }
		};
		// Only the globals a browser gives a classic script: nothing of this module.
		new Function('window', 'document', script)({ ...host.win, document }, document);
		host.send({
			origin: 'https://elsewhere.example',
			source: host.windows.baku,
			data: message(640)
		});
		host.send({ origin: SITE, source: host.windows.baku, data: message(980) });
		expect(host.heights()).toEqual({ baku: '980px', ankara: '', other: '' });
	});

	it('is a few hundred bytes, compressed as served', () => {
		expect(gzipSync(sizeFramesScript()).length).toBeLessThan(600);
	});
});

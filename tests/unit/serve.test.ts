/**
 * The local server (scripts/serve.js) behaves as the static hosts the README names: pages by their
 * address without `.html`, 404.html with status 404, compressed text, the build's `_headers`, and
 * the site under a sub-path. Served from a small build of its own, on a free port.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compressBuild } from '../../scripts/compress-build.js';
import { createSiteServer } from '../../scripts/serve.js';

const page = (title: string) =>
	`<!doctype html><title>${title}</title><p>${'The story of the places. '.repeat(40)}</p>`;

const FILES: Record<string, string> = {
	'index.html': page('Front page'),
	'chapters/aghdam.html': page('Aghdam'),
	'404.html': page('Not found'),
	'_app/immutable/app.js': `export const story = ${JSON.stringify('x'.repeat(2000))};`,
	'robots.txt': 'User-agent: *',
	_headers: `# Generated
/chapters/aghdam
  Content-Security-Policy: default-src 'self'; frame-ancestors 'none'
/*
  X-Frame-Options: DENY
/_app/immutable/*
  Cache-Control: public, max-age=31536000, immutable
`
};

let root: string;
const servers: Server[] = [];

/** Starts a server for the fixture build; resolves to its origin. */
async function serve(basePath = ''): Promise<string> {
	const server = createSiteServer({ root, basePath });
	servers.push(server);
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

let origin: string;
beforeAll(async () => {
	root = mkdtempSync(join(tmpdir(), 'serve-test-'));
	for (const [name, text] of Object.entries(FILES)) {
		mkdirSync(dirname(join(root, name)), { recursive: true });
		writeFileSync(join(root, name), text);
	}
	// A copy that is not smaller is not written: robots.txt has none.
	expect(await compressBuild(root)).toBe(8);
	origin = await serve();
});
afterAll(() => {
	for (const server of servers) server.close();
	rmSync(root, { recursive: true, force: true });
});

/** A request as a browser makes it (fetch decompresses what it is sent). */
const get = (url: string, encoding = 'identity') =>
	fetch(url, { headers: { 'accept-encoding': encoding }, redirect: 'manual' });

describe('the local server', () => {
	it('serves each page at its address without .html, and the front page at /', async () => {
		const front = await get(`${origin}/`);
		expect(front.status).toBe(200);
		expect(front.headers.get('content-type')).toMatch(/^text\/html/);
		expect(await front.text()).toBe(FILES['index.html']);
		const chapter = await get(`${origin}/chapters/aghdam`);
		expect(chapter.status).toBe(200);
		expect(await chapter.text()).toBe(FILES['chapters/aghdam.html']);
	});

	it('answers an unknown address with 404.html and status 404', async () => {
		for (const path of ['/chapters/nowhere', '/nowhere.js', '/_headers', '/index.html.br']) {
			const response = await get(`${origin}${path}`);
			expect(response.status, path).toBe(404);
			expect(await response.text(), path).toBe(FILES['404.html']);
		}
	});

	it('redirects an address with a trailing slash to the one without', async () => {
		const response = await get(`${origin}/chapters/aghdam/?at=1`);
		expect(response.status).toBe(308);
		expect(response.headers.get('location')).toBe('/chapters/aghdam?at=1');
	});

	it('sends text as Brotli where the browser takes it, else gzip, else as it is', async () => {
		for (const [accepts, expected] of [
			['gzip, deflate, br', 'br'],
			['gzip', 'gzip'],
			['identity', null]
		] as const) {
			for (const path of ['/chapters/aghdam', '/_app/immutable/app.js']) {
				const response = await get(`${origin}${path}`, accepts);
				expect(response.headers.get('content-encoding'), `${path} ${accepts}`).toBe(expected);
				expect(response.headers.get('vary')).toBe('Accept-Encoding');
				const file = path === '/chapters/aghdam' ? 'chapters/aghdam.html' : '_app/immutable/app.js';
				expect(await response.text()).toBe(FILES[file]);
			}
		}
		const missing = await get(`${origin}/nowhere`, 'br');
		expect(missing.status).toBe(404);
		expect(missing.headers.get('content-encoding')).toBe('br');
	});

	it('sends the headers the build’s _headers file gives each path', async () => {
		const chapter = await get(`${origin}/chapters/aghdam`);
		expect(chapter.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
		expect(chapter.headers.get('x-frame-options')).toBe('DENY');
		expect(chapter.headers.get('cache-control')).toBe('no-cache');
		const front = await get(`${origin}/`);
		expect(front.headers.get('content-security-policy')).toBeNull();
		expect(front.headers.get('x-frame-options')).toBe('DENY');
		const code = await get(`${origin}/_app/immutable/app.js`);
		expect(code.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
		expect((await get(`${origin}/nowhere`)).headers.get('x-frame-options')).toBe('DENY');
	});

	it('serves the site under BASE_PATH, and nothing outside it', async () => {
		const hosted = await serve('/khojaly-story/');
		for (const path of ['/khojaly-story', '/khojaly-story/']) {
			const front = await get(`${hosted}${path}`);
			expect(front.status, path).toBe(200);
			expect(await front.text()).toBe(FILES['index.html']);
		}
		const chapter = await get(`${hosted}/khojaly-story/chapters/aghdam`, 'br');
		expect(chapter.status).toBe(200);
		expect(chapter.headers.get('content-encoding')).toBe('br');
		expect(await chapter.text()).toBe(FILES['chapters/aghdam.html']);
		for (const path of ['/', '/chapters/aghdam', '/khojaly-storyx']) {
			const outside = await get(`${hosted}${path}`);
			expect(outside.status, path).toBe(404);
			expect(await outside.text()).toBe(FILES['404.html']);
		}
	});
});

/**
 * Serves the built site (build/) the way a static host does, for `npm start`, the browser tests
 * and the benchmark: `/chapters/x` from `chapters/x.html`, anything else as 404.html with HTTP
 * status 404, text Brotli- or gzip-compressed where the browser takes it, and the headers of the
 * build's `_headers` file. The serving is sirv's; this file adds what a host adds around it.
 *
 *   PORT=4173 HOST=127.0.0.1 node scripts/serve.js
 *   BASE_PATH=/khojaly-story  serves the same build under that prefix.
 *
 * The compressed copies are written at build time (scripts/compress-build.js): sirv sends
 * `x.br` or `x.gz` when the browser accepts it, as CDNs do with the copies they keep.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import sirv from 'sirv';

/**
 * Header rules from a build's `_headers` file (see scripts/build-headers.js), in the format of
 * Netlify and Cloudflare Pages: a path line, then indented `Name: value` lines.
 * @param {string} text
 * @returns {{ path: string, headers: Record<string, string> }[]}
 */
export function parseHeaderRules(text) {
	/** @type {{ path: string, headers: Record<string, string> }[]} */
	const rules = [];
	for (const line of text.split('\n')) {
		if (!line.trim() || line.startsWith('#')) continue;
		if (!/^\s/.test(line)) rules.push({ path: line.trim(), headers: {} });
		else {
			const at = line.indexOf(':');
			const rule = rules.at(-1);
			if (rule && at > 0) rule.headers[line.slice(0, at).trim()] = line.slice(at + 1).trim();
		}
	}
	return rules;
}

/**
 * The headers for a path: every rule whose path matches, exactly or by prefix when it ends in `*`,
 * later rules adding to earlier ones (as Netlify and Cloudflare Pages apply them).
 * @param {{ path: string, headers: Record<string, string> }[]} rules
 * @param {string} urlPath
 */
export function headersFor(rules, urlPath) {
	/** @type {Record<string, string>} */
	const out = {};
	for (const rule of rules) {
		const match = rule.path.endsWith('*')
			? urlPath.startsWith(rule.path.slice(0, -1))
			: urlPath === rule.path;
		if (match) Object.assign(out, rule.headers);
	}
	return out;
}

/**
 * A server for the build in `root`, under `basePath` ('' or '/prefix').
 * @param {{ root: string, basePath?: string }} options
 */
export function createSiteServer({ root, basePath = '' }) {
	const base = basePath.replace(/\/+$/, '');
	const headersFile = join(root, '_headers');
	const rules = existsSync(headersFile) ? parseHeaderRules(readFileSync(headersFile, 'utf8')) : [];
	const files = sirv(root, { brotli: true, gzip: true, extensions: ['html'] });

	/** @type {import('node:http').RequestListener} */
	const notFound = (req, res) => {
		// 404.html, compressed like any page, with the status of a missing page.
		const writeHead = res.writeHead.bind(res);
		res.writeHead = (/** @type {number} */ _status, /** @type {any[]} */ ...rest) =>
			writeHead(404, ...rest);
		res.setHeader('Cache-Control', 'no-cache');
		for (const [name, value] of Object.entries(headersFor(rules, `${base}/404`)))
			res.setHeader(name, value);
		req.url = '/404.html';
		files(req, res, () => {
			res.statusCode = 404;
			res.end('Not found');
		});
	};

	return createServer((req, res) => {
		const url = new URL(req.url ?? '/', 'http://localhost');
		let pathname = url.pathname;
		if (base) {
			if (pathname === base) pathname = '/';
			else if (pathname.startsWith(`${base}/`)) pathname = pathname.slice(base.length);
			else return notFound(req, res);
		}
		if (pathname.length > 1 && pathname.endsWith('/')) {
			res.writeHead(308, { location: `${base}${pathname.replace(/\/+$/, '')}${url.search}` });
			return res.end();
		}
		if (pathname === '/_headers' || /\.(br|gz)$/.test(pathname)) return notFound(req, res);
		res.setHeader('Cache-Control', 'no-cache');
		for (const [name, value] of Object.entries(headersFor(rules, url.pathname)))
			res.setHeader(name, value);
		req.url = `${pathname}${url.search}`;
		files(req, res, () => notFound(req, res));
	});
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
	const root = join(process.cwd(), process.env.BUILD_DIR ?? 'build');
	const port = Number(process.env.PORT ?? 4173);
	const host = process.env.HOST ?? '127.0.0.1';
	const basePath = (process.env.BASE_PATH ?? '').replace(/\/+$/, '');
	if (!existsSync(join(root, 'index.html'))) {
		console.error(`No build found in ${root}. Run \`npm run build\` first (or \`npm start\`).`);
		process.exit(1);
	}
	createSiteServer({ root, basePath }).listen(port, host, () => {
		console.log(
			`Khojaly story: http://${host === '0.0.0.0' ? 'localhost' : host}:${port}${basePath}/`
		);
	});
}

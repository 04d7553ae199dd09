/**
 * Serves the built site (build/) the way a static host does: files as they are, `/chapters/x`
 * from `chapters/x.html`, and anything else as 404.html with HTTP status 404.
 *
 *   PORT=4173 HOST=127.0.0.1 node scripts/serve.js
 *   BASE_PATH=/khojaly-story  serves the same build under that prefix.
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const root = join(process.cwd(), process.env.BUILD_DIR ?? 'build');
const port = Number(process.env.PORT ?? 4173);
const host = process.env.HOST ?? '127.0.0.1';
const basePath = (process.env.BASE_PATH ?? '').replace(/\/+$/, '');

const TYPES = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.geojson': 'application/geo+json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.woff2': 'font/woff2',
	'.txt': 'text/plain; charset=utf-8',
	'.xml': 'application/xml; charset=utf-8',
	'.webmanifest': 'application/manifest+json'
};

/**
 * Headers from the build's `_headers` file (see scripts/build-headers.js), applied the way Netlify
 * and Cloudflare Pages do: a rule's path matches exactly, or by prefix when it ends in `*`.
 */
function loadHeaderRules() {
	const file = join(root, '_headers');
	if (!existsSync(file)) return [];
	const rules = [];
	for (const line of readFileSync(file, 'utf8').split('\n')) {
		if (!line.trim() || line.startsWith('#')) continue;
		if (!line.startsWith(' ')) rules.push({ path: line.trim(), headers: {} });
		else {
			const at = line.indexOf(':');
			rules.at(-1).headers[line.slice(0, at).trim().toLowerCase()] = line.slice(at + 1).trim();
		}
	}
	return rules;
}
const headerRules = loadHeaderRules();

function headersFor(urlPath) {
	const out = {};
	for (const rule of headerRules) {
		const match = rule.path.endsWith('*')
			? urlPath.startsWith(rule.path.slice(0, -1))
			: urlPath === rule.path;
		if (match) Object.assign(out, rule.headers);
	}
	return out;
}

if (!existsSync(join(root, 'index.html'))) {
	console.error(`No build found in ${root}. Run \`npm run build\` first (or \`npm start\`).`);
	process.exit(1);
}

function fileFor(pathname) {
	if (pathname === '/_headers') return null;
	const clean = normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, '');
	const candidates = [clean, `${clean}.html`, join(clean, 'index.html')];
	for (const candidate of candidates) {
		const path = join(root, candidate);
		if (path.startsWith(root) && existsSync(path) && statSync(path).isFile()) return path;
	}
	return null;
}

/**
 * Text is sent compressed, as static hosts and CDNs do: Brotli where the browser takes it (Netlify,
 * Cloudflare, CloudFront), else gzip. Compressed copies are kept.
 */
const COMPRESSIBLE = new Set([
	'.html',
	'.js',
	'.mjs',
	'.css',
	'.json',
	'.geojson',
	'.svg',
	'.txt',
	'.xml'
]);
const ENCODERS = {
	br: (data) =>
		brotliCompressSync(data, {
			params: { [constants.BROTLI_PARAM_QUALITY]: data.length > 500_000 ? 9 : 11 }
		}),
	gzip: (data) => gzipSync(data, { level: 9 })
};
const compressed = new Map();

/** Whether an Accept-Encoding header takes `name` (listed, and not with q=0). */
function accepts(header, name) {
	return header.split(',').some((part) => {
		const [coding, ...params] = part.trim().split(';');
		const q = params.map((p) => /^\s*q=([\d.]+)/.exec(p)?.[1]).find(Boolean);
		return coding?.trim().toLowerCase() === name && (q === undefined || Number(q) > 0);
	});
}

function send(res, path, status = 200, urlPath = '', acceptEncoding = '') {
	const type = TYPES[extname(path)] ?? 'application/octet-stream';
	const headers = { 'content-type': type, 'cache-control': 'no-cache', ...headersFor(urlPath) };
	const encoding = COMPRESSIBLE.has(extname(path))
		? Object.keys(ENCODERS).find((name) => accepts(acceptEncoding, name))
		: undefined;
	if (encoding) {
		const key = `${encoding} ${path}`;
		if (!compressed.has(key)) compressed.set(key, ENCODERS[encoding](readFileSync(path)));
		res.writeHead(status, { ...headers, 'content-encoding': encoding, vary: 'Accept-Encoding' });
		return res.end(compressed.get(key));
	}
	res.writeHead(status, headers);
	createReadStream(path).pipe(res);
}

const server = createServer((req, res) => {
	const url = new URL(req.url ?? '/', 'http://localhost');
	const encoding = String(req.headers['accept-encoding'] ?? '');
	let pathname = url.pathname;
	if (basePath) {
		if (pathname === basePath) pathname = '/';
		else if (pathname.startsWith(`${basePath}/`)) pathname = pathname.slice(basePath.length);
		else return send(res, join(root, '404.html'), 404, `${basePath}/404`, encoding);
	}
	if (pathname.length > 1 && pathname.endsWith('/')) {
		res.writeHead(308, { location: `${basePath}${pathname.replace(/\/+$/, '')}${url.search}` });
		return res.end();
	}
	const file = fileFor(pathname === '/' ? '/index.html' : pathname);
	if (file) return send(res, file, 200, url.pathname, encoding);
	return send(res, join(root, '404.html'), 404, `${basePath}/404`, encoding);
});

server.listen(port, host, () => {
	console.log(
		`Khojaly story: http://${host === '0.0.0.0' ? 'localhost' : host}:${port}${basePath}/`
	);
});

/**
 * Serves the built site (build/) the way a static host does: files as they are, `/chapters/x`
 * from `chapters/x.html`, and anything else as 404.html with HTTP status 404.
 *
 *   PORT=4173 HOST=127.0.0.1 node scripts/serve.js
 *   BASE_PATH=/khojaly-story  serves the same build under that prefix.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';

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

if (!existsSync(join(root, 'index.html'))) {
	console.error(`No build found in ${root}. Run \`npm run build\` first (or \`npm start\`).`);
	process.exit(1);
}

function fileFor(pathname) {
	const clean = normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, '');
	const candidates = [clean, `${clean}.html`, join(clean, 'index.html')];
	for (const candidate of candidates) {
		const path = join(root, candidate);
		if (path.startsWith(root) && existsSync(path) && statSync(path).isFile()) return path;
	}
	return null;
}

function send(res, path, status = 200) {
	const type = TYPES[extname(path)] ?? 'application/octet-stream';
	const immutable = path.includes(`${join('_app', 'immutable')}`);
	res.writeHead(status, {
		'content-type': type,
		'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
		'x-content-type-options': 'nosniff'
	});
	createReadStream(path).pipe(res);
}

const server = createServer((req, res) => {
	const url = new URL(req.url ?? '/', 'http://localhost');
	let pathname = url.pathname;
	if (basePath) {
		if (pathname === basePath) pathname = '/';
		else if (pathname.startsWith(`${basePath}/`)) pathname = pathname.slice(basePath.length);
		else return send(res, join(root, '404.html'), 404);
	}
	if (pathname.length > 1 && pathname.endsWith('/')) {
		res.writeHead(308, { location: `${basePath}${pathname.replace(/\/+$/, '')}${url.search}` });
		return res.end();
	}
	const file = fileFor(pathname === '/' ? '/index.html' : pathname);
	if (file) return send(res, file);
	return send(res, join(root, '404.html'), 404);
});

server.listen(port, host, () => {
	console.log(
		`Khojaly story: http://${host === '0.0.0.0' ? 'localhost' : host}:${port}${basePath}/`
	);
});

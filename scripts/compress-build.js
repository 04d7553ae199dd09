/**
 * Writes a Brotli (`x.br`) and a gzip (`x.gz`) copy beside every text file of the build, as a CDN
 * keeps them: scripts/serve.js (sirv) sends the copy the browser accepts, and nginx's
 * `brotli_static`/`gzip_static` can serve the same files. Compressing once at build time costs the
 * build a few seconds and keeps the server from compressing on a reader's (or the benchmark's)
 * first request. A copy that would not be smaller is not written.
 *
 * Runs after `npm run build` (postbuild), after scripts/build-headers.js. Reads BUILD_DIR.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

export const COMPRESSIBLE = new Set([
	// The map's label glyphs (distance fields) shrink to about a quarter.
	'.pbf',
	'.html',
	'.js',
	'.mjs',
	'.css',
	'.json',
	'.geojson',
	'.svg',
	'.txt',
	'.xml',
	'.webmanifest'
]);

const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);

/** @type {Record<string, (data: Buffer) => Promise<Buffer>>} */
const ENCODERS = {
	'.br': (data) =>
		brotli(data, {
			params: {
				[constants.BROTLI_PARAM_QUALITY]: data.length > 500_000 ? 9 : 11,
				[constants.BROTLI_PARAM_SIZE_HINT]: data.length
			}
		}),
	'.gz': (data) => gzipped(data, { level: 9 })
};

/** @param {string} dir @returns {string[]} */
function textFiles(dir) {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return textFiles(path);
		return COMPRESSIBLE.has(extname(name)) ? [path] : [];
	});
}

/** Compresses every text file under `root`; returns how many copies it wrote. */
export async function compressBuild(/** @type {string} */ root) {
	let written = 0;
	await Promise.all(
		textFiles(root).map(async (path) => {
			const data = readFileSync(path);
			for (const [suffix, encode] of Object.entries(ENCODERS)) {
				const copy = await encode(data);
				if (copy.length >= data.length) continue;
				writeFileSync(`${path}${suffix}`, copy);
				written++;
			}
		})
	);
	return written;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
	const root = join(process.cwd(), process.env.BUILD_DIR ?? 'build');
	const started = Date.now();
	const written = await compressBuild(root);
	console.log(`compressed copies: ${written} files in ${Date.now() - started} ms`);
}

/**
 * A page of another site that embeds chapters with the snippet the Embed dialog hands out
 * (lib/embed/snippet.ts), for the browser tests. It is not part of the build: the tests serve it
 * from another origin (`startHostServer`).
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { embedSnippet } from '../../src/lib/embed/snippet';
import { chapter } from './support';

/** A news article with two or more chapters of the site embedded between its paragraphs. */
export function hostPageHtml(siteOrigin: string, slugs: string[], base = ''): string {
	const embeds = slugs.map(
		(slug) => `<figure class="embed">
${embedSnippet({ origin: siteOrigin, base, slug, chapterTitle: chapter(slug).title })}
</figure>`
	);
	return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>An article of another site</title>
<link rel="icon" href="data:,">
<style>
	body { margin: 0; font: 16px/1.5 Georgia, serif; background: #eef1f4; color: #222; }
	main { max-width: 1200px; margin: 0 auto; padding: 1rem 0; }
	h1, p { padding: 0 1rem; }
	.embed { margin: 1.5rem 0; }
</style>
</head>
<body>
<main>
<h1>An article of another site</h1>
<p>A paragraph of the host page before the first embedded chapter.</p>
${embeds.join('\n<p>A paragraph of the host page between two embedded chapters.</p>\n')}
<p>A paragraph of the host page after the embedded chapters.</p>
</main>
</body>
</html>
`;
}

/**
 * Serves `html` at `/` from a server of its own, on another port of this machine: another
 * origin, and another site too (`localhost` where the site is `127.0.0.1`). A real server, not a
 * Playwright route: Chromium lets a page reach the machine's servers only from one of them.
 */
export async function startHostServer(
	html: string
): Promise<{ origin: string; close: () => Promise<void> }> {
	const server = createServer((req, res) => {
		const found = new URL(req.url ?? '/', 'http://localhost').pathname === '/';
		res.writeHead(found ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
		res.end(found ? html : '');
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	return {
		origin: `http://localhost:${(server.address() as AddressInfo).port}`,
		close: () =>
			new Promise<void>((resolve) => {
				server.close(() => resolve());
				server.closeAllConnections();
			})
	};
}

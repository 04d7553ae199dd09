import { base } from '$app/paths';
import { loadStoryContent } from '$lib/server/content';
import { sitePages } from '$lib/server/pages';
import { absoluteUrl } from '$lib/story/urls';

export const prerender = true;

export function GET() {
	const urls = sitePages(loadStoryContent())
		.map((path) => `\t<url><loc>${absoluteUrl(__SITE_ORIGIN__, `${base}${path}`)}</loc></url>`)
		.join('\n');
	const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls}\n</urlset>\n`;
	return new Response(xml, { headers: { 'content-type': 'application/xml' } });
}

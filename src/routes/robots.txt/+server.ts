import { base } from '$app/paths';
import { absoluteUrl } from '$lib/story/urls';

export const prerender = true;

export function GET() {
	const sitemap = absoluteUrl(__SITE_ORIGIN__, `${base}/sitemap.xml`);
	return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, {
		headers: { 'content-type': 'text/plain' }
	});
}

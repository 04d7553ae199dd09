/**
 * A page's title and sharing tags as one HTML string. SeoHead places it with `{@html}`: the page's
 * hydration then takes the tags over in one step instead of one effect per attribute (measured:
 * the head was the largest part of a story page's hydration on a 4×-throttled phone profile).
 */

export interface HeadTags {
	title: string;
	description: string;
	/** The page's absolute URL (og:url; also the canonical link where `canonical`). */
	url: string;
	canonical: boolean;
	noindex: boolean;
	siteName: string;
	image: { url: string; alt: string; width: number; height: number; type: string };
}

/**
 * Escapes text for an attribute value in double quotes, or for the text of <title>: the three
 * characters Svelte escaped in these tags before. Not content/segments.ts's escapeHtml, which also
 * escapes ' and > (measured: up to 14 bytes gzip more on a page at the 12 KB HTML budget).
 */
export function escapeAttribute(text: string): string {
	return text.replace(/[&"<]/g, (c) => ({ '&': '&amp;', '"': '&quot;', '<': '&lt;' })[c]!);
}

export function headHtml(tags: HeadTags): string {
	const meta = (key: 'name' | 'property', name: string, content: string | number) =>
		`<meta ${key}="${name}" content="${escapeAttribute(String(content))}">`;
	return [
		`<title>${escapeAttribute(tags.title)}</title>`,
		meta('name', 'description', tags.description),
		tags.noindex && meta('name', 'robots', 'noindex'),
		tags.canonical && `<link rel="canonical" href="${escapeAttribute(tags.url)}">`,
		meta('property', 'og:type', 'article'),
		meta('property', 'og:site_name', tags.siteName),
		meta('property', 'og:title', tags.title),
		meta('property', 'og:description', tags.description),
		meta('property', 'og:url', tags.url),
		meta('property', 'og:image', tags.image.url),
		meta('property', 'og:image:type', tags.image.type),
		meta('property', 'og:image:width', tags.image.width),
		meta('property', 'og:image:height', tags.image.height),
		meta('property', 'og:image:alt', tags.image.alt),
		// X reads the title, description and image from the og: tags; the card type and the
		// image's alt text it reads only from its own.
		meta('name', 'twitter:card', 'summary_large_image'),
		meta('name', 'twitter:image:alt', tags.image.alt)
	]
		.filter(Boolean)
		.join('');
}

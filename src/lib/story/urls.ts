/**
 * Chapter ↔ URL mapping. Every chapter lives at `<base>/chapters/<slug>`; the story's front page
 * is `<base>/`.
 */
export function homePath(base = ''): string {
	return `${base}/`;
}

export function chapterPath(slug: string, base = ''): string {
	return `${base}/chapters/${encodeURIComponent(slug)}`;
}

/** The chapter slug a path points to, or null for the front page and any other path. */
export function slugFromPath(pathname: string, base = ''): string | null {
	if (base && !pathname.startsWith(base)) return null;
	const rest = pathname.slice(base.length).replace(/\/+$/, '');
	const match = /^\/chapters\/([^/]+)$/.exec(rest);
	return match?.[1] ? decodeURIComponent(match[1]) : null;
}

/** The path for the chapter at `index`, with -1 (above the first chapter) mapping to the front page. */
export function pathForIndex(slugs: readonly string[], index: number, base = ''): string {
	const slug = slugs[index];
	return index < 0 || slug === undefined ? homePath(base) : chapterPath(slug, base);
}

export function absoluteUrl(origin: string, path: string): string {
	return new URL(path, origin).href;
}

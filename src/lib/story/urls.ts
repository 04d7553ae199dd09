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

/** The story's pages: the front page and `/chapters/<slug>` (the `(story)` route group). */
const isStoryRoute = (routeId: string | null | undefined) => !!routeId?.startsWith('/(story)');

/**
 * Whether a navigation must load the page from the server rather than render it in the browser:
 * entering the story from another page. The chapters' text is only in the story's prerendered
 * HTML (lib/server/story.ts), not in its page data; moving between the story's own pages keeps
 * the text already on screen.
 */
export function storyNeedsPageLoad(
	fromRouteId: string | null | undefined,
	toRouteId: string | null | undefined
): boolean {
	return isStoryRoute(toRouteId) && !isStoryRoute(fromRouteId);
}

/** Links between the story, the source pages and the place pages. Pure; `base` is the base path. */
export function sourcePath(sourceId: string, base = ''): string {
	return `${base}/sources/${encodeURIComponent(sourceId)}`;
}

export function sourceAnchorPath(sourceId: string, anchorId: string, base = ''): string {
	return `${sourcePath(sourceId, base)}#${encodeURIComponent(anchorId)}`;
}

export function placePath(placeId: string, base = ''): string {
	return `${base}/places/${encodeURIComponent(placeId)}`;
}

/** The id of a passage's figure in the story page (a chapter's text), for in-page links. */
export function quoteAnchorId(passageId: string): string {
	return `quote-${passageId}`;
}

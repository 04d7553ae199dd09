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

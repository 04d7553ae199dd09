/**
 * Which map errors leave the live map unusable, so that the static map takes over. A style that
 * never loads does; so does one of the site's own basemap sources failing (the map would be
 * empty). A remote style's tile that fails to load does not: the rest of the map still draws.
 */
export interface MapErrorEvent {
	/** The source the error came from, if any. */
	sourceId?: string;
}

export function mapErrorIsFatal(
	error: MapErrorEvent,
	styleLoaded: boolean,
	/** The sources without which the map is empty: the self-hosted basemap's, none for a remote style. */
	essentialSources: readonly string[]
): boolean {
	if (!styleLoaded) return true;
	return error.sourceId !== undefined && essentialSources.includes(error.sourceId);
}

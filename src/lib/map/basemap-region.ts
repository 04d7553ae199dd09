/** The area the self-hosted basemap draws in detail: Anatolia to the Caspian. */
export const BASEMAP_REGION = {
	/** [west, south, east, north] */
	detailBounds: [22, 33, 58, 48] as [number, number, number, number],
	/** Below this zoom the coarse world layer fills the view around the region; above it only the detailed region shows, so coarse coasts never sit on detailed ones. */
	worldMaxZoom: 6,
	/** District seats within this distance of Karabakh's centre are drawn for orientation. */
	karabakhCentre: [46.75, 39.85] as [number, number],
	nearbyTownsKm: 110,
	/** Smaller towns within this distance of Karabakh's centre are drawn at chapter zooms. */
	localTownsKm: 45,
	/** Label point in the middle Caspian, clear of the coasts. */
	caspianLabel: [50.6, 41.6] as [number, number]
};

/**
 * The detailed region's land and borders as pre-built vector tiles (scripts/build-basemap.ts), so
 * that the map's worker reads a few small tiles instead of parsing and tiling the whole region's
 * GeoJSON on every visit. Deeper zooms are drawn from the deepest tiles (MapLibre overzooms).
 */
export const BASEMAP_TILES = {
	folder: 'tiles',
	maxZoom: 8,
	/** Layer names inside each tile. */
	layers: { land: 'land', borders: 'borders' }
} as const;

/**
 * Performance marks of the live map's start, read by `npm run bench` (scripts/bench-map-start.mjs):
 * the reader's first input the page heard, and the map's first `idle` (drawn, nothing pending).
 */
export const MAP_MARKS = {
	firstInput: 'map:first-input',
	idle: 'map:idle'
} as const;

/** Sets a mark once (a later call with the same name is ignored). */
export function markOnce(name: string): void {
	if (typeof performance === 'undefined' || performance.getEntriesByName(name).length > 0) return;
	performance.mark(name);
}

/**
 * Which place a click or tap on the map means: the nearest place within reach. At the overview
 * zoom several places sit a few pixels apart, so stacking buttons would let one swallow another's
 * clicks; the nearest centre decides instead. Pure.
 */
export interface ScreenPlace {
	id: string;
	x: number;
	y: number;
}

export function nearestPlace(
	places: ScreenPlace[],
	point: { x: number; y: number },
	reach = 22
): string | null {
	let best: string | null = null;
	let bestDistance = reach;
	for (const place of places) {
		const d = Math.hypot(place.x - point.x, place.y - point.y);
		if (d <= bestDistance) {
			bestDistance = d;
			best = place.id;
		}
	}
	return best;
}

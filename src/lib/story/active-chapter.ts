/**
 * Which chapter is being read. Pure: the caller measures, this decides.
 *
 * A chapter becomes active when its top crosses the trigger line. Above the first chapter (the
 * title and introduction) none is active (-1). At the very bottom of the page the last chapter
 * is active even if it is too short to reach the line.
 */
export interface ScrollMeasure {
	/** Each chapter's top, relative to the viewport, in document order. */
	tops: number[];
	/** The trigger line, relative to the viewport. */
	triggerY: number;
	/** True when the page cannot scroll any further down. */
	atBottom: boolean;
}

export function activeChapterIndex({ tops, triggerY, atBottom }: ScrollMeasure): number {
	if (tops.length === 0) return -1;
	if (atBottom && (tops[0] ?? Infinity) <= triggerY) return tops.length - 1;
	let active = -1;
	for (let i = 0; i < tops.length; i++) {
		if ((tops[i] ?? Infinity) <= triggerY) active = i;
		else break;
	}
	return active;
}

/**
 * Where the trigger line sits. On a wide screen the map is beside the text: the line is 40% down.
 * On a narrow screen the map sits on top: the line is a quarter of the way into the text below it.
 */
export function triggerLine(viewportHeight: number, mapBottom: number): number {
	const textTop = Math.max(0, Math.min(mapBottom, viewportHeight * 0.6));
	return textTop + (viewportHeight - textTop) * (textTop > 0 ? 0.25 : 0.4);
}

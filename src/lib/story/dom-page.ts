/**
 * The reading engine's page, in the browser: measures the chapters' sections against the trigger
 * line, scrolls, focuses headings and observes the text column.
 */
import { PHONE_QUERY } from '$lib/layout';
import { activeChapterIndex, triggerLine } from './active-chapter';
import { listenWindow } from './idle';
import type { ReadingPage } from './scroll.svelte';

export function domReadingPage(elements: {
	/** The chapters' sections, in order (bound by the story as they mount). */
	sections: () => (HTMLElement | undefined)[];
	/** The map region: on a phone, the band above the text. */
	mapRegion: () => HTMLElement | undefined;
	reducedMotion: () => boolean;
}): ReadingPage {
	const section = (index: number) => elements.sections()[index];
	const currentTriggerLine = () => {
		const narrow = window.matchMedia(PHONE_QUERY).matches;
		const mapBottom = narrow ? (elements.mapRegion()?.getBoundingClientRect().bottom ?? 0) : 0;
		return triggerLine(window.innerHeight, mapBottom);
	};
	return {
		measure() {
			const scroller = document.scrollingElement ?? document.documentElement;
			return activeChapterIndex({
				tops: elements.sections().map((el) => el?.getBoundingClientRect().top ?? Infinity),
				triggerY: currentTriggerLine(),
				atBottom: Math.ceil(window.scrollY + window.innerHeight) >= scroller.scrollHeight - 2
			});
		},
		chapterTop: (index) => section(index)?.getBoundingClientRect().top ?? null,
		triggerLine: currentTriggerLine,
		scrollToChapter(index, smooth) {
			const behavior = smooth ? 'smooth' : 'instant';
			if (index < 0) window.scrollTo({ top: 0, behavior });
			else section(index)?.scrollIntoView({ behavior, block: 'start' });
		},
		scrollBy: (dy) => window.scrollBy({ top: dy, behavior: 'instant' }),
		scrollPosition: () => window.scrollY,
		focusChapter: (index) =>
			section(index)?.querySelector<HTMLElement>('h2')?.focus({ preventScroll: true }),
		observeColumn(onChange) {
			const column = section(0)?.parentElement;
			if (!column) return () => {};
			const observer = new ResizeObserver(onChange);
			observer.observe(column);
			return () => observer.disconnect();
		},
		listen: (type, handler) => listenWindow<KeyboardEvent>(type, handler),
		reducedMotion: elements.reducedMotion,
		viewport: () => ({ width: window.innerWidth, height: window.innerHeight })
	};
}

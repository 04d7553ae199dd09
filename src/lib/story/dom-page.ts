/**
 * The reading engine's page, in the browser: measures the chapters' sections against the trigger
 * line, scrolls, focuses headings and observes the text column.
 */
import { PHONE_QUERY } from '$lib/layout';
import { activeChapterIndex, triggerLine } from './active-chapter';
import { listenWindow } from './idle';
import type { ReadingPage } from './scroll.svelte';

export function domReadingPage(elements: {
	/** The text column: the chapters' sections are its `section[data-chapter]`, in order. */
	column: () => HTMLElement | undefined;
	/** The map region: on a phone, the band above the text. */
	mapRegion: () => HTMLElement | undefined;
	reducedMotion: () => boolean;
	/** Lays out the chapters not laid out yet (ReadingPage.layOutAll). */
	layOutAll: () => void;
}): ReadingPage {
	// Read from the page, not from components: the sections are in the prerendered HTML before
	// the chapters hydrate (they hydrate after the page's start; see Story.svelte).
	const sections = () => [
		...(elements.column()?.querySelectorAll<HTMLElement>('section[data-chapter]') ?? [])
	];
	const section = (index: number) => sections()[index];
	const currentTriggerLine = () => {
		const narrow = window.matchMedia(PHONE_QUERY).matches;
		const mapBottom = narrow ? (elements.mapRegion()?.getBoundingClientRect().bottom ?? 0) : 0;
		return triggerLine(window.innerHeight, mapBottom);
	};
	return {
		measure() {
			const scroller = document.scrollingElement ?? document.documentElement;
			return activeChapterIndex({
				tops: sections().map((el) => el.getBoundingClientRect().top),
				triggerY: currentTriggerLine(),
				atBottom: Math.ceil(window.scrollY + window.innerHeight) >= scroller.scrollHeight - 2
			});
		},
		chapterTop: (index) => section(index)?.getBoundingClientRect().top ?? null,
		triggerLine: currentTriggerLine,
		layOutAll: elements.layOutAll,
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
			const column = elements.column();
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

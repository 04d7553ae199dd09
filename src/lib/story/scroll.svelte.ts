/**
 * The reading engine: which chapter is being read, and what the page is doing about it.
 *
 * One object owns the active chapter, the mode, the one timer that ends a mode, the listeners and
 * the column observer. The page (measuring and scrolling), the history and the clock are handed
 * in, so the whole machine runs in a unit test with fake timers and a fake page.
 *
 * Modes:
 * - `reading`: the reader scrolls; every scroll frame measures which chapter crosses the trigger
 *   line, makes it active and writes its address (replace, no history entry).
 * - `jumping`: the reader chose a chapter (contents, next/previous, a place) or the home link: the
 *   chapter is active at once, a history entry is pushed, the page scrolls there and the chapters
 *   it passes are ignored. Ends on `scrollend`, on the reader's own scrolling (wheel, touch, a
 *   scrolling key) or when the timer runs out.
 * - `arriving`: the page was opened at a chapter's address. The chapter is kept at the top while
 *   fonts and pictures reflow the text above it, until the reader does anything or 2 s pass.
 * - `reflowing`: the window was resized or the phone turned. The chapter being read (or jumped
 *   to) is put back where it was, and scroll events are ignored for a moment.
 *
 * Every mode but `reading` ends the same way: its observer and timer stop, and the page is
 * measured again, so the active chapter, the address and the reading position agree with the
 * screen.
 */
import { homePath, pathForIndex } from './urls';

export type ReadingMode = 'reading' | 'jumping' | 'arriving' | 'reflowing';

/** What the machine needs from the page. `index` -1 means above the first chapter. */
export interface ReadingPage {
	/** The chapter under the trigger line now (see active-chapter.ts), or -1. */
	measure(): number;
	/** A chapter's top relative to the viewport, or null if there is no such chapter. */
	chapterTop(index: number): number | null;
	/** The trigger line, relative to the viewport. */
	triggerLine(): number;
	/**
	 * Lays out every chapter the browser has not laid out yet (lay-out-ahead.ts), before a jump: a
	 * jump is aimed, and glides, with their real heights. An arrival does not need it.
	 */
	layOutAll(): void;
	/** Scrolls a chapter to the top of the view (-1: the top of the page). */
	scrollToChapter(index: number, smooth: boolean): void;
	scrollBy(dy: number): void;
	/** How far the page is scrolled. */
	scrollPosition(): number;
	/** Moves focus to a chapter's heading without scrolling. */
	focusChapter(index: number): void;
	/** Calls `onChange` whenever the text column changes size; returns a way to stop. */
	observeColumn(onChange: () => void): () => void;
	/** Adds a window listener; returns a way to remove it. */
	listen(type: string, handler: (event: { key?: string }) => void): () => void;
	/** Whether the reader asked for reduced motion (jumps are then instant). */
	reducedMotion(): boolean;
	/** The window's size now: it changes (and lays the page out anew) before `resize` fires. */
	viewport(): { width: number; height: number };
}

export interface ReadingHistory {
	/** The address's current path. */
	path(): string;
	/** A new history entry (a jump the reader chose). */
	push(path: string): void;
	/** The same entry, a new address (reading on). */
	replace(path: string): void;
}

export interface ReadingClock {
	setTimeout(task: () => void, ms: number): unknown;
	clearTimeout(id: unknown): void;
	/** Runs `task` before the next paint; returns an id for cancelFrame. */
	frame(task: () => void): unknown;
	cancelFrame(id: unknown): void;
}

export interface ReadingOptions {
	slugs: readonly string[];
	base: string;
	/** The chapter the page was opened at, or -1. */
	initial: number;
	page: ReadingPage;
	history: ReadingHistory;
	clock?: ReadingClock;
	/** What to announce (politely) when the reader settles on a chapter. */
	describe?: (index: number) => string;
}

/** How long each mode may last at most, in ms. */
export const MODE_TIMEOUT = {
	/** A jump that has not ended by then ends as soon as the page is still… */
	jump: 1600,
	/** …or at the latest about then (a slow phone can take longer to glide down a long page). */
	jumpLatest: 6000,
	/** How often a jump past its time checks whether the page is still. */
	stillCheck: 150,
	reducedMotionJump: 100,
	arrival: 2000,
	/** After the page is put back (the frame after the last resize). */
	reflow: 400,
	/** In case that frame never comes (a hidden tab draws no frames). */
	reflowLatest: 2000,
	announce: 700
} as const;

/** Keys that scroll the page: pressed during a jump, they end it. */
const SCROLL_KEYS = new Set([
	'PageDown',
	'PageUp',
	' ',
	'Spacebar',
	'ArrowDown',
	'ArrowUp',
	'Home',
	'End'
]);

export const browserClock: ReadingClock = {
	setTimeout: (task, ms) => window.setTimeout(task, ms),
	clearTimeout: (id) => window.clearTimeout(id as number),
	frame: (task) => window.requestAnimationFrame(task),
	cancelFrame: (id) => window.cancelAnimationFrame(id as number)
};

export class ReadingState {
	/** The chapter being read (-1: the title and contents above the first chapter). */
	active = $state(-1);
	mode = $state<ReadingMode>('reading');
	/** The polite announcement of the chapter settled on. */
	announcement = $state('');

	readonly #slugs: readonly string[];
	readonly #base: string;
	readonly #page: ReadingPage;
	readonly #history: ReadingHistory;
	readonly #clock: ReadingClock;
	readonly #describe: (index: number) => string;

	/** The chapter a jump, an arrival or a reflow holds on screen. */
	#target = -1;
	/** Whether the current jump goes down the page (to a later chapter). */
	#jumpingDown = true;
	/** Where the chapter being read sits in the viewport, so a reflow can keep it there. */
	#readingOffset = 0;
	/** The offset a reflow restores; null: the chapter's start. */
	#heldOffset: number | null = null;
	/** The one timer that ends the current mode. */
	#modeTimer: unknown = undefined;
	/** A jump past its time waits a frame to see whether the page is still (a frame, not a timer). */
	#modeFrame: unknown = undefined;
	/** Stops what the current mode started (the arrival's column observer). */
	#leaveMode: () => void = () => {};
	#announceTimer: unknown = undefined;
	#scrollFrame: unknown = undefined;
	#resizeFrame: unknown = undefined;
	#endCheck: unknown = undefined;
	#unlisten: (() => void)[] = [];
	#started = false;
	/** The window's size at the last resize the machine handled. */
	#viewport = { width: 0, height: 0 };

	constructor(options: ReadingOptions) {
		this.#slugs = options.slugs;
		this.#base = options.base;
		this.#page = options.page;
		this.#history = options.history;
		this.#clock = options.clock ?? browserClock;
		this.#describe = options.describe ?? (() => '');
		this.active = options.initial;
	}

	/** Starts listening to the page. */
	start(): void {
		if (this.#started) return;
		this.#started = true;
		this.#viewport = this.#page.viewport();
		const on = (type: string, handler: (event: { key?: string }) => void) =>
			this.#unlisten.push(this.#page.listen(type, handler));
		on('scroll', () => this.#onScroll());
		on('resize', () => this.#onResize());
		on('scrollend', () => this.#onScrollEnd());
		on('wheel', () => this.#onIntent('scroll'));
		on('touchstart', () => this.#onIntent('scroll'));
		on('pointerdown', () => this.#onIntent('pointer'));
		on('keydown', (event) => this.#onIntent(SCROLL_KEYS.has(event.key ?? '') ? 'scroll' : 'key'));
	}

	/** Stops everything: listeners, the mode's timer and observer, pending frames. */
	destroy(): void {
		this.#leave();
		for (const unlisten of this.#unlisten) unlisten();
		this.#unlisten = [];
		this.#clock.clearTimeout(this.#announceTimer);
		for (const frame of [this.#scrollFrame, this.#resizeFrame, this.#endCheck])
			if (frame !== undefined) this.#clock.cancelFrame(frame);
		this.#scrollFrame = this.#resizeFrame = this.#endCheck = undefined;
		this.#started = false;
	}

	/**
	 * The page was opened at a chapter's address: hold that chapter at the top until the reader
	 * moves (or 2 s pass). With a #fragment, the browser has put the page where it points: read
	 * what is on screen instead.
	 */
	arrive(index: number, { hash = false } = {}): void {
		if (hash || index < 0) return this.#measure();
		this.#enter('arriving', index, MODE_TIMEOUT.arrival);
		const place = () => this.#page.scrollToChapter(index, false);
		place();
		// Web fonts arriving reflow the text above the chapter: keep it in place meanwhile.
		const stop = this.#page.observeColumn(() => {
			if (this.mode === 'arriving') place();
		});
		this.#leaveMode = stop;
	}

	/** Goes to a chapter the reader chose: a new history entry, scrolls there, focus follows. */
	goTo(index: number): void {
		if (index < 0 || index >= this.#slugs.length) return;
		this.#jump(index);
		this.#page.focusChapter(index);
	}

	/** Goes to the front page: a new history entry, the page scrolls to the top. */
	goHome(): void {
		this.#jump(-1);
	}

	#jump(index: number) {
		this.#page.layOutAll();
		const reduced = this.#page.reducedMotion();
		const ms = reduced ? MODE_TIMEOUT.reducedMotionJump : MODE_TIMEOUT.jump;
		this.#enter('jumping', index, ms, () => this.#settleWhenStill(MODE_TIMEOUT.jumpLatest - ms));
		this.#jumpingDown = index > this.active;
		this.#history.push(index < 0 ? homePath(this.#base) : this.#path(index));
		this.#setActive(index);
		this.#page.scrollToChapter(index, !reduced);
	}

	/** Enters a mode that holds `target`, ending the previous one; `ms` later it settles. */
	#enter(
		mode: Exclude<ReadingMode, 'reading'>,
		target: number,
		ms: number,
		onTimeout = () => this.#settle()
	) {
		this.#leave();
		this.mode = mode;
		this.#target = target;
		this.#modeTimer = this.#clock.setTimeout(onTimeout, ms);
	}

	/**
	 * A jump past its time ends once the page stays still for a frame: measuring while the page
	 * still glides would pick a chapter it passes. `budget` ms later it ends all the same.
	 */
	#settleWhenStill(budget: number) {
		this.#modeTimer = undefined;
		const at = this.#page.scrollPosition();
		this.#modeFrame = this.#clock.frame(() => {
			this.#modeFrame = undefined;
			if (this.mode !== 'jumping') return;
			if (this.#page.scrollPosition() === at || budget <= 0) return this.#settle();
			this.#modeTimer = this.#clock.setTimeout(
				() => this.#settleWhenStill(budget - MODE_TIMEOUT.stillCheck),
				MODE_TIMEOUT.stillCheck
			);
		});
	}

	/** Ends the current mode's timer and observer (the mode itself is set by the caller). */
	#leave() {
		// Timer and frame ids are separate series: each is cancelled by its own kind.
		this.#clock.clearTimeout(this.#modeTimer);
		if (this.#modeFrame !== undefined) this.#clock.cancelFrame(this.#modeFrame);
		this.#modeTimer = this.#modeFrame = undefined;
		const leave = this.#leaveMode;
		this.#leaveMode = () => {};
		leave();
	}

	/** Back to reading, measuring the page as it is now. */
	#settle() {
		// The window changed size and its `resize` event has not come yet (a busy browser): the
		// page is laid out anew, and measuring it now would pick another chapter. Reflow first.
		const { width, height } = this.#page.viewport();
		if (width !== this.#viewport.width || height !== this.#viewport.height) return this.#onResize();
		this.#leave();
		this.mode = 'reading';
		this.#measure();
	}

	/**
	 * A jump ends when the page stops scrolling at its chapter. A `scrollend` left over from
	 * scrolling before the jump can arrive once it has begun: only a page that stays still for a
	 * frame has stopped. A glide cut short before its chapter (a resize whose event comes late on a
	 * busy phone, the layout moving) carries on to it rather than ending on a chapter it passes.
	 */
	#onScrollEnd() {
		if (this.mode !== 'jumping' || this.#endCheck !== undefined) return;
		const at = this.#page.scrollPosition();
		this.#endCheck = this.#clock.frame(() => {
			this.#endCheck = undefined;
			if (this.mode !== 'jumping' || this.#page.scrollPosition() !== at) return;
			const on = this.#page.measure();
			const short = this.#jumpingDown ? on < this.#target : on > this.#target;
			if (short) this.#page.scrollToChapter(this.#target, !this.#page.reducedMotion());
			else this.#settle();
		});
	}

	#onIntent(kind: 'scroll' | 'pointer' | 'key') {
		// The reader's own scrolling ends a jump; anything the reader does ends an arrival.
		if (this.mode === 'jumping' && kind === 'scroll') this.#settle();
		else if (this.mode === 'arriving') this.#settle();
	}

	#onScroll() {
		if (this.#scrollFrame !== undefined) return;
		this.#scrollFrame = this.#clock.frame(() => {
			this.#scrollFrame = undefined;
			if (this.mode === 'reading') this.#measure();
		});
	}

	#measure() {
		const index = this.#page.measure();
		this.#setActive(index);
		this.#follow(index);
		this.#readingOffset = this.#page.chapterTop(index) ?? 0;
	}

	/**
	 * A resized window or a turned phone reflows the text, and the same scroll position would land
	 * in another chapter. Keep the reader on the chapter being read (or jumped to). The mode
	 * changes at once, so that the `scrollend` of a jump the resize cut short does not end it at
	 * the wrong chapter; the page is put back in the next frame, once the layout has settled.
	 */
	#onResize() {
		this.#viewport = this.#page.viewport();
		if (this.mode === 'jumping') this.#hold(this.#target, null);
		else if (this.mode === 'reading' && this.active >= 0)
			this.#hold(this.active, this.#readingOffset);
		else if (this.mode === 'reflowing') this.#hold(this.#target, this.#heldOffset);
		if (this.#resizeFrame !== undefined) this.#clock.cancelFrame(this.#resizeFrame);
		this.#resizeFrame = this.#clock.frame(() => {
			this.#resizeFrame = undefined;
			this.#reflow();
		});
	}

	/** Holds chapter `index` at `offset` (null: at its start) until the reflow is over. */
	#hold(index: number, offset: number | null) {
		this.#enter('reflowing', index, MODE_TIMEOUT.reflowLatest);
		this.#heldOffset = offset;
	}

	#reflow() {
		// An arrival holds its chapter at the top already, until its own deadline.
		if (this.mode !== 'arriving' && this.mode !== 'reflowing') return;
		const index = this.#target;
		const top = this.#page.chapterTop(index);
		if (this.mode === 'arriving' || this.#heldOffset === null || top === null)
			this.#page.scrollToChapter(index, false);
		else this.#page.scrollBy(top - Math.min(this.#heldOffset, this.#page.triggerLine() - 1));
		// A reflow's time counts from the page put back, not from the resize: on a busy phone
		// the frame can come later than the reflow's time, which would measure the old layout.
		if (this.mode === 'reflowing') {
			this.#clock.clearTimeout(this.#modeTimer);
			this.#modeTimer = this.#clock.setTimeout(() => this.#settle(), MODE_TIMEOUT.reflow);
		}
	}

	#setActive(index: number) {
		if (index === this.active) return;
		this.active = index;
		// Polite, and only once the reader settles on a chapter, not on every scroll step.
		this.#clock.clearTimeout(this.#announceTimer);
		this.#announceTimer = this.#clock.setTimeout(
			() => (this.announcement = this.#describe(this.active)),
			MODE_TIMEOUT.announce
		);
	}

	#follow(index: number) {
		const path = this.#path(index);
		if (this.#history.path() !== path) this.#history.replace(path);
	}

	#path(index: number) {
		return pathForIndex(this.#slugs, index, this.#base);
	}
}

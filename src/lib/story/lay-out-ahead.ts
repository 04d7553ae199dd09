/**
 * The browser lays out a chapter only as it comes near the screen (`content-visibility: auto`,
 * ChapterSection.svelte), so that the page's first layout is one chapter's, not the whole story's.
 * Until then a chapter counts as an estimated height. Once started, this lays out each chapter in
 * turn, one per frame, in idle moments: the browser then remembers its real height
 * (`contain-intrinsic-size: auto`), and scrolling and the scroll bar use it.
 *
 * A reader can be quicker: a jump or the End key before every chapter is laid out would be aimed
 * with the estimates. `finish` lays out all the others at once, for the layout the jump is aimed
 * with (one longer layout, only for a reader that quick).
 */

/** While set, the section is laid out even off screen (ChapterSection.svelte's CSS). */
export const LAYING_OUT_ATTRIBUTE = 'data-laying-out';

export interface LayOutAheadHost {
	/** Runs `task` in an idle moment; returns a way to cancel it. */
	idle(task: () => void): () => void;
	/** Runs `task` once the browser has drawn the next frame; returns a way to cancel it. */
	afterFrame(task: () => void): () => void;
}

export interface LayingOut {
	/** Starts laying the chapters out, one per idle moment (again: nothing more). */
	start(): void;
	/** Lays out every chapter not laid out yet, for the page's next layout. */
	finish(): void;
	/** Stops, letting go of the chapters being laid out. */
	stop(): void;
}

/** Lays out `sections` one at a time, in order, in idle moments, from `start`. */
export function layOutAhead(sections: ArrayLike<Element>, host: LayOutAheadHost): LayingOut {
	let next = 0;
	let started = false;
	/** The sections laid out now: their heights are remembered in the frame that draws them. */
	let current: Element[] = [];
	let cancel = () => {};
	const letGo = () => {
		for (const section of current) section.removeAttribute(LAYING_OUT_ATTRIBUTE);
		current = [];
	};
	const layOut = (count: number, then: () => void) => {
		current = Array.from(sections).slice(next, next + count);
		next += count;
		for (const section of current) section.setAttribute(LAYING_OUT_ATTRIBUTE, '');
		cancel = host.afterFrame(() => {
			letGo();
			then();
		});
	};
	const step = () => {
		if (next >= sections.length) return;
		cancel = host.idle(() => layOut(1, step));
	};
	return {
		start() {
			if (started) return;
			started = true;
			step();
		},
		finish() {
			if (next >= sections.length) return;
			cancel();
			const laidOut = current;
			layOut(sections.length - next, () => {});
			current.push(...laidOut);
		},
		stop() {
			cancel();
			letGo();
		}
	};
}

/** The browser's idle callbacks and frames. */
export function browserLayOutHost(idle: (task: () => void) => () => void): LayOutAheadHost {
	return {
		idle,
		afterFrame(task) {
			let timer: ReturnType<typeof setTimeout> | undefined;
			const frame = requestAnimationFrame(() => (timer = setTimeout(task)));
			return () => {
				cancelAnimationFrame(frame);
				clearTimeout(timer);
			};
		}
	};
}

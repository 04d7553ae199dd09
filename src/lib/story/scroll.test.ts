import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { activeChapterIndex } from './active-chapter';
import { MODE_TIMEOUT, ReadingState, type ReadingClock, type ReadingPage } from './scroll.svelte';

const SLUGS = ['khojaly', 'aghdam', 'figures', 'khankendi', 'shusha'];

/**
 * A page of five chapters, 2000 px each, below an 1000-px header, in an 800-px window. Scrolling
 * fires scroll events as a browser does; a smooth scroll glides when the test says so.
 */
class FakePage implements ReadingPage {
	height = 800;
	scrollY = 0;
	tops = [1000, 3000, 5000, 7000, 9000];
	docHeight = 11_400;
	reduced = false;
	/** Where a smooth scroll is heading, until the test lets it glide there. */
	gliding: number | null = null;
	focused: number[] = [];
	listeners = new Map<string, Set<(event: { key?: string }) => void>>();
	observers = new Set<() => void>();
	measured = 0;
	/** Where the page was heading (a glide) each time it laid every chapter out: null, not yet. */
	laidOutAll: (number | null)[] = [];
	/** Called after every frame of a glide (the test records the active chapter). */
	watch = () => {};

	measure() {
		this.measured++;
		return activeChapterIndex({
			tops: this.tops.map((t) => t - this.scrollY),
			triggerY: this.triggerLine(),
			atBottom: this.scrollY + this.height >= this.docHeight - 2
		});
	}
	chapterTop(index: number) {
		const top = this.tops[index];
		return top === undefined ? null : top - this.scrollY;
	}
	triggerLine() {
		return this.height * 0.4;
	}
	layOutAll() {
		this.laidOutAll.push(this.gliding);
	}
	scrollToChapter(index: number, smooth: boolean) {
		const y = index < 0 ? 0 : this.tops[index]!;
		if (smooth) this.gliding = y;
		else this.scrollTo(y);
	}
	scrollBy(dy: number) {
		this.scrollTo(this.scrollY + dy);
	}
	scrollPosition() {
		return this.scrollY;
	}
	focusChapter(index: number) {
		this.focused.push(index);
	}
	observeColumn(onChange: () => void) {
		this.observers.add(onChange);
		return () => this.observers.delete(onChange);
	}
	listen(type: string, handler: (event: { key?: string }) => void) {
		const set = this.listeners.get(type) ?? new Set();
		set.add(handler);
		this.listeners.set(type, set);
		return () => set.delete(handler);
	}
	reducedMotion() {
		return this.reduced;
	}
	viewport() {
		return { width: 1000, height: this.height };
	}

	// --- what the browser and the reader do
	emit(type: string, event: { key?: string } = {}) {
		for (const handler of this.listeners.get(type) ?? []) handler(event);
	}
	listenerCount() {
		return [...this.listeners.values()].reduce((n, set) => n + set.size, 0);
	}
	scrollTo(y: number) {
		this.gliding = null;
		this.scrollY = Math.max(0, Math.min(y, this.docHeight - this.height));
		this.emit('scroll');
	}
	/** The smooth scroll moves in `steps` frames to where it was heading; then `scrollend`. */
	glide(steps = 8, end = true) {
		const to = this.gliding;
		if (to === null) throw new Error('not scrolling');
		const from = this.scrollY;
		for (let i = 1; i <= steps; i++) {
			this.scrollY = from + ((to - from) * i) / steps;
			this.emit('scroll');
			vi.advanceTimersByTime(16);
			this.watch();
		}
		this.gliding = null;
		if (end) {
			this.emit('scrollend');
			vi.advanceTimersByTime(16);
		}
	}
	/** A phone turned: the text reflows (every chapter `factor` times as tall). */
	resize(height: number, factor: number, { event = true } = {}) {
		this.height = height;
		this.tops = this.tops.map((t) => t * factor);
		this.docHeight *= factor;
		// The browser keeps the scroll position: the text moves under it. The `resize` event
		// comes later, with the next frame.
		if (event) this.emit('resize');
	}
	/** Where a chapter's top is now, relative to the viewport. */
	topOf(index: number) {
		return this.chapterTop(index)!;
	}
}

class FakeHistory {
	current = '/';
	pushes: string[] = [];
	replaces: string[] = [];
	path() {
		return this.current;
	}
	push(path: string) {
		this.pushes.push(path);
		this.current = path;
	}
	replace(path: string) {
		this.replaces.push(path);
		this.current = path;
	}
}

/** How long the browser takes to draw the next frame (a busy phone can take hundreds of ms). */
let frameMs = 16;
const clock: ReadingClock = {
	setTimeout: (task, ms) => setTimeout(task, ms),
	clearTimeout: (id) => clearTimeout(id as ReturnType<typeof setTimeout>),
	frame: (task) => setTimeout(task, frameMs),
	cancelFrame: (id) => clearTimeout(id as ReturnType<typeof setTimeout>)
};

let page: FakePage;
let history: FakeHistory;
let reader: ReadingState;
/** Every chapter the reader was shown as active, in order. */
let seen: number[];

function setup(initial = -1) {
	page = new FakePage();
	history = new FakeHistory();
	if (initial >= 0) history.current = `/chapters/${SLUGS[initial]}`;
	reader = new ReadingState({
		slugs: SLUGS,
		base: '',
		initial,
		page,
		history,
		clock,
		describe: (i) => (i < 0 ? '' : `Chapter: ${SLUGS[i]}`)
	});
	reader.start();
	seen = [];
	page.watch = () => seen.push(reader.active);
	return reader;
}

/** Scrolls as a reader does, and lets the frame run. */
function readTo(y: number) {
	page.scrollTo(y);
	vi.advanceTimersByTime(16);
}

beforeEach(() => {
	vi.useFakeTimers();
	frameMs = 16;
});
afterEach(() => {
	reader?.destroy();
	vi.useRealTimers();
});

describe('reading', () => {
	it('makes the chapter crossing the trigger line active and writes its address, without history entries', () => {
		setup();
		readTo(500);
		expect(reader.active).toBe(-1);
		readTo(1000 - 320);
		expect(reader.active).toBe(0);
		expect(history.current).toBe('/chapters/khojaly');
		readTo(5500);
		expect(reader.active).toBe(2);
		expect(history.current).toBe('/chapters/figures');
		readTo(0);
		expect(reader.active).toBe(-1);
		expect(history.current).toBe('/');
		expect(history.pushes).toEqual([]);
		expect(reader.mode).toBe('reading');
	});

	it('measures once per frame, however many scroll events arrive', () => {
		setup();
		for (let y = 0; y < 2000; y += 50) page.scrollTo(y);
		expect(page.measured).toBe(0);
		vi.advanceTimersByTime(16);
		expect(page.measured).toBe(1);
		expect(reader.active).toBe(0);
	});

	it('announces the chapter once the reader settles on it, not every chapter passed', () => {
		setup();
		readTo(1500);
		vi.advanceTimersByTime(300);
		readTo(3500);
		vi.advanceTimersByTime(300);
		expect(reader.announcement).toBe('');
		vi.advanceTimersByTime(MODE_TIMEOUT.announce);
		expect(reader.announcement).toBe('Chapter: aghdam');
	});
});

describe('jumping', () => {
	it('activates the chosen chapter at once, pushes one history entry, focuses it and ignores the chapters it passes', () => {
		setup();
		seen = [];
		reader.goTo(3);
		expect(reader.active).toBe(3);
		expect(reader.mode).toBe('jumping');
		expect(history.pushes).toEqual(['/chapters/khankendi']);
		expect(page.focused).toEqual([3]);
		page.glide();
		expect(seen.filter((i) => i !== 3)).toEqual([]);
		expect(reader.mode).toBe('reading');
		expect(history.replaces).toEqual([]);
		expect(page.topOf(3)).toBe(0);
	});

	it('ends when the page has stopped scrolling, or after its timer when it did not scroll', () => {
		setup();
		reader.goTo(0);
		expect(reader.mode).toBe('jumping');
		vi.advanceTimersByTime(MODE_TIMEOUT.jump - 1);
		expect(reader.mode).toBe('jumping');
		// Past its time, the page is seen to be still for a frame: the jump ends.
		vi.advanceTimersByTime(1 + 16);
		expect(reader.mode).toBe('reading');
	});

	it('still gliding when its time is up (a busy phone), it ends only once the page is still', () => {
		setup();
		reader.goTo(4);
		vi.advanceTimersByTime(MODE_TIMEOUT.jump - 100);
		page.glide(40, false); // 640 ms of gliding, well past the jump's time
		expect(reader.mode).toBe('jumping');
		expect(new Set(seen)).toEqual(new Set([4])); // no chapter passed became active
		vi.advanceTimersByTime(MODE_TIMEOUT.stillCheck + 16);
		expect(reader.mode).toBe('reading');
		expect(reader.active).toBe(4);
		expect(history.replaces).toEqual([]);
	});

	it('a page that never stops ends the jump at its latest time', () => {
		setup();
		reader.goTo(4);
		let y = 0;
		const drift = setInterval(() => page.scrollTo((y += 1)), 8);
		vi.advanceTimersByTime(MODE_TIMEOUT.jumpLatest - 200);
		expect(reader.mode).toBe('jumping');
		// Each check waits a frame too, so "latest" is a little later than its figure.
		vi.advanceTimersByTime(1000);
		clearInterval(drift);
		expect(reader.mode).toBe('reading');
	});

	it('is instant with reduced motion, and over sooner', () => {
		setup();
		page.reduced = true;
		reader.goTo(4);
		expect(page.gliding).toBeNull();
		expect(page.topOf(4)).toBe(0);
		vi.advanceTimersByTime(MODE_TIMEOUT.reducedMotionJump + 16);
		expect(reader.mode).toBe('reading');
		expect(reader.active).toBe(4);
	});

	it('a scrollend left over from scrolling before the jump does not end it', () => {
		setup();
		readTo(9000);
		reader.goTo(0);
		page.emit('scrollend'); // from the reader's last scroll
		page.glide(4, false);
		expect(reader.mode).toBe('jumping');
		expect(reader.active).toBe(0);
	});

	it('a click on the map (pointerdown) does not end it', () => {
		setup();
		reader.goTo(4);
		page.emit('pointerdown');
		page.emit('keydown', { key: 'Tab' });
		expect(reader.mode).toBe('jumping');
	});

	it('a newer jump wins', () => {
		setup();
		reader.goTo(4);
		page.glide(3, false);
		reader.goTo(1);
		page.glide();
		expect(reader.active).toBe(1);
		expect(history.current).toBe('/chapters/aghdam');
		expect(history.pushes).toEqual(['/chapters/shusha', '/chapters/aghdam']);
	});

	it('lays every chapter out before it glides, to a chapter or home; an arrival does not', () => {
		setup(2);
		reader.arrive(2);
		expect(page.laidOutAll).toEqual([]);
		vi.advanceTimersByTime(MODE_TIMEOUT.arrival);
		reader.goTo(4);
		expect(page.laidOutAll).toEqual([null]);
		page.glide();
		reader.goHome();
		expect(page.laidOutAll).toEqual([null, null]);
		expect(page.gliding).toBe(0);
	});
});

describe('arriving at a chapter’s address', () => {
	it('holds the chapter at the top while the text above it reflows, then reads on', () => {
		setup(2);
		reader.arrive(2);
		expect(reader.mode).toBe('arriving');
		expect(page.topOf(2)).toBe(0);
		// Fonts arrive: the text above grows by 300 px.
		page.tops = page.tops.map((t) => t + 300);
		for (const observer of page.observers) observer();
		expect(page.topOf(2)).toBe(0);
		vi.advanceTimersByTime(MODE_TIMEOUT.arrival);
		expect(reader.mode).toBe('reading');
		expect(page.observers.size).toBe(0);
		expect(reader.active).toBe(2);
		expect(history.replaces).toEqual([]);
	});

	it('lets go as soon as the reader does anything', () => {
		setup(2);
		reader.arrive(2);
		page.emit('pointerdown');
		expect(reader.mode).toBe('reading');
		expect(page.observers.size).toBe(0);
	});

	it('with a #fragment, reads what the browser put on screen', () => {
		setup(4);
		page.scrollY = 200;
		reader.arrive(4, { hash: true });
		expect(reader.mode).toBe('reading');
		expect(reader.active).toBe(-1);
		expect(history.current).toBe('/');
	});
});

describe('reflowing after a resize', () => {
	it('keeps the reader at the same place in the chapter being read', () => {
		setup();
		readTo(3000 + 700); // 700 px into aghdam: its top is at -700.
		expect(reader.active).toBe(1);
		page.resize(390, 1.5);
		vi.advanceTimersByTime(16);
		expect(reader.mode).toBe('reflowing');
		expect(page.topOf(1)).toBe(-700);
		// The scroll events of the reflow pick no chapter…
		page.scrollBy(4000);
		vi.advanceTimersByTime(16);
		expect(reader.active).toBe(1);
		page.scrollBy(-4000);
		// …and once it is over, the page is measured again.
		vi.advanceTimersByTime(MODE_TIMEOUT.reflow);
		expect(reader.mode).toBe('reading');
		expect(reader.active).toBe(1);
	});

	it('a resize that cuts a jump short, and the scrollend it causes, keep the chapter jumped to', () => {
		setup();
		reader.goTo(3);
		page.glide(3, false);
		page.emit('scrollend'); // the resize stops the smooth scroll where it is…
		page.resize(390, 1.3); // …and its event comes before the next frame
		vi.advanceTimersByTime(16);
		expect(page.topOf(3)).toBe(0);
		vi.advanceTimersByTime(MODE_TIMEOUT.reflow);
		expect(reader.active).toBe(3);
		expect(history.current).toBe('/chapters/khankendi');
	});

	it('counts its time from the page put back: a late frame does not measure the old layout', () => {
		setup();
		readTo(3000 + 700);
		frameMs = 600; // a busy phone: the frame after the resize comes late
		page.resize(390, 1.5);
		vi.advanceTimersByTime(MODE_TIMEOUT.reflow + 50);
		expect(reader.mode).toBe('reflowing');
		expect(reader.active).toBe(1);
		vi.advanceTimersByTime(600 - MODE_TIMEOUT.reflow - 50); // the frame: the page is put back
		expect(page.topOf(1)).toBe(-700);
		vi.advanceTimersByTime(MODE_TIMEOUT.reflow);
		expect(reader.mode).toBe('reading');
		expect(reader.active).toBe(1);
		expect(history.current).toBe('/chapters/aghdam');
	});

	it('a jump cut short whose resize event comes late (a busy browser) carries on to its chapter', () => {
		setup();
		reader.goTo(3);
		page.gliding = 4000; // the resize stops the smooth scroll in aghdam…
		page.glide(3, false);
		page.emit('scrollend');
		vi.advanceTimersByTime(16); // …and a frame passes before its event
		expect(reader.mode).toBe('jumping');
		expect(page.gliding).toBe(page.tops[3]); // on its way again
		page.resize(390, 1.3);
		vi.advanceTimersByTime(16 + MODE_TIMEOUT.reflow);
		expect(reader.mode).toBe('reading');
		expect(reader.active).toBe(3);
		expect(page.topOf(3)).toBe(0);
		expect(history.current).toBe('/chapters/khankendi');
		expect(new Set(seen)).toEqual(new Set([3]));
	});

	it('a window resized just before a reflow ends is reflowed, not measured, though its event is late', () => {
		setup();
		readTo(3000 + 700);
		page.resize(390, 1.5);
		vi.advanceTimersByTime(16 + MODE_TIMEOUT.reflow - 10);
		page.resize(800, 1 / 1.5, { event: false }); // laid out anew; the event is still to come
		vi.advanceTimersByTime(10 + 16);
		expect(reader.mode).toBe('reflowing');
		expect(page.topOf(1)).toBe(-700);
		page.emit('resize'); // late, and harmless
		vi.advanceTimersByTime(16 + MODE_TIMEOUT.reflow);
		expect(reader.mode).toBe('reading');
		expect(reader.active).toBe(1);
		expect(history.current).toBe('/chapters/aghdam');
	});

	it('during a jump, lands at the start of the chapter jumped to', () => {
		setup();
		reader.goTo(3);
		page.glide(3, false);
		page.resize(390, 2);
		vi.advanceTimersByTime(16);
		expect(page.topOf(3)).toBe(0);
		page.resize(800, 0.5);
		vi.advanceTimersByTime(16);
		expect(page.topOf(3)).toBe(0);
		vi.advanceTimersByTime(MODE_TIMEOUT.reflow);
		expect(reader.mode).toBe('reading');
		expect(reader.active).toBe(3);
		expect(history.current).toBe('/chapters/khankendi');
	});
});

describe('faults fixed', () => {
	it('1: after a jump, turning the phone keeps the chapter jumped to, not the previous chapter’s reading offset', () => {
		setup();
		readTo(1000 + 1500); // deep inside khojaly: its top is at -1500
		reader.goTo(3);
		page.glide();
		page.resize(390, 1.2);
		vi.advanceTimersByTime(16);
		expect(page.topOf(3)).toBe(0);
		vi.advanceTimersByTime(MODE_TIMEOUT.reflow);
		expect(reader.active).toBe(3);
	});

	it('1: the same when the jump ended by its timer (no scrollend)', () => {
		setup();
		readTo(1000 + 1500);
		reader.goTo(3);
		page.scrollTo(page.gliding!); // a browser without scrollend
		vi.advanceTimersByTime(MODE_TIMEOUT.jump);
		page.resize(390, 0.8);
		vi.advanceTimersByTime(16);
		expect(page.topOf(3)).toBe(0);
	});

	it('2: a resize during an arrival does not take over its timer: the column observer still stops', () => {
		setup(2);
		reader.arrive(2);
		page.resize(390, 1.1);
		vi.advanceTimersByTime(16);
		expect(page.topOf(2)).toBe(0);
		vi.advanceTimersByTime(MODE_TIMEOUT.arrival);
		expect(reader.mode).toBe('reading');
		expect(page.observers.size).toBe(0);
		expect(vi.getTimerCount()).toBe(0);
	});

	it('2: a jump during an arrival stops the arrival’s observer', () => {
		setup(2);
		reader.arrive(2);
		reader.goTo(4);
		expect(page.observers.size).toBe(0);
		page.glide();
		vi.runAllTimers();
		expect(vi.getTimerCount()).toBe(0);
	});

	it('2: destroying the story stops its listeners, observer and timers', () => {
		setup(2);
		reader.arrive(2);
		page.emit('scroll');
		page.emit('resize');
		reader.destroy();
		expect(page.listenerCount()).toBe(0);
		expect(page.observers.size).toBe(0);
		expect(vi.getTimerCount()).toBe(0);
	});

	it('3: PageDown during a jump ends it, and the page follows where the reader scrolls', () => {
		setup();
		reader.goTo(1);
		page.glide(4, false);
		page.emit('keydown', { key: 'PageDown' });
		expect(reader.mode).toBe('reading');
		readTo(5100);
		expect(reader.active).toBe(2);
		expect(history.current).toBe('/chapters/figures');
	});

	it('3: when a jump ends, the active chapter and the address agree with the screen', () => {
		setup();
		reader.goTo(1);
		// The reader pressed Space twice as it glided (on a browser that reports no key, say).
		page.gliding = 5200;
		page.glide();
		expect(reader.mode).toBe('reading');
		expect(reader.active).toBe(2);
		expect(history.current).toBe('/chapters/figures');
	});

	it('4: the home link scrolls to the top without picking every chapter it passes', () => {
		setup();
		readTo(9200);
		expect(reader.active).toBe(4);
		history.replaces = [];
		seen = [];
		reader.goHome();
		expect(reader.active).toBe(-1);
		expect(history.pushes).toEqual(['/']);
		page.glide(20);
		expect(seen.filter((i) => i !== -1)).toEqual([]);
		expect(history.replaces).toEqual([]);
		expect(reader.active).toBe(-1);
		expect(page.scrollY).toBe(0);
	});
});

/**
 * The live map's life: waiting → loading → ready, or failed. The map is an enhancement: the
 * static map of the chapter shows at once, and the live map (~300 KB of code, heavy on a phone's
 * CPU) starts only when the reader first interacts, in an idle moment, so that it never competes
 * with the story's text for the network or the main thread. Where WebGL is missing, or the code or
 * the style fails, the static map stays, with a note saying why.
 */
import { MAP_MARKS, markOnce } from './marks';

export type MapStatus = 'waiting' | 'loading' | 'ready' | 'failed';

/** What counts as the reader's first interaction. */
export const READER_EVENTS = [
	'pointermove',
	'pointerdown',
	'keydown',
	'wheel',
	'touchstart',
	'focusin'
] as const;

/** How long the idle moment after the first interaction may wait, in ms. */
export const START_TIMEOUT = 300;

/** How a page hears the reader and finds an idle moment (the window's, or a test's). */
export interface ReaderDeps {
	/** Runs `task` in an idle moment; returns a way to cancel it. */
	whenIdle(task: () => void, timeout: number): () => void;
	/** Adds a window listener; returns a way to remove it. */
	listen(type: string, handler: () => void): () => void;
}

/** What a task may wait for after the first interaction: `settled`, but never more than `atMost` ms. */
export interface WaitFor {
	settled: Promise<unknown>;
	atMost: number;
}

/** A promise, and the function that resolves it. */
export function signal(): { settled: Promise<void>; settle: () => void } {
	let settle = () => {};
	const settled = new Promise<void>((resolve) => (settle = resolve));
	return { settled, settle };
}

/** The most the timeline strip waits for the live map before it loads anyway, in ms. */
export const MAP_WAIT_MAX = 6000;

/**
 * Runs `task` in an idle moment after the reader's first interaction (`onInput` at the
 * interaction itself): what is not needed for the first view starts then, so that a page that
 * is only loaded (as a benchmark loads it) never fetches or runs it. With `after`, it also waits
 * for that (the timeline strip waits for the live map, which the first input asked for, so that
 * the two do not share a phone's CPU as the map starts). Returns a way to cancel.
 */
export function afterFirstInteraction(
	deps: ReaderDeps,
	task: () => void,
	{
		timeout = START_TIMEOUT,
		onInput = () => {},
		after
	}: { timeout?: number; onInput?: () => void; after?: WaitFor } = {}
): () => void {
	let unlisten: (() => void)[] = [];
	let cancelIdle = () => {};
	let waitTimer: ReturnType<typeof setTimeout> | undefined;
	let scheduled = false;
	let cancelled = false;
	const stop = () => {
		for (const remove of unlisten) remove();
		unlisten = [];
	};
	const schedule = () => {
		if (scheduled || cancelled) return;
		scheduled = true;
		clearTimeout(waitTimer);
		cancelIdle = deps.whenIdle(task, timeout);
	};
	const onFirst = () => {
		onInput();
		stop();
		if (!after) return schedule();
		waitTimer = setTimeout(schedule, after.atMost);
		after.settled.then(schedule, schedule);
	};
	unlisten = READER_EVENTS.map((type) => deps.listen(type, onFirst));
	return () => {
		cancelled = true;
		stop();
		clearTimeout(waitTimer);
		cancelIdle();
	};
}

export interface MapLoaderDeps<C> extends ReaderDeps {
	/** Whether this browser can draw WebGL (see webglAvailable). */
	webgl(): boolean;
	/** Loads the map's code, and what it draws (a dynamic import, a fetch). */
	load(): Promise<C>;
}

export class MapLoader<C> {
	status = $state<MapStatus>('waiting');
	/** Why the map failed, for the note over the static map. */
	problem = $state('');
	/** What the load gave (the map's component and data), once it has. */
	loaded = $state.raw<C | null>(null);

	/** Resolves once the map is drawn or has failed (or the loader is destroyed). */
	readonly #settled = signal();
	readonly settled = this.#settled.settled;

	readonly #deps: MapLoaderDeps<C>;
	/** Stops waiting for the reader (null: not waiting). */
	#cancelWait: (() => void) | null = null;
	#destroyed = false;

	constructor(deps: MapLoaderDeps<C>) {
		this.#deps = deps;
	}

	/** Waits for the reader's first interaction, then loads the map in an idle moment. */
	start(): void {
		if (this.status !== 'waiting' || this.#cancelWait) return;
		this.#cancelWait = afterFirstInteraction(this.#deps, () => this.load(), {
			onInput: () => markOnce(MAP_MARKS.firstInput)
		});
	}

	/** Loads the map now (once). */
	load(): void {
		if (this.status !== 'waiting' || this.#destroyed) return;
		this.#stopWaiting();
		if (!this.#deps.webgl())
			return this.#fail('This browser cannot draw the interactive map (WebGL is unavailable).');
		this.status = 'loading';
		this.#deps.load().then(
			(loaded) => {
				if (!this.#destroyed && this.status === 'loading') this.loaded = loaded;
			},
			() => this.#fail('The interactive map could not be loaded.')
		);
	}

	/** What the map itself reports once its code runs. */
	report(status: Exclude<MapStatus, 'waiting'>, detail?: string): void {
		if (this.status === 'failed') return;
		if (status === 'failed')
			return this.#fail(`The interactive map could not start${detail ? ` (${detail})` : ''}.`);
		this.status = status;
		if (status === 'ready') this.#settled.settle();
	}

	destroy(): void {
		this.#destroyed = true;
		this.#stopWaiting();
		this.#settled.settle();
	}

	#fail(problem: string) {
		this.status = 'failed';
		this.problem = problem;
		this.#settled.settle();
	}

	#stopWaiting() {
		this.#cancelWait?.();
		this.#cancelWait = null;
	}
}

/** Whether the browser can draw WebGL (a canvas from `createCanvas` gives a context). */
export function webglAvailable(
	createCanvas: () => Pick<HTMLCanvasElement, 'getContext'> = () => document.createElement('canvas')
): boolean {
	try {
		const canvas = createCanvas();
		return Boolean(canvas.getContext('webgl2') ?? canvas.getContext('webgl'));
	} catch {
		return false;
	}
}

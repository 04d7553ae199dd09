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

/**
 * Runs `task` in an idle moment after the reader's first interaction (`onInput` at the
 * interaction itself): what is not needed for the first view starts then, so that a page that
 * is only loaded (as a benchmark loads it) never fetches or runs it. Returns a way to cancel.
 */
export function afterFirstInteraction(
	deps: ReaderDeps,
	task: () => void,
	{ timeout = START_TIMEOUT, onInput = () => {} } = {}
): () => void {
	let unlisten: (() => void)[] = [];
	let cancelIdle = () => {};
	const stop = () => {
		for (const remove of unlisten) remove();
		unlisten = [];
	};
	const onFirst = () => {
		onInput();
		stop();
		cancelIdle = deps.whenIdle(task, timeout);
	};
	unlisten = READER_EVENTS.map((type) => deps.listen(type, onFirst));
	return () => {
		stop();
		cancelIdle();
	};
}

export interface MapLoaderDeps<C> extends ReaderDeps {
	/** Whether this browser can draw WebGL (see webglAvailable). */
	webgl(): boolean;
	/** Loads the map's component (a dynamic import). */
	load(): Promise<C>;
}

export class MapLoader<C> {
	status = $state<MapStatus>('waiting');
	/** Why the map failed, for the note over the static map. */
	problem = $state('');
	/** The map's component, once its code has loaded. */
	component = $state.raw<C | null>(null);

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
			(component) => {
				if (!this.#destroyed && this.status === 'loading') this.component = component;
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
	}

	destroy(): void {
		this.#destroyed = true;
		this.#stopWaiting();
	}

	#fail(problem: string) {
		this.status = 'failed';
		this.problem = problem;
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

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

export interface MapLoaderDeps<C> {
	/** Whether this browser can draw WebGL (see webglAvailable). */
	webgl(): boolean;
	/** Loads the map's component (a dynamic import). */
	load(): Promise<C>;
	/** Runs `task` in an idle moment; returns a way to cancel it. */
	whenIdle(task: () => void, timeout: number): () => void;
	/** Adds a window listener; returns a way to remove it. */
	listen(type: string, handler: () => void): () => void;
}

export class MapLoader<C> {
	status = $state<MapStatus>('waiting');
	/** Why the map failed, for the note over the static map. */
	problem = $state('');
	/** The map's component, once its code has loaded. */
	component = $state.raw<C | null>(null);

	readonly #deps: MapLoaderDeps<C>;
	#unlisten: (() => void)[] = [];
	#cancelIdle = () => {};
	#destroyed = false;

	constructor(deps: MapLoaderDeps<C>) {
		this.#deps = deps;
	}

	/** Waits for the reader's first interaction, then loads the map in an idle moment. */
	start(): void {
		if (this.status !== 'waiting' || this.#unlisten.length > 0) return;
		const onFirst = () => {
			markOnce(MAP_MARKS.firstInput);
			this.#stopListening();
			this.#cancelIdle = this.#deps.whenIdle(() => this.load(), START_TIMEOUT);
		};
		this.#unlisten = READER_EVENTS.map((type) => this.#deps.listen(type, onFirst));
	}

	/** Loads the map now (once). */
	load(): void {
		if (this.status !== 'waiting' || this.#destroyed) return;
		this.#stopListening();
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
		this.#stopListening();
		this.#cancelIdle();
	}

	#fail(problem: string) {
		this.status = 'failed';
		this.problem = problem;
	}

	#stopListening() {
		for (const unlisten of this.#unlisten) unlisten();
		this.#unlisten = [];
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

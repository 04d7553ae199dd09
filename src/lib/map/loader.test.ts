import { afterEach, describe, expect, it, vi } from 'vitest';
import {
	afterFirstInteraction,
	MAP_WAIT_MAX,
	MapLoader,
	READER_EVENTS,
	signal,
	START_TIMEOUT,
	webglAvailable
} from './loader.svelte';
import { mapErrorIsFatal } from './errors';
import { MAP_MARKS } from './marks';
import { glyphsUrl } from './glyphs';
import { BASEMAP_SOURCES, basemapStyle } from './style';

/** A window with listeners and idle callbacks the test runs by hand. */
function fakeWindow() {
	const listeners = new Map<string, Set<() => void>>();
	const idle: { task: () => void; timeout: number }[] = [];
	return {
		listeners,
		idle,
		listen(type: string, handler: () => void) {
			const set = listeners.get(type) ?? new Set();
			set.add(handler);
			listeners.set(type, set);
			return () => set.delete(handler);
		},
		whenIdle(task: () => void, timeout: number) {
			const entry = { task, timeout };
			idle.push(entry);
			return () => idle.splice(idle.indexOf(entry), 1);
		},
		emit(type: string) {
			for (const handler of [...(listeners.get(type) ?? [])]) handler();
		},
		count() {
			return [...listeners.values()].reduce((n, set) => n + set.size, 0);
		}
	};
}

function loader(options: { webgl?: boolean; load?: () => Promise<string> } = {}) {
	const win = fakeWindow();
	const load = vi.fn(options.load ?? (() => Promise.resolve('MapView')));
	const map = new MapLoader<string>({
		webgl: () => options.webgl ?? true,
		load,
		whenIdle: win.whenIdle,
		listen: win.listen
	});
	return { map, win, load };
}

describe('afterFirstInteraction (the live map, the timeline strip)', () => {
	it('runs its task once, in an idle moment after the reader’s first interaction', () => {
		const win = fakeWindow();
		const task = vi.fn();
		afterFirstInteraction(win, task);
		expect(win.idle).toHaveLength(0);
		win.emit('focusin');
		win.emit('wheel');
		expect(win.count()).toBe(0);
		expect(win.idle.map((i) => i.timeout)).toEqual([START_TIMEOUT]);
		expect(task).not.toHaveBeenCalled();
		win.idle[0]!.task();
		expect(task).toHaveBeenCalledTimes(1);
	});

	it('cancelled, runs nothing, whether it was still listening or already waiting to run', () => {
		const win = fakeWindow();
		const task = vi.fn();
		afterFirstInteraction(win, task)();
		expect(win.count()).toBe(0);
		const cancel = afterFirstInteraction(win, task);
		win.emit('pointerdown');
		cancel();
		expect(win.idle).toHaveLength(0);
		expect(task).not.toHaveBeenCalled();
	});
});

describe('afterFirstInteraction, waiting for the live map (the timeline strip)', () => {
	afterEach(() => {
		vi.useRealTimers();
	});

	it('waits past the first interaction until the map has settled, then for an idle moment', async () => {
		const win = fakeWindow();
		const map = signal();
		const task = vi.fn();
		afterFirstInteraction(win, task, { after: { settled: map.settled, atMost: MAP_WAIT_MAX } });
		win.emit('pointermove');
		await Promise.resolve();
		expect(win.idle).toHaveLength(0);
		map.settle();
		await vi.waitFor(() => expect(win.idle).toHaveLength(1));
		win.idle[0]!.task();
		expect(task).toHaveBeenCalledTimes(1);
	});

	it('does not wait for a map that never settles longer than the limit, and runs once', async () => {
		vi.useFakeTimers();
		const win = fakeWindow();
		const map = signal();
		afterFirstInteraction(win, vi.fn(), {
			after: { settled: map.settled, atMost: MAP_WAIT_MAX }
		});
		win.emit('keydown');
		vi.advanceTimersByTime(MAP_WAIT_MAX - 1);
		expect(win.idle).toHaveLength(0);
		vi.advanceTimersByTime(1);
		expect(win.idle).toHaveLength(1);
		// The map settling later schedules nothing more.
		map.settle();
		await vi.runAllTimersAsync();
		expect(win.idle).toHaveLength(1);
	});

	it('cancelled while waiting, runs nothing when the map settles or the limit passes', async () => {
		vi.useFakeTimers();
		const win = fakeWindow();
		const map = signal();
		const cancel = afterFirstInteraction(win, vi.fn(), {
			after: { settled: map.settled, atMost: MAP_WAIT_MAX }
		});
		win.emit('wheel');
		cancel();
		map.settle();
		await vi.runAllTimersAsync();
		vi.advanceTimersByTime(MAP_WAIT_MAX);
		expect(win.idle).toHaveLength(0);
	});
});

describe('the live map’s loader', () => {
	it('marks the first input it hears, once, for the bench’s “first input → live map”', () => {
		performance.clearMarks(MAP_MARKS.firstInput);
		const { map, win } = loader();
		map.start();
		expect(performance.getEntriesByName(MAP_MARKS.firstInput)).toHaveLength(0);
		win.emit('pointermove');
		win.emit('keydown');
		expect(performance.getEntriesByName(MAP_MARKS.firstInput)).toHaveLength(1);
	});

	it('waits for the reader’s first interaction, then loads in an idle moment', async () => {
		const { map, win, load } = loader();
		map.start();
		expect(map.status).toBe('waiting');
		expect(win.count()).toBe(READER_EVENTS.length);
		win.emit('pointermove');
		expect(win.count()).toBe(0);
		expect(load).not.toHaveBeenCalled();
		expect(win.idle.map((i) => i.timeout)).toEqual([START_TIMEOUT]);
		win.idle[0]!.task();
		expect(map.status).toBe('loading');
		await Promise.resolve();
		expect(map.loaded).toBe('MapView');
		// The map reports itself ready once it has drawn: what waited for it may start.
		const settled = vi.fn();
		void map.settled.then(settled);
		await Promise.resolve();
		expect(settled).not.toHaveBeenCalled();
		map.report('ready');
		expect(map.status).toBe('ready');
		expect(load).toHaveBeenCalledTimes(1);
		await vi.waitFor(() => expect(settled).toHaveBeenCalled());
	});

	it('never starts where WebGL is missing, and says why', async () => {
		const { map, win, load } = loader({ webgl: false });
		map.start();
		win.emit('keydown');
		win.idle[0]!.task();
		expect(map.status).toBe('failed');
		expect(map.problem).toMatch(/WebGL is unavailable/);
		expect(load).not.toHaveBeenCalled();
		// Nothing waits for a map that cannot start.
		await map.settled;
	});

	it('fails, and says so, when the map’s code does not load', async () => {
		const { map } = loader({ load: () => Promise.reject(new Error('offline')) });
		map.load();
		await vi.waitFor(() => expect(map.status).toBe('failed'));
		expect(map.problem).toBe('The interactive map could not be loaded.');
		expect(map.loaded).toBeNull();
	});

	it('fails when the map cannot start, and stays failed', () => {
		const { map } = loader();
		map.load();
		map.report('failed', 'the basemap did not load');
		expect(map.problem).toBe('The interactive map could not start (the basemap did not load).');
		map.report('ready');
		expect(map.status).toBe('failed');
	});

	it('leaves nothing behind when the page goes before the reader moves', () => {
		const { map, win, load } = loader();
		map.start();
		map.destroy();
		expect(win.count()).toBe(0);
		map.start();
		win.emit('pointerdown');
		map.load();
		expect(load).not.toHaveBeenCalled();
	});

	it('probes WebGL 2, then WebGL, and treats an error as no WebGL', () => {
		const canvas = (contexts: Record<string, unknown>) => () =>
			({ getContext: (kind: string) => contexts[kind] ?? null }) as HTMLCanvasElement;
		expect(webglAvailable(canvas({ webgl2: {} }))).toBe(true);
		expect(webglAvailable(canvas({ webgl: {} }))).toBe(true);
		expect(webglAvailable(canvas({}))).toBe(false);
		expect(
			webglAvailable(() => {
				throw new Error('no canvas');
			})
		).toBe(false);
	});
});

describe('which map errors hand over to the static map (fault 5)', () => {
	it('a remote style whose tile source errors keeps the live map', () => {
		expect(mapErrorIsFatal({ sourceId: 'openmaptiles' }, true, [])).toBe(false);
		expect(mapErrorIsFatal({ sourceId: 'story-places' }, true, [])).toBe(false);
	});
	it('a style that never loads hands over', () => {
		expect(mapErrorIsFatal({}, false, [])).toBe(true);
		expect(mapErrorIsFatal({ sourceId: 'openmaptiles' }, false, [])).toBe(true);
	});
	it('the self-hosted basemap failing hands over (the map would be empty); a story source does not', () => {
		expect(mapErrorIsFatal({ sourceId: 'region' }, true, BASEMAP_SOURCES)).toBe(true);
		expect(mapErrorIsFatal({ sourceId: 'story-places' }, true, BASEMAP_SOURCES)).toBe(false);
		expect(mapErrorIsFatal({}, true, BASEMAP_SOURCES)).toBe(false);
	});
	it('knows every source of the self-hosted basemap', () => {
		expect(Object.keys(basemapStyle('/basemap', glyphsUrl('')).sources).sort()).toEqual(
			[...BASEMAP_SOURCES].sort()
		);
	});
});

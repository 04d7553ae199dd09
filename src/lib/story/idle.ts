/** Runs `task` when the browser is idle (within `timeout` ms); returns a way to cancel it. */
export function whenIdle(task: () => void, timeout: number): () => void {
	if (window.requestIdleCallback) {
		const id = window.requestIdleCallback(task, { timeout });
		return () => window.cancelIdleCallback(id);
	}
	const id = window.setTimeout(task, 50);
	return () => clearTimeout(id);
}

/** Adds a window listener (passive); returns a way to remove it. */
export function listenWindow<E extends Event>(type: string, handler: (event: E) => void) {
	const listener = handler as EventListener;
	window.addEventListener(type, listener, { passive: true });
	return () => window.removeEventListener(type, listener);
}

/** Calls `onChange` with whether a media query matches, now and on every change; returns a way to stop. */
export function watchMedia(query: string, onChange: (matches: boolean) => void): () => void {
	const list = window.matchMedia(query);
	const listener = () => onChange(list.matches);
	listener();
	list.addEventListener('change', listener);
	return () => list.removeEventListener('change', listener);
}

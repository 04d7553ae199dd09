/**
 * Starts the story's timeline strip: loaded after the reader's first interaction (Story.svelte),
 * it fetches the events from `url` (/data/timeline.json) and mounts the strip in the room the
 * page keeps for it, before the link to the timeline page. Returns a way to remove it.
 *
 * It imports nothing of the story's own modules: what it needs comes as arguments and in the
 * events, so that loading it lists no file the page has not already loaded.
 */
import { mount, unmount } from 'svelte';
import type { StripEvent } from '$lib/timeline/strip';
import TimelineStrip from './TimelineStrip.svelte';

export function startStrip(
	target: HTMLElement,
	url: string,
	active: () => string | null
): () => void {
	let strip: ReturnType<typeof mount> | null = null;
	let stopped = false;
	fetch(url)
		.then((response) => (response.ok ? (response.json() as Promise<StripEvent[]>) : null))
		.then((events) => {
			if (!events || stopped) return;
			strip = mount(TimelineStrip, {
				target,
				anchor: target.firstChild ?? undefined,
				props: {
					events,
					get active() {
						return active();
					}
				}
			});
		})
		// Without its events the strip stays empty: the link to the timeline page is there.
		.catch(() => {});
	return () => {
		stopped = true;
		if (strip) void unmount(strip);
	};
}

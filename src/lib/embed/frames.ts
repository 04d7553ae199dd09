/**
 * How an embedded chapter sizes its frame on another site (README › Embedding a chapter). The
 * embedded page posts its content's height to the page that frames it whenever it changes; the
 * host page's script (`sizeFrames`, served as /embed/v1.js) sets the height of the frame the
 * message came from. The script may start after a frame has posted (it loads `async`), so it
 * first asks the frames for their height again. Without the script the frame keeps the fixed
 * height of the snippet.
 */

/** The `type` of the message an embedded chapter posts to the page that frames it. */
export const HEIGHT_MESSAGE_TYPE = 'khojaly-embed:height';
/** The `type` of the message with which the host page asks its frames to post their height. */
export const HEIGHT_REQUEST_TYPE = 'khojaly-embed:ask-height';

/** The two message types, as `sizeFrames` takes them. */
export const MESSAGE_TYPES = { height: HEIGHT_MESSAGE_TYPE, request: HEIGHT_REQUEST_TYPE };

export interface HeightMessage {
	type: typeof HEIGHT_MESSAGE_TYPE;
	/** The embedded page's content height in CSS pixels, rounded up. */
	height: number;
	/** The chapter shown, for a host that listens itself. */
	slug: string;
}

/**
 * The embedded page's side. `update` is called with the content's height as it changes and posts
 * it through `post` when the height in whole pixels differs from the last one posted (a resize
 * that changes only the width, or a fraction of a pixel, posts nothing); `answer` posts it in
 * any case, for a host page that asks.
 */
export function heightReporter(slug: string, post: (message: HeightMessage) => void) {
	let last = 0;
	const send = (height: number, always: boolean) => {
		const rounded = Math.ceil(height);
		if (!(rounded > 0) || (rounded === last && !always)) return;
		last = rounded;
		post({ type: HEIGHT_MESSAGE_TYPE, height: rounded, slug });
	};
	return {
		update: (height: number) => send(height, false),
		answer: (height: number) => send(height, true)
	};
}

/** Whether a message is the framing page asking for the height (see HEIGHT_REQUEST_TYPE). */
export function isHeightRequest(
	event: Pick<MessageEvent, 'source' | 'data'>,
	parent: MessageEventSource | null
): boolean {
	return event.source === parent && event.data?.type === HEIGHT_REQUEST_TYPE;
}

/**
 * The host page's side: sets the height of the site's frames from their messages. It accepts a
 * message only from `siteOrigin` and only for the frame whose window sent it, so that no other
 * page or frame can resize anything. It first asks the site's frames to post their height again
 * (those that posted before it ran); the question carries nothing, so it goes to whatever page the
 * frame holds yet (a frame still loading holds an empty page of the host's origin, and a message
 * for another origin would be refused with an error). Returns a way to stop.
 *
 * Served to other sites as its own source text (src/routes/embed/v1.js/+server.ts), so it must
 * use nothing from outside its body (no imports, no other functions of this module), and has no
 * comments inside (they would be served too).
 */
export function sizeFrames(
	win: Window,
	siteOrigin: string,
	types: { height: string; request: string }
): () => void {
	const onMessage = (event: MessageEvent) => {
		const data = event.data;
		if (event.origin !== siteOrigin || !data || data.type !== types.height) return;
		const height = data.height;
		if (typeof height !== 'number' || !(height > 0) || height > 100000) return;
		for (const frame of win.document.querySelectorAll('iframe')) {
			if (frame.contentWindow === event.source) {
				frame.style.height = `${Math.ceil(height)}px`;
				return;
			}
		}
	};
	win.addEventListener('message', onMessage);
	for (const frame of win.document.querySelectorAll('iframe'))
		if (frame.src.startsWith(`${siteOrigin}/`))
			frame.contentWindow?.postMessage({ type: types.request }, '*');
	return () => win.removeEventListener('message', onMessage);
}

/**
 * The script host pages load (/embed/v1.js): `sizeFrames` for the site's frames, the site's
 * origin being the one the script itself was loaded from.
 */
export function sizeFramesScript(): string {
	return `/* Sizes the frames of chapters embedded from this site. v1 */
(${sizeFrames.toString()})(window, new URL(document.currentScript.src).origin, ${JSON.stringify(MESSAGE_TYPES)});
`;
}

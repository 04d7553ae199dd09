import type { ClientInit } from '@sveltejs/kit';

/**
 * Hydration waits for the prerendered page's first paint. The page is complete HTML; letting the
 * browser draw it before the script walks it puts the text on screen sooner on a slow phone,
 * where the scripts would otherwise arrive and run first.
 */
export const init: ClientInit = () =>
	new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

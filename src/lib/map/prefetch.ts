/**
 * Fetches files ahead without running them: one `<link rel="prefetch">` each, which the browser
 * downloads at its lowest priority into its cache. Nothing is fetched where the reader has asked
 * to save data.
 */
export function prefetchFiles(
	urls: string[],
	doc: Document = document,
	nav: Navigator = navigator
): number {
	if ((nav as Navigator & { connection?: { saveData?: boolean } }).connection?.saveData) return 0;
	let added = 0;
	for (const href of urls) {
		if (doc.head.querySelector(`link[href="${CSS.escape(href)}"]`)) continue;
		const link = doc.createElement('link');
		link.rel = 'prefetch';
		link.href = href;
		doc.head.append(link);
		added++;
	}
	return added;
}

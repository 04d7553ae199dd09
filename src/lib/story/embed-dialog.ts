/**
 * Opens the Embed dialog of a chapter (EmbedDialog.svelte) and returns focus to the button that
 * opened it when it closes. Loaded when the reader first asks for it (ChapterSection.svelte
 * imports it on the button's click): the story's first view carries only the button.
 */
import { mount, unmount } from 'svelte';
import EmbedDialog from './EmbedDialog.svelte';

let opened = false;

export function openEmbedDialog(button: HTMLElement, chapter: { slug: string; title: string }) {
	// A second click before the first has drawn the dialog opens nothing more.
	if (opened) return;
	opened = true;
	const dialog = mount(EmbedDialog, {
		target: document.body,
		props: {
			slug: chapter.slug,
			title: chapter.title,
			onclose() {
				void unmount(dialog);
				opened = false;
				button.focus();
			}
		}
	});
}

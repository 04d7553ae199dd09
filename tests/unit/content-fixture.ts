/** The real content as raw files, and helpers to break one piece of it for a test. */
import { readContent } from '../../src/lib/content/read';
import type { RawContent } from '../../src/lib/content/validate';

export function realContent(): RawContent {
	return readContent();
}

/** A copy of the real content with one chapter file's text replaced. */
export function withChapter(
	raw: RawContent,
	fileName: string,
	edit: (text: string) => string
): RawContent {
	let found = false;
	const chapters = raw.chapters.map((file) => {
		if (!file.path.endsWith(`/${fileName}`)) return file;
		found = true;
		return { ...file, text: edit(file.text) };
	});
	if (!found) throw new Error(`no chapter file ${fileName}`);
	return { ...raw, chapters };
}

export function replaceOnce(text: string, from: string, to: string): string {
	if (!text.includes(from)) throw new Error(`fixture text not found: ${from}`);
	return text.replace(from, to);
}

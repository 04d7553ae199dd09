/**
 * Line-wrapping for SVG captions, which have no text layout of their own. Widths are estimated
 * from an average glyph width, which is close enough for short titles. Pure.
 */
/** Estimated width of a label in Inter: about 0.56 em a character. */
export function estimatedTextWidth(text: string, size: number): number {
	return text.length * size * 0.56;
}

export function wrapText(text: string, maxChars: number, maxLines = 4): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/).filter(Boolean)) {
		const candidate = line ? `${line} ${word}` : word;
		if (candidate.length <= maxChars || !line) line = candidate;
		else {
			lines.push(line);
			line = word;
		}
	}
	if (line) lines.push(line);
	if (lines.length <= maxLines) return lines;
	const kept = lines.slice(0, maxLines);
	kept[maxLines - 1] = `${kept[maxLines - 1]!.replace(/[\s,.;:]+$/, '')}…`;
	return kept;
}

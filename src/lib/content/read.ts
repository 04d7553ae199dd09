/**
 * Reads the content files from disk into the shape validateContent expects. Used by the site's
 * server load at build time, by `npm run check:content` and by the unit tests.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SITE } from '../site';
import { TIMELINE_PAGE } from '../timeline/copy';
import { ALL_DATES } from '../timeline/strip';
import type { RawContent } from './validate';

export const CONTENT_PATHS = {
	sourcesDir: 'content/sources',
	sourcesIndex: 'content/sources/sources.yaml',
	chaptersDir: 'content/chapters',
	places: 'geodata/places.geojson',
	unmapped: 'geodata/unmapped.geojson',
	recognition: 'content/recognition.yaml',
	recognitionAreas: 'geodata/recognition.geojson',
	figures: 'content/figures.yaml',
	timeline: 'content/timeline.yaml',
	voice: 'content/voice.yaml',
	siteCopy: 'src/lib/site.ts',
	timelineCopy: 'src/lib/timeline/copy.ts',
	stripCopy: 'src/lib/timeline/strip.ts'
} as const;

export function readContent(root = process.cwd()): RawContent {
	const read = (path: string) => readFileSync(join(root, path), 'utf8');
	const sourceTexts: Record<string, string> = {};
	for (const name of readdirSync(join(root, CONTENT_PATHS.sourcesDir)))
		if (name.endsWith('.txt')) sourceTexts[name] = read(`${CONTENT_PATHS.sourcesDir}/${name}`);
	const chapters = readdirSync(join(root, CONTENT_PATHS.chaptersDir))
		.filter((name) => /\.ya?ml$/.test(name))
		.sort()
		.map((name) => {
			const path = `${CONTENT_PATHS.chaptersDir}/${name}`;
			return { path, text: read(path) };
		});
	return {
		sourcesIndex: { path: CONTENT_PATHS.sourcesIndex, text: read(CONTENT_PATHS.sourcesIndex) },
		sourceTexts,
		places: { path: CONTENT_PATHS.places, text: read(CONTENT_PATHS.places) },
		unmapped: { path: CONTENT_PATHS.unmapped, text: read(CONTENT_PATHS.unmapped) },
		recognition: { path: CONTENT_PATHS.recognition, text: read(CONTENT_PATHS.recognition) },
		recognitionAreas: {
			path: CONTENT_PATHS.recognitionAreas,
			text: read(CONTENT_PATHS.recognitionAreas)
		},
		chapters,
		figures: { path: CONTENT_PATHS.figures, text: read(CONTENT_PATHS.figures) },
		timeline: { path: CONTENT_PATHS.timeline, text: read(CONTENT_PATHS.timeline) },
		voice: { path: CONTENT_PATHS.voice, text: read(CONTENT_PATHS.voice) },
		siteCopy: {
			path: CONTENT_PATHS.siteCopy,
			entries: Object.fromEntries(Object.entries(SITE).map(([key, text]) => [`SITE.${key}`, text]))
		},
		timelineCopy: {
			path: CONTENT_PATHS.timelineCopy,
			entries: Object.fromEntries(
				Object.entries(TIMELINE_PAGE).map(([key, text]) => [`TIMELINE_PAGE.${key}`, text])
			)
		},
		stripCopy: { path: CONTENT_PATHS.stripCopy, entries: { ALL_DATES } }
	};
}

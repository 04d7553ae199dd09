/**
 * `npm run check:content`: validates every content file and prints every problem at once.
 * Exits non-zero on any problem. Also checks gazetteer coordinates against GeoNames.
 */
import { readContent } from '../src/lib/content/read';
import { formatProblems, validateContent } from '../src/lib/content/validate';
import { checkPlacesAgainstGazetteer, loadGazetteer } from './gazetteer';

const { content, problems } = validateContent(readContent());
if (content) problems.push(...checkPlacesAgainstGazetteer(content.places, loadGazetteer()));

if (problems.length > 0) {
	console.error(
		`Content check failed: ${problems.length} problem(s)\n\n${formatProblems(problems)}\n`
	);
	process.exit(1);
}
console.log(
	`Content OK: ${content!.chapters.length} chapters, ${content!.chapters.reduce((n, c) => n + c.passages.length, 0)} passages, ${content!.places.length} places, ${content!.sources.length} sources, ${content!.figures.length} figures, ${content!.timeline.length} dated events.`
);

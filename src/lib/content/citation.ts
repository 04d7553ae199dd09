/** How a page names a source in our own words. Pure. */
import type { SourceSummary } from './types';

type Named = Pick<SourceSummary, 'headline' | 'issuer' | 'outlet' | 'outletLabel'>;

/** A source's title: its headline in quotation marks (its words, not ours), else what it is. */
export function sourceTitle(source: Named): string {
	if (source.headline) return `“${source.headline}”`;
	if (source.issuer) return `Statement of the ${source.issuer}`;
	return `Article by ${publishedBy(source)}`;
}

/** Who published the text, in a sentence: "Trend", "an unnamed Azerbaijani outlet". */
export function publishedBy(source: Named): string {
	if (source.issuer) return `the ${source.issuer}, carried by ${source.outletLabel}`;
	return source.outlet ?? `an ${source.outletLabel}`;
}

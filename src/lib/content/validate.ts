/**
 * Turns the raw content files into the story's content, or into a list of problems that each
 * name the file, the entry and what to do. Pure: the callers read the files.
 */
import { parse as parseYaml } from 'yaml';
import type { z } from 'zod';
import bbox from '@turf/bbox';
import centerOfMass from '@turf/center-of-mass';
import { connectionDistanceKm, type Bounds } from '../geo/geo';
import { placesOffPhoneMap, type ViewSpec } from '../geo/camera';
import { datesIn, formatDate, formatSpan, precisionOf, resolveRelative } from './dates';
import { numbersIn } from './figures';
import {
	chapterSchema,
	figuresFileSchema,
	voiceRulesSchema,
	placesFileSchema,
	unmappedFileSchema,
	recognitionAreasFileSchema,
	recognitionFileSchema,
	sourcesFileSchema,
	timelineFileSchema,
	type PlaceFeature,
	type SourceMeta
} from './schema';
import { closestSentence, findBody, foldWhitespace, isVerbatim, namesAny } from './text';
import type {
	Chapter,
	FigureRow,
	Passage,
	Place,
	Problem,
	RecognitionArea,
	RecognitionOutline,
	Source,
	StoryContent,
	TimelineAccount,
	TimelineEvent,
	UnmappedPlace
} from './types';
import { sortEvents } from './timeline';
import { voiceProblems, type OwnText, type VoiceContext, type VoiceRules } from './voice';
import { directionClaims } from './directions';
import { compassPoint, directionOf } from '../geo/direction';

export interface RawFile {
	/** Path relative to the project root, used in messages. */
	path: string;
	text: string;
}

export interface RawContent {
	sourcesIndex: RawFile;
	/** Article texts keyed by file name (as in `file:` of the index). */
	sourceTexts: Record<string, string>;
	places: RawFile;
	/** geodata/unmapped.geojson: places the articles name that the map does not show. */
	unmapped: RawFile;
	/** content/recognition.yaml: who the articles say recognised or condemned the killings. */
	recognition: RawFile;
	/** geodata/recognition.geojson: the outlines the recognition chapter draws. */
	recognitionAreas: RawFile;
	chapters: RawFile[];
	figures: RawFile;
	/** content/timeline.yaml: the dated events, each with every article's date for it. */
	timeline: RawFile;
	/** content/voice.yaml: the words our own voice must not use, and how it attributes. */
	voice: RawFile;
	/** The site's own copy outside the content files (title, description, header), by entry. */
	siteCopy: { path: string; entries: Record<string, string> };
	/** The /timeline page's copy (its heading, preview and snippet), by entry. */
	timelineCopy: { path: string; entries: Record<string, string> };
	/** The story's timeline strip's own words, by entry. */
	stripCopy: { path: string; entries: Record<string, string> };
}

export interface ValidationResult {
	content: StoryContent | null;
	problems: Problem[];
}

/** Short stable id for a passage anchor (FNV-1a of the folded quote). */
export function passageId(sourceId: string, quote: string): string {
	let hash = 0x811c9dc5;
	for (const ch of foldWhitespace(quote)) {
		hash ^= ch.codePointAt(0) ?? 0;
		hash = Math.imul(hash, 0x01000193) >>> 0;
	}
	return `${sourceId}-${hash.toString(36)}`;
}

function issuePath(path: PropertyKey[]): string {
	return path
		.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${String(p)}`))
		.join('');
}

function schemaProblems(
	file: string,
	error: z.ZodError,
	entryOf: (path: PropertyKey[]) => string,
	/** Name of the top-level list, for files that are one (e.g. `figures`). */
	listName?: string
): Problem[] {
	return error.issues.map((issue) => {
		const entry = entryOf(issue.path);
		const path =
			listName && typeof issue.path[0] === 'number' ? [listName, ...issue.path] : issue.path;
		const field = issuePath(path) || '(file)';
		let message = `${field}: ${issue.message}`;
		if (issue.code === 'unrecognized_keys')
			message = `${field || '(entry)'}: unknown field(s) ${issue.keys.join(', ')}`;
		return { file, entry, message, hint: hintForIssue(issue) };
	});
}

function hintForIssue(issue: z.core.$ZodIssue): string | undefined {
	if (issue.code === 'invalid_type' && issue.message.includes('received undefined'))
		return `add the missing field "${String(issue.path.at(-1))}"`;
	if (issue.code === 'unrecognized_keys') return 'remove the field or check its spelling';
	if (issue.code === 'invalid_type' && issue.expected === 'string' && /object/.test(issue.message))
		return 'a ": " inside the text makes YAML read it as a field: write the text after ">-" on the next line, or put it in quotes';
	if (issue.code === 'too_big' || issue.code === 'too_small') {
		const last = String(issue.path.at(-2) ?? '');
		if (last === 'coordinates' || last === 'center')
			return 'coordinates are [longitude, latitude]: check that they are not swapped';
	}
	return undefined;
}

function parseYamlFile(file: RawFile, problems: Problem[]): unknown {
	try {
		return parseYaml(file.text, { prettyErrors: true });
	} catch (error) {
		problems.push({
			file: file.path,
			entry: '(file)',
			message: `not valid YAML: ${(error as Error).message.split('\n')[0]}`,
			hint: 'check indentation and quote strings that contain ": " or start with a quote mark'
		});
		return undefined;
	}
}

/**
 * A YAML file that is one list (figures, timeline), read with its schema: its entries, or null
 * where it cannot be read (the problems name each entry as `<listName>[i]`).
 */
function parseListFile<S extends z.ZodType>(
	file: RawFile,
	schema: S,
	listName: string,
	problems: Problem[]
): z.output<S> | null {
	const data = parseYamlFile(file, problems);
	if (data === undefined) return null;
	const parsed = schema.safeParse(data);
	if (parsed.success) return parsed.data;
	problems.push(
		...schemaProblems(
			file.path,
			parsed.error,
			(p) => (typeof p[0] === 'number' ? `${listName}[${p[0]}]` : '(file)'),
			listName
		)
	);
	return null;
}

/**
 * Where a source says it was written or issued must be the text's own words: the evidence occurs
 * in the article file and names the place; a dateline opens the article body; an issuer's place
 * is in the words that name the entry's issuer. Nothing is inferred from what the text reports.
 */
function checkIssuedAt(
	meta: SourceMeta,
	fileText: string,
	body: string,
	file: string,
	entry: string,
	problems: Problem[]
): void {
	const issued = meta.issuedAt;
	if (!issued) return;
	const report = (message: string, hint: string) => problems.push({ file, entry, message, hint });
	const where = `content/sources/${meta.file}`;
	if (!isVerbatim(issued.evidence, fileText)) {
		report(
			`issuedAt.evidence: “${issued.evidence}” does not occur in ${where}`,
			`copy the words that say where the text was written or issued exactly from ${where}, or set issuedAt: null where the text does not say`
		);
		return;
	}
	if (!namesAny(issued.evidence, [issued.place]))
		report(
			`issuedAt.place: “${issued.place}” is not named in the evidence “${issued.evidence}”`,
			'give the place as the evidence names it, or set issuedAt: null where the text names no place of writing'
		);
	if (
		issued.role === 'dateline' &&
		!foldWhitespace(body).startsWith(foldWhitespace(issued.evidence))
	)
		report(
			`issuedAt.evidence: a dateline opens the article body, and the body of ${where} does not open with “${issued.evidence}”`,
			'quote the dateline the body opens with; a place named further on is not where the text was written (use role: issuer only where the text names its issuer)'
		);
	if (issued.role === 'issuer' && !(meta.issuer && isVerbatim(meta.issuer, issued.evidence)))
		report(
			meta.issuer
				? `issuedAt.evidence: “${issued.evidence}” does not name the issuer “${meta.issuer}”`
				: 'issuedAt.role: "issuer", but the entry names no issuer',
			meta.issuer
				? 'quote the words of the text that name the issuer and its place'
				: 'add the issuer the text names (issuer:), or use role: dateline for a dateline'
		);
}

function buildSources(raw: RawContent, problems: Problem[], own: OwnText[]): Source[] {
	const file = raw.sourcesIndex.path;
	const parsed = sourcesFileSchema.safeParse(parseYamlFile(raw.sourcesIndex, problems));
	if (!parsed.success) {
		problems.push(
			...schemaProblems(
				file,
				parsed.error,
				(p) => (typeof p[0] === 'number' ? `sources[${p[0]}]` : '(file)'),
				'sources'
			)
		);
		return [];
	}
	const sources: Source[] = [];
	const seen = new Set<string>();
	parsed.data.forEach((meta: SourceMeta, index) => {
		const entry = `sources[${index}] "${meta.id}"`;
		if (seen.has(meta.id)) {
			problems.push({
				file,
				entry,
				message: `duplicate source id "${meta.id}"`,
				hint: 'give each source its own id'
			});
			return;
		}
		seen.add(meta.id);
		for (const field of ['outletLabel', 'outletNote', 'dateNote', 'shortName'] as const) {
			const text = meta[field];
			if (text) own.push({ file, entry: `${entry} › ${field}`, text, checkCarriers: false });
		}
		const text = raw.sourceTexts[meta.file];
		if (text === undefined) {
			problems.push({
				file,
				entry,
				message: `file: "${meta.file}" is not in content/sources`,
				hint: `known files: ${Object.keys(raw.sourceTexts).sort().join(', ')}`
			});
			return;
		}
		const bounds = findBody(text, meta.bodyStart, meta.bodyEnd);
		if ('error' in bounds) {
			problems.push({
				file,
				entry,
				message: `${bounds.field}: ${bounds.error}`,
				hint: `copy the first (bodyStart) or last (bodyEnd) words of the article exactly from content/sources/${meta.file}`
			});
			return;
		}
		// Reported, not dropped: the chapters that cite the source would only add noise.
		checkIssuedAt(meta, text, text.slice(bounds.start, bounds.end), file, entry, problems);
		sources.push({
			id: meta.id,
			file: meta.file,
			outlet: meta.outlet,
			outletLabel: meta.outletLabel,
			outletNote: meta.outletNote,
			issuer: meta.issuer ?? null,
			attribution: meta.issuer
				? `${meta.issuer}, carried by ${meta.outletLabel}`
				: meta.outletLabel,
			shortName: meta.shortName ?? meta.outlet ?? `the unnamed outlet of ${meta.date.slice(0, 4)}`,
			date: meta.date,
			dateLabel:
				meta.date.length === 7 ? `${formatDate(meta.date)} (inferred)` : formatDate(meta.date),
			dateNote: meta.dateNote ?? null,
			headline: meta.headline,
			author: meta.author,
			issuedAt: meta.issuedAt && {
				...meta.issuedAt,
				evidence: foldWhitespace(meta.issuedAt.evidence)
			},
			body: text.slice(bounds.start, bounds.end)
		});
	});
	return sources;
}

function parseJsonFile(file: RawFile, problems: Problem[]): unknown {
	try {
		return JSON.parse(file.text);
	} catch (error) {
		problems.push({
			file: file.path,
			entry: '(file)',
			message: `not valid JSON: ${(error as Error).message}`
		});
		return undefined;
	}
}

/** Names a GeoJSON file's entry for messages: `features[3] "aghdam"`, with its id if it has one. */
function featureEntryOf(json: unknown) {
	const features = (json as { features?: { id?: unknown }[] })?.features;
	return (p: PropertyKey[]) => {
		if (p[0] !== 'features' || typeof p[1] !== 'number') return '(file)';
		const id = features?.[p[1]]?.id;
		return `features[${p[1]}]${typeof id === 'string' ? ` "${id}"` : ''}`;
	};
}

function buildPlaces(raw: RawContent, problems: Problem[], own: OwnText[]): PlaceFeature[] {
	const file = raw.places.path;
	const json = parseJsonFile(raw.places, problems);
	if (json === undefined) return [];
	const parsed = placesFileSchema.safeParse(json);
	if (!parsed.success) {
		problems.push(...schemaProblems(file, parsed.error, featureEntryOf(json)));
		return [];
	}
	const seen = new Set<string>();
	const features: PlaceFeature[] = [];
	parsed.data.features.forEach((feature, index) => {
		const entry = `features[${index}] "${feature.id}"`;
		if (feature.id !== feature.properties.id)
			problems.push({
				file,
				entry,
				message: `id "${feature.id}" differs from properties.id "${feature.properties.id}"`,
				hint: 'use the same id in both'
			});
		if (seen.has(feature.id)) {
			problems.push({
				file,
				entry,
				message: `duplicate place id "${feature.id}"`,
				hint: 'give each place its own id'
			});
			return;
		}
		seen.add(feature.id);
		const { coordinates } = feature.properties;
		if (coordinates.method === 'approximate')
			own.push({ file, entry: `${entry} › coordinates.note`, text: coordinates.note });
		features.push(feature);
	});
	return features;
}

/**
 * The places the articles name that the map does not show, each with why and what was searched.
 * Each must be named in an article, and none may also be on the map.
 */
function buildUnmapped(
	raw: RawContent,
	sources: Source[],
	mapped: PlaceFeature[],
	problems: Problem[],
	own: OwnText[]
): UnmappedPlace[] {
	const file = raw.unmapped.path;
	const json = parseJsonFile(raw.unmapped, problems);
	if (json === undefined) return [];
	const parsed = unmappedFileSchema.safeParse(json);
	if (!parsed.success) {
		problems.push(...schemaProblems(file, parsed.error, featureEntryOf(json)));
		return [];
	}
	const mappedIds = new Set(mapped.map((p) => p.id));
	return parsed.data.features.flatMap((feature, index) => {
		const place = feature.properties;
		const entry = `features[${index}] "${feature.id}"`;
		const before = problems.length;
		if (feature.id !== place.id)
			problems.push({
				file,
				entry,
				message: `id "${feature.id}" differs from properties.id "${place.id}"`,
				hint: 'use the same id in both'
			});
		if (mappedIds.has(place.id))
			problems.push({
				file,
				entry,
				message: `"${place.id}" is also in geodata/places.geojson`,
				hint: 'a place is either on the map or in this list: remove it here'
			});
		if (!sources.some((s) => namesAny(s.body, [place.name, ...place.variants])))
			problems.push({
				file,
				entry,
				message: `no article names "${place.name}" (nor ${place.variants.join(', ')})`,
				hint: 'list only places the articles name, spelled as they spell them'
			});
		own.push({ file, entry: `${entry} › why`, text: place.why });
		return problems.length > before ? [] : [place];
	});
}

/** geodata/recognition.geojson: the outlines, checked like every GeoJSON file of the project. */
function buildOutlines(raw: RawContent, problems: Problem[]): RecognitionOutline[] {
	const file = raw.recognitionAreas.path;
	const json = parseJsonFile(raw.recognitionAreas, problems);
	if (json === undefined) return [];
	const parsed = recognitionAreasFileSchema.safeParse(json);
	if (!parsed.success) {
		problems.push(...schemaProblems(file, parsed.error, featureEntryOf(json)));
		return [];
	}
	const seen = new Set<string>();
	return parsed.data.features.flatMap((feature, index) => {
		const entry = `features[${index}] "${feature.id}"`;
		if (feature.id !== feature.properties.id || seen.has(feature.id)) {
			problems.push({
				file,
				entry,
				message: `id "${feature.id}" is repeated or differs from properties.id "${feature.properties.id}"`,
				hint: 'give each outline one id, the same in both places (scripts/build-recognition.ts writes them)'
			});
			return [];
		}
		seen.add(feature.id);
		const [lng, lat] = centerOfMass(feature).geometry.coordinates as [number, number];
		return [
			{
				id: feature.id,
				name: feature.properties.name,
				kind: feature.properties.kind,
				labelPoint: [Math.round(lng * 1e3) / 1e3, Math.round(lat * 1e3) / 1e3],
				geometry: feature.geometry
			}
		];
	});
}

function withoutGeometry(outline: RecognitionOutline): Omit<RecognitionOutline, 'geometry'> {
	const { geometry, ...rest } = outline;
	void geometry;
	return rest;
}

/** The bounds of outlines (turf's bbox over all of them). */
function outlinesBounds(outlines: RecognitionOutline[]): Bounds {
	const [w, s, e, n] = bbox({
		type: 'FeatureCollection',
		features: outlines.map((o) => ({ type: 'Feature', properties: {}, geometry: o.geometry }))
	});
	return [w, s, e, n];
}

/**
 * content/recognition.yaml: each outline drawn names its bodies with the article's words, which
 * are a passage of the chapter that draws it (the map links to that passage); every outline is
 * drawn, and every sentence of an article that speaks of recognising or condemning is accounted
 * for, by an outline or by a reason for drawing none.
 */
function buildRecognition(
	raw: RawContent,
	sources: Source[],
	chapters: Chapter[],
	outlines: RecognitionOutline[],
	problems: Problem[],
	own: OwnText[]
): void {
	const file = raw.recognition.path;
	const data = parseYamlFile(raw.recognition, problems);
	if (data === undefined) return;
	const parsed = recognitionFileSchema.safeParse(data);
	if (!parsed.success) {
		problems.push(
			...schemaProblems(file, parsed.error, (p) =>
				p.length > 1 ? issuePath(p.slice(0, 2)) : '(file)'
			)
		);
		return;
	}
	const report = (entry: string, message: string, hint: string) =>
		problems.push({ file, entry, message, hint });
	const sourceById = new Map(sources.map((s) => [s.id, s]));
	const checkQuote = (entry: string, q: { source: string; quote: string }) => {
		const source = sourceById.get(q.source);
		if (!source) {
			report(
				`${entry}.source`,
				`unknown source id "${q.source}"`,
				`known source ids: ${[...sourceById.keys()].join(', ')}`
			);
			return false;
		}
		if (isVerbatim(q.quote, source.body)) return true;
		report(
			`${entry}.quote`,
			`quote is not verbatim in the body of "${source.id}" (content/sources/${source.file})`,
			`closest sentence in the source: "${closestSentence(q.quote, source.body) ?? '(none)'}"`
		);
		return false;
	};

	const entries = new Map(parsed.data.areas.map((a, i) => [a.area, { ...a, index: i }]));
	parsed.data.areas.forEach((a, i) => {
		own.push({ file, entry: `areas[${i}].label`, text: a.label });
		a.bodies.forEach((b, j) =>
			own.push({ file, entry: `areas[${i}].bodies[${j}].body`, text: b.body })
		);
		if (!outlines.some((o) => o.id === a.area))
			report(
				`areas[${i}].area`,
				`unknown outline id "${a.area}"`,
				`known outlines: ${outlines.map((o) => o.id).join(', ')}`
			);
		else if (!chapters.some((c) => c.areas.some((area) => area.id === a.area)))
			report(
				`areas[${i}].area`,
				`no chapter draws "${a.area}"`,
				'list it under areas: in the chapter that tells of recognition'
			);
	});
	for (const outline of outlines)
		if (!entries.has(outline.id))
			report(
				'areas',
				`geodata/recognition.geojson has "${outline.id}", but no entry names a body there`,
				'add an entry quoting the article, or remove the outline from scripts/build-recognition.ts'
			);

	for (const chapter of chapters)
		chapter.areas = chapter.areas.flatMap((area): RecognitionArea[] => {
			const entry = entries.get(area.id);
			if (!entry) return [];
			const bodies = entry.bodies.flatMap((b, j) => {
				const at = `areas[${entry.index}].bodies[${j}]`;
				if (!checkQuote(at, b)) return [];
				// The drawing chapter's own passage, else the same words quoted in another chapter.
				const holds = (p: Passage) =>
					p.sourceId === b.source && foldWhitespace(p.quote).includes(foldWhitespace(b.quote));
				const passage =
					chapter.passages.find(holds) ?? chapters.flatMap((c) => c.passages).find(holds);
				if (!passage) {
					report(
						`${at}.quote`,
						`no chapter quotes a passage with these words (the map links "${area.id}" to it)`,
						`add them to the passages of content/chapters/*-${chapter.slug}.yaml, the chapter that draws it`
					);
					return [];
				}
				return [{ body: b.body, sourceId: b.source, passageId: passage.id }];
			});
			return [{ ...area, label: entry.label, labelAnchor: entry.labelAnchor, bodies }];
		});

	parsed.data.others.forEach((o, i) => {
		checkQuote(`others[${i}]`, o);
		own.push({ file, entry: `others[${i}].why`, text: o.why });
	});
	// Every mention of recognising or condemning in an article is covered by one of the quotes.
	const quotes = [...parsed.data.areas.flatMap((a) => a.bodies), ...parsed.data.others];
	for (const source of sources) {
		const body = foldWhitespace(source.body);
		const spans = quotes
			.filter((q) => q.source === source.id)
			.map((q) => {
				const start = body.indexOf(foldWhitespace(q.quote));
				return [start, start + foldWhitespace(q.quote).length] as const;
			})
			.filter(([start]) => start >= 0);
		for (const match of body.matchAll(RECOGNITION_WORDS)) {
			const at = match.index;
			if (spans.some(([start, end]) => start <= at && at < end)) continue;
			report(
				'others',
				`“${body.slice(Math.max(0, at - 60), at + 60)}” (${source.id}) speaks of ${match[0].toLowerCase()}… and is not accounted for`,
				'quote its sentence under the outline it names, or under others: with why the map draws nothing for it'
			);
		}
	}
}

/** The words that make a sentence speak of recognising or condemning the killings. */
export const RECOGNITION_WORDS = /recogni|condemn/giu;

/** Curly-quoted phrases in our own narrative must be verbatim too. */
function quotedPhrases(text: string): string[] {
	return [...text.matchAll(/“([^”]+)”/gu)].map((m) => m[1] ?? '');
}

function buildChapters(
	raw: RawContent,
	sources: Source[],
	places: PlaceFeature[],
	outlines: RecognitionOutline[],
	problems: Problem[],
	own: OwnText[]
): Chapter[] {
	const outlineById = new Map(outlines.map((o) => [o.id, o]));
	const sourceById = new Map(sources.map((s) => [s.id, s]));
	const placeById = new Map(places.map((p) => [p.id, p]));
	const knownPlaces = [...placeById.keys()].sort().join(', ');
	const knownSources = [...sourceById.keys()].sort().join(', ');
	const chapters: Chapter[] = [];
	const slugFiles = new Map<string, string>();

	for (const file of [...raw.chapters].sort((a, b) => a.path.localeCompare(b.path))) {
		const data = parseYamlFile(file, problems);
		if (data === undefined) continue;
		const parsed = chapterSchema.safeParse(data);
		if (!parsed.success) {
			problems.push(
				...schemaProblems(file.path, parsed.error, (p) =>
					p.length > 1 ? issuePath(p.slice(0, 2)) : '(chapter)'
				)
			);
			continue;
		}
		const spec = parsed.data;
		const chapterProblems: Problem[] = [];
		const report = (entry: string, message: string, hint?: string) =>
			chapterProblems.push({ file: file.path, entry, message, hint });

		const name = file.path.split('/').pop() ?? file.path;
		const expected = name.replace(/^\d+-/, '').replace(/\.ya?ml$/, '');
		if (!/^\d+-/.test(name))
			report(
				'(file)',
				'file name must start with a number that orders the chapter',
				`rename it to e.g. 05-${spec.slug}.yaml`
			);
		else if (expected !== spec.slug)
			report(
				'slug',
				`slug "${spec.slug}" does not match the file name "${name}"`,
				`rename the file to ${name.match(/^\d+-/)?.[0]}${spec.slug}.yaml or change the slug`
			);
		const other = slugFiles.get(spec.slug);
		if (other)
			report(
				'slug',
				`duplicate slug "${spec.slug}", also used by ${other}`,
				'each chapter needs its own slug: it is its URL'
			);
		slugFiles.set(spec.slug, file.path);

		spec.places.forEach((id, i) => {
			if (!placeById.has(id))
				report(
					`places[${i}]`,
					`unknown place id "${id}"`,
					`known place ids: ${knownPlaces}; add new places to geodata/places.geojson`
				);
		});
		spec.areas.forEach((id, i) => {
			if (!outlineById.has(id))
				report(
					`areas[${i}]`,
					`unknown outline id "${id}"`,
					`known outlines: ${[...outlineById.keys()].join(', ')}; add one to scripts/build-recognition.ts and run npm run geodata:recognition`
				);
		});
		if ('fit' in spec.camera && spec.camera.fit === 'areas' && spec.areas.length === 0)
			report(
				'camera',
				'camera fit: areas, but the chapter lists no areas',
				'list the outlines to frame under areas:, or give another camera'
			);
		const knownAreas = spec.areas.every((id) => outlineById.has(id));
		const camera: ViewSpec =
			'fit' in spec.camera && spec.camera.fit === 'areas'
				? {
						fit: 'bounds',
						bounds: knownAreas
							? outlinesBounds(spec.areas.map((id) => outlineById.get(id)!))
							: [-180, -85, 180, 85]
					}
				: spec.camera;
		// Only once the chapter's places are all known (a broken places file reports itself).
		if (spec.places.length > 0 && spec.places.every((id) => placeById.has(id))) {
			const off = placesOffPhoneMap(
				camera,
				places.map((p) => p.geometry.coordinates),
				spec.places.map((id) => ({ id, lngLat: placeById.get(id)!.geometry.coordinates }))
			);
			const names = off.map((id) => `"${placeById.get(id)!.properties.name}"`).join(', ');
			if (off.length > 0)
				report(
					'camera',
					`on a phone's map, ${names} would be out of view (phones show less than the 900-px map zooms are written for)`,
					'fit' in spec.camera
						? 'list fewer places, or give the chapter an explicit camera'
						: `lower camera.zoom (now ${spec.camera.zoom}) or move camera.center towards ${names}`
				);
		}
		spec.connections.forEach((c, i) => {
			for (const end of ['from', 'to'] as const)
				if (!placeById.has(c[end]))
					report(
						`connections[${i}].${end}`,
						`unknown place id "${c[end]}"`,
						`known place ids: ${knownPlaces}`
					);
		});

		const passages: Passage[] = [];
		spec.passages.forEach((p, i) => {
			const source = sourceById.get(p.source);
			if (!source) {
				report(
					`passages[${i}].source`,
					`unknown source id "${p.source}"`,
					`known source ids: ${knownSources}`
				);
				return;
			}
			if (!isVerbatim(p.quote, source.body)) {
				const fileText = raw.sourceTexts[source.file] ?? '';
				const outside = isVerbatim(p.quote, fileText);
				report(
					`passages[${i}].quote`,
					outside
						? `quote is outside the article body of "${source.id}" (a ticker, notice or teaser), and only the body may be quoted`
						: `quote is not verbatim in source "${source.id}" (content/sources/${source.file})`,
					outside
						? 'quote the article itself'
						: `closest sentence in the source: "${closestSentence(p.quote, source.body) ?? '(none)'}"`
				);
				return;
			}
			passages.push({
				id: passageId(source.id, p.quote),
				sourceId: source.id,
				quote: foldWhitespace(p.quote),
				note: p.note ?? null
			});
		});

		const primary = placeById.get(spec.places[0] ?? '');
		if (primary && passages.length === spec.passages.length) {
			const names = [primary.properties.name, ...primary.properties.variants];
			if (!passages.some((p) => namesAny(p.quote, names)))
				report(
					'passages',
					`no passage names the chapter's place "${primary.properties.name}"`,
					`quote at least one passage that contains ${names.map((n) => `"${n}"`).join(' or ')}`
				);
		}

		const namedPoints = places.map((p) => ({
			names: [p.properties.name, ...p.properties.variants],
			lngLat: p.geometry.coordinates
		}));
		spec.narrative.forEach((paragraph, i) => {
			for (const claim of directionClaims(paragraph, namedPoints))
				if (!claim.fits)
					report(
						`narrative[${i}]`,
						`“${claim.subject} … ${claim.claimed} of ${claim.reference}” does not fit the coordinates: ${claim.subject} lies ${compassPoint(claim.degrees)} of ${claim.reference} (bearing ${Math.round(claim.degrees)}°)`,
						`write "${compassPoint(claim.degrees)}", or give the distance and direction with a connection (the caption computes them)`
					);
			for (const phrase of quotedPhrases(paragraph))
				if (!sources.some((s) => isVerbatim(phrase, s.body)))
					report(
						`narrative[${i}]`,
						`the quoted phrase “${phrase}” is not verbatim in any source`,
						'quote the source exactly, or drop the quotation marks'
					);
		});

		const mine = (entry: string, text: string | undefined, attributeFigures = false) => {
			if (text) own.push({ file: file.path, entry, text, attributeFigures });
		};
		mine('title', spec.title);
		mine('kicker', spec.kicker);
		mine('description', spec.description, true);
		spec.narrative.forEach((paragraph, i) => mine(`narrative[${i}]`, paragraph, true));
		spec.passages.forEach((p, i) => mine(`passages[${i}].note`, p.note));
		spec.connections.forEach((c, i) => mine(`connections[${i}].label`, c.label));

		problems.push(...chapterProblems);
		if (chapterProblems.length > 0) continue;
		chapters.push({
			slug: spec.slug,
			title: spec.title,
			kicker: spec.kicker ?? null,
			description: spec.description,
			places: spec.places,
			camera,
			// Filled in by buildRecognition, which reads who the articles name in each.
			// Without the shape: the page's script gets the labels; the map fetches the outlines.
			areas: spec.areas.map((id) => ({
				...withoutGeometry(outlineById.get(id)!),
				label: '',
				labelAnchor: 'center',
				bodies: []
			})),
			connections: spec.connections.map((c) => ({
				...c,
				distanceKm: connectionDistanceKm(
					placeById.get(c.from)!.geometry.coordinates,
					placeById.get(c.to)!.geometry.coordinates
				),
				direction: directionOf(
					placeById.get(c.to)!.geometry.coordinates,
					placeById.get(c.from)!.geometry.coordinates
				)
			})),
			narrative: spec.narrative,
			passages
		});
	}
	return chapters;
}

/** Anchor id of a figure cell in its source page. */
export function figureAnchorId(rowId: string, sourceId: string): string {
	return `figure-${rowId}-${sourceId}`;
}

function buildFigures(
	raw: RawContent,
	sources: Source[],
	problems: Problem[],
	own: OwnText[]
): FigureRow[] {
	const file = raw.figures.path;
	const parsed = parseListFile(raw.figures, figuresFileSchema, 'figures', problems);
	if (!parsed) return [];
	const sourceById = new Map(sources.map((s) => [s.id, s]));
	const known = [...sourceById.keys()].sort().join(', ');
	const seen = new Set<string>();
	const rows: FigureRow[] = [];
	parsed.forEach((row, r) => {
		const entry = `figures[${r}] "${row.id}"`;
		const before = problems.length;
		if (seen.has(row.id))
			problems.push({
				file,
				entry,
				message: `duplicate figure id "${row.id}"`,
				hint: 'give each quantity its own id'
			});
		seen.add(row.id);
		own.push({ file, entry: `${entry} › label`, text: row.label });
		if (row.differ) own.push({ file, entry: `${entry} › differ`, text: row.differ });
		const cellSources = new Set<string>();
		row.cells.forEach((cell, c) => {
			const at = `${entry} › cells[${c}]`;
			const source = sourceById.get(cell.source);
			if (!source) {
				problems.push({
					file,
					entry: at,
					message: `unknown source id "${cell.source}"`,
					hint: `known source ids: ${known}`
				});
				return;
			}
			if (cellSources.has(cell.source))
				problems.push({
					file,
					entry: at,
					message: `source "${cell.source}" appears twice in this row`,
					hint: 'one cell per article'
				});
			cellSources.add(cell.source);
			if (!isVerbatim(cell.phrase, source.body)) {
				problems.push({
					file,
					entry: `${at}.phrase`,
					message: `phrase is not verbatim in source "${source.id}" (content/sources/${source.file})`,
					hint: `closest sentence in the source: "${closestSentence(cell.phrase, source.body) ?? '(none)'}"`
				});
				return;
			}
			if (cell.term && !isVerbatim(cell.term, cell.phrase))
				problems.push({
					file,
					entry: `${at}.term`,
					message: `term “${cell.term}” is not in the phrase`,
					hint: 'use the article’s own words, as they appear in the phrase'
				});
			if (cell.value !== null && !numbersIn(cell.phrase).includes(cell.value))
				problems.push({
					file,
					entry: `${at}.value`,
					message: `the phrase does not state the value ${cell.value}`,
					hint: `the phrase states ${numbersIn(cell.phrase).join(', ') || 'no number'}; correct the value or quote the words that give it`
				});
		});
		if (problems.length > before) return;
		rows.push({
			id: row.id,
			label: row.label,
			group: row.group,
			differ: row.differ ?? null,
			cells: row.cells.map((cell) => ({
				id: figureAnchorId(row.id, cell.source),
				source: cell.source,
				value: cell.value,
				approx: cell.approx,
				phrase: foldWhitespace(cell.phrase),
				term: cell.term ?? null
			}))
		});
	});
	return rows;
}

const PRECISION_ORDER = ['day', 'month', 'year'];

/** Anchor id of a timeline date in its source page (`n`: the event's nth date from that source). */
export function timelineAnchorId(eventId: string, sourceId: string, n = 1): string {
	return `date-${eventId}-${sourceId}${n > 1 ? `-${n}` : ''}`;
}

/**
 * The timeline's events: each date quoted verbatim from its article, stated by the phrase (or, for
 * "Today", "Last year", resolved from the article's own date), with known sources, places and
 * chapter.
 */
function buildTimeline(
	raw: RawContent,
	sources: Source[],
	places: PlaceFeature[],
	chapters: Chapter[],
	problems: Problem[],
	own: OwnText[]
): TimelineEvent[] {
	const file = raw.timeline.path;
	const parsed = parseListFile(raw.timeline, timelineFileSchema, 'timeline', problems);
	if (!parsed) return [];
	const sourceById = new Map(sources.map((s) => [s.id, s]));
	const placeIds = new Set(places.map((p) => p.id));
	const chapterSlugs = new Set(chapters.map((c) => c.slug));
	const seen = new Set<string>();
	const events: TimelineEvent[] = [];
	parsed.forEach((event, e) => {
		const entry = `timeline[${e}] "${event.id}"`;
		const before = problems.length;
		const report = (at: string, message: string, hint: string) =>
			problems.push({ file, entry: at, message, hint });
		if (seen.has(event.id))
			report(entry, `duplicate event id "${event.id}"`, 'give each event its own id');
		seen.add(event.id);
		own.push({ file, entry: `${entry} › label`, text: event.label });
		if (event.chapter && !chapterSlugs.has(event.chapter))
			report(
				`${entry} › chapter`,
				`unknown chapter "${event.chapter}"`,
				`known chapters: ${[...chapterSlugs].join(', ')}; leave chapter out where no chapter tells of the event`
			);
		event.places.forEach((id, i) => {
			if (!placeIds.has(id))
				report(
					`${entry} › places[${i}]`,
					`unknown place id "${id}"`,
					`known place ids: ${[...placeIds].sort().join(', ')}`
				);
		});
		const counts = new Map<string, number>();
		const accounts: TimelineAccount[] = [];
		event.accounts.forEach((account, a) => {
			const at = `${entry} › accounts[${a}]`;
			if (account.by) own.push({ file, entry: `${at}.by`, text: account.by });
			const source = sourceById.get(account.source);
			if (!source) {
				report(
					at,
					`unknown source id "${account.source}"`,
					`known source ids: ${[...sourceById.keys()].sort().join(', ')}`
				);
				return;
			}
			if (!isVerbatim(account.phrase, source.body)) {
				const outside = isVerbatim(account.phrase, raw.sourceTexts[source.file] ?? '');
				report(
					`${at}.phrase`,
					outside
						? `phrase is outside the article body of "${source.id}" (a ticker, notice or time stamp), and only the body may be quoted`
						: `phrase is not verbatim in source "${source.id}" (content/sources/${source.file})`,
					outside
						? 'quote the article itself'
						: `closest sentence in the source: "${closestSentence(account.phrase, source.body) ?? '(none)'}"`
				);
				return;
			}
			const given = {
				date: account.date,
				until: account.until ?? null,
				precision: account.precision
			};
			const written = `${given.date}${given.until ? ` to ${given.until}` : ''} (${given.precision})`;
			if (
				precisionOf(given.date) !== given.precision ||
				(given.until && precisionOf(given.until) !== given.precision)
			) {
				report(
					`${at}.precision`,
					`the date ${written} is not written at its precision`,
					'write a day as YYYY-MM-DD, a month as YYYY-MM, a year as YYYY'
				);
				return;
			}
			if (given.until && given.until <= given.date) {
				report(
					`${at}.until`,
					`until ${given.until} is not after ${given.date}`,
					'give the span’s last day, or leave until out'
				);
				return;
			}
			const same = (v: { date: string; until: string | null; precision: string }) =>
				v.date === given.date && v.until === given.until && v.precision === given.precision;
			if (account.relative) {
				if (!isVerbatim(account.relative, account.phrase)) {
					report(
						`${at}.relative`,
						`“${account.relative}” is not in the phrase`,
						'give the words of the phrase that date the event from the article’s own date'
					);
					return;
				}
				const resolved = resolveRelative(account.relative, source.date);
				if ('error' in resolved)
					report(
						`${at}.relative`,
						resolved.error,
						'state the date, or quote words the resolver reads'
					);
				else if (!same(resolved))
					report(
						`${at}.date`,
						`${resolved.how} gives ${resolved.date} (${resolved.precision}), not ${written}`,
						`write date: ${resolved.date} and precision: ${resolved.precision} (the article's date is ${source.dateLabel})`
					);
			} else {
				const stated = datesIn(account.phrase);
				if (!stated.some(same))
					report(
						`${at}.date`,
						`the phrase does not state ${written}`,
						stated.length > 0
							? `the phrase states ${stated.map((d) => `${formatSpan(d)} (${d.date}${d.until ? ` to ${d.until}` : ''}, ${d.precision})`).join('; ')}; correct the date, or quote the words that give it`
							: 'quote the words that give the date; for a date given from the article’s own ("Today", "Last year"), add relative: with those words'
					);
			}
			const n = (counts.get(source.id) ?? 0) + 1;
			counts.set(source.id, n);
			accounts.push({
				id: timelineAnchorId(event.id, source.id, n),
				source: source.id,
				...given,
				phrase: foldWhitespace(account.phrase),
				relative: account.relative ?? null,
				by: account.by ?? null,
				resolvedFrom: account.relative ? source.dateLabel : null
			});
		});
		if (problems.length > before) return;
		events.push({
			id: event.id,
			label: event.label,
			chapter: event.chapter ?? null,
			places: event.places,
			// The most precise first, then by date: the dates that may differ come together.
			accounts: accounts.sort(
				(a, b) =>
					PRECISION_ORDER.indexOf(a.precision) - PRECISION_ORDER.indexOf(b.precision) ||
					a.date.localeCompare(b.date) ||
					(a.until ?? '').localeCompare(b.until ?? '')
			)
		});
	});
	return sortEvents(events);
}

function readVoiceRules(raw: RawContent, problems: Problem[]): VoiceRules | null {
	const parsed = voiceRulesSchema.safeParse(parseYamlFile(raw.voice, problems));
	if (parsed.success) return parsed.data;
	problems.push(
		...schemaProblems(raw.voice.path, parsed.error, (p) =>
			p.length > 1 ? issuePath(p.slice(0, 2)) : '(file)'
		)
	);
	return null;
}

/** The names a sentence may cite an article by: its outlet ("Mi’raj News Agency (MINA)", "MINA"), label, issuer and short name. */
function namesOf(source: Source): { outlet: string[]; all: string[] } {
	const abbreviation = source.outlet?.match(/\(([^)]+)\)$/)?.[1];
	const outlet = [source.outlet, source.outletLabel, abbreviation].filter((name): name is string =>
		Boolean(name)
	);
	return { outlet, all: [...outlet, source.shortName, ...(source.issuer ? [source.issuer] : [])] };
}

function voiceContext(sources: Source[], rules: VoiceRules): VoiceContext {
	return {
		rules,
		sourceNames: sources.flatMap((s) => namesOf(s).all),
		// "the embassy", "the ministry": the issuer's first word also credits it.
		carried: sources.flatMap((s) =>
			s.issuer
				? [
						{
							carrier: namesOf(s).outlet,
							issuer: [s.issuer, s.issuer.split(' ')[0]!],
							shortName: s.shortName
						}
					]
				: []
		),
		isVerbatimQuote: (phrase) => sources.some((s) => isVerbatim(phrase, s.body))
	};
}

/** The first and last of some years. */
function spanOf(years: number[]): [number, number] {
	return [Math.min(...years), Math.max(...years)];
}

/**
 * The year spans our copy states are written by hand ("A timeline, 1991 – 2026"; "written between
 * 2013 and 2026"): each must still be the data's, once a writer adds an event or an article.
 */
function yearSpanProblems(
	raw: RawContent,
	sources: Source[],
	timeline: TimelineEvent[]
): Problem[] {
	if (sources.length === 0 || timeline.length === 0) return [];
	const year = (date: string) => Number(date.slice(0, 4));
	const rules = [
		{
			copies: [raw.timelineCopy, raw.stripCopy],
			// "1991–2026", "1991 – 2026", "from 1991 to 2026"
			pattern: /\b(\d{4})\s*(?:–|-|to)\s*(\d{4})\b/g,
			what: 'the years of the timeline’s events (content/timeline.yaml)',
			span: spanOf(
				timeline.flatMap((e) =>
					e.accounts.flatMap((a) => [a.date, a.until].filter((d) => d !== null).map(year))
				)
			)
		},
		{
			copies: [raw.siteCopy],
			pattern: /\bbetween (\d{4}) and (\d{4})\b/g,
			what: 'the years the articles were written (content/sources/sources.yaml)',
			span: spanOf(sources.map((s) => year(s.date)))
		}
	];
	const problems: Problem[] = [];
	for (const { copies, pattern, what, span } of rules)
		for (const copy of copies)
			for (const [entry, text] of Object.entries(copy.entries))
				for (const match of text.matchAll(pattern)) {
					const stated = [Number(match[1]), Number(match[2])];
					if (stated[0] === span[0] && stated[1] === span[1]) continue;
					problems.push({
						file: copy.path,
						entry,
						message: `states ${stated[0]} to ${stated[1]} (“${match[0]}”); ${what} run from ${span[0]} to ${span[1]}`,
						hint: `write ${span[0]} and ${span[1]} in “${match[0]}”`
					});
				}
	return problems;
}

export function validateContent(raw: RawContent): ValidationResult {
	const problems: Problem[] = [];
	const own: OwnText[] = [raw.siteCopy, raw.timelineCopy, raw.stripCopy].flatMap((copy) =>
		Object.entries(copy.entries).map(([entry, text]) => ({ file: copy.path, entry, text }))
	);
	const sources = buildSources(raw, problems, own);
	const features = buildPlaces(raw, problems, own);
	const outlines = buildOutlines(raw, problems);
	const chapters = buildChapters(raw, sources, features, outlines, problems, own);
	buildRecognition(raw, sources, chapters, outlines, problems, own);
	const figures = buildFigures(raw, sources, problems, own);
	const timeline = buildTimeline(raw, sources, features, chapters, problems, own);
	const unmapped = buildUnmapped(raw, sources, features, problems, own);
	problems.push(...yearSpanProblems(raw, sources, timeline));
	const rules = readVoiceRules(raw, problems);
	if (rules) problems.push(...voiceProblems(own, voiceContext(sources, rules)));
	if (raw.chapters.length === 0)
		problems.push({
			file: 'content/chapters',
			entry: '(folder)',
			message: 'no chapters found',
			hint: 'add a chapter file such as 01-introduction.yaml'
		});
	if (problems.length > 0) return { content: null, problems };

	const places: Place[] = features.map((f) => {
		const own = chapters.find((c) => c.places[0] === f.id)?.slug ?? null;
		return {
			...f.properties,
			lngLat: f.geometry.coordinates,
			chapterSlug: own,
			coveredBy: own ?? chapters.find((c) => c.places.includes(f.id))?.slug ?? null
		};
	});
	for (const place of places)
		if (!place.coveredBy)
			problems.push({
				file: raw.places.path,
				entry: `feature "${place.id}"`,
				message: `no chapter shows the place "${place.id}"`,
				hint: 'add its id to the places list of the chapter that tells of it, or remove the place'
			});
	if (problems.length > 0) return { content: null, problems };
	return {
		content: { sources, places, unmapped, chapters, figures, timeline, outlines },
		problems
	};
}

export function formatProblems(problems: Problem[]): string {
	return problems
		.map((p) => `✗ ${p.file} › ${p.entry}\n    ${p.message}${p.hint ? `\n    fix: ${p.hint}` : ''}`)
		.join('\n');
}

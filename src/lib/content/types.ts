/**
 * The story's content as the site uses it: the shapes the schemas (schema.ts) give the files,
 * with what validation computes added (ids, distances, a place's chapter) and optional fields
 * given as null. Type-only imports, so zod stays out of the browser's bundle.
 */
import type { z } from 'zod';
import type { MultiPolygon, Polygon } from 'geojson';
import type { CompassPoint } from '../geo/direction';
import type { ViewSpec } from '../geo/camera';
import type { Precision } from './dates';
import type {
	ChapterSpec,
	connectionSchema,
	LABEL_ANCHORS,
	figureCellSchema,
	figureRowSchema,
	lngLatSchema,
	passageSchema,
	PlaceProperties,
	SourceMeta,
	timelineAccountSchema,
	timelineEventSchema,
	unmappedFeatureSchema
} from './schema';

export type { CameraSpec } from './schema';

/** The optional fields K of a schema's output, present and null where the file leaves them out. */
type NullWhenAbsent<T, K extends keyof T> = Omit<T, K> & {
	[P in K]-?: Exclude<T[P], undefined> | null;
};

/** One article of the corpus, with its body cut out of the page text. */
export type Source = Omit<
	NullWhenAbsent<SourceMeta, 'issuer' | 'dateNote'>,
	'seedFile' | 'bodyStart' | 'bodyEnd' | 'shortName'
> & {
	/** The citation a reader sees: the issuer "carried by" the outlet, or the outlet label. */
	attribution: string;
	/** How a sentence names the article: "Trend", "the unnamed outlet of 2013". */
	shortName: string;
	/** The date as a reader sees it, e.g. "26 February 2025" or "February 2013 (inferred)". */
	dateLabel: string;
	/** The article body only, as in the file (line breaks kept). */
	body: string;
};

export type Passage = Omit<NullWhenAbsent<z.infer<typeof passageSchema>, 'note'>, 'source'> & {
	/** Stable anchor id, derived from the source and the quote. */
	id: string;
	sourceId: string;
};

export type Connection = z.infer<typeof connectionSchema> & {
	/** Great-circle distance, computed with turf at build time. */
	distanceKm: number;
	/** Where `to` lies as seen from `from` ("north-east"), computed with turf at build time. */
	direction: CompassPoint;
};

export type Chapter = Omit<
	NullWhenAbsent<ChapterSpec, 'kicker'>,
	'connections' | 'passages' | 'camera' | 'areas'
> & {
	/** `fit: areas` resolved to the bounds of the chapter's outlines. */
	camera: ViewSpec;
	connections: Connection[];
	passages: Passage[];
	/** The outlines the chapter draws: where the articles say the killings were recognised. */
	areas: RecognitionArea[];
};

/** An outline of geodata/recognition.geojson: a country or a U.S. state. */
export interface RecognitionOutline {
	id: string;
	/** The country or U.S. state. */
	name: string;
	kind: 'country' | 'us-state';
	/** Where its label goes (the outline's centre of mass, computed at build time). */
	labelPoint: [number, number];
	geometry: Polygon | MultiPolygon;
}

/** An outline the recognition chapter draws, with the bodies the articles name there. */
export interface RecognitionArea extends Omit<RecognitionOutline, 'geometry'> {
	/** The map's label: the body, where it is not the whole country. */
	label: string;
	/** The part of the label at its point (content/recognition.yaml). */
	labelAnchor: (typeof LABEL_ANCHORS)[number];
	bodies: { body: string; sourceId: string; passageId: string }[];
}

export type Place = PlaceProperties & {
	lngLat: z.infer<typeof lngLatSchema>;
	/** The place's own chapter: the one whose places list starts with it, if any. */
	chapterSlug: string | null;
	/** The chapter that shows it: its own chapter, else the first chapter that lists it. */
	coveredBy: string | null;
};

export type FigureCell = NullWhenAbsent<z.infer<typeof figureCellSchema>, 'term'> & {
	/** Stable anchor id in the source page. */
	id: string;
};

export type FigureRow = Omit<NullWhenAbsent<z.infer<typeof figureRowSchema>, 'differ'>, 'cells'> & {
	cells: FigureCell[];
};

/** One article's date for an event, as content/timeline.yaml gives it. */
export type TimelineAccount = Omit<
	NullWhenAbsent<z.infer<typeof timelineAccountSchema>, 'until' | 'relative' | 'by'>,
	'precision'
> & {
	precision: Precision;
	/** Stable anchor id in the source page. */
	id: string;
	/** Where the date comes from the article's own date: that date, as a reader sees it. */
	resolvedFrom: string | null;
};

/** A dated event of the timeline, with every article's date for it (earliest first). */
export type TimelineEvent = Omit<
	NullWhenAbsent<z.infer<typeof timelineEventSchema>, 'chapter'>,
	'accounts'
> & {
	accounts: TimelineAccount[];
};

/** Where a source says it was written or issued (its dateline, or its issuer's place). */
export type IssuedAt = NonNullable<Source['issuedAt']>;

/** A source without its body: what every story page needs for citations. */
export type SourceSummary = Omit<Source, 'body'>;

/** A place the articles name that the map does not show, and why (geodata/unmapped.geojson). */
export type UnmappedPlace = z.infer<typeof unmappedFeatureSchema>['properties'];

export interface StoryContent {
	sources: Source[];
	places: Place[];
	unmapped: UnmappedPlace[];
	chapters: Chapter[];
	figures: FigureRow[];
	/** The dated events, in date order (content/timeline.yaml). */
	timeline: TimelineEvent[];
	/** Every outline of geodata/recognition.geojson (its shape: for the build's pictures only). */
	outlines: RecognitionOutline[];
}

export interface Problem {
	file: string;
	/** The entry within the file, e.g. `passages[2]` or `feature "aghdam"`. */
	entry: string;
	message: string;
	hint?: string;
}

/**
 * A chapter as the story page's script gets it: what the address, the contents and the static map
 * need. The chapter's text (heading, places, narrative, passages) is not here: it is HTML rendered
 * at build time and placed in the prerendered page once (lib/server/story.ts), never hydrated: on
 * a phone, hydrating every passage cost more main-thread time than the rest of the start-up
 * together. What only the live map draws (lines, outlines) comes with the map (StoryMapData).
 */
export type StoryChapter = Pick<Chapter, 'slug' | 'title' | 'places' | 'camera'> & {
	/** The outlines' names and labels, for the static map's alt text; only where it draws some. */
	areas?: Pick<RecognitionArea, 'name' | 'label'>[];
};

/**
 * An outline as the live map gets it: the bodies' names are in the chapter's HTML; a click on the
 * outline brings the first passage that names one into view.
 */
export type StoryArea = Omit<RecognitionArea, 'bodies'> & { passageId: string };

/**
 * A place as a page's script gets it: what the address, the static map's alt text and locator, and
 * the list of places need. What the live map and the place panel add comes with the map
 * (MapPlaceDetail); where its point comes from and its spellings are for the build and the place
 * pages. Left out, they would otherwise sit in every story page's HTML.
 */
export type StoryPlace = Pick<Place, 'id' | 'name' | 'lngLat' | 'chapterSlug'> & {
	/**
	 * Given only where it is not the place's own chapter: the chapter that shows the place is
	 * `chapterSlug ?? coveredBy`.
	 */
	coveredBy?: Place['coveredBy'];
};

/** What the live map draws for a place and its panel shows, beyond StoryPlace. */
export type MapPlaceDetail = Pick<Place, 'kind' | 'rank' | 'localNames' | 'otherNames'> & {
	coordinates:
		| Pick<Extract<Place['coordinates'], { method: 'gazetteer' }>, 'method'>
		| Pick<Extract<Place['coordinates'], { method: 'approximate' }>, 'method' | 'uncertaintyKm'>;
};

/** A connection as the live map draws it: a line, and its label. */
export type MapConnection = Pick<Connection, 'from' | 'to' | 'label'>;

/** A place as the live map and the place panel use it. */
export type MapPlace = StoryPlace & MapPlaceDetail;

/**
 * What only the live map and its place panels use, fetched with the map's code
 * (/data/story-map.json) rather than carried in every story page's HTML.
 */
export interface StoryMapData {
	/** By place id. */
	places: Record<string, MapPlaceDetail>;
	/** Each chapter's lines and outlines, by slug. */
	chapters: Record<string, { connections: MapConnection[]; areas: StoryArea[] }>;
	/**
	 * For each place: the ids of the passages that name it. Its panel shows those the page has, as
	 * the chapters' HTML has them, so no quote is sent twice.
	 */
	panels: Record<string, string[]>;
}

/** Everything the story page (front page and chapter pages) receives. */
export interface StoryPageData {
	chapters: StoryChapter[];
	places: StoryPlace[];
}

/** What a chapter's embeddable view (/embed/chapters/<slug>) receives. */
export interface EmbedPageData {
	chapter: StoryChapter;
	places: StoryPlace[];
	/** Every chapter, for the place panels' links. */
	chapters: Pick<StoryChapter, 'slug' | 'title'>[];
}

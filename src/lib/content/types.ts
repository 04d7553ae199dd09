import type { CompassPoint } from '../geo/direction';
import type { CameraSpec } from './schema';

/** One article of the corpus, with its body cut out of the page text. */
export interface Source {
	id: string;
	file: string;
	outlet: string | null;
	/** What the citation shows: the outlet as the text names it, or a plain description. */
	outletLabel: string;
	outletNote: string;
	/** Who issued the text, where the outlet carried another body's statement (an embassy). */
	issuer: string | null;
	/** The citation a reader sees: the issuer "carried by" the outlet, or the outlet label. */
	attribution: string;
	/** How a sentence names the article: "Trend", "the unnamed outlet of 2013". */
	shortName: string;
	date: string;
	/** The date as a reader sees it, e.g. "26 February 2025" or "February 2013 (inferred)". */
	dateLabel: string;
	dateNote: string | null;
	headline: string | null;
	author: string | null;
	/** The article body only, as in the file (line breaks kept). */
	body: string;
}

export interface Passage {
	/** Stable anchor id, derived from the source and the quote. */
	id: string;
	sourceId: string;
	quote: string;
	note: string | null;
}

export interface Connection {
	from: string;
	to: string;
	label: string;
	/** Great-circle distance, computed with turf at build time. */
	distanceKm: number;
	/** Where `to` lies as seen from `from` ("north-east"), computed with turf at build time. */
	direction: CompassPoint;
}

export interface Chapter {
	slug: string;
	title: string;
	kicker: string | null;
	description: string;
	places: string[];
	camera: CameraSpec;
	connections: Connection[];
	narrative: string[];
	passages: Passage[];
	/** Where the chapter came from, for messages. */
	file: string;
}

export interface Place {
	id: string;
	name: string;
	variants: string[];
	localNames: { az?: string; tr?: string };
	otherNames: string[];
	kind: string;
	country: string;
	rank: 1 | 2;
	lngLat: [number, number];
	coordinates:
		| {
				method: 'gazetteer';
				gazetteer: 'GeoNames';
				geonamesId: number;
				gazetteerName: string;
				via: string;
		  }
		| { method: 'approximate'; uncertaintyKm: number; note: string };
	/** The place's own chapter: the one whose places list starts with it, if any. */
	chapterSlug: string | null;
	/** The chapter that shows it: its own chapter, else the first chapter that lists it. */
	coveredBy: string | null;
}

export interface FigureCell {
	/** Stable anchor id in the source page. */
	id: string;
	source: string;
	value: number | null;
	approx: boolean;
	phrase: string;
	term: string | null;
}

export interface FigureRow {
	id: string;
	label: string;
	group: 'february-1992' | 'other';
	/** Where the cells count different things: how the accounts differ, shown instead of a comparison. */
	differ: string | null;
	cells: FigureCell[];
}

/** A source without its body: what every story page needs for citations. */
export type SourceSummary = Omit<Source, 'body'>;

export interface StoryContent {
	sources: Source[];
	places: Place[];
	chapters: Chapter[];
	figures: FigureRow[];
}

export interface Problem {
	file: string;
	/** The entry within the file, e.g. `passages[2]` or `feature "aghdam"`. */
	entry: string;
	message: string;
	hint?: string;
}

/**
 * A chapter as the story page's script gets it: what the map, the address and the buttons need.
 * The chapter's text (heading, places, narrative, passages) is not here: it is HTML rendered at
 * build time and placed in the prerendered page once (lib/server/story.ts), never hydrated: on a
 * phone, hydrating every passage cost more main-thread time than the rest of the start-up together.
 */
export type StoryChapter = Pick<
	Chapter,
	'slug' | 'title' | 'description' | 'places' | 'camera' | 'connections'
>;

/** A quoted passage with the citation it is shown with. */
export interface CitedPassage {
	passage: Passage;
	source: SourceSummary;
}

/** Everything the story page (front page and chapter pages) receives. */
export interface StoryPageData {
	chapters: StoryChapter[];
	places: Place[];
	/** For each place without a chapter of its own: the passages that name it, for its map panel. */
	panels: Record<string, CitedPassage[]>;
}

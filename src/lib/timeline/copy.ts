/**
 * The /timeline page's copy: its heading, preview picture and search snippet. In our own voice:
 * `npm run check:content` checks it like the site's copy in site.ts. A module of its own, so that
 * the story's script, which reads site.ts, does not carry it.
 */
export const TIMELINE_PAGE = {
	title: 'When it happened, according to the articles',
	kicker: 'A timeline, 1991 – 2026',
	description:
		'Every date the five articles give about the killings in Khojaly in February 1992 and what followed, from 1991 to 2026, with the exact words of each and where the articles give different dates.'
} as const;

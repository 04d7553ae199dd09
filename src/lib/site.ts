/**
 * Site-wide copy. The public origin comes from SITE_ORIGIN at build time (see README). This copy
 * is in our own voice: `npm run check:content` checks it like the content files.
 */
export const SITE = {
	title: 'Khojaly: the places and the memory',
	description:
		'A map-based story of the main places named in five news articles about the killings in Khojaly in February 1992 and how they are remembered. All five give the Azerbaijani account; every passage is quoted and attributed.',
	/** Shown on every page, beside the map on the story: who the sources are. */
	sourcing:
		'All five source articles give the Azerbaijani account: four come from Azerbaijani outlets or Azerbaijan’s embassy in Jakarta, one (walaw.press) relays Turkish and Azerbaijani officials. None gives an Armenian account.',
	/** The same, for the phone's map band. */
	sourcingShort: 'All five sources give the Azerbaijani account; none an Armenian one.',
	dek: 'Five news articles, written between 2013 and 2026, tell of the killing of civilians in and around Khojaly, a town in Karabakh, on the night of 25 to 26 February 1992, and of how that night is remembered — in Khojaly and Aghdam, Khankendi and Shusha, Baku and Ankara. This story follows the main places they name on the map and quotes them exactly.'
} as const;

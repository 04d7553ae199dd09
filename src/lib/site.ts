/** Site-wide names. The public origin comes from SITE_ORIGIN at build time (see README). */
export const SITE = {
	title: 'Khojaly: the places and the memory',
	description:
		'A map-based story of the places named in five news articles about the killings in Khojaly in February 1992 and how they are remembered, quoted and attributed.'
} as const;

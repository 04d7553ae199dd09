/**
 * The static pictures' sizes, shared by the build that draws them (lib/server/images.ts) and the
 * page that shows them (the locator inset's frame is the view a picture shows).
 */
import { PHONE_MAP_BAND } from '$lib/layout';

/** The 1200×630 sharing preview. */
export const PREVIEW = { width: 1200, height: 630 } as const;
/** The square map that stands in for the live map on a wide screen. */
export const PAGE_MAP = { width: 960, height: 960 } as const;
/**
 * The phone's map band (PHONE_MAP_BAND), drawn at twice its CSS pixels for sharp labels. The
 * camera is resolved for the band's size, as the live map's is on a phone, so the chapter's places
 * are in the picture (content validation checks that they are).
 */
export const PHONE_MAP = { ...PHONE_MAP_BAND, scale: 2 } as const;

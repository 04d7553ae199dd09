/**
 * Build-time pictures of the story's map: a 1200×630 preview per chapter for sharing, and maps
 * that stand in for the live map (before it loads, without JavaScript or WebGL, and in print): a
 * square one, and one shaped like a phone's map band. Drawn as SVG from the same basemap, places
 * and cameras as the live map, rasterised with resvg using fonts shipped as packages (no system
 * fonts), then reduced to a palette PNG with sharp.
 */
import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';
import sharp from 'sharp';
import { error } from '@sveltejs/kit';
import { OVERVIEW_KEY } from '$lib/content/reserved';
import type { Chapter, StoryContent } from '$lib/content/types';
import { COLORS } from '$lib/map/look';
import { SITE } from '$lib/site';
import { TIMELINE_PAGE } from '$lib/timeline/copy';
import { eventDates, eventTime } from '$lib/content/timeline';
import { timelinePictureSvg } from '$lib/timeline/picture';
import { escapeXml } from '$lib/staticmap/render';
import { mapAlt } from '$lib/story/map-alt';
import { wrapText } from '$lib/staticmap/text';
import { chapterCamera } from '$lib/map/place-label';
import { PAGE_MAP, PHONE_MAP, PREVIEW } from '$lib/staticmap/sizes';
import { INSET_PICTURE_SCALE } from '$lib/geo/inset';
import { loadStoryContent } from './content';
import { insetPicture, staticMapSvg } from './static-map';
import { issuedMapSvg } from './issued-map';

export { PAGE_MAP, PHONE_MAP, PREVIEW };

const require = createRequire(import.meta.url);
const FONT_FILES = [
	require.resolve('@expo-google-fonts/inter/400Regular/Inter_400Regular.ttf'),
	require.resolve('@expo-google-fonts/inter/600SemiBold/Inter_600SemiBold.ttf'),
	require.resolve('@expo-google-fonts/source-serif-4/700Bold/SourceSerif4_700Bold.ttf')
];

async function rasterise(svg: string, scale = 1, colours = 256): Promise<Buffer> {
	const resvg = new Resvg(svg, {
		font: { fontFiles: FONT_FILES, loadSystemFonts: false, defaultFontFamily: 'Inter' },
		shapeRendering: 2,
		textRendering: 1,
		fitTo: scale === 1 ? { mode: 'original' } : { mode: 'zoom', value: scale }
	});
	// A map has few colours: a palette PNG is a fifth to a quarter of the size (16 → 3 KB for a
	// chapter map), and on a phone this picture is the first large thing the reader sees.
	return sharp(resvg.render().asPng())
		.png({ palette: true, quality: 90, effort: 10, compressionLevel: 9, colours })
		.toBuffer();
}

/** The chapter for a view key (a chapter slug, or the overview). */
export function chapterForKey(content: StoryContent, key: string): Chapter | null | undefined {
	if (key === OVERVIEW_KEY) return null;
	return content.chapters.find((c) => c.slug === key);
}

/** The camera a picture of this size shows a view with (as the live map would at that size). */
export function pictureCamera(
	content: StoryContent,
	chapter: Chapter | null,
	size: { width: number; height: number },
	offsetX = 0
) {
	return chapterCamera(chapter, content.places, {
		width: size.width - Math.abs(offsetX) * 2,
		height: size.height
	});
}

export function pictureSvg(
	content: StoryContent,
	chapter: Chapter | null,
	size: { width: number; height: number },
	extra: { offsetX?: number; overlay?: string; inset?: boolean } = {}
) {
	const camera = pictureCamera(content, chapter, size, extra.offsetX);
	const places = chapter?.places ?? [];
	return staticMapSvg({
		places: content.places,
		activeIds: places,
		camera,
		width: size.width,
		height: size.height,
		title: mapAlt(content.places, chapter),
		areas: { active: chapter?.areas ?? [], outlines: content.outlines },
		...extra
	});
}

/** The locator inset's picture, at INSET_PICTURE_SCALE times its CSS pixels. */
export function renderLocatorInset(): Promise<Buffer> {
	// Land, water, coast and border: a 16-colour palette keeps its edges and halves the file.
	return rasterise(insetPicture(), INSET_PICTURE_SCALE, 16);
}

/**
 * The /sources page's map of where the texts were written or issued, as a PNG: drawn with the
 * project's fonts (an SVG shown as an image could only use the reader's own).
 */
export function renderIssuedMap(): Promise<Buffer> {
	// 1.5 × its CSS pixels: sharp enough on a phone's screen at 17 KB (24 KB at 2 ×).
	return rasterise(issuedMapSvg(loadStoryContent().sources), 1.5, 32);
}

/** The square map that stands in for the live map. */
export function renderPageMap(content: StoryContent, chapter: Chapter | null): Promise<Buffer> {
	return rasterise(pictureSvg(content, chapter, PAGE_MAP));
}

/** The map that stands in for the live map in a phone's map band. */
export function renderPhoneMap(content: StoryContent, chapter: Chapter | null): Promise<Buffer> {
	return rasterise(pictureSvg(content, chapter, PHONE_MAP), PHONE_MAP.scale);
}

/**
 * A preview's title in Source Serif bold, wrapped to `width` px from (x, top): 48 px, or 40 px
 * where that takes more than four lines.
 */
function previewTitle(title: string, x: number, top: number, width: number): string {
	// Source Serif bold averages about 0.52 em a character.
	let titleSize = 48;
	let lines = wrapText(title, Math.floor(width / (titleSize * 0.52)), 6);
	if (lines.length > 4) {
		titleSize = 40;
		lines = wrapText(title, Math.floor(width / (titleSize * 0.52)), 6);
	}
	const lineHeight = titleSize * 1.15;
	const text = lines
		.map(
			(line, i) =>
				`<tspan x="${x}" y="${(top + i * lineHeight).toFixed(0)}">${escapeXml(line)}</tspan>`
		)
		.join('');
	return `<text font-family="Source Serif 4" font-weight="700" font-size="${titleSize}" fill="#1d1b18">${text}</text>`;
}

/** The 1200×630 sharing preview: the chapter's map, its title and the site's name. */
export function renderPreview(content: StoryContent, chapter: Chapter | null): Promise<Buffer> {
	const panelWidth = 500;
	const title = chapter?.title ?? SITE.title;
	const kicker = chapter?.kicker ?? 'A story in places';
	const overlay = `<rect x="0" y="0" width="${panelWidth}" height="${PREVIEW.height}" fill="#fbfaf7" fill-opacity="0.94"/>
<rect x="${panelWidth}" y="0" width="4" height="${PREVIEW.height}" fill="${COLORS.active}"/>
<text x="56" y="120" font-family="Inter" font-weight="600" font-size="22" letter-spacing="2" fill="${COLORS.active}">${escapeXml(kicker.toUpperCase())}</text>
${previewTitle(title, 56, 190, 400)}
<text x="56" y="570" font-family="Inter" font-weight="600" font-size="22" fill="#57514a">${escapeXml(chapter ? SITE.title : 'Five news articles, quoted and mapped')}</text>`;
	return rasterise(
		pictureSvg(content, chapter, PREVIEW, { offsetX: panelWidth / 2, overlay, inset: true })
	);
}

/** The timeline's events as its pictures draw them. */
function pictureEvents(content: StoryContent) {
	return content.timeline.map((e) => ({ time: eventTime(e), differ: eventDates(e).differ }));
}

/** The /timeline page's overview: the whole timeline, drawn at build time (no script needed). */
export function timelineOverviewSvg(content: StoryContent): string {
	const size = { width: 900, height: 96 };
	const drawing = timelinePictureSvg(pictureEvents(content), {
		...size,
		radius: 5,
		gap: 14,
		fontSize: 13,
		font: 'system-ui, sans-serif'
	});
	return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size.width} ${size.height}" width="100%" aria-hidden="true" focusable="false">${drawing}</svg>`;
}

/** The /timeline page's 1200×630 sharing preview: its title over the whole timeline. */
export function renderTimelinePreview(content: StoryContent): Promise<Buffer> {
	const drawing = timelinePictureSvg(pictureEvents(content), {
		width: 1088,
		height: 190,
		radius: 10,
		gap: 30,
		fontSize: 22,
		font: 'Inter'
	});
	const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${PREVIEW.width}" height="${PREVIEW.height}" viewBox="0 0 ${PREVIEW.width} ${PREVIEW.height}">
<rect width="100%" height="100%" fill="#fbfaf7"/>
<rect x="0" y="0" width="${PREVIEW.width}" height="8" fill="${COLORS.active}"/>
<text x="56" y="110" font-family="Inter" font-weight="600" font-size="22" letter-spacing="2" fill="${COLORS.active}">${escapeXml(TIMELINE_PAGE.kicker.toUpperCase())}</text>
${previewTitle(TIMELINE_PAGE.title, 56, 180, 1000)}
<g transform="translate(56 300)">${drawing}</g>
<text x="56" y="570" font-family="Inter" font-weight="600" font-size="22" fill="#57514a">${escapeXml(SITE.title)}</text>
</svg>`;
	return rasterise(svg);
}

/** Every view with a picture: the overview and each chapter. */
export function imageEntries(): { key: string }[] {
	return [{ key: OVERVIEW_KEY }, ...loadStoryContent().chapters.map((c) => ({ key: c.slug }))];
}

/** The PNG response for a view's picture, drawn by `render`; 404 for an unknown view. */
export async function pictureResponse(
	key: string,
	render: (content: StoryContent, chapter: Chapter | null) => Promise<Buffer>
): Promise<Response> {
	const content = loadStoryContent();
	const chapter = chapterForKey(content, key);
	if (chapter === undefined) error(404, 'No such view');
	return new Response(new Uint8Array(await render(content, chapter)), {
		headers: { 'content-type': 'image/png' }
	});
}

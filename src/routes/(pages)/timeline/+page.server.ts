import { eventDateLabel, eventDates, eventTime, summarizeEvent } from '$lib/content/timeline';
import { formatSpan } from '$lib/content/dates';
import { loadStoryContent, sourceSummary } from '$lib/server/content';
import { timelineOverviewSvg } from '$lib/server/images';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => {
	const content = loadStoryContent();
	const sources = content.sources.map(sourceSummary);
	const sourceById = new Map(sources.map((s) => [s.id, s]));
	const chapterTitle = new Map(content.chapters.map((c) => [c.slug, c.title]));
	const placeName = new Map(content.places.map((p) => [p.id, p.name]));
	return {
		sources,
		overviewSvg: timelineOverviewSvg(content),
		events: content.timeline.map((event) => ({
			...event,
			dateLabel: eventDateLabel(event),
			datetime: eventDates(event).cover.date,
			time: eventTime(event),
			summary: summarizeEvent(event, sourceById),
			chapterTitle: event.chapter ? (chapterTitle.get(event.chapter) ?? null) : null,
			places: event.places.map((id) => ({ id, name: placeName.get(id) ?? id })),
			accounts: event.accounts.map((a) => ({ ...a, dateLabel: formatSpan(a) }))
		}))
	};
};

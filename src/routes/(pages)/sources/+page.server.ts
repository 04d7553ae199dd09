import { loadStoryContent, sourceSummary } from '$lib/server/content';
import { passagesFrom } from '$lib/server/derived';
import { ISSUED_MAP, issuedMapTitle, issuedPlaces } from '$lib/server/issued-map';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => {
	const content = loadStoryContent();
	return {
		sources: content.sources.map((source) => ({
			...sourceSummary(source),
			passageCount: passagesFrom(source.id, content.chapters).length
		})),
		// The picture is /maps/issued.png; the page needs its name and size.
		issuedMap:
			issuedPlaces(content.sources).length > 0
				? { alt: issuedMapTitle(content.sources), ...ISSUED_MAP }
				: null
	};
};

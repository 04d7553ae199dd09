import { building } from '$app/environment';
import { loadStoryContent } from '$lib/server/content';
import { builtMapCodeFiles } from '$lib/server/map-code';
import { storyPageData } from '$lib/server/story';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = () => ({
	...storyPageData(loadStoryContent()),
	mapCode: builtMapCodeFiles(building)
});

import { loadStoryContent } from '$lib/server/content';
import { storyPageData } from '$lib/server/story';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = () => storyPageData(loadStoryContent());

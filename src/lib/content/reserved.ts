/** The key of the story's overview (its map view and its pictures): no chapter may take it as a slug. */
export const OVERVIEW_KEY = 'overview';
/** The key of the timeline's preview picture (/og/timeline.png): no chapter may take it either. */
export const TIMELINE_KEY = 'timeline';

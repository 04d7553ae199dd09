/** The key of the story's overview (its map view and its pictures): no chapter may take it as a slug. */
export const OVERVIEW_KEY = 'overview';

// What counts as a large page: more rows than are worth rendering at once (virtualised) or waiting
// for in full before the first screenful shows.

/** Pages with more rows than this are virtualised, and their head is fetched first. */
export const VIRTUAL_THRESHOLD = 100
/** The newest jobs of a large page that are fetched and shown first: more than a screenful. */
export const HEAD_ROWS = 50

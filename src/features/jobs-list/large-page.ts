// What counts as a large page: more rows than are worth rendering at once, so they are virtualised.

/** Pages with more rows than this are virtualised. */
export const VIRTUAL_THRESHOLD = 100
/** Rows rendered plainly while the virtualiser's code loads: more than a screenful. */
export const FIRST_SCREENFUL = 50

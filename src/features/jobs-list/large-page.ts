// What counts as a large page: more rows than are worth rendering at once, so they are virtualised;
// and what carries focus across the moment the virtualiser replaces the first, plain rows.

/** Pages with more rows than this are virtualised. */
export const VIRTUAL_THRESHOLD = 100
/** Rows rendered plainly while the virtualiser's code loads: more than a screenful. */
export const FIRST_SCREENFUL = 50

/**
 * Which row held focus in the plain rows of a large page when the virtualiser took over. Its body
 * replaces theirs, which drops focus; the virtualiser renders that row and gives focus back to the
 * same control (a link, Copy, …) on mount. Recorded on focus; forgotten when focus leaves for
 * something else on the page (not when the row itself is removed, which is the hand-over).
 */
export class FocusHandover {
  private held: { jobId: string; control: number } | undefined

  record(jobId: string, control: number): void {
    this.held = { jobId, control }
  }

  forget(): void {
    this.held = undefined
  }

  /** The row to give focus back to, once: later mounts (a new page, another layout) start afresh. */
  take(): { jobId: string; control: number } | undefined {
    const held = this.held
    this.held = undefined
    return held
  }
}

// How many of a list's rows to draw now: the first screenful at once, then the rest a slice per task,
// so that no one task draws fifty rows. Preact draws a whole update in one task (React's concurrent
// rendering would have sliced it); drawn in one go, a page of cards kept a phone's main thread busy
// for a third of a second under Lighthouse's 4× slowdown, and taps waited. Between slices the browser
// paints and handles input. The count only grows: a refresh, a new view or a re-sort draws every
// row at once, and a row never disappears under focus because the count went down.
import { useLayoutEffect, useState } from 'react'

/** Rows drawn at once: most of a screenful of table rows on a laptop (callers drawing cards pass fewer). */
export const FIRST_ROWS = 12
/** Rows drawn per later task: a few milliseconds of work each on a phone. */
export const ROWS_PER_SLICE = 6

export function useRenderedCount(total: number, first = FIRST_ROWS, step = ROWS_PER_SLICE): number {
  const [count, setCount] = useState(first)
  // Scheduled as soon as a slice is committed (a layout effect): a passive effect would wait for
  // Preact's next frame first (up to 100 ms where no frame comes, as in jsdom), once per slice.
  useLayoutEffect(() => {
    if (count >= total) return undefined
    // A new task, so the browser can paint and handle input before the next slice.
    const timer = setTimeout(() => setCount((current) => current + step), 0)
    return () => clearTimeout(timer)
  }, [count, total, step])
  return Math.min(total, count)
}

// How many of a list's rows to draw now: the first screenful at once, then the rest a slice per task,
// so that no one task draws fifty rows. Preact draws a whole update in one task (React's concurrent
// rendering would have sliced it); drawn in one go, a page of cards kept a phone's main thread busy
// for a third of a second under Lighthouse's 4× slowdown, and taps waited. The browser can paint and
// handle input between slices. The count only grows: a refresh, a new view or a re-sort draws every
// row at once, and a row never disappears under focus because the count went down.
//
// A slice is as many rows as fit SLICE_BUDGET_MS on this device, by the time the last slice took per
// row: a laptop draws a page in two or three slices, a slow phone a few rows at a time. Fixed slices
// cannot be right for both: six job cards took 15 to 28 ms a task in Lighthouse's trace of /jobs.
//
// A list may also be drawn only ahead of the reader (`aheadOf`, the element holding its rows): the
// next slice then waits until the last row drawn is within a screen's height below the viewport. A
// phone shows three job cards of fifty; drawing the other 47 while the page loads was a dozen tasks,
// each a chance of a slice overrunning its budget (a component's first render, a garbage collection),
// and their layouts. Scrolling, or moving focus down the rows (which scrolls them into view), draws
// more before they are reached. Where there is no IntersectionObserver (jsdom), every row is drawn.
// Such a list keeps the place of the rows not drawn (a spacer), so its first rows can also come a task
// after the list itself (`firstLater`): when a page opens with its rows already read (the server names
// them for preloading, server/route-data.ts), the page and its first cards were one task of 51 to 55
// ms in Lighthouse's trace of /jobs.
import { useLayoutEffect, useRef, useState, type RefObject } from 'react'

/** Rows drawn at once: most of a screenful of table rows on a laptop (callers drawing cards pass fewer). */
export const FIRST_ROWS = 12
/**
 * The time one later slice may take to render and commit. Lighthouse counts a task as blocking from
 * 50 ms, after multiplying it by 4; the browser's style and layout of the new rows come on top.
 */
export const SLICE_BUDGET_MS = 8
/**
 * Bounds of a slice, whatever the measurement says. A caller may ask for a larger least slice: a
 * slice's time is its rows and the list's own render, which a small slice pays for again and again
 * (in jsdom, where a render costs ten times a browser's, slices of one row would crawl).
 */
export const MIN_SLICE = 1
export const MAX_SLICE = 50
/** The least slice of table rows: a page of 100 re-renders its table at most 15 times. */
export const LEAST_TABLE_ROWS = 6
/** How far below the viewport a list drawn ahead of the reader keeps rows drawn: a screen's height. */
export const AHEAD_MARGIN = '0px 0px 100% 0px'

/** Rows that fit the budget at `msPerRow`, at least `least`; `least` when nothing was measured. */
export function sliceFor(msPerRow: number | undefined, least = MIN_SLICE): number {
  const floor = Math.max(MIN_SLICE, least)
  if (msPerRow === undefined) return floor
  if (msPerRow <= 0) return MAX_SLICE
  return Math.min(MAX_SLICE, Math.max(floor, Math.floor(SLICE_BUDGET_MS / msPerRow)))
}

export interface AheadOfReader {
  /** The element holding the rows, its last child the last row drawn or a placeholder for the rest. */
  aheadOf?: RefObject<HTMLElement | null>
  /** Draw even the first rows a task after the list (their place is kept). */
  firstLater?: boolean
}

export function useRenderedCount(total: number, first = FIRST_ROWS, least = MIN_SLICE, { aheadOf, firstLater = false }: AheadOfReader = {}): number {
  const [count, setCount] = useState(firstLater ? 0 : first)
  const slice = useRef<{ startedAt: number; from: number } | undefined>(undefined)
  const msPerRow = useRef<number | undefined>(undefined)
  // Scheduled as soon as a slice is committed (a layout effect): a passive effect would wait for
  // Preact's next frame first (up to 100 ms where no frame comes, as in jsdom), once per slice.
  useLayoutEffect(() => {
    // The slice just committed: from its task's start to here, with whatever else that update drew,
    // so the time per row is, if anything, overstated. The first rows come with the page: not measured.
    const done = slice.current
    slice.current = undefined
    const added = Math.min(total, count) - (done?.from ?? count)
    if (done && added > 0) msPerRow.current = (performance.now() - done.startedAt) / added
    if (count >= total) return undefined
    const step = count === 0 ? first : sliceFor(msPerRow.current, least)
    const next = () => {
      slice.current = { startedAt: performance.now(), from: count }
      setCount(count + step)
    }
    const last = aheadOf?.current?.lastElementChild
    if (last && typeof IntersectionObserver !== 'undefined') {
      // Reported in a task of its own, after the browser has laid out and painted this slice.
      const observer = new IntersectionObserver(
        (entries) => {
          if (!entries.some((entry) => entry.isIntersecting)) return
          observer.disconnect()
          next()
        },
        { rootMargin: AHEAD_MARGIN },
      )
      observer.observe(last)
      return () => observer.disconnect()
    }
    // A new task, so the browser can paint and handle input before the next slice.
    const timer = setTimeout(next, 0)
    return () => clearTimeout(timer)
  }, [count, total, first, least, aheadOf])
  return Math.min(total, count)
}

// Newest-first paging over a list API whose order depends on the Elasticsearch version: 8.12 lists
// sync jobs oldest first, 8.13 and later newest first. Pure math: which `from`/`size` fetch page N
// of the newest-first view, whether it is reachable inside the 10,000-result window, and how to
// learn the server's order from the data.
import { RESULT_WINDOW } from '../../contract/es-connector-types.ts'
import { parseTimestamp } from './time.ts'

export type ListOrder = 'asc' | 'desc'

export function totalPages(count: number, size: number): number {
  return Math.max(1, Math.ceil(Math.max(0, count) / size))
}

export type PagePlan =
  /** Fetch `size` results from `from`; reverse them when the server lists oldest first. */
  | { kind: 'fetch'; from: number; size: number; reverse: boolean }
  /** The page exists but lies beyond the result window: narrower filters are the only way in. */
  | { kind: 'beyond-window' }
  /** No such page (past the last one). */
  | { kind: 'out-of-range' }
  /** Nothing matches at all: page 1 is simply empty. */
  | { kind: 'empty' }

/**
 * Where page `page` (from 1) of the newest-first view lies on a server listing in `order`.
 *
 * Descending: the page is `[(page-1)·size, page·size)` as the server returns it.
 * Ascending: the newest job is the last one, so the page is the slice ending `(page-1)·size` before
 * the end — `from = max(0, count - page·size)`, trimmed on the last page — reversed. Pages whose end
 * lies past the window (the newest ones once more than 10,000 match) cannot be fetched.
 */
export function planPage({ order, count, page, size }: { order: ListOrder; count: number; page: number; size: number }): PagePlan {
  if (count <= 0) return page === 1 ? { kind: 'empty' } : { kind: 'out-of-range' }
  const skip = (page - 1) * size
  if (page < 1) return { kind: 'out-of-range' }
  // Past a capped count there may well be more jobs; they are simply out of reach.
  if (skip >= count) return countMayBeCapped(count) && skip >= RESULT_WINDOW ? { kind: 'beyond-window' } : { kind: 'out-of-range' }
  const take = Math.min(size, count - skip)
  if (order === 'desc') {
    return skip + take > RESULT_WINDOW ? { kind: 'beyond-window' } : { kind: 'fetch', from: skip, size: take, reverse: false }
  }
  // A capped count hides where the newest jobs are (see countMayBeCapped): no page can be located.
  if (countMayBeCapped(count)) return { kind: 'beyond-window' }
  const end = count - skip
  const from = end - take
  return end > RESULT_WINDOW ? { kind: 'beyond-window' } : { kind: 'fetch', from, size: take, reverse: true }
}

/**
 * The pages (from 1) that can be fetched: descending servers reach the newest, ascending ones the
 * oldest — none at all when the count may be capped. Undefined when no page is reachable.
 */
export function reachablePages({ order, count, size }: { order: ListOrder; count: number; size: number }): { first: number; last: number } | undefined {
  const pages = totalPages(count, size)
  if (order === 'desc') return { first: 1, last: count > RESULT_WINDOW || countMayBeCapped(count) ? Math.min(pages, Math.floor(RESULT_WINDOW / size)) : pages }
  if (countMayBeCapped(count)) return undefined
  return { first: 1, last: pages }
}

/**
 * Elasticsearch counts hits exactly only up to 10,000 (`track_total_hits`), so a count of 10,000
 * may stand for more. Descending servers still page the newest 10,000; ascending ones cannot know
 * where the newest jobs are (the count tells where the list ends), so every page is out of reach.
 */
export function countMayBeCapped(count: number): boolean {
  return count >= RESULT_WINDOW
}

/** The server's order from a page's first and last `created_at` (ISO strings); undefined when it cannot tell. */
export function orderFromTimestamps(first: string | undefined, last: string | undefined): ListOrder | undefined {
  const a = parseTimestamp(first)
  const b = parseTimestamp(last)
  if (a === undefined || b === undefined || a === b) return undefined
  return a > b ? 'desc' : 'asc'
}

/** Learns the order from a page of at least two results with different creation times. */
export function detectOrder(results: readonly { created_at: string }[]): ListOrder | undefined {
  if (results.length < 2) return undefined
  return orderFromTimestamps(results[0]?.created_at, results[results.length - 1]?.created_at)
}

/** Puts a fetched page into newest-first order. */
export function newestFirst<T>(results: readonly T[], plan: { reverse: boolean }): T[] {
  return plan.reverse ? results.toReversed() : [...results]
}

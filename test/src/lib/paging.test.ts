// Newest-first paging on both server orders, edge pages and the 10,000-result window.
import { describe, expect, it } from 'vitest'
import { RESULT_WINDOW } from '../../../contract/es-connector-types.ts'
import { countMayBeCapped, detectOrder, newestFirst, orderFromTimestamps, planPage, reachablePages, totalPages } from '../../../src/lib/paging.ts'

describe('planPage on a newest-first (8.13+) server', () => {
  it('pages straight through', () => {
    expect(planPage({ order: 'desc', count: 120, page: 1, size: 50 })).toEqual({ kind: 'fetch', from: 0, size: 50, reverse: false })
    expect(planPage({ order: 'desc', count: 120, page: 2, size: 50 })).toEqual({ kind: 'fetch', from: 50, size: 50, reverse: false })
  })

  it('trims the last page', () => {
    expect(planPage({ order: 'desc', count: 120, page: 3, size: 50 })).toEqual({ kind: 'fetch', from: 100, size: 20, reverse: false })
  })

  it('refuses pages past the end', () => {
    expect(planPage({ order: 'desc', count: 120, page: 4, size: 50 })).toEqual({ kind: 'out-of-range' })
    expect(planPage({ order: 'desc', count: 100, page: 3, size: 50 })).toEqual({ kind: 'out-of-range' })
  })

  it('reaches exactly up to the window and no further', () => {
    expect(planPage({ order: 'desc', count: 25_000, page: 100, size: 100 })).toEqual({ kind: 'fetch', from: 9_900, size: 100, reverse: false })
    expect(planPage({ order: 'desc', count: 25_000, page: 101, size: 100 })).toEqual({ kind: 'beyond-window' })
    expect(planPage({ order: 'desc', count: 10_001, page: 11, size: 1000 })).toEqual({ kind: 'beyond-window' })
  })

  it('treats pages past a capped count of 10,000 as out of reach, not as missing', () => {
    expect(planPage({ order: 'desc', count: RESULT_WINDOW, page: 100, size: 100 })).toEqual({ kind: 'fetch', from: 9_900, size: 100, reverse: false })
    expect(planPage({ order: 'desc', count: RESULT_WINDOW, page: 101, size: 100 })).toEqual({ kind: 'beyond-window' })
    expect(planPage({ order: 'desc', count: 9_999, page: 101, size: 100 })).toEqual({ kind: 'out-of-range' })
  })
})

describe('planPage on an oldest-first (8.12) server', () => {
  it('takes the newest slice from the end and reverses it', () => {
    expect(planPage({ order: 'asc', count: 120, page: 1, size: 50 })).toEqual({ kind: 'fetch', from: 70, size: 50, reverse: true })
    expect(planPage({ order: 'asc', count: 120, page: 2, size: 50 })).toEqual({ kind: 'fetch', from: 20, size: 50, reverse: true })
  })

  it('trims the last (oldest) page instead of going below 0', () => {
    expect(planPage({ order: 'asc', count: 120, page: 3, size: 50 })).toEqual({ kind: 'fetch', from: 0, size: 20, reverse: true })
    expect(planPage({ order: 'asc', count: 1, page: 1, size: 50 })).toEqual({ kind: 'fetch', from: 0, size: 1, reverse: true })
  })

  it('refuses pages past the end', () => {
    expect(planPage({ order: 'asc', count: 120, page: 4, size: 50 })).toEqual({ kind: 'out-of-range' })
  })

  it('cannot reach the newest pages when more than 10,000 jobs match', () => {
    // An exact count above the window (the math holds even where a server reports one).
    expect(planPage({ order: 'asc', count: 10_500, page: 1, size: 100 })).toEqual({ kind: 'beyond-window' })
    expect(planPage({ order: 'asc', count: 10_500, page: 5, size: 100 })).toEqual({ kind: 'beyond-window' })
  })

  it('cannot locate any page when the count may be capped at 10,000', () => {
    expect(planPage({ order: 'asc', count: RESULT_WINDOW, page: 1, size: 1000 })).toEqual({ kind: 'beyond-window' })
    expect(planPage({ order: 'asc', count: RESULT_WINDOW, page: 10, size: 1000 })).toEqual({ kind: 'beyond-window' })
    expect(reachablePages({ order: 'asc', count: RESULT_WINDOW, size: 100 })).toBeUndefined()
  })

  it('reaches a page that starts at 0 just below the cap', () => {
    expect(planPage({ order: 'asc', count: 9_999, page: 1, size: 1000 })).toEqual({ kind: 'fetch', from: 8_999, size: 1000, reverse: true })
    expect(planPage({ order: 'asc', count: 9_999, page: 10, size: 1000 })).toEqual({ kind: 'fetch', from: 0, size: 999, reverse: true })
  })
})

describe('empty lists', () => {
  it.each(['asc', 'desc'] as const)('%s: page 1 is empty, later pages do not exist', (order) => {
    expect(planPage({ order, count: 0, page: 1, size: 50 })).toEqual({ kind: 'empty' })
    expect(planPage({ order, count: 0, page: 2, size: 50 })).toEqual({ kind: 'out-of-range' })
  })
})

describe('reachablePages and totals', () => {
  it('counts pages, at least one', () => {
    expect(totalPages(0, 50)).toBe(1)
    expect(totalPages(50, 50)).toBe(1)
    expect(totalPages(51, 50)).toBe(2)
  })

  it('is every page inside the window', () => {
    expect(reachablePages({ order: 'asc', count: 240, size: 25 })).toEqual({ first: 1, last: 10 })
    expect(reachablePages({ order: 'desc', count: 10_000, size: 100 })).toEqual({ first: 1, last: 100 })
  })

  it('stops at the window on descending servers', () => {
    expect(reachablePages({ order: 'desc', count: 12_345, size: 100 })).toEqual({ first: 1, last: 100 })
    expect(reachablePages({ order: 'desc', count: 10_000, size: 1000 })).toEqual({ first: 1, last: 10 })
    expect(planPage({ order: 'desc', count: 12_345, page: 100, size: 100 }).kind).toBe('fetch')
    expect(planPage({ order: 'desc', count: 12_345, page: 101, size: 100 }).kind).toBe('beyond-window')
  })

  it('flags counts that Elasticsearch may have capped', () => {
    expect(countMayBeCapped(9_999)).toBe(false)
    expect(countMayBeCapped(10_000)).toBe(true)
  })
})

const at = (created_at: string) => ({ created_at })

describe('order detection', () => {
  it('reads the order from the first and last creation time', () => {
    expect(detectOrder([at('2026-01-02T00:00:00.000Z'), at('2026-01-01T00:00:00.000Z')])).toBe('desc')
    expect(detectOrder([at('2026-01-01T00:00:00.000Z'), at('2026-01-01T00:00:00.000Z'), at('2026-01-03T00:00:00.000Z')])).toBe('asc')
  })

  it('compares microsecond timestamps by their milliseconds', () => {
    expect(orderFromTimestamps('2026-01-01T00:00:00.123456Z', '2026-01-01T00:00:00.124000Z')).toBe('asc')
  })

  it('cannot tell from fewer than two results, equal times or garbage', () => {
    expect(detectOrder([])).toBeUndefined()
    expect(detectOrder([at('2026-01-01T00:00:00Z')])).toBeUndefined()
    expect(detectOrder([at('2026-01-01T00:00:00Z'), at('2026-01-01T00:00:00Z')])).toBeUndefined()
    expect(orderFromTimestamps('nonsense', '2026-01-01T00:00:00Z')).toBeUndefined()
  })

  it('puts a page newest first', () => {
    expect(newestFirst([1, 2, 3], { reverse: true })).toEqual([3, 2, 1])
    expect(newestFirst([3, 2, 1], { reverse: false })).toEqual([3, 2, 1])
  })
})

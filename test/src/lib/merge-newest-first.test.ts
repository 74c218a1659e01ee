// The merge of several newest-first streams: which streams a view reads, the merged order (ties by
// id), paging across streams of uneven length, counts that add up, and the window's cut said aloud.
import { describe, expect, it } from 'vitest'
import { compareNewestFirst, MAX_FANOUT_STREAMS, mergeStreams, planStreams, type StreamRead } from '../../../src/lib/merge-newest-first.ts'

const at = (minute: number) => new Date(Date.UTC(2026, 0, 1, 0, minute)).toISOString()
const row = (id: string, minute: number) => ({ id, created_at: at(minute) })

/** A stream of `n` rows `prefix-i` created every `step` minutes from `start`, newest first, holding `count` jobs. */
function stream(prefix: string, n: number, { start = 0, step = 1, count = n, cut = false } = {}): StreamRead<{ id: string; created_at: string }> {
  const rows = Array.from({ length: n }, (_, i) => row(`${prefix}-${i}`, start + i * step)).toReversed()
  return { stream: { status: 'error' }, rows, count, countExact: true, cut }
}

/** The reference answer: every row of every stream, sorted, sliced. */
function reference(reads: StreamRead<{ id: string; created_at: string }>[], page: number, size: number): string[] {
  return reads
    .flatMap((read) => read.rows)
    .sort(compareNewestFirst)
    .slice((page - 1) * size, page * size)
    .map((r) => r.id)
}

describe('planStreams', () => {
  it('reads one stream per status and connector while that is few', () => {
    expect(planStreams([], null)).toEqual({ streams: [{}], keepConnectors: null })
    expect(planStreams(['error', 'canceled'], null).streams).toEqual([{ status: 'error' }, { status: 'canceled' }])
    expect(planStreams(['error', 'canceled'], ['a', 'b']).streams).toEqual([
      { status: 'error', connectorId: 'a' },
      { status: 'error', connectorId: 'b' },
      { status: 'canceled', connectorId: 'a' },
      { status: 'canceled', connectorId: 'b' },
    ])
    expect(planStreams([], ['a']).streams).toEqual([{ connectorId: 'a' }])
  })

  it('reads one wider stream per status and keeps the connectors itself when the combinations are many', () => {
    const ids = Array.from({ length: MAX_FANOUT_STREAMS + 1 }, (_, i) => `c${i}`)
    const plan = planStreams(['error', 'canceled'], ids)
    expect(plan.streams).toEqual([{ status: 'error' }, { status: 'canceled' }])
    expect([...(plan.keepConnectors ?? [])]).toEqual(ids)
    // One connector never widens: its stream is already one request per status.
    expect(planStreams(['pending', 'in_progress', 'canceling', 'suspended', 'error', 'canceled', 'completed'], ['a']).keepConnectors).toBeNull()
  })

  it('reads nothing when the view covers no connector', () => {
    expect(planStreams(['error'], [])).toEqual({ streams: [], keepConnectors: null })
  })
})

describe('mergeStreams', () => {
  it('merges newest first, ties by id', () => {
    const a = { stream: {}, rows: [row('b', 5), row('x', 1)], count: 2, countExact: true, cut: false }
    const b = { stream: {}, rows: [row('a', 5), row('c', 3)], count: 2, countExact: true, cut: false }
    expect(mergeStreams([a, b], 1, 10).jobs.map((r) => r.id)).toEqual(['a', 'b', 'c', 'x'])
  })

  it('pages across streams of uneven length and sums their counts', () => {
    const reads = [stream('long', 120, { step: 1 }), stream('short', 7, { start: 50, step: 10 }), stream('empty', 0)]
    const pages = [1, 2, 3, 4, 5, 6].map((page) => mergeStreams(reads, page, 25))
    for (const [index, page] of pages.entries()) expect(page.jobs.map((r) => r.id)).toEqual(reference(reads, index + 1, 25))
    expect(pages.map((page) => page.count)).toEqual([127, 127, 127, 127, 127, 127])
    expect(pages.at(-1)?.jobs.length).toBe(2)
    expect(pages.flatMap((page) => page.jobs).length).toBe(127)
    expect(mergeStreams(reads, 7, 25)).toMatchObject({ kind: 'out-of-range', jobs: [] })
  })

  it('gives page k from the first k·size rows of each stream', () => {
    const full = [stream('a', 200, { step: 2 }), stream('b', 200, { start: 1, step: 3 })]
    const truncated = full.map((read) => ({ ...read, rows: read.rows.slice(0, 3 * 20) }))
    expect(mergeStreams(truncated, 3, 20).jobs).toEqual(mergeStreams(full, 3, 20).jobs)
  })

  it('keeps a job once when a status change put it in two streams', () => {
    const a = { stream: {}, rows: [row('j', 5)], count: 1, countExact: true, cut: false }
    const b = { stream: {}, rows: [row('j', 5), row('k', 4)], count: 2, countExact: true, cut: false }
    expect(mergeStreams([a, b], 1, 10).jobs.map((r) => r.id)).toEqual(['j', 'k'])
  })

  it('says when a stream cut by the window could hide jobs of the page, and not before', () => {
    // The cut stream's oldest reachable job is at minute 100; the other stream's rows are older.
    const cut = stream('cut', 100, { start: 100, count: 10_000, cut: true })
    const other = stream('old', 100, { start: 0 })
    const first = mergeStreams([cut, other], 1, 50)
    expect(first.cut).toEqual([])
    expect(first.count).toBe(10_100)
    // Page 3 reaches past minute 100, where the cut stream's unreachable older jobs would rank.
    expect(mergeStreams([cut, other], 3, 50).cut).toEqual([cut.stream])
    expect(mergeStreams([cut, other], 9, 50)).toMatchObject({ kind: 'beyond-window', cut: [cut.stream] })
  })

  it('reports a lower-bound count when a stream stopped early', () => {
    const partial = { ...stream('p', 10), countExact: false }
    expect(mergeStreams([partial, stream('q', 3)], 1, 5)).toMatchObject({ count: 13, countExact: false })
  })
})

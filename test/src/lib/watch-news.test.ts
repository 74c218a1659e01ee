// When a watched job has news (src/lib/watch-news.ts): an end state reached, a stuck flag it did not
// have, its deletion — and nothing on the first read, a repeated state or a flag it already had.
import { describe, expect, it } from 'vitest'
import { detectNews, GONE, isFinal, snapshotOf, type WatchSnapshot } from '../../../src/lib/watch-news.ts'

const NOW = Date.parse('2026-11-26T06:00:00Z')
const ago = (ms: number) => new Date(NOW - ms).toISOString()
const running: WatchSnapshot = { status: 'in_progress', flags: [] }

describe('watch news', () => {
  it('takes the first read as a baseline, whatever it says', () => {
    expect(detectNews(undefined, { status: 'error', flags: [] }, { error: 'x' }, NOW)).toBeUndefined()
  })

  it('reports reaching completed, error (with its first line) and canceled', () => {
    expect(detectNews(running, { status: 'completed', flags: [] }, undefined, NOW)).toEqual({ kind: 'completed', text: 'completed', at: NOW })
    expect(detectNews(running, { status: 'error', flags: [] }, { error: 'Timeout talking to source\nstack…' }, NOW)?.text).toBe('failed: Timeout talking to source')
    expect(detectNews({ status: 'canceling', flags: [] }, { status: 'canceled', flags: [] }, undefined, NOW)?.kind).toBe('canceled')
  })

  it('is quiet while nothing the operator asked about changes', () => {
    expect(detectNews(running, running, undefined, NOW)).toBeUndefined()
    expect(detectNews({ status: 'pending', flags: [] }, running, undefined, NOW)).toBeUndefined()
    expect(detectNews({ status: 'error', flags: [] }, { status: 'error', flags: [] }, { error: 'x' }, NOW)).toBeUndefined()
    const flagged: WatchSnapshot = { status: 'in_progress', flags: ['no-heartbeat'] }
    expect(detectNews(flagged, flagged, undefined, NOW)).toBeUndefined()
  })

  it('reports a new stuck flag, and a worse one after it', () => {
    expect(detectNews(running, { status: 'in_progress', flags: ['no-heartbeat'] }, undefined, NOW)?.text).toBe('no heartbeat for over a minute')
    expect(detectNews({ status: 'in_progress', flags: ['no-heartbeat'] }, { status: 'in_progress', flags: ['will-be-failed'] }, undefined, NOW)?.kind).toBe('flagged')
  })

  it('reports a deletion once', () => {
    expect(detectNews(running, GONE, undefined, NOW)?.kind).toBe('gone')
    expect(detectNews(GONE, GONE, undefined, NOW)).toBeUndefined()
  })

  it('reads the list’s stuck flags from the job’s own fields', () => {
    expect(snapshotOf({ status: 'in_progress', created_at: ago(600_000), started_at: ago(500_000), last_seen: ago(90_000) }, NOW)).toEqual({ status: 'in_progress', flags: ['no-heartbeat'] })
    expect(snapshotOf({ status: 'pending', created_at: ago(10 * 60_000) }, NOW).flags).toEqual(['waiting-for-worker'])
    expect(snapshotOf({ status: 'in_progress', created_at: ago(60_000), last_seen: ago(5_000) }, NOW).flags).toEqual([])
    expect(isFinal('completed') && isFinal('gone') && !isFinal('canceling')).toBe(true)
  })
})

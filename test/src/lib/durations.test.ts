// The one duration model both pages use: wait, run, suspended and heartbeat spans for each kind of
// job, and where a view's clock stands still while the cluster cannot be read.
import { describe, expect, it } from 'vitest'
import type { SyncJob } from '../../../contract/es-connector-types.ts'
import { endLabel, frozenAt, intervalMs, isGrowing, jobIntervals, type Interval } from '../../../src/lib/durations.ts'
import { syncJob } from '../../support/factories.ts'

const T0 = Date.parse('2026-01-01T10:00:00.000Z')
const at = (seconds: number) => new Date(T0 + seconds * 1000).toISOString()
const MIN = 60

/** A job created at T0, changed by `patch`. */
const job = (patch: Partial<SyncJob>): SyncJob => syncJob({ created_at: at(0), ...patch })

/** A span as [ms at `now`, still growing]. */
const span = (interval: Interval | undefined, now: number) => (interval ? [intervalMs(interval, now), isGrowing(interval)] : undefined)

describe('jobIntervals', () => {
  it('counts a pending job’s wait up to now, with no run and no heartbeat (no worker owns it)', () => {
    // Elasticsearch stamps last_seen at creation: it is no worker's heartbeat.
    const spans = jobIntervals(job({ status: 'pending', last_seen: at(0) }))
    expect(span(spans.wait, T0 + 90_000)).toEqual([90_000, true])
    expect(spans.run).toBeUndefined()
    expect(spans.silence).toBeUndefined()
    expect(spans.suspended).toBeUndefined()
  })

  it('fixes the wait at the claim and runs a live job up to now, with the time since its heartbeat', () => {
    const spans = jobIntervals(job({ status: 'in_progress', started_at: at(12), last_seen: at(100) }))
    const now = T0 + 130_000
    expect(span(spans.wait, now)).toEqual([12_000, false])
    expect(span(spans.run, now)).toEqual([118_000, true])
    expect(span(spans.silence, now)).toEqual([30_000, true])
  })

  it('measures a silent worker from its claim when it never reported', () => {
    const spans = jobIntervals(job({ status: 'canceling', started_at: at(12) }))
    expect(span(spans.silence, T0 + 72_000)).toEqual([60_000, true])
  })

  it('ends a completed job’s run at completed_at, with no heartbeat age', () => {
    const spans = jobIntervals(job({ status: 'completed', started_at: at(10), completed_at: at(70), last_seen: at(70) }))
    expect(span(spans.run, T0 + 999_000)).toEqual([60_000, false])
    expect(spans.silence).toBeUndefined()
  })

  it('ends a job failed through the API (no completed_at) at its last heartbeat', () => {
    const spans = jobIntervals(job({ status: 'error', started_at: at(10), last_seen: at(40) }))
    expect(span(spans.run, T0 + 999_000)).toEqual([30_000, false])
  })

  it('splits a suspended job: it ran until its last heartbeat and has been suspended since', () => {
    // The seed's suspended job: claimed 3 h 09 min ago, last heard of 3 h ago.
    const spans = jobIntervals(job({ status: 'suspended', started_at: at(MIN), last_seen: at(10 * MIN) }))
    const now = T0 + (10 * MIN + 3 * 60 * MIN) * 1000
    expect(span(spans.run, now)).toEqual([9 * MIN * 1000, false])
    expect(span(spans.suspended, now)).toEqual([3 * 60 * MIN * 1000, true])
    expect(spans.silence).toBeUndefined()
    expect(spans.wait && isGrowing(spans.wait)).toBe(false)
  })

  it('never measures a negative span when the clocks disagree', () => {
    const spans = jobIntervals(job({ status: 'in_progress', started_at: at(100) }))
    expect(span(spans.run, T0)).toEqual([0, true])
  })
})

describe('endLabel', () => {
  it('names the end by how the job ended', () => {
    expect(endLabel('completed')).toBe('Completed')
    expect(endLabel('error')).toBe('Failed')
    expect(endLabel('canceled')).toBe('Ended')
  })
})

describe('frozenAt', () => {
  it('stands still at the last successful read only while the latest read failed', () => {
    expect(frozenAt({ updatedAt: T0, failing: true })).toBe(T0)
    expect(frozenAt({ updatedAt: T0, failing: false })).toBeUndefined()
    // Nothing read yet: nothing to measure, nothing to freeze.
    expect(frozenAt({ updatedAt: 0, failing: true })).toBeUndefined()
  })
})

// The attention flags at their boundaries: 60 s and 300 s without a heartbeat, 5 min pending,
// canceling for a minute, suspended.
import { describe, expect, it } from 'vitest'
import type { SyncJob, SyncStatus } from '../../../contract/es-connector-types.ts'
import { attentionFlags } from '../../../src/lib/stuck.ts'
import { syncJob } from '../../support/factories.ts'

const NOW = Date.parse('2026-06-01T12:00:00.000Z')
const ago = (ms: number) => new Date(NOW - ms).toISOString()

/** A job created an hour ago, in `status`, with no heartbeat unless `extra` gives one. */
const job = (status: SyncStatus, extra: Partial<SyncJob> = {}): SyncJob => syncJob({ status, created_at: ago(3_600_000), ...extra })

const kinds = (j: SyncJob) => attentionFlags(j, NOW).map((flag) => flag.kind)

describe('heartbeat flags for in_progress and canceling jobs', () => {
  it.each(['in_progress', 'canceling'] as const)('%s: nothing at exactly 60 s, a warning just after', (status) => {
    const base = { started_at: ago(600_000), cancelation_requested_at: ago(1_000) }
    expect(kinds(job(status, { ...base, last_seen: ago(60_000) }))).toEqual([])
    const flags = attentionFlags(job(status, { ...base, last_seen: ago(60_001) }), NOW)
    expect(flags.map((flag) => [flag.kind, flag.severity])).toEqual([['no-heartbeat', 'warning']])
  })

  it('says how long in words', () => {
    const [flag] = attentionFlags(job('in_progress', { last_seen: ago(125_000) }), NOW)
    expect(flag?.label).toBe('no heartbeat for 2 min')
    expect(flag?.detail).toMatch(/report every 10 s/)
  })

  it('stays a warning at exactly 300 s and turns to danger after', () => {
    expect(kinds(job('in_progress', { last_seen: ago(300_000) }))).toEqual(['no-heartbeat'])
    const [flag] = attentionFlags(job('in_progress', { last_seen: ago(300_001) }), NOW)
    expect(flag?.kind).toBe('will-be-failed')
    expect(flag?.severity).toBe('danger')
    expect(flag?.detail).toMatch(/connector service will fail it/)
  })

  it('falls back to started_at when the job never reported', () => {
    expect(kinds(job('in_progress', { started_at: ago(61_000) }))).toEqual(['no-heartbeat'])
  })

  it('ignores heartbeats of jobs that are not running', () => {
    for (const status of ['completed', 'error', 'canceled', 'pending'] as const) {
      expect(kinds(job(status, { created_at: ago(1_000), last_seen: ago(3_600_000) }))).toEqual([])
    }
  })
})

describe('pending for more than 5 minutes', () => {
  it('flags only after 5 minutes', () => {
    expect(kinds(job('pending', { created_at: ago(300_000) }))).toEqual([])
    const [flag] = attentionFlags(job('pending', { created_at: ago(300_001) }), NOW)
    expect(flag?.label).toBe('waiting for a worker')
    expect(flag?.detail).toMatch(/Pending for 5 min/)
  })
})

describe('canceling for more than a minute', () => {
  it('flags a cancel that is not acknowledged within a minute', () => {
    const fresh = { last_seen: ago(1_000) }
    expect(kinds(job('canceling', { ...fresh, cancelation_requested_at: ago(60_000) }))).toEqual([])
    expect(kinds(job('canceling', { ...fresh, cancelation_requested_at: ago(60_001) }))).toEqual(['cancel-stuck'])
  })

  it('adds to a missing heartbeat', () => {
    expect(kinds(job('canceling', { last_seen: ago(400_000), cancelation_requested_at: ago(400_000) }))).toEqual(['will-be-failed', 'cancel-stuck'])
  })
})

describe('suspended', () => {
  it('always says it waits for a restart', () => {
    const [flag] = attentionFlags(job('suspended'), NOW)
    expect(flag?.kind).toBe('suspended')
    expect(flag?.detail).toMatch(/waiting for the connector service to restart/)
  })
})

describe('what counts as a heartbeat', () => {
  it('ignores the last_seen Elasticsearch stamps on a pending job at creation', () => {
    expect(kinds(job('pending', { created_at: ago(60_000), last_seen: ago(60_000) }))).toEqual([])
  })

  it('does not flag a suspended job for silence: no worker owns it until a restart', () => {
    expect(kinds(job('suspended', { started_at: ago(3_600_000), last_seen: ago(3_000_000) }))).toEqual(['suspended'])
  })
})

// The timeline's pure parts: which timestamps show, in what order, and the wait / run / heartbeat
// durations for each kind of job.
import { describe, expect, it } from 'vitest'
import type { SyncJob } from '../../../../contract/es-connector-types.ts'
import { jobDurations, timelineEntries } from '../../../../src/features/job-detail/job-timeline-panel.tsx'
import { syncJob } from '../../../support/factories.ts'

const T0 = Date.parse('2026-01-01T10:00:00.000Z')
const at = (seconds: number) => new Date(T0 + seconds * 1000).toISOString()

/** A job created at T0 that reported at T0, then changed by `patch`. */
const job = (patch: Partial<SyncJob>): SyncJob => syncJob({ created_at: at(0), last_seen: at(0), ...patch })

describe('timeline', () => {
  it('lists only the timestamps that exist, oldest first, equal instants in protocol order', () => {
    const canceled = job({ status: 'canceled', cancelation_requested_at: at(30), canceled_at: at(30), completed_at: at(30), last_seen: at(0) })
    expect(timelineEntries(canceled).map((entry) => entry.label)).toEqual(['Created', 'Last seen (heartbeat)', 'Cancel requested', 'Canceled', 'Completed'])
  })

  it('counts a pending job’s wait up to now, with no run yet', () => {
    const durations = jobDurations(job({}), T0 + 90_000)
    expect(durations.wait).toEqual({ ms: 90_000, running: true })
    expect(durations.run).toBeUndefined()
  })

  it('fixes the wait at the claim and runs a live job up to now, with the time since its heartbeat', () => {
    const running = job({ status: 'in_progress', started_at: at(12), last_seen: at(100) })
    expect(jobDurations(running, T0 + 130_000)).toEqual({
      wait: { ms: 12_000, running: false },
      run: { ms: 118_000, running: true },
      sinceHeartbeat: 30_000,
    })
  })

  it('ends a completed job’s run at completed_at and shows no heartbeat age', () => {
    const done = job({ status: 'completed', started_at: at(10), completed_at: at(70), last_seen: at(70) })
    expect(jobDurations(done, T0 + 999_000)).toEqual({ wait: { ms: 10_000, running: false }, run: { ms: 60_000, running: false }, sinceHeartbeat: undefined })
  })

  it('ends a job failed through the API (no completed_at) at its last heartbeat', () => {
    const failed = job({ status: 'error', started_at: at(10), last_seen: at(40) })
    expect(jobDurations(failed, T0 + 999_000).run).toEqual({ ms: 30_000, running: false })
  })
})

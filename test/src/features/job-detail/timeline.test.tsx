// The timeline's pure part: which timestamps show, in what order, and what a job's end is called.
// (The durations under it come from lib/durations.ts, tested in test/src/lib/durations.test.ts.)
import { describe, expect, it } from 'vitest'
import type { SyncJob } from '../../../../contract/es-connector-types.ts'
import { timelineEntries } from '../../../../src/features/job-detail/job-timeline-panel.tsx'
import { syncJob } from '../../../support/factories.ts'

const T0 = Date.parse('2026-01-01T10:00:00.000Z')
const at = (seconds: number) => new Date(T0 + seconds * 1000).toISOString()

/** A job created at T0 that reported at T0, then changed by `patch`. */
const job = (patch: Partial<SyncJob>): SyncJob => syncJob({ created_at: at(0), last_seen: at(0), ...patch })

const labels = (j: SyncJob) => timelineEntries(j).map((entry) => entry.label)

describe('timeline', () => {
  it('lists only the timestamps that exist, oldest first, equal instants in protocol order', () => {
    const canceled = job({ status: 'canceled', cancelation_requested_at: at(30), canceled_at: at(30), completed_at: at(30), last_seen: at(0) })
    expect(labels(canceled)).toEqual(['Created', 'Last seen (heartbeat)', 'Cancel requested', 'Canceled', 'Ended'])
  })

  it('calls a failed job’s end "Failed", a completed job’s "Completed"', () => {
    const failed = job({ status: 'error', started_at: at(10), completed_at: at(70), last_seen: at(70), error: 'boom' })
    expect(labels(failed)).toEqual(['Created', 'Started (claimed)', 'Failed', 'Last seen (heartbeat)'])
    expect(labels(failed)).not.toContain('Completed')
    const completed = job({ status: 'completed', started_at: at(10), completed_at: at(70), last_seen: at(70) })
    expect(labels(completed)).toContain('Completed')
  })
})

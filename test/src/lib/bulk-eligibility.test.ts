// Which selected jobs each bulk action applies to, per status (the Connector Protocol's state
// machine), the skipped ones grouped by reason, Run again's one job per connector and job type, and
// which way to stop a job is offered first.
import { describe, expect, it } from 'vitest'
import { SYNC_STATUSES, type SyncStatus } from '../../../contract/es-connector-types.ts'
import { bulkEligibility, eligibleCount, preferredStop, runAgainTargets, summarise, type BulkAction, type BulkJob } from '../../../src/lib/bulk-eligibility.ts'

const job = (id: string, status: SyncStatus, connector = 'c1', jobType: BulkJob['job_type'] = 'full'): BulkJob => ({ id, status, job_type: jobType, connector: { id: connector } })

const ELIGIBLE: Record<BulkAction, SyncStatus[]> = {
  cancel: ['pending', 'in_progress', 'suspended'],
  markFailed: ['in_progress', 'canceling'],
  delete: [...SYNC_STATUSES],
  runAgain: ['canceled', 'completed', 'error'],
}

describe('bulkEligibility', () => {
  for (const [action, statuses] of Object.entries(ELIGIBLE) as [BulkAction, SyncStatus[]][]) {
    for (const status of SYNC_STATUSES) {
      const expected = statuses.includes(status)
      const verdict = expected ? { eligible: true } : { eligible: false, reason: expect.stringMatching(/^Cannot /) }
      it(`${action} ${expected ? 'applies to' : 'skips'} a ${status} job`, () => {
        expect(bulkEligibility(action, status)).toEqual(verdict)
      })
    }
  }

  it('says why a finished job cannot be canceled and a pending one cannot be failed', () => {
    expect(bulkEligibility('cancel', 'completed').reason).toBe('Cannot cancel a completed job: it has already finished.')
    expect(bulkEligibility('markFailed', 'pending').reason).toContain('cancel it instead')
    expect(bulkEligibility('runAgain', 'in_progress').reason).toContain('has not finished')
  })
})

describe('summarise and eligibleCount', () => {
  const jobs = [job('a', 'pending'), job('b', 'completed'), job('c', 'in_progress'), job('d', 'completed'), job('e', 'canceled')]

  it('counts the jobs an action applies to ("Cancel 2 of 5")', () => {
    expect(eligibleCount('cancel', jobs)).toBe(2)
    expect(eligibleCount('markFailed', jobs)).toBe(1)
    expect(eligibleCount('delete', jobs)).toBe(5)
    expect(eligibleCount('runAgain', jobs)).toBe(3)
    expect(eligibleCount('cancel', [])).toBe(0)
  })

  it('groups the skipped jobs by reason, in the order first met', () => {
    const summary = summarise('cancel', jobs)
    expect(summary.eligible.map((each) => each.id)).toEqual(['a', 'c'])
    expect(summary.skipped.map((group) => [group.reason, group.jobs.map((each) => each.id)])).toEqual([
      ['Cannot cancel a completed job: it has already finished.', ['b', 'd']],
      ['Cannot cancel a canceled job: it has already been canceled.', ['e']],
    ])
  })
})

describe('runAgainTargets', () => {
  it('starts one job per connector and job type, from finished jobs only', () => {
    const targets = runAgainTargets([
      job('a', 'error', 'c1', 'full'),
      job('b', 'error', 'c1', 'full'),
      job('c', 'completed', 'c1', 'incremental'),
      job('d', 'error', 'c2', 'full'),
      job('e', 'pending', 'c3', 'full'),
    ])
    expect(targets.map((target) => [target.connectorId, target.jobType, target.sourceIds])).toEqual([
      ['c1', 'full', ['a', 'b']],
      ['c1', 'incremental', ['c']],
      ['c2', 'full', ['d']],
    ])
  })

  it('keeps connectors apart whose ids only differ by where a separator falls', () => {
    const targets = runAgainTargets([job('a', 'error', 'x-full', 'incremental'), job('b', 'error', 'x', 'full')])
    expect(targets).toHaveLength(2)
  })
})

describe('preferredStop', () => {
  const now = Date.parse('2026-01-01T12:00:00Z')
  const ago = (ms: number) => new Date(now - ms).toISOString()

  it('offers a cancel request for a job whose worker reports', () => {
    expect(preferredStop({ ...job('a', 'in_progress'), last_seen: ago(5_000) }, now)).toBe('request')
    expect(preferredStop({ ...job('a', 'canceling'), last_seen: ago(5_000), cancelation_requested_at: ago(120_000) }, now)).toBe('request')
    expect(preferredStop(job('a', 'pending'), now)).toBe('request')
  })

  it('offers force when a job has been canceling for over a minute without a heartbeat', () => {
    expect(preferredStop({ ...job('a', 'canceling'), last_seen: ago(90_000), cancelation_requested_at: ago(70_000) }, now)).toBe('force')
    // Requested only just now: the worker still has time to acknowledge.
    expect(preferredStop({ ...job('a', 'canceling'), last_seen: ago(90_000), cancelation_requested_at: ago(10_000) }, now)).toBe('request')
  })

  it('offers force for a running job whose worker has been silent for over a minute', () => {
    expect(preferredStop({ ...job('a', 'in_progress'), last_seen: ago(61_000) }, now)).toBe('force')
  })
})

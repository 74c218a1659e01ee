// Which statuses the job page keeps polling: everything a worker may still move.
import { describe, expect, it } from 'vitest'
import { SYNC_STATUSES } from '../../../../contract/es-connector-types.ts'
import { isPolledStatus, POLL_INTERVAL_MS } from '../../../../src/features/job-detail/polling.ts'

describe('job page polling', () => {
  it('polls pending, in_progress, canceling and suspended jobs, and stops for finished ones', () => {
    const polled = SYNC_STATUSES.filter((status) => isPolledStatus(status))
    expect(polled.toSorted()).toEqual(['canceling', 'in_progress', 'pending', 'suspended'])
    expect(isPolledStatus(undefined)).toBe(false)
  })

  it('polls every 2 to 3 seconds', () => {
    expect(POLL_INTERVAL_MS).toBeGreaterThanOrEqual(2_000)
    expect(POLL_INTERVAL_MS).toBeLessThanOrEqual(3_000)
  })
})

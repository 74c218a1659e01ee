// Outcome bars at their edges: 24 hourly and 7 daily buckets aligned to whole hours and days (in a
// given UTC offset), a job in the bucket where it ended, ids grouped by connector, and `capped` only
// when a full window stops after the period began.
import { describe, expect, it } from 'vitest'
import { RESULT_WINDOW } from '../../../contract/es-connector-types.ts'
import { outcomeBuckets } from '../../../src/lib/outcome-buckets.ts'
import { DAY, HOUR, MINUTE, NOW, finishedJob, iso, pendingJob, runningJob } from '../../support/fleet.ts'

// NOW is 12:00 exactly; move it into the hour so the partial last bucket shows.
const now = NOW + 30 * MINUTE

describe('per hour over 24 hours', () => {
  it('24 whole-hour buckets, the last holding now', () => {
    const { buckets, start } = outcomeBuckets([], '24h', now)
    expect(buckets).toHaveLength(24)
    expect(start).toBe(NOW - 23 * HOUR)
    expect(buckets.at(-1)).toMatchObject({ start: NOW, end: NOW + HOUR, completed: 0, failed: 0, canceled: 0, connectors: [] })
  })

  it('counts each job where it ended; a job ending on a bucket edge opens the later bucket', () => {
    const jobs = [
      finishedJob('a', 'completed', 30 * MINUTE), // 12:00 exactly: the last bucket
      finishedJob('b', 'error', 30 * MINUTE + 1), // 11:59:59.999
      finishedJob('c', 'canceled', 31 * MINUTE, { connector: { id: 'connector-2' } }),
      finishedJob('d', 'error', 23 * HOUR + 30 * MINUTE), // 13:00 yesterday: the first bucket's start
      finishedJob('too-old', 'completed', 23 * HOUR + 30 * MINUTE + 1),
    ].map((job) => ({ ...job, completed_at: iso(Date.parse(job.completed_at!) + 30 * MINUTE) })) // ended relative to `now`
    const { buckets } = outcomeBuckets(jobs, '24h', now)
    expect(buckets.at(-1)).toMatchObject({ completed: 1, failed: 0, connectors: [{ connectorId: 'connector-1', completed: ['a'], failed: [], canceled: [] }] })
    expect(buckets.at(-2)).toMatchObject({
      completed: 0,
      failed: 1,
      canceled: 1,
      connectors: [
        { connectorId: 'connector-1', completed: [], failed: ['b'], canceled: [] },
        { connectorId: 'connector-2', completed: [], failed: [], canceled: ['c'] },
      ],
    })
    expect(buckets[0]).toMatchObject({ failed: 1 })
    expect(buckets.reduce((sum, bucket) => sum + bucket.completed + bucket.failed + bucket.canceled, 0)).toBe(4)
  })

  it('a failed job without completed_at ends at its last heartbeat; running and pending jobs are not outcomes', () => {
    const failed = { ...finishedJob('failed', 'error', 2 * HOUR), completed_at: undefined }
    const { buckets } = outcomeBuckets([failed, runningJob('run', HOUR), pendingJob('wait', MINUTE)], '24h', NOW)
    expect(buckets.flatMap((bucket) => bucket.connectors.flatMap((group) => [...group.completed, ...group.failed, ...group.canceled]))).toEqual(['failed'])
    expect(buckets.at(-3)?.failed).toBe(1)
  })

  it('lists a bucket’s jobs newest first', () => {
    const jobs = [finishedJob('older', 'completed', 20 * MINUTE), finishedJob('newer', 'completed', 10 * MINUTE)]
    expect(outcomeBuckets(jobs, '24h', NOW).buckets.at(-2)?.connectors[0]?.completed).toEqual(['newer', 'older'])
  })
})

describe('per day over 7 days', () => {
  it('7 whole-day buckets in UTC', () => {
    const { buckets, start } = outcomeBuckets([finishedJob('x', 'completed', 13 * HOUR)], '7d', now)
    expect(buckets).toHaveLength(7)
    expect(iso(start)).toBe('2026-05-26T00:00:00.000Z')
    expect(iso(buckets.at(-1)!.start)).toBe('2026-06-01T00:00:00.000Z')
    // Ended at 23:00 on 31 May.
    expect(buckets.at(-2)?.completed).toBe(1)
  })

  it('aligned to local days with a UTC offset', () => {
    // UTC+2: the local day began at 22:00 UTC on 31 May, so a job that ended at 23:00 UTC is today.
    const { buckets } = outcomeBuckets([finishedJob('x', 'completed', 13 * HOUR)], '7d', now, { utcOffsetMinutes: 120 })
    expect(iso(buckets.at(-1)!.start)).toBe('2026-05-31T22:00:00.000Z')
    expect(buckets.at(-1)?.completed).toBe(1)
  })
})

/** `size` jobs created a minute ago, but the last, created `oldestCreatedAgo`. */
const window = (size: number, oldestCreatedAgo: number) =>
  Array.from({ length: size }, (_, index) => pendingJob(`job-${index}`, index === size - 1 ? oldestCreatedAgo : MINUTE))

describe('capped', () => {
  it('when the window is full and its oldest job was created after the period began', () => {
    const result = outcomeBuckets(window(RESULT_WINDOW, 10 * HOUR), '24h', NOW)
    expect(result).toMatchObject({ capped: true, windowStart: NOW - 10 * HOUR })
  })

  it('not when the full window reaches back to the period’s start, or the window is not full', () => {
    expect(outcomeBuckets(window(RESULT_WINDOW, 23 * HOUR), '24h', NOW).capped).toBe(false)
    expect(outcomeBuckets(window(RESULT_WINDOW, 23 * HOUR - 1), '24h', NOW).capped).toBe(true)
    expect(outcomeBuckets(window(RESULT_WINDOW - 1, HOUR), '24h', NOW)).not.toHaveProperty('windowStart')
    expect(outcomeBuckets(window(RESULT_WINDOW - 1, HOUR), '24h', NOW).capped).toBe(false)
    expect(outcomeBuckets(window(RESULT_WINDOW, 2 * DAY), '7d', NOW).capped).toBe(true)
  })

  it('with a smaller window limit', () => {
    expect(outcomeBuckets(window(100, HOUR), '24h', NOW, { windowLimit: 100 }).capped).toBe(true)
  })
})

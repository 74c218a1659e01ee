// Worker hosts from the jobs window: running jobs, freshest heartbeat, completed / failed counts and
// the host-blame rule at its thresholds (2× the other hosts' failure rate, 10 points above it, 5
// finished jobs on each side), and documents per second of running.
import { describe, expect, it } from 'vitest'
import type { SyncJob, SyncStatus } from '../../../contract/es-connector-types.ts'
import { HOST_MIN_FINISHED, failsFarMoreOften, workerStats } from '../../../src/lib/worker-stats.ts'
import { HOUR, MINUTE, NOW, RUN_MS, SECOND, finishedJob, pendingJob, runningJob } from '../../support/fleet.ts'

/** `count` finished jobs of `status` on `host`, ended 1, 2, … hours ago. */
const many = (host: string, status: 'completed' | 'error' | 'canceled', count: number, extra: Partial<SyncJob> = {}): SyncJob[] =>
  Array.from({ length: count }, (_, index) => finishedJob(`${host}-${status}-${index}`, status, (index + 1) * HOUR, { worker_hostname: host, ...extra }))

const byHost = (jobs: SyncJob[]) => new Map(workerStats(jobs, NOW).map((stats) => [stats.hostname, stats]))
const rate = (finished: number, failed: number) => ({ finished, failed, failureRate: finished > 0 ? failed / finished : undefined })

describe('per host', () => {
  it('running jobs, freshest heartbeat, counts and failure rate against the rest', () => {
    const jobs = [
      ...many('a', 'completed', 3),
      ...many('a', 'error', 1),
      ...many('a', 'canceled', 2),
      runningJob('run-a', 10 * MINUTE, { worker_hostname: 'a', last_seen: new Date(NOW - 7 * SECOND).toISOString() }),
      runningJob('stop-a', 10 * MINUTE, { worker_hostname: 'a', status: 'canceling', last_seen: new Date(NOW - 20 * SECOND).toISOString() }),
      ...many('b', 'completed', 4),
      pendingJob('unclaimed', MINUTE),
    ]
    const a = byHost(jobs).get('a')!
    expect(a).toMatchObject({
      hostname: 'a',
      runningJobIds: ['run-a', 'stop-a'],
      freshestHeartbeat: NOW - 7 * SECOND,
      silentForMs: 7 * SECOND,
      completed: 3,
      failed: 1,
      canceled: 2,
      finished: 4,
      failureRate: 0.25,
      failedJobIds: ['a-error-0'],
      rest: rate(4, 0),
      flagged: false,
    })
    expect([...byHost(jobs).keys()]).toEqual(['a', 'b'])
  })

  it('documents per second of running over its completed jobs; none without one', () => {
    const jobs = [...many('a', 'completed', 2, { indexed_document_count: 6000 }), ...many('b', 'error', 1, { indexed_document_count: 50 })]
    expect(byHost(jobs).get('a')?.documentsPerSecond).toBe(12000 / ((2 * RUN_MS) / 1000))
    expect(byHost(jobs).get('b')?.documentsPerSecond).toBeUndefined()
  })
})

describe('host blame', () => {
  it('flags a host failing twice as often as the rest and 10 points more, with 5 finished jobs on each side', () => {
    // b: 2 of 5 (40 %); a: 2 of 10 (20 %): exactly twice, 20 points above.
    const jobs = [...many('a', 'completed', 8), ...many('a', 'error', 2), ...many('b', 'completed', 3), ...many('b', 'error', 2)]
    const stats = workerStats(jobs, NOW)
    expect(stats.map((host) => [host.hostname, host.flagged])).toEqual([
      ['b', true],
      ['a', false],
    ])
    expect(stats[0]?.flag).toBe('b failed 2 of 5 finished jobs (40 %); the other hosts 20 % (2 of 10).')
  })

  it.each([
    ['just under twice the rest’s rate', rate(100, 39), rate(100, 20), false],
    ['twice the rest’s rate', rate(100, 40), rate(100, 20), true],
    ['twice, but under 10 points above', rate(100, 8), rate(100, 4), false],
    ['exactly 10 points above a clean fleet', rate(10, 1), rate(10, 0), true],
    [`only ${HOST_MIN_FINISHED - 1} finished jobs on the host`, rate(HOST_MIN_FINISHED - 1, 4), rate(100, 0), false],
    [`only ${HOST_MIN_FINISHED - 1} finished jobs elsewhere`, rate(100, 90), rate(HOST_MIN_FINISHED - 1, 0), false],
    [`${HOST_MIN_FINISHED} finished jobs on each side`, rate(HOST_MIN_FINISHED, 5), rate(HOST_MIN_FINISHED, 0), true],
  ])('%s → %s', (_, host, rest, flagged) => {
    expect(failsFarMoreOften(host, rest)).toBe(flagged)
  })

  it('a single host has nothing to be compared with', () => {
    expect(workerStats(many('a', 'error', 10), NOW)[0]?.flagged).toBe(false)
  })
})

describe('what is left out', () => {
  it('jobs without a worker, and canceled jobs from the rate', () => {
    const statuses: SyncStatus[] = ['pending', 'suspended']
    const jobs = [...statuses.map((status, index) => pendingJob(`p${index}`, MINUTE, { status })), ...many('a', 'canceled', 5)]
    expect(workerStats(jobs, NOW)).toEqual([expect.objectContaining({ hostname: 'a', finished: 0, failureRate: undefined, canceled: 5 })])
  })
})

// The seeded fleet as an operator sees it: every situation a connectors overview must show is there at
// the default seed and at the e2e servers' seed 7, found from the wire data alone; the history follows
// each connector's schedules; and the connector documents carry what the connector service would have
// written (last_seen, last-sync fields, *_scheduled_at).

import { describe, expect, it } from 'vitest'
import type { Connector, JobType, SyncJob } from '../../../contract/es-connector-types.ts'
import { generateSeed, type SeedData } from '../../../server/emulator/seed.ts'
import { FLAKY_WORKER_HOSTNAME } from '../../../server/emulator/seed-vocabulary.ts'
import {
  failingInARow,
  failuresAfterChange,
  fleetOf,
  hostFailureRates,
  massDeletion,
  missedSchedule,
  neverSynced,
  noSchedule,
  occurrences,
  onTime,
  serviceGone,
  shortSchedule,
  stalledCursor,
} from './support/fleet.ts'

const NOW = Date.parse('2026-11-22T15:00:00.000Z')
const MINUTE = 60_000
const SERVICE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{6})?\+00:00$/
const SCHEDULED_AT = { full: 'last_sync_scheduled_at', incremental: 'last_incremental_sync_scheduled_at', access_control: 'last_access_control_sync_scheduled_at' } as const

/** The sync of a family that started last: what `sync_starts` and `sync_done` last wrote about. */
function newestStarted(jobs: readonly SyncJob[], inFamily: (jobType: JobType) => boolean): SyncJob | undefined {
  return jobs.filter((job) => inFamily(job.job_type) && job.started_at !== undefined).toSorted((a, b) => Date.parse(a.started_at!) - Date.parse(b.started_at!)).at(-1)
}

/**
 * The config-change connector's story, as the "Failing since a change" rule (src/lib/connector-insights.ts
 * configBlame) reads it: its content syncs' finished jobs (canceled ones aside, oldest first), the last
 * one that completed, and the failures after it. Undefined when no connector's filtering changed.
 */
const filteringOf = (job: SyncJob) => JSON.stringify(job.connector.filtering)

function changeStory(seed: SeedData): { before: SyncJob; failures: SyncJob[] } | undefined {
  for (const connector of seed.connectors) {
    const content = seed.jobs.filter((job) => job.connector.id === connector.id && job.job_type !== 'access_control')
    const snapshots = new Set(content.map(filteringOf))
    if (snapshots.size < 2) continue
    const finished = content.filter((job) => job.status === 'completed' || job.status === 'error').toSorted((a, b) => Date.parse(a.completed_at!) - Date.parse(b.completed_at!))
    const last = finished.findLastIndex((job) => job.status === 'completed')
    return { before: finished[last]!, failures: finished.slice(last + 1) }
  }
  return undefined
}

describe('the connector whose syncs fail since its filtering changed', () => {
  // The e2e servers seed at the time they start: the story must hold whatever `now` is, on every seed.
  const cases = Array.from({ length: 40 }, (_, i) => ({ seed: i + 1, now: NOW + i * 97 * MINUTE }))

  it.each(cases)('seed $seed: the first failure carries the changed filtering and the sync before it, completed, the old one', ({ seed: seedNumber, now }) => {
    const seed = generateSeed({ seed: seedNumber, connectors: 12, jobs: 300, now })
    const story = changeStory(seed)
    expect(story).toBeDefined()
    const { before, failures } = story!
    expect(failures.length).toBeGreaterThanOrEqual(2)
    expect(filteringOf(failures[0]!)).not.toBe(filteringOf(before))
    // Every failure since carries the new filtering, and nothing before the change does.
    expect(new Set(failures.map(filteringOf)).size).toBe(1)
    expect(seed.jobs.filter((job) => job.connector.id === before.connector.id && job.job_type !== 'access_control' && Date.parse(job.created_at) <= Date.parse(before.created_at)).every((job) => filteringOf(job) === filteringOf(before))).toBe(true)
  })
})

describe.each([1, 7])('the fleet of seed %i (12 connectors, 300 jobs)', (seedNumber) => {
  const seed = generateSeed({ seed: seedNumber, connectors: 12, jobs: 300, now: NOW })
  const fleet = fleetOf(seed, NOW)

  it('shows every situation a connectors overview must show, each on its own connector', () => {
    const failing = failingInARow(fleet)
    const afterChange = failuresAfterChange(fleet)
    const situations = {
      onTime: onTime(fleet),
      failing: failing.filter((id) => !afterChange.includes(id)),
      missed: missedSchedule(fleet),
      serviceGone: serviceGone(fleet),
      neverSynced: neverSynced(fleet),
      noSchedule: noSchedule(fleet),
      stalledCursor: stalledCursor(fleet),
      massDeletion: massDeletion(fleet),
      afterChange,
      shortSchedule: shortSchedule(fleet),
    }
    expect(situations.onTime.length).toBeGreaterThanOrEqual(3)
    expect(Object.entries(situations).filter(([, ids]) => ids.length === 0).map(([name]) => name)).toEqual([])
    const singles = [situations.failing, situations.missed, situations.serviceGone, situations.neverSynced, situations.noSchedule, situations.stalledCursor, situations.massDeletion, situations.afterChange]
    expect(new Set(singles.map((ids) => ids[0])).size).toBe(singles.length)
    // The short schedule belongs to a connector that is on time: its scheduled jobs arrive live.
    expect(situations.shortSchedule.some((id) => situations.onTime.includes(id))).toBe(true)
  })

  it('runs its syncs on several hosts, one of which fails far more often than the others', () => {
    const rates = hostFailureRates(fleet)
    expect(rates.size).toBeGreaterThanOrEqual(4)
    const flaky = rates.get(FLAKY_WORKER_HOSTNAME)!
    expect(flaky.runs).toBeGreaterThanOrEqual(20)
    expect(flaky.rate).toBeGreaterThan(0.25)
    // The others fail now and then, and more where a failing connector's syncs landed.
    const others = [...rates].filter(([host, { runs }]) => host !== FLAKY_WORKER_HOSTNAME && runs >= 20)
    expect(others.filter(([, { rate }]) => flaky.rate <= 2 * rate)).toEqual([])
  })

  it('has a scheduled job within a poll of every occurrence of every enabled schedule, and none off them', () => {
    const problems: string[] = []
    for (const connector of seed.connectors) {
      const jobs = fleet.jobsOf.get(connector.id)!
      for (const jobType of ['full', 'incremental', 'access_control'] as const) {
        const scheduled = jobs.filter((job) => job.trigger_method === 'scheduled' && job.job_type === jobType)
        if (!connector.scheduling[jobType].enabled) {
          if (scheduled.length > 0) problems.push(`${connector.name}: ${jobType} jobs without a schedule`)
          continue
        }
        if (scheduled.length === 0) continue
        const first = Date.parse(scheduled[0]!.created_at)
        const last = Date.parse(scheduled.at(-1)!.created_at)
        const ticks = occurrences(connector, jobType, first - 30_000, last)
        const created = scheduled.map((job) => Date.parse(job.created_at))
        if (ticks.length !== created.length) problems.push(`${connector.name}: ${ticks.length} ${jobType} occurrences, ${created.length} jobs`)
        created.forEach((at, i) => {
          const delay = at - (ticks[i] ?? Number.NaN)
          if (!(delay >= 0 && delay <= 30_000)) problems.push(`${connector.name}: ${jobType} job ${i} created ${delay} ms after its occurrence`)
        })
      }
    }
    expect(problems).toEqual([])
  })

  it('writes on each connector what the connector service would have written by now', () => {
    const problems: string[] = []
    const check = (connector: Connector, what: string, ok: boolean) => {
      if (!ok) problems.push(`${connector.name}: ${what}`)
    }
    for (const connector of seed.connectors) {
      const jobs = fleet.jobsOf.get(connector.id)!
      const document = connector as Connector & Record<string, unknown>
      const heartbeatAge = NOW - Date.parse(connector.last_seen ?? '')
      check(connector, `last_seen ${connector.last_seen}`, heartbeatAge <= 300_000 || heartbeatAge > 30 * MINUTE)
      for (const jobType of ['full', 'incremental', 'access_control'] as const) {
        const value = document[SCHEDULED_AT[jobType]] as string | undefined
        const newest = jobs.filter((job) => job.trigger_method === 'scheduled' && job.job_type === jobType).at(-1)
        const delay = newest && value ? Date.parse(newest.created_at) - Date.parse(value) : Number.NaN
        check(connector, `${SCHEDULED_AT[jobType]} ${value}`, newest ? SERVICE_TIME.test(value ?? '') && Date.parse(value!) % MINUTE === 0 && delay >= 0 && delay <= 30_000 : value === undefined)
      }
      for (const [name, family, status, error] of [
        ['content', newestStarted(jobs, (jobType) => jobType !== 'access_control'), connector.last_sync_status, document.last_sync_error],
        ['access control', newestStarted(jobs, (jobType) => jobType === 'access_control'), connector.last_access_control_sync_status, document.last_access_control_sync_error],
      ] as const) {
        const running = family?.status === 'in_progress' || family?.status === 'canceling'
        const expected = family === undefined ? [undefined, undefined] : [running ? 'in_progress' : family.status, running ? null : (family.error ?? null)]
        check(connector, `${name} ${status} ${error}, expected ${expected.join(' ')}`, status === expected[0] && error === expected[1])
      }
      const ended = jobs.some((job) => job.started_at !== undefined && ['completed', 'error', 'canceled', 'suspended'].includes(job.status))
      check(connector, `last_synced ${connector.last_synced}`, ended ? SERVICE_TIME.test(connector.last_synced ?? '') : connector.last_synced === undefined)
      check(connector, `status ${connector.status} error ${document.error}`, connector.status === 'error' ? typeof connector.error === 'string' : connector.status !== 'connected' || document.error === null)
    }
    expect(problems).toEqual([])
  })
})

describe('generateSeed at scale', () => {
  it('seeds 100,000 jobs over 1,000 connectors with every situation present', { timeout: 60_000 }, () => {
    const seed = generateSeed({ seed: 1, connectors: 1000, jobs: 100_000, now: NOW })
    expect(seed.connectors).toHaveLength(1000)
    expect(seed.jobs).toHaveLength(100_000)
    const fleet = fleetOf(seed, NOW)
    const finders = [failingInARow, missedSchedule, serviceGone, neverSynced, noSchedule, stalledCursor, massDeletion, failuresAfterChange, shortSchedule]
    expect(finders.filter((find) => find(fleet).length === 0).map((find) => find.name)).toEqual([])
    expect(new Set(seed.jobs.map((job) => job.id)).size).toBe(100_000)
  })

  it('gives small fleets a consistent history too', () => {
    for (const [connectors, jobs] of [[1, 50], [2, 5], [4, 40], [8, 240]] as const) {
      const seed = generateSeed({ seed: 3, connectors, jobs, now: NOW })
      expect(seed.jobs).toHaveLength(jobs)
      expect(seed.connectors).toHaveLength(connectors)
    }
  })
})

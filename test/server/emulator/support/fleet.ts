// How a connectors overview would spot each situation in the seed, from the wire data alone: connector
// documents and their sync jobs (never the seed's own bookkeeping). Each finder returns the ids of the
// connectors that show it.

import type { Connector, JobType, SyncJob } from '../../../../contract/es-connector-types.ts'
import type { SeedData } from '../../../../server/emulator/seed.ts'
import { readServiceSchedule, serviceRunsBetween } from '../../../../server/emulator/service-cron.ts'

const MINUTE = 60_000
const ms = (value: string | undefined | null) => (value ? Date.parse(value) : Number.NaN)
const terminal = (job: SyncJob) => ['completed', 'error', 'canceled'].includes(job.status)

export interface Fleet {
  now: number
  connectors: Connector[]
  /** Each connector's jobs, oldest first. */
  jobsOf: Map<string, SyncJob[]>
}

export function fleetOf(seed: SeedData, now: number): Fleet {
  const jobsOf = new Map<string, SyncJob[]>(seed.connectors.map((connector) => [connector.id, []]))
  for (const job of seed.jobs) jobsOf.get(job.connector.id)?.push(job)
  return { now, connectors: seed.connectors, jobsOf }
}

const contentJobs = (fleet: Fleet, id: string) => fleet.jobsOf.get(id)!.filter((job) => job.job_type !== 'access_control')
const enabledTypes = (connector: Connector) => (Object.entries(connector.scheduling) as [JobType, { enabled: boolean; interval: string }][]).filter(([, entry]) => entry.enabled)

/** The occurrences of a connector's enabled schedule of this type between two instants. */
export function occurrences(connector: Connector, jobType: JobType, from: number, to: number): number[] {
  const schedule = readServiceSchedule(connector.scheduling[jobType].interval).schedule
  return schedule ? serviceRunsBetween(schedule, from, to) : []
}

const servedNow = (fleet: Fleet, connector: Connector) => fleet.now - ms(connector.last_seen) <= 330_000

/** Served, connected, and every enabled schedule's latest occurrence has its scheduled job. */
export function onTime(fleet: Fleet): string[] {
  return fleet.connectors
    .filter((connector) => connector.status === 'connected' && servedNow(fleet, connector) && enabledTypes(connector).length > 0)
    .filter((connector) =>
      enabledTypes(connector).every(([jobType]) => {
        const latest = occurrences(connector, jobType, fleet.now - 8 * 24 * 60 * MINUTE, fleet.now - MINUTE).at(-1)
        return latest === undefined || fleet.jobsOf.get(connector.id)!.some((job) => job.trigger_method === 'scheduled' && job.job_type === jobType && ms(job.created_at) - latest >= 0 && ms(job.created_at) - latest <= 30_000)
      }),
    )
    .map((connector) => connector.id)
}

/** The last `count` finished content syncs all failed with one error. */
export function failingInARow(fleet: Fleet, count = 4): string[] {
  return fleet.connectors
    .filter((connector) => {
      const finished = contentJobs(fleet, connector.id).filter(terminal).slice(-count)
      return finished.length === count && finished.every((job) => job.status === 'error' && job.error === finished[0]!.error)
    })
    .map((connector) => connector.id)
}

/** A schedule's latest occurrence (over a minute ago) has no job, and the connector says why. */
export function missedSchedule(fleet: Fleet): string[] {
  return fleet.connectors
    .filter((connector) => servedNow(fleet, connector) && connector.status === 'error' && connector.error)
    .filter((connector) =>
      enabledTypes(connector).some(([jobType]) => {
        const latest = occurrences(connector, jobType, fleet.now - 8 * 24 * 60 * MINUTE, fleet.now - MINUTE).at(-1)
        return latest !== undefined && !fleet.jobsOf.get(connector.id)!.some((job) => job.job_type === jobType && ms(job.created_at) >= latest)
      }),
    )
    .map((connector) => connector.id)
}

/** No heartbeat for over 30 minutes while jobs wait. */
export function serviceGone(fleet: Fleet): string[] {
  return fleet.connectors
    .filter((connector) => fleet.now - ms(connector.last_seen) > 30 * MINUTE)
    .filter((connector) => fleet.jobsOf.get(connector.id)!.some((job) => job.status === 'pending' || job.status === 'suspended'))
    .map((connector) => connector.id)
}

export function neverSynced(fleet: Fleet): string[] {
  return fleet.connectors.filter((connector) => connector.last_synced === undefined && fleet.jobsOf.get(connector.id)!.length === 0).map((connector) => connector.id)
}

/** Every schedule disabled, yet synced (on demand). */
export function noSchedule(fleet: Fleet): string[] {
  return fleet.connectors
    .filter((connector) => enabledTypes(connector).length === 0 && fleet.jobsOf.get(connector.id)!.length > 0)
    .filter((connector) => fleet.jobsOf.get(connector.id)!.every((job) => job.trigger_method === 'on_demand'))
    .map((connector) => connector.id)
}

/** The newest `count` completed incremental syncs indexed nothing and started from one cursor. */
export function stalledCursor(fleet: Fleet, count = 3): string[] {
  return fleet.connectors
    .filter((connector) => {
      const incrementals = fleet.jobsOf.get(connector.id)!.filter((job) => job.job_type === 'incremental' && job.status === 'completed').slice(-count)
      if (incrementals.length < count) return false
      const cursor = JSON.stringify(incrementals[0]!.connector.sync_cursor)
      return cursor !== undefined && incrementals.every((job) => job.indexed_document_count === 0 && JSON.stringify(job.connector.sync_cursor) === cursor)
    })
    .map((connector) => connector.id)
}

/** The share of the index a sync deleted. */
const deletedShare = (job: SyncJob) => job.deleted_document_count / Math.max(1, job.total_document_count + job.deleted_document_count)
/** What a job's snapshot says about its filtering and pipeline. */
const rulesOf = (job: SyncJob) => JSON.stringify([job.connector.filtering, job.connector.pipeline])

/** The newest completed full sync deleted a large share of the index; the ones before hardly any. */
export function massDeletion(fleet: Fleet): string[] {
  return fleet.connectors
    .filter((connector) => {
      const fulls = fleet.jobsOf.get(connector.id)!.filter((job) => job.job_type === 'full' && job.status === 'completed')
      const newest = fulls.at(-1)
      return newest !== undefined && fulls.length >= 2 && deletedShare(newest) > 0.25 && fulls.slice(0, -1).every((job) => deletedShare(job) < 0.05)
    })
    .map((connector) => connector.id)
}

/** Its content syncs fail since the first job whose snapshot's filtering or pipeline differs from the job before. */
export function failuresAfterChange(fleet: Fleet): string[] {
  return fleet.connectors
    .filter((connector) => {
      const jobs = contentJobs(fleet, connector.id).filter(terminal)
      const change = jobs.findIndex((job, i) => i > 0 && rulesOf(job) !== rulesOf(jobs[i - 1]!))
      return change > 0 && jobs[change - 1]!.status === 'completed' && jobs.slice(change).length >= 2 && jobs.slice(change).every((job) => job.status === 'error')
    })
    .map((connector) => connector.id)
}

/** A schedule that fires every few minutes (under ten). */
export function shortSchedule(fleet: Fleet): string[] {
  return fleet.connectors
    .filter((connector) => enabledTypes(connector).some(([jobType]) => occurrences(connector, jobType, fleet.now - 60 * MINUTE, fleet.now).length >= 6))
    .map((connector) => connector.id)
}

/** Failure rates of finished syncs per worker host. */
export function hostFailureRates(fleet: Fleet): Map<string, { runs: number; rate: number }> {
  const counts = new Map<string, { runs: number; failed: number }>()
  for (const jobs of fleet.jobsOf.values()) {
    for (const job of jobs) {
      if (!job.worker_hostname || !terminal(job) || job.status === 'canceled') continue
      const entry = counts.get(job.worker_hostname) ?? { runs: 0, failed: 0 }
      entry.runs++
      if (job.status === 'error') entry.failed++
      counts.set(job.worker_hostname, entry)
    }
  }
  return new Map([...counts].map(([host, { runs, failed }]) => [host, { runs, rate: failed / runs }]))
}

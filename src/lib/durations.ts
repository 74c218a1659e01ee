// One model of a sync job's time spans, for the list and the job page alike: how long it waited for a
// worker, how long it ran, how long it has been suspended, and how long its worker has been silent.
// From the connector service's behaviour: a worker claims a pending job (started_at) and reports
// every 10 s (last_seen) while the job is in_progress or canceling; completing, failing or canceling
// it stamps completed_at, except Elasticsearch's own `_error`, which stamps nothing, so the last
// heartbeat stands in. A suspended job is one whose service was shut down mid-sync: it stopped running
// at its last heartbeat and waits, without a worker, for a restart that resumes it under the same id.
//
// Spans are intervals; one without an end is still going and is measured up to "now". Which "now"
// is the caller's: while the cluster cannot be read, views pass the time of the last successful read
// (see frozenAt), so a job does not look silent because the dashboard is blind.
import type { SyncJobRow, SyncStatus } from '../../contract/es-connector-types.ts'
import { parseTimestamp } from './time.ts'

export interface Interval {
  from: number
  /** Undefined while the span is still going: it is measured up to now. */
  to: number | undefined
}

export interface JobIntervals {
  /** Created → claimed; up to now while pending. Absent for a job no worker ever claimed that no longer waits. */
  wait: Interval | undefined
  /** Claimed → stopped; up to now while a worker runs it. A suspended job ran until its last heartbeat. */
  run: Interval | undefined
  /** A suspended job: since it stopped (its last heartbeat), up to now. */
  suspended: Interval | undefined
  /** Since the worker last reported, up to now: only while a worker owns the job (in_progress, canceling). */
  silence: Interval | undefined
}

/** A worker owns the job and reports on it: the only statuses with a heartbeat worth watching. */
export function isWorkerOwned(status: SyncStatus): boolean {
  return status === 'in_progress' || status === 'canceling'
}

/** When the worker last reported: its heartbeat, else its claim, else the job's creation. */
export function lastHeartbeat(job: SyncJobRow): number | undefined {
  return parseTimestamp(job.last_seen) ?? parseTimestamp(job.started_at) ?? parseTimestamp(job.created_at)
}

/** When a finished or suspended job stopped running. */
function stoppedAt(job: SyncJobRow): number | undefined {
  return parseTimestamp(job.completed_at) ?? parseTimestamp(job.canceled_at) ?? parseTimestamp(job.last_seen)
}

export function jobIntervals(job: SyncJobRow): JobIntervals {
  const created = parseTimestamp(job.created_at)
  const started = parseTimestamp(job.started_at)
  const owned = isWorkerOwned(job.status)

  let wait: Interval | undefined
  if (created !== undefined && started !== undefined) wait = { from: created, to: started }
  else if (created !== undefined && job.status === 'pending') wait = { from: created, to: undefined }

  let run: Interval | undefined
  let suspended: Interval | undefined
  if (started !== undefined && job.status !== 'pending') {
    if (owned) {
      run = { from: started, to: undefined }
    } else {
      const stopped = stoppedAt(job)
      if (stopped !== undefined) run = { from: started, to: stopped }
      if (job.status === 'suspended' && stopped !== undefined) suspended = { from: stopped, to: undefined }
    }
  } else if (job.status === 'suspended') {
    const stopped = stoppedAt(job)
    if (stopped !== undefined) suspended = { from: stopped, to: undefined }
  }

  const heard = owned ? lastHeartbeat(job) : undefined
  const silence = heard === undefined ? undefined : { from: heard, to: undefined }
  return { wait, run, suspended, silence }
}

/** The length of a span in ms, never negative (the cluster's clock and the browser's may differ). */
export function intervalMs(interval: Interval, now: number): number {
  return Math.max(0, (interval.to ?? now) - interval.from)
}

export const isGrowing = (interval: Interval): boolean => interval.to === undefined

/** What the job's end (`completed_at`) means for its status: a failed job did not complete. */
export function endLabel(status: SyncStatus): string {
  if (status === 'completed') return 'Completed'
  if (status === 'error') return 'Failed'
  return 'Ended'
}

/** What a view knows of its data's freshness. */
export interface Freshness {
  /** Epoch ms of the last successful read; 0 before the first. */
  updatedAt: number
  /** The latest read failed (after its retries). */
  failing: boolean
}

/**
 * The "now" a view measures a job's spans and flags against, when it is not the wall clock: the time
 * of the last successful read while the latest read failed — what happened to the job after that is
 * unknown, not silence. Undefined while reads succeed.
 */
export function frozenAt({ updatedAt, failing }: Freshness): number | undefined {
  return failing && updatedAt > 0 ? updatedAt : undefined
}


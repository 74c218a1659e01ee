// How one sync the simulated connector service runs will go, decided when it is claimed: how long it
// runs, what it indexes and deletes, whether and where it fails, and the cursor it leaves. This is the
// simulated data source; the service's own behaviour (what it writes, when) lives in the other worker-*
// modules. The source keeps the character the seed gave each connector:
// - a connector whose last two content syncs failed with the same error of its source fails again the
//   same way most of the time (a single failure is bad luck and does not repeat);
// - a pod on a bad node (FLAKY_WORKER_HOSTNAME) fails far more often than the others;
// - an incremental sync that follows an incremental sync which found nothing finds nothing either and
//   leaves the cursor where it was (a stuck change feed), until a full sync starts it over;
// - an index keeps its size from sync to sync.

import type { ConnectorDocument, JobType, SyncJob } from '../../contract/es-connector-types.ts'
import { pick, randomBetween, type Random } from './random.ts'
import {
  COMMON_ERRORS,
  completedSyncCounts,
  hostFailureRate,
  IDLE_JOB_ERROR,
  sourceOf,
  syncCursorAfter,
  type SyncCounts,
} from './seed-vocabulary.ts'
import { syncDurationMs, type WorkerTiming } from './worker-timing.ts'

/** A connector whose last sync failed fails again this often, with the same error. */
const REPEATED_FAILURE_RATE = 0.85

export interface RunPlan {
  connectorId: string
  jobType: JobType
  begunAt: number
  durationMs: number
  base: SyncCounts
  target: SyncCounts
  /** Fraction of the run at which it fails, with the message it fails with; absent when it completes. */
  failure?: { at: number; message: string }
  /** What `data_provider.sync_cursor()` returns when the sync completes. */
  cursor: Record<string, unknown> | null
  lastReportAt: number
  lastCheckAt: number
}

export interface PlanContext {
  random: Random
  timing: WorkerTiming
  /** The pod that claimed it. */
  hostname: string | undefined
  /** The connector as it was before `sync_starts` cleared its last error (undefined: deleted). */
  connector: ConnectorDocument | undefined
  /** The connector's newest content jobs, newest first (the claimed one may be among them). */
  history: readonly SyncJob[]
}

/** The three counters of a `_stats` report. */
export function counters(counts: SyncCounts): { indexed_document_count: number; deleted_document_count: number; indexed_document_volume: number } {
  return { indexed_document_count: counts.indexed, deleted_document_count: counts.deleted, indexed_document_volume: counts.volume }
}

export function countsAt(plan: RunPlan, fraction: number): SyncCounts {
  const between = (from: number, to: number) => Math.round(from + (to - from) * fraction)
  return {
    indexed: between(plan.base.indexed, plan.target.indexed),
    deleted: between(plan.base.deleted, plan.target.deleted),
    volume: between(plan.base.volume, plan.target.volume),
    total: plan.target.total,
  }
}

/** The family's last status and error on the connector (`last_sync_*` or `last_access_control_sync_*`). */
function lastOfFamily(connector: ConnectorDocument | undefined, jobType: JobType): { status: string | null | undefined; error: string | null | undefined } {
  if (!connector) return { status: undefined, error: undefined }
  return jobType === 'access_control'
    ? { status: connector.last_access_control_sync_status, error: connector.last_access_control_sync_error }
    : { status: connector.last_sync_status, error: connector.last_sync_error }
}

export function planRun(job: SyncJob, at: number, base: SyncCounts, context: PlanContext): RunPlan {
  const { random, timing, connector, history } = context
  const source = sourceOf(job.connector.service_type)
  const finished = history.filter((other) => other.id !== job.id && other.completed_at !== undefined)
  const previousTotal = finished.find((other) => other.status === 'completed')?.total_document_count
  const documents = previousTotal ? previousTotal * randomBetween(random, 0.995, 1.01) : source.profile.documents * randomBetween(random, 0.4, 1.3)
  let target = completedSyncCounts(random, job.job_type, { documents, identities: source.profile.identities || 200, kibPerDocument: source.profile.kibPerDocument })
  let cursor = job.job_type === 'access_control' ? null : syncCursorAfter(job.connector.service_type, random, new Date(at).toISOString())
  const newest = finished[0]
  const stuckFeed = job.job_type === 'incremental' && newest?.job_type === 'incremental' && newest.status === 'completed' && newest.indexed_document_count === 0
  if (stuckFeed) {
    target = { ...target, indexed: 0, deleted: 0, volume: 0 }
    cursor = job.connector.sync_cursor ?? null
  }
  const plan: RunPlan = {
    connectorId: job.connector.id,
    jobType: job.job_type,
    begunAt: at,
    durationMs: syncDurationMs(random, job.job_type, target.indexed) / timing.timeScale,
    base,
    // An adopted job never reports fewer documents than it already had.
    target: {
      indexed: Math.max(target.indexed, base.indexed),
      deleted: Math.max(target.deleted, base.deleted),
      volume: Math.max(target.volume, base.volume),
      total: Math.max(target.total, base.indexed),
    },
    cursor,
    lastReportAt: at,
    lastCheckAt: at,
  }
  const ownErrors: readonly string[] = [...source.errors, ...COMMON_ERRORS.filter((message) => message !== IDLE_JOB_ERROR)]
  const last = lastOfFamily(connector, job.job_type)
  // A source that failed its last two content syncs the same way is broken, not unlucky: it fails again.
  // Only its own failures count (not an operator's message, a vanished job or an idle cleanup).
  const broken =
    job.job_type !== 'access_control' &&
    last.status === 'error' &&
    typeof last.error === 'string' &&
    ownErrors.includes(last.error) &&
    finished.slice(0, 2).every((other) => other.status === 'error' && other.error === last.error) &&
    finished.length >= 2
  if (broken && random() < REPEATED_FAILURE_RATE) {
    plan.failure = { at: randomBetween(random, 0, 0.3), message: last.error as string }
  } else if (random() < hostFailureRate(context.hostname)) {
    // Idle-job errors come from the cleanup service, which this worker does not model.
    plan.failure = { at: randomBetween(random, 0.1, 0.9), message: pick(random, ownErrors) }
  }
  return plan
}

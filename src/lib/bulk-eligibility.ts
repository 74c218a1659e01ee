// Which of the selected jobs a bulk action applies to, and why the others are skipped: the single-job
// rules of lib/job-actions.ts (the Connector Protocol's state machine) applied per job, so a button
// can say "Cancel 12 of 30" and its confirmation can list what is skipped and why. Run again is the
// exception: it starts one new job per connector and job type (its "family"), from finished jobs
// only. Also the choice between the two ways to stop a job (request a cancel, or force it failed).
import type { JobType, SyncJobRow, SyncStatus } from '../../contract/es-connector-types.ts'
import { isWorkerOwned, lastHeartbeat } from './durations.ts'
import { actionRules } from './job-actions.ts'
import { isTerminalStatus } from './job-status.ts'
import { CANCELING_WARN_MS, HEARTBEAT_WARN_MS } from './stuck.ts'
import { parseTimestamp } from './time.ts'

export const BULK_ACTIONS = ['cancel', 'markFailed', 'delete', 'runAgain'] as const
export type BulkAction = (typeof BULK_ACTIONS)[number]

/** What a bulk action needs to know of a job (a list row, or the few fields "select all N matching" fetches). */
export type BulkJob = Pick<SyncJobRow, 'id' | 'status' | 'job_type'> & {
  connector: { id: string }
} & Partial<Pick<SyncJobRow, 'last_seen' | 'started_at' | 'created_at' | 'cancelation_requested_at'>>

export interface Eligibility {
  eligible: boolean
  /** Why not, as a sentence; undefined when eligible. */
  reason?: string
}

const RUN_AGAIN_ACTIVE = 'it has not finished — a sync of its kind is already pending or running'

/** Whether `action` applies to a job in `status`. */
export function bulkEligibility(action: BulkAction, status: SyncStatus): Eligibility {
  if (action === 'runAgain') {
    return isTerminalStatus(status) ? { eligible: true } : { eligible: false, reason: `Cannot run again a job that ${RUN_AGAIN_ACTIVE}.` }
  }
  const rule = actionRules(status)[action]
  return rule.enabled ? { eligible: true } : { eligible: false, reason: rule.reason ?? 'Not allowed.' }
}

export interface SkippedGroup<J> {
  reason: string
  jobs: J[]
}

export interface BulkSummary<J> {
  eligible: J[]
  /** The others, grouped by their reason (one group per status, in the order first met). */
  skipped: SkippedGroup<J>[]
}

export function summarise<J extends Pick<BulkJob, 'status'>>(action: BulkAction, jobs: readonly J[]): BulkSummary<J> {
  const eligible: J[] = []
  const skipped = new Map<string, J[]>()
  for (const job of jobs) {
    const verdict = bulkEligibility(action, job.status)
    if (verdict.eligible) eligible.push(job)
    else {
      const reason = verdict.reason ?? ''
      const group = skipped.get(reason)
      if (group) group.push(job)
      else skipped.set(reason, [job])
    }
  }
  return { eligible, skipped: [...skipped].map(([reason, group]) => ({ reason, jobs: group })) }
}

/** How many of `jobs` the action applies to: the "12" of "Cancel 12 of 30". */
export function eligibleCount(action: BulkAction, jobs: readonly Pick<BulkJob, 'status'>[]): number {
  return jobs.reduce((sum, job) => (bulkEligibility(action, job.status).eligible ? sum + 1 : sum), 0)
}

/** One new job Run again would start: a connector and job type, and the finished jobs it re-runs. */
export interface RunAgainTarget {
  key: string
  connectorId: string
  jobType: JobType
  /** The selected finished jobs of this family (the newest first, as selected). */
  sourceIds: string[]
}

export const familyKey = (connectorId: string, jobType: JobType): string => `${connectorId}\u0000${jobType}`

/** The families of the eligible jobs: one new job per connector and job type, however many were selected. */
export function runAgainTargets(jobs: readonly BulkJob[]): RunAgainTarget[] {
  const targets = new Map<string, RunAgainTarget>()
  for (const job of jobs) {
    if (!bulkEligibility('runAgain', job.status).eligible) continue
    const key = familyKey(job.connector.id, job.job_type)
    const target = targets.get(key)
    if (target) target.sourceIds.push(job.id)
    else targets.set(key, { key, connectorId: job.connector.id, jobType: job.job_type, sourceIds: [job.id] })
  }
  return [...targets.values()]
}

export type StopWay = 'request' | 'force'

/**
 * Which way to stop a job is offered first: force (`_error`) when requesting a cancel cannot help —
 * the job has been canceling for over a minute without a heartbeat (a live worker acknowledges a
 * cancel within seconds), or a running job's worker has been silent for over a minute.
 */
export function preferredStop(job: BulkJob, now: number): StopWay {
  if (!isWorkerOwned(job.status)) return 'request'
  const heartbeat = lastHeartbeat(job as SyncJobRow)
  const silent = heartbeat === undefined || now - heartbeat > HEARTBEAT_WARN_MS
  if (job.status === 'canceling') {
    const requested = parseTimestamp(job.cancelation_requested_at)
    return silent && (requested === undefined || now - requested > CANCELING_WARN_MS) ? 'force' : 'request'
  }
  return silent ? 'force' : 'request'
}

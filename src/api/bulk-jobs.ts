// The requests behind the jobs list's bulk actions, built on the single-job request functions
// (sync-jobs.ts) and the duplicate guard (active-duplicates.ts): one action applied to one job or one
// connector's job family, with what came of it in the runner's words (lib/bulk-runner.ts) — done,
// refused with Elasticsearch's reason, not found, or failed in a way that may pass — and the few
// fields of every job a filter matches, for "select all N matching" (up to the 10,000 window).
import type { QueryClient } from '@tanstack/react-query'
import { RESULT_WINDOW, type ListResponse } from '../../contract/es-connector-types.ts'
import type { BulkJob, RunAgainTarget } from '../lib/bulk-eligibility.ts'
import type { BulkOutcome } from '../lib/bulk-runner.ts'
import { JOB_TYPE_LABELS } from '../lib/labels.ts'
import { findActiveDuplicates } from './active-duplicates.ts'
import { isEsError } from './es-error.ts'
import { cancelSyncJob, createSyncJob, deleteSyncJob, listSyncJobs, setSyncJobError, type SyncJobListFilters } from './sync-jobs.ts'

/** Elasticsearch's answer to a failed request, as the runner records it. */
export function outcomeOfError(error: unknown): BulkOutcome {
  if (!isEsError(error)) return { kind: 'failed', reason: error instanceof Error ? error.message : String(error) }
  if (error.status === 404) return { kind: 'not-found', reason: `Not found (${error.reason})` }
  // Overload, a server error or no answer: it may pass, and a retry is safe (nothing was applied).
  if (error.isTransient) return { kind: 'failed', reason: `${error.type}: ${error.reason}` }
  return { kind: 'refused', reason: error.reason }
}

async function attempt(request: () => Promise<unknown>, detail: string): Promise<BulkOutcome> {
  try {
    await request()
    return { kind: 'done', detail }
  } catch (error) {
    return outcomeOfError(error)
  }
}

export const bulkRequests = {
  cancel: (job: Pick<BulkJob, 'id' | 'status'>) =>
    attempt(() => cancelSyncJob(job.id), job.status === 'in_progress' ? 'Cancel requested' : 'Canceled'),
  markFailed: (id: string, message: string) => attempt(() => setSyncJobError(id, message), 'Marked as failed'),
  delete: (id: string) => attempt(() => deleteSyncJob(id), 'Deleted'),
  /**
   * Starts one on-demand job of the family, unless the connector already has one of that type pending
   * or running (the duplicate guard) and the operator did not insist.
   */
  runAgain: async (client: QueryClient, target: Pick<RunAgainTarget, 'connectorId' | 'jobType'>, insist: boolean): Promise<BulkOutcome> => {
    const kind = (JOB_TYPE_LABELS[target.jobType] ?? target.jobType).toLowerCase()
    if (!insist) {
      try {
        const duplicates = await findActiveDuplicates(client, target.connectorId, target.jobType)
        if (duplicates.count > 0) {
          return { kind: 'skipped', reason: `Skipped: the connector already has ${duplicates.count} ${kind} sync${duplicates.count === 1 ? '' : 's'} pending or running.` }
        }
      } catch (error) {
        return outcomeOfError(error)
      }
    }
    try {
      const created = await createSyncJob({ id: target.connectorId, job_type: target.jobType, trigger_method: 'on_demand' })
      return { kind: 'done', detail: `Started ${created.id}`, createdId: created.id }
    } catch (error) {
      return outcomeOfError(error)
    }
  },
}

/**
 * For Run again's confirmation: how many syncs of its type each family's connector already has pending
 * or running (by family key), four questions at a time. The run asks again as each one starts.
 */
export async function activeDuplicatesByFamily(client: QueryClient, targets: readonly RunAgainTarget[]): Promise<Map<string, number>> {
  const counts = new Map<string, number>()
  let next = 0
  const worker = async () => {
    while (next < targets.length) {
      const target = targets[next] as RunAgainTarget
      next += 1
      counts.set(target.key, (await findActiveDuplicates(client, target.connectorId, target.jobType)).count)
    }
  }
  await Promise.all(Array.from({ length: Math.min(4, targets.length) }, worker))
  return counts
}

/** The fields of a job the bulk actions read (eligibility, families, the way to stop). */
const BULK_JOB_FILTER = [
  'count',
  'results.id',
  'results.status',
  'results.job_type',
  'results.connector.id',
  'results.last_seen',
  'results.started_at',
  'results.created_at',
  'results.cancelation_requested_at',
].join(',')

const CHUNK = 1000

/**
 * Every job the filters match, up to the 10,000 window (Elasticsearch pages no further), a thousand
 * per request. In the server's order; `count` is Elasticsearch's count (which may exceed the window).
 */
export async function fetchMatchingJobs(filters: SyncJobListFilters, limit = RESULT_WINDOW, signal?: AbortSignal): Promise<{ jobs: BulkJob[]; count: number }> {
  const jobs: BulkJob[] = []
  const seen = new Set<string>()
  let count = 0
  const cap = Math.min(limit, RESULT_WINDOW)
  for (let from = 0; from < cap; from += CHUNK) {
    // The response filter leaves only BulkJob's fields of each job.
    const page = (await listSyncJobs({ ...filters, from, size: Math.min(CHUNK, cap - from), filter_path: BULK_JOB_FILTER }, signal)) as unknown as ListResponse<BulkJob>
    count = page.count
    const results = page.results ?? []
    // A job created meanwhile shifts the pages: never hold one twice.
    for (const job of results) {
      if (seen.has(job.id)) continue
      seen.add(job.id)
      jobs.push(job)
    }
    if (results.length < CHUNK || from + CHUNK >= Math.min(count, cap)) break
  }
  return { jobs, count }
}

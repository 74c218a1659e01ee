// Request functions for the `_connector/_sync_job` API, named after Elasticsearch's own API names.
import { esRequest, seg } from './client.ts'
import { yieldToMain } from '../lib/yield-to-main.ts'
import type {
  AcknowledgedResponse,
  ClaimSyncJobBody,
  CreatedResponse,
  CreateSyncJobBody,
  ListResponse,
  ListSyncJobsParams,
  SyncJob,
  SyncJobRow,
  SyncStatus,
  UpdatedResponse,
} from '../../contract/es-connector-types.ts'
import { SYNC_STATUSES } from '../../contract/es-connector-types.ts'
import { SYNC_JOB_ROW_FILTER } from '../../contract/read-filters.ts'

const BASE = '/_connector/_sync_job'
const jobPath = (id: string, action = '') => `${BASE}/${seg(id)}${action}`

export function listSyncJobs(params: ListSyncJobsParams = {}, signal?: AbortSignal): Promise<ListResponse<SyncJob>> {
  return esRequest({
    method: 'GET',
    path: BASE,
    query: {
      from: params.from,
      size: params.size,
      status: params.status,
      connector_id: params.connector_id,
      job_type: params.job_type,
      filter_path: params.filter_path,
    },
    signal,
  })
}


/** A page of jobs for the list views (see SYNC_JOB_ROW_FILTER). */
export async function listSyncJobRows(
  params: Omit<ListSyncJobsParams, 'filter_path'> = {},
  signal?: AbortSignal,
): Promise<ListResponse<SyncJobRow>> {
  const page: ListResponse<SyncJobRow> = await listSyncJobs({ ...params, filter_path: SYNC_JOB_ROW_FILTER }, signal)
  // Response filtering may drop an empty `results`; callers always get an array.
  return { count: page.count, results: page.results ?? [] }
}

/** The same fields for one job read by id (the filter's paths without `results.`). */
const ONE_JOB_ROW_FILTER = SYNC_JOB_ROW_FILTER.replaceAll('results.', '')

/** One job as a list row, read by id (see SYNC_JOB_ROW_FILTER): for lists Elasticsearch cannot filter to, such as the jobs an action created. */
export function getSyncJobRow(id: string, signal?: AbortSignal): Promise<SyncJobRow> {
  return esRequest({ method: 'GET', path: jobPath(id), query: { filter_path: ONE_JOB_ROW_FILTER }, signal })
}

/** The list's filters: everything but paging and response filtering. */
export type SyncJobListFilters = Omit<ListSyncJobsParams, 'from' | 'size' | 'filter_path'>

/** Jobs matching the filters, from a `size=0` request (Elasticsearch stops counting at 10,000). */
export async function countSyncJobs(filters: SyncJobListFilters = {}, signal?: AbortSignal): Promise<number> {
  return (await listSyncJobs({ ...filters, from: 0, size: 0 }, signal)).count
}

/** Every status, and '' for all of them: what the jobs list's chips count. */
export const COUNTED_STATUSES: readonly (SyncStatus | '')[] = ['', ...SYNC_STATUSES]

/** A count per status; null where that count failed. */
export type CountsByStatus = Record<SyncStatus | '', number | null>

/**
 * How many jobs each status has under `filters`: one `size=0` request per status (the API filters on
 * a single status), all in flight together, as one answer. A count that fails is null; when every one
 * fails, the first error is thrown, so the caller retries and reports it.
 *
 * Each request starts in a task of its own: a fetch() call costs the main thread about a millisecond
 * here, and the nine of them with their set-up were 26 to 39 ms of one task in Lighthouse's trace of
 * /jobs, which counts it four times over.
 */
export async function countByStatus(filters: SyncJobListFilters, signal?: AbortSignal): Promise<CountsByStatus> {
  const answers: Promise<PromiseSettledResult<number>>[] = []
  for (const status of COUNTED_STATUSES) {
    if (answers.length > 0) await yieldToMain()
    signal?.throwIfAborted()
    answers.push(settled(countSyncJobs(status ? { ...filters, status } : filters, signal)))
  }
  const results = await Promise.all(answers)
  const [first] = results
  if (first?.status === 'rejected' && results.every((result) => result.status === 'rejected')) throw first.reason
  return Object.fromEntries(COUNTED_STATUSES.map((status, index) => {
    const result = results[index]!
    return [status, result.status === 'fulfilled' ? result.value : null]
  })) as CountsByStatus
}

/** A promise's outcome, handled at once: a count may fail while the next one waits for its task. */
function settled<T>(promise: Promise<T>): Promise<PromiseSettledResult<T>> {
  return promise.then(
    (value) => ({ status: 'fulfilled', value }),
    (reason: unknown) => ({ status: 'rejected', reason }),
  )
}

export function getSyncJob(id: string, signal?: AbortSignal): Promise<SyncJob> {
  return esRequest({ method: 'GET', path: jobPath(id), signal })
}

export function createSyncJob(body: CreateSyncJobBody): Promise<CreatedResponse> {
  return esRequest({ method: 'POST', path: BASE, body })
}

export function deleteSyncJob(id: string): Promise<AcknowledgedResponse> {
  return esRequest({ method: 'DELETE', path: jobPath(id) })
}

export function cancelSyncJob(id: string): Promise<UpdatedResponse> {
  return esRequest({ method: 'PUT', path: jobPath(id, '/_cancel') })
}

export function checkInSyncJob(id: string): Promise<UpdatedResponse> {
  return esRequest({ method: 'PUT', path: jobPath(id, '/_check_in') })
}

export function claimSyncJob(id: string, body: ClaimSyncJobBody): Promise<UpdatedResponse> {
  return esRequest({ method: 'PUT', path: jobPath(id, '/_claim'), body })
}

export function setSyncJobError(id: string, error: string): Promise<UpdatedResponse> {
  return esRequest({ method: 'PUT', path: jobPath(id, '/_error'), body: { error } })
}

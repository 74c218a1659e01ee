// The reads behind exporting a view of the jobs list (lib/jobs-export.ts): every job the view
// matches, up to the 10,000 window, with only the job's own fields — `filter_path` leaves the
// connector snapshot (configuration, sync rules, pipeline, cursor) and the metadata on the server.
// Each stream of the view (one per status and connector, as the list merges them:
// lib/merge-newest-first.ts planStreams) is read a thousand jobs per request, and the filters the API
// lacks (connectors kept client-side, created within, stuck, failure group) apply as the list applies
// them (api/sync-job-pages.ts). Progress is reported after each request; the signal cancels.
import { RESULT_WINDOW, type ListResponse, type SyncJobRow } from '../../contract/es-connector-types.ts'
import { failureKey } from '../lib/failure-groups.ts'
import { createdBounds, toListFilters, type JobFilters } from '../lib/job-filters.ts'
import type { ExportJob } from '../lib/jobs-export.ts'
import { compareNewestFirst, planStreams } from '../lib/merge-newest-first.ts'
import { attentionFlags } from '../lib/stuck.ts'
import { parseTimestamp } from '../lib/time.ts'
import { listSyncJobs } from './sync-jobs.ts'

/** Every field of a job an export writes, and nothing of its connector but the id. */
export const EXPORT_JOB_FILTER = [
  'count',
  'results.id',
  'results.status',
  'results.job_type',
  'results.trigger_method',
  'results.connector.id',
  'results.created_at',
  'results.started_at',
  'results.last_seen',
  'results.completed_at',
  'results.canceled_at',
  'results.cancelation_requested_at',
  'results.worker_hostname',
  'results.indexed_document_count',
  'results.deleted_document_count',
  'results.indexed_document_volume',
  'results.total_document_count',
  'results.error',
].join(',')

const CHUNK = 1000

export interface ExportProgress {
  /** Jobs read so far (before client-side filters). */
  read: number
  /** Jobs the streams hold as far as the window reaches; grows as each stream's count comes in. */
  expected: number
}

export interface ExportRead {
  /** Newest first (created_at, ties by id), at most RESULT_WINDOW. */
  jobs: ExportJob[]
  /** A stream held more than the window lets anyone read: the file lacks jobs the view matches. */
  cut: boolean
}

/**
 * Every job of the view, newest first, up to the 10,000 window. `connectorIds` is the view's
 * resolved connectors (lib/job-filters.ts resolveConnectorIds: null = every connector).
 */
export async function readViewForExport(
  filters: Omit<JobFilters, 'page' | 'size'>,
  connectorIds: string[] | null,
  { signal, onProgress, now = Date.now() }: { signal?: AbortSignal; onProgress?: (progress: ExportProgress) => void; now?: number } = {},
): Promise<ExportRead> {
  const plan = planStreams(filters.statuses, connectorIds)
  const bounds = filters.created ? createdBounds(filters.created, now) : undefined
  const keep = (job: ExportJob): boolean => {
    if (plan.keepConnectors && !plan.keepConnectors.has(job.connector.id)) return false
    const created = parseTimestamp(job.created_at)
    if (bounds && created !== undefined && ((bounds.from !== undefined && created < bounds.from) || (bounds.to !== undefined && created > bounds.to))) return false
    // attentionFlags reads the job's own fields only, never its connector snapshot.
    if (filters.stuck && attentionFlags(job as unknown as SyncJobRow, now).length === 0) return false
    if (filters.error && failureKey(job.error) !== filters.error) return false
    return true
  }
  const progress: ExportProgress = { read: 0, expected: 0 }
  const counted = new Set<number>()
  const byId = new Map<string, ExportJob>()
  let cut = false
  // One stream after another: an export must not crowd out the list's own polling.
  for (const [index, stream] of plan.streams.entries()) {
    const apiFilters = toListFilters({ connectorId: stream.connectorId, status: stream.status, jobTypes: filters.jobTypes })
    for (let from = 0; from < RESULT_WINDOW; from += CHUNK) {
      signal?.throwIfAborted()
      const page = (await listSyncJobs({ ...apiFilters, from, size: Math.min(CHUNK, RESULT_WINDOW - from), filter_path: EXPORT_JOB_FILTER }, signal)) as unknown as ListResponse<ExportJob>
      const results = page.results ?? []
      if (!counted.has(index)) {
        counted.add(index)
        progress.expected += Math.min(page.count, RESULT_WINDOW)
        if (page.count > RESULT_WINDOW) cut = true
      }
      progress.read += results.length
      // A job created meanwhile shifts the pages: never hold one twice.
      for (const job of results) if (keep(job)) byId.set(job.id, job)
      onProgress?.({ ...progress })
      if (results.length < CHUNK || from + results.length >= page.count) break
    }
  }
  const jobs = [...byId.values()].sort(compareNewestFirst)
  return { jobs: jobs.slice(0, RESULT_WINDOW), cut: cut || jobs.length > RESULT_WINDOW }
}

// Fetches one page of the newest-first jobs view from whatever order the server lists in
// (es-connector-api.md appendix B). The server's order is learnt from the data, remembered in the
// query cache for the session, and corrected the moment a page contradicts it.
import { queryOptions, type QueryClient } from '@tanstack/react-query'
import { syncJobKeys } from '../../api/queries.ts'
import { listSyncJobRows, listSyncJobs } from '../../api/sync-jobs.ts'
import type { ListSyncJobsParams, SyncJobRow } from '../../../contract/es-connector-types.ts'
import { toListFilters, type JobFilters } from '../../lib/job-filters.ts'
import { detectOrder, newestFirst, orderFromTimestamps, planPage, RESULT_WINDOW, type ListOrder } from '../../lib/paging.ts'

type ListFilters = Omit<ListSyncJobsParams, 'from' | 'size'>

export interface JobListPage {
  /** rows: `jobs` is the page (possibly empty when nothing matches); the others explain why there are no rows. */
  kind: 'rows' | 'beyond-window' | 'out-of-range'
  /** Newest first. */
  jobs: SyncJobRow[]
  /** Jobs matching the filters (Elasticsearch stops counting at 10,000). */
  count: number
  order: ListOrder
  /** False while the order is only assumed (too few jobs to tell, which then does not matter). */
  orderKnown: boolean
}

/**
 * Outside `syncJobKeys.all` on purpose: the order belongs to the server, not to the data, so
 * invalidating the jobs after an action must not forget it.
 */
export const listOrderKey = ['sync-jobs-order'] as const

const count = async (filters: ListFilters, signal: AbortSignal) => (await listSyncJobs({ ...filters, from: 0, size: 0 }, signal)).count

/** Two single-result probes at both ends of the whole list; for when a page alone cannot tell. */
async function probeOrder(signal: AbortSignal): Promise<ListOrder | undefined> {
  const first = await listSyncJobRows({ from: 0, size: 1 }, signal)
  if (first.count < 2) return undefined
  const last = await listSyncJobRows({ from: Math.min(first.count, RESULT_WINDOW) - 1, size: 1 }, signal)
  return orderFromTimestamps(first.results[0]?.created_at, last.results[0]?.created_at)
}

export interface PageParams {
  filters: ListFilters
  page: number
  size: number
}

/** The query parameters of the page the URL's filters ask for. */
export function jobListParams(filters: JobFilters): PageParams {
  return { filters: toListFilters(filters), page: filters.page, size: filters.size }
}

export async function fetchNewestFirstPage(client: QueryClient, { filters, page, size }: PageParams, signal: AbortSignal): Promise<JobListPage> {
  let known = client.getQueryData<ListOrder>(listOrderKey)
  // Two rounds at most: the second only when the first page showed the assumed order was wrong.
  for (let round = 0; ; round += 1) {
    // 8.13+ (newest first) is the common case: assume it until the data says otherwise.
    const order = known ?? 'desc'
    let total: number
    let raw: SyncJobRow[]
    let reverse = false
    const skip = (page - 1) * size
    if (order === 'desc' && skip + size <= RESULT_WINDOW) {
      // One request gives both the page and the count.
      const response = await listSyncJobRows({ ...filters, from: skip, size }, signal)
      total = response.count
      raw = response.results
      const plan = planPage({ order, count: total, page, size })
      if (plan.kind === 'out-of-range') return { kind: 'out-of-range', jobs: [], count: total, order, orderKnown: known !== undefined }
    } else {
      // The count says where the page lies (ascending) or whether it lies past the window.
      total = await count(filters, signal)
      const plan = planPage({ order, count: total, page, size })
      if (plan.kind === 'beyond-window' || plan.kind === 'out-of-range') {
        return { kind: plan.kind, jobs: [], count: total, order, orderKnown: known !== undefined }
      }
      if (plan.kind === 'empty') return { kind: 'rows', jobs: [], count: 0, order, orderKnown: known !== undefined }
      const response = await listSyncJobRows({ ...filters, from: plan.from, size: plan.size }, signal)
      raw = response.results
      reverse = plan.reverse
    }

    let seen = detectOrder(raw)
    if (seen === undefined && known === undefined && total > raw.length) seen = await probeOrder(signal)
    if (seen !== undefined && seen !== known) client.setQueryData(listOrderKey, seen)
    if (seen !== undefined && seen !== order && round === 0) {
      known = seen
      continue
    }
    return { kind: 'rows', jobs: newestFirst(raw, { reverse }), count: total, order, orderKnown: (seen ?? known) !== undefined }
  }
}

/** Jobs statuses that move on their own: a page showing one polls fast. */
const MOVING = new Set<SyncJobRow['status']>(['pending', 'in_progress', 'canceling'])
export const FAST_POLL_MS = 3_000
export const SLOW_POLL_MS = 15_000

export function pollInterval(data: JobListPage | undefined): number {
  return data?.jobs.some((job) => MOVING.has(job.status)) ? FAST_POLL_MS : SLOW_POLL_MS
}

export function newestFirstPageQuery(client: QueryClient, params: PageParams) {
  return queryOptions({
    // Under the lists prefix, so every job action's invalidation refreshes this page too.
    queryKey: [...syncJobKeys.lists(), 'newest-first', params] as const,
    queryFn: ({ signal }) => fetchNewestFirstPage(client, params, signal),
  })
}

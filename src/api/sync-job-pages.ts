// One page of the newest-first jobs view, fetched from whatever order the server lists in:
// Elasticsearch 8.12 lists sync jobs oldest first, 8.13 and later newest first. The order is learnt
// from the data and corrected the moment a page contradicts it; where it is remembered is the
// caller's business (the query factory keeps it in the query cache for the session).
import { RESULT_WINDOW, type SyncJobRow } from '../../contract/es-connector-types.ts'
import { detectOrder, newestFirst, orderFromTimestamps, planPage, type ListOrder } from '../lib/paging.ts'
import { countSyncJobs, listSyncJobRows, type SyncJobListFilters } from './sync-jobs.ts'

export interface SyncJobPageParams {
  filters: SyncJobListFilters
  /** From 1. */
  page: number
  size: number
}

export interface NewestFirstPage {
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

/** What a page fetch knows of the server's order, and where it reports what it learns. */
export interface ListOrderMemory {
  /** The order learnt earlier; undefined when not (yet) known. */
  known: ListOrder | undefined
  /** Called with the order a page or probe showed, whenever it differs from `known`. */
  learn: (order: ListOrder) => void
  /** Asks the server (see probeListOrder) when a page alone cannot tell. */
  probe: () => Promise<ListOrder | undefined>
}

/**
 * The server's order from two single-result requests at both ends of the whole list; undefined
 * when it cannot tell (fewer than two jobs, or both ends created at the same instant).
 */
export async function probeListOrder(signal?: AbortSignal): Promise<ListOrder | undefined> {
  const first = await listSyncJobRows({ from: 0, size: 1 }, signal)
  if (first.count < 2) return undefined
  const last = await listSyncJobRows({ from: Math.min(first.count, RESULT_WINDOW) - 1, size: 1 }, signal)
  return orderFromTimestamps(first.results[0]?.created_at, last.results[0]?.created_at)
}

export async function fetchNewestFirstPage({ filters, page, size }: SyncJobPageParams, signal: AbortSignal, memory: ListOrderMemory): Promise<NewestFirstPage> {
  let known = memory.known
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
      total = await countSyncJobs(filters, signal)
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
    if (seen === undefined && known === undefined && total > raw.length) seen = await memory.probe()
    if (seen !== undefined && seen !== known) memory.learn(seen)
    if (seen !== undefined && seen !== order && round === 0) {
      known = seen
      continue
    }
    return { kind: 'rows', jobs: newestFirst(raw, { reverse }), count: total, order, orderKnown: (seen ?? known) !== undefined }
  }
}

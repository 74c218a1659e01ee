// One page of the newest-first jobs view, fetched from whatever order the server lists in:
// Elasticsearch 8.12 lists sync jobs oldest first, 8.13 and later newest first. The order is learnt
// from the data and corrected the moment a page contradicts it; where it is remembered is the
// caller's business (the query factory keeps it in the query cache for the session). A view across
// several statuses and connectors reads one such stream per combination and merges them
// (fetchViewPage, lib/merge-newest-first.ts).
import { RESULT_WINDOW, type JobType, type SyncJobRow, type SyncStatus } from '../../contract/es-connector-types.ts'
import { failureKey } from '../lib/failure-groups.ts'
import { createdBounds, toListFilters, type CreatedWithin } from '../lib/job-filters.ts'
import { mergeStreams, planStreams, type StreamRead, type StreamSpec } from '../lib/merge-newest-first.ts'
import { countMayBeCapped, detectOrder, newestFirst, orderFromTimestamps, planPage, type ListOrder } from '../lib/paging.ts'
import { attentionFlags } from '../lib/stuck.ts'
import { parseTimestamp } from '../lib/time.ts'
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

/** The jobs list's view: several statuses and connectors, and filters the API does not have. */
export interface ViewPageParams {
  /** Empty = every status. */
  statuses: SyncStatus[]
  /** null = every connector; empty = none (a service type no connector has). */
  connectorIds: string[] | null
  jobTypes: JobType[]
  created: CreatedWithin | null
  /** Only jobs with an attention flag (lib/stuck.ts). */
  stuck: boolean
  /** "" or a failure group's key (lib/failure-groups.ts). */
  error: string
  /** From 1. */
  page: number
  size: number
}

export interface MergedPage extends NewestFirstPage {
  /** False when `count` is a lower bound: client-side filters stopped reading before a stream's end. */
  countExact: boolean
  /** The streams read (one request sequence each). */
  streams: number
  /** Streams cut by the 10,000-result window whose missing jobs could belong on this page. */
  cut: StreamSpec[]
}

/**
 * Rows per request while filtering client-side: the first request asks for the smallest of these
 * that holds the page, each next one doubles up to the last, so a narrow filter (the last 24 hours)
 * reads little and a wide one few requests. Each size divides the next, so every chunk is a whole
 * page of its own size (fetchNewestFirstPage's paging) and the 10,000 window stays reachable.
 */
const FILTER_CHUNKS = [125, 250, 500, 1000] as const
const LARGEST_CHUNK = 1000
/** How many rows of one stream client-side filtering reads for an exact count once the page is filled. */
const COUNT_READ_BUDGET = 500

interface StreamFilter {
  keep: ((job: SyncJobRow) => boolean) | undefined
  from: number | undefined
  to: number | undefined
}

/**
 * Page N of a view across statuses and connectors, newest first on either list order: the page
 * itself when one stream without client-side filters answers it, else `from + size` rows of each
 * stream (lib/merge-newest-first.ts), all streams in parallel.
 */
export async function fetchViewPage(params: ViewPageParams, signal: AbortSignal, memory: ListOrderMemory, now = Date.now()): Promise<MergedPage> {
  const plan = planStreams(params.statuses, params.connectorIds)
  const filter = streamFilter(params, plan.keepConnectors, now)
  const apiFilters = (stream: StreamSpec) => toListFilters({ connectorId: stream.connectorId, status: stream.status, jobTypes: params.jobTypes })
  const [only] = plan.streams
  if (plan.streams.length === 0) return { kind: 'rows', jobs: [], count: 0, order: memory.known ?? 'desc', orderKnown: memory.known !== undefined, countExact: true, streams: 0, cut: [] }
  if (plan.streams.length === 1 && only && !filter.keep && filter.from === undefined && filter.to === undefined) {
    const page = await fetchNewestFirstPage({ filters: apiFilters(only), page: params.page, size: params.size }, signal, memory)
    return { ...page, countExact: true, streams: 1, cut: page.kind === 'beyond-window' ? [only] : [] }
  }
  const wanted = params.page * params.size
  const reads = await Promise.all(plan.streams.map((stream) => readStream(stream, apiFilters(stream), wanted, filter, signal, memory)))
  const merged = mergeStreams(reads, params.page, params.size)
  const known = memory.known
  return { ...merged, order: known ?? 'desc', orderKnown: known !== undefined, streams: plan.streams.length }
}

function streamFilter(params: ViewPageParams, keepConnectors: ReadonlySet<string> | null, now: number): StreamFilter {
  const tests: ((job: SyncJobRow) => boolean)[] = []
  if (keepConnectors) tests.push((job) => keepConnectors.has(job.connector.id))
  if (params.stuck) tests.push((job) => attentionFlags(job, now).length > 0)
  if (params.error) tests.push((job) => failureKey(job.error) === params.error)
  const bounds = params.created ? createdBounds(params.created, now) : { from: undefined, to: undefined }
  return { keep: tests.length > 0 ? (job) => tests.every((test) => test(job)) : undefined, ...bounds }
}

/** The newest `wanted` matching rows of one stream, as far as the window reaches (see MergedPage for its count). */
async function readStream(
  stream: StreamSpec,
  filters: SyncJobListFilters,
  wanted: number,
  filter: StreamFilter,
  signal: AbortSignal,
  memory: ListOrderMemory,
): Promise<StreamRead> {
  const need = Math.min(wanted, RESULT_WINDOW)
  if (!filter.keep && filter.from === undefined && filter.to === undefined) {
    const page = await fetchNewestFirstPage({ filters, page: 1, size: need }, signal, memory)
    if (page.kind !== 'rows') return { stream, rows: [], count: page.count, countExact: true, cut: page.count > 0 }
    const more = page.count > page.jobs.length || countMayBeCapped(page.count)
    return { stream, rows: page.jobs, count: page.count, countExact: true, cut: page.jobs.length < wanted && more }
  }
  // Client-side filters: read chunks newest first until the page is filled (and, within a budget,
  // to the stream's end for an exact count), the window stops it, or rows are older than `created`.
  const rows: SyncJobRow[] = []
  let read = 0
  const largest = LARGEST_CHUNK
  // `offset` is always a multiple of `size`: 125, 250, 500, 1000 double the rows read until 1000.
  let size: number = FILTER_CHUNKS.find((chunkSize) => chunkSize >= need) ?? largest
  for (let offset = 0; ; offset += size, size = Math.min(offset, largest)) {
    const chunk = { page: offset / size + 1, size }
    const page = await fetchNewestFirstPage({ filters, ...chunk }, signal, memory)
    if (page.kind === 'beyond-window') return { stream, rows: rows.slice(0, need), count: rows.length, countExact: false, cut: true }
    if (page.kind === 'out-of-range') return { stream, rows: rows.slice(0, need), count: rows.length, countExact: true, cut: false }
    let older = false
    for (const job of page.jobs) {
      const created = parseTimestamp(job.created_at)
      if (filter.from !== undefined && created !== undefined && created < filter.from) {
        older = true
        break
      }
      if (filter.to !== undefined && created !== undefined && created > filter.to) continue
      if (!filter.keep || filter.keep(job)) rows.push(job)
    }
    read += page.jobs.length
    const ended = older || page.jobs.length < chunk.size || read >= page.count
    if (ended) {
      // A capped count with every reachable row read: the window stopped the stream, not its end.
      const cut = !older && read >= RESULT_WINDOW && countMayBeCapped(page.count)
      return { stream, rows: rows.slice(0, need), count: rows.length, countExact: !cut, cut }
    }
    if (rows.length >= need && read >= COUNT_READ_BUDGET) return { stream, rows: rows.slice(0, need), count: rows.length, countExact: false, cut: false }
  }
}

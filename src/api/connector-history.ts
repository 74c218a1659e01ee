// One connector's history, for its page (/connectors/:id): its document, its newest jobs as list
// rows, the connector snapshots of its recent jobs (the change timeline and the insights compare
// them), the active jobs "Cancel active syncs" acts on, and that action. Snapshots are read only here,
// for one connector and a bounded number of jobs: the list's row filter drops them everywhere else.
// The server redacts every sensitive configuration value in those answers before the browser gets it.
import { mutationOptions, queryOptions, type Query } from '@tanstack/react-query'
import { adaptiveInterval } from '../hooks/poll-interval.ts'
import type { PollPace } from '../lib/polling-policy.ts'
import { esRequest, seg } from './client.ts'
import { isEsError } from './es-error.ts'
import { connectorKeys, syncJobKeys, syncJobQueries } from './queries.ts'
import { cancelSyncJob, listSyncJobRows, listSyncJobs } from './sync-jobs.ts'
import { RESULT_WINDOW, type ConnectorDocument, type SyncJob, type SyncJobRow, type SyncStatus } from '../../contract/es-connector-types.ts'
import { countMayBeCapped, detectOrder } from '../lib/paging.ts'
import { parseTimestamp } from '../lib/time.ts'
import { compareCodeUnits } from '../lib/compare.ts'

/** How many of its newest jobs the page lists as rows. */
export const HISTORY_ROWS = 50
/** How many of its newest jobs are read with their whole snapshot (a bound on the answer's size). */
export const HISTORY_SNAPSHOTS = 50
/** The statuses "Cancel active syncs" asks to cancel (Elasticsearch refuses canceling and finished jobs). */
export const CANCELABLE_STATUSES = ['pending', 'in_progress', 'suspended'] as const satisfies readonly SyncStatus[]
export type CancelableStatus = (typeof CANCELABLE_STATUSES)[number]

/** Everything of a job but its metadata (free-form, and nothing on the page reads it). */
const SNAPSHOT_FILTER = '-results.metadata'
const ACTIVE_PAGE = 1000
/** Cancels sent at once: enough to be quick, few enough not to flood a cluster. */
const CANCEL_CONCURRENCY = 4

export interface RecentSnapshots {
  /** Newest first. */
  jobs: SyncJob[]
  /** The connector's jobs in all. */
  count: number
  /** False when an oldest-first server (8.12) holds more jobs than it lets anyone page to the newest. */
  reachable: boolean
}

export interface ActiveJobs {
  /** Every pending, running and suspended job of the connector, oldest first. */
  jobs: SyncJobRow[]
  counts: Record<CancelableStatus, number>
}

export type CancelOutcome =
  /** Accepted: a pending or suspended job is canceled, a running one is asked to stop. */
  | { id: string; status: CancelableStatus; outcome: 'done' }
  /** Elasticsearch refused (the job moved on meanwhile, say), with its reason. */
  | { id: string; status: CancelableStatus; outcome: 'refused'; type: string; reason: string }
  /** The job is gone. */
  | { id: string; status: CancelableStatus; outcome: 'not-found'; type: string; reason: string }
  /** No answer, or the cluster failed: whether it was canceled is unknown. */
  | { id: string; status: CancelableStatus; outcome: 'failed'; type: string; reason: string }

const historyKeys = {
  document: (id: string) => [...connectorKeys.all, 'history', id] as const,
  // Under the job lists' prefix, so every job action (here or anywhere) refreshes them.
  snapshots: (id: string) => [...syncJobKeys.lists(), 'connector-history', id, 'snapshots'] as const,
  active: (id: string) => [...syncJobKeys.lists(), 'connector-history', id, 'active'] as const,
}

export function getConnectorDocument(id: string, signal?: AbortSignal): Promise<ConnectorDocument> {
  return esRequest({ method: 'GET', path: `/_connector/${seg(id)}`, signal })
}

function listSnapshots(connectorId: string, from: number, size: number, signal?: AbortSignal) {
  return listSyncJobs({ connector_id: connectorId, from, size, filter_path: SNAPSHOT_FILTER }, signal)
}

const byNewest = (jobs: readonly SyncJob[]) =>
  [...jobs].sort((a, b) => (parseTimestamp(b.created_at) ?? 0) - (parseTimestamp(a.created_at) ?? 0) || compareCodeUnits(b.id, a.id))

/**
 * The connector's newest jobs with their whole snapshot, whichever order the server lists in: the
 * first page shows the order; on an oldest-first server with more jobs, the newest are at the end.
 */
export async function fetchRecentSnapshots(connectorId: string, signal?: AbortSignal, size = HISTORY_SNAPSHOTS): Promise<RecentSnapshots> {
  const first = await listSnapshots(connectorId, 0, size, signal)
  const results = first.results ?? []
  if (first.count <= results.length || detectOrder(results) !== 'asc') {
    return { jobs: byNewest(results), count: first.count, reachable: true }
  }
  if (countMayBeCapped(first.count)) return { jobs: [], count: first.count, reachable: false }
  const last = await listSnapshots(connectorId, Math.max(0, first.count - size), size, signal)
  return { jobs: byNewest(last.results ?? []), count: first.count, reachable: true }
}

/** Every job of the connector in one of the statuses, all pages up to the result window. */
async function listAllWithStatus(connectorId: string, status: CancelableStatus, signal?: AbortSignal): Promise<SyncJobRow[]> {
  const jobs: SyncJobRow[] = []
  for (let from = 0; from < RESULT_WINDOW; from += ACTIVE_PAGE) {
    const page = await listSyncJobRows({ connector_id: connectorId, status, from, size: Math.min(ACTIVE_PAGE, RESULT_WINDOW - from) }, signal)
    jobs.push(...page.results)
    if (page.results.length === 0 || from + page.results.length >= page.count) break
  }
  return jobs
}

export async function fetchActiveJobs(connectorId: string, signal?: AbortSignal): Promise<ActiveJobs> {
  const lists = await Promise.all(CANCELABLE_STATUSES.map((status) => listAllWithStatus(connectorId, status, signal)))
  const counts = Object.fromEntries(CANCELABLE_STATUSES.map((status, index) => [status, lists[index]!.length])) as Record<CancelableStatus, number>
  const jobs = lists.flat().sort((a, b) => (parseTimestamp(a.created_at) ?? 0) - (parseTimestamp(b.created_at) ?? 0) || compareCodeUnits(a.id, b.id))
  return { jobs, counts }
}

async function cancelOne({ id, status }: { id: string; status: CancelableStatus }): Promise<CancelOutcome> {
  try {
    await cancelSyncJob(id)
    return { id, status, outcome: 'done' }
  } catch (error) {
    if (!isEsError(error)) throw error
    const detail = { type: error.type, reason: error.reason }
    if (error.status === 404) return { id, status, outcome: 'not-found', ...detail }
    if (error.isTransient) return { id, status, outcome: 'failed', ...detail }
    return { id, status, outcome: 'refused', ...detail }
  }
}

/** Requests a cancel for each job, a few at a time; one outcome per job, in the jobs' order. */
export async function cancelJobs(jobs: readonly { id: string; status: CancelableStatus }[]): Promise<CancelOutcome[]> {
  const outcomes: CancelOutcome[] = []
  let next = 0
  const lane = async () => {
    while (next < jobs.length) {
      const index = next++
      outcomes[index] = await cancelOne(jobs[index]!)
    }
  }
  await Promise.all(Array.from({ length: Math.min(CANCEL_CONCURRENCY, jobs.length) }, lane))
  return outcomes
}

/** The document and its rows: every 30 s (what the page says), backed off when slow or failing. */
export const CONNECTOR_PAGE_PACE: PollPace = { activeMs: 30_000, idleMs: 30_000 }
/**
 * The snapshots (50 whole connector snapshots, the page's heaviest read) change only when a job is
 * created, and every job action refreshes them at once (they sit under the lists' key): every 2 min.
 */
export const SNAPSHOTS_PACE: PollPace = { activeMs: 120_000, idleMs: 120_000 }

/** `refetchInterval` for one of the page's queries at `pace` (a deleted connector is not asked again). */
export function connectorPageInterval(pace: PollPace) {
  // oxlint-disable-next-line typescript/no-explicit-any -- any of the page's queries
  return (query: Query<any, any, any, any>): number | false =>
    (query.state.error as { status?: number } | null)?.status === 404 ? false : adaptiveInterval(query, pace, true)
}

export const connectorHistoryQueries = {
  /** The connector document (configuration values redacted by the server). */
  document: (id: string) =>
    queryOptions({
      queryKey: historyKeys.document(id),
      queryFn: ({ signal }) => getConnectorDocument(id, signal),
    }),
  /** Its newest HISTORY_ROWS jobs as list rows, newest first: the jobs list's own page query, so they share the cache. */
  rows: (id: string) => syncJobQueries.page({ filters: { connector_id: id }, page: 1, size: HISTORY_ROWS }),
  /** Its newest HISTORY_SNAPSHOTS jobs with their connector snapshots. */
  snapshots: (id: string) =>
    queryOptions({
      queryKey: historyKeys.snapshots(id),
      queryFn: ({ signal }) => fetchRecentSnapshots(id, signal),
    }),
  /** What Cancel active syncs would cancel: read fresh when its dialog opens. */
  active: (id: string) =>
    queryOptions({
      queryKey: historyKeys.active(id),
      queryFn: ({ signal }) => fetchActiveJobs(id, signal),
      staleTime: 0,
    }),
}

export const connectorHistoryMutations = {
  /** Cancel active syncs: never retried (mutations are not), reports each job's outcome, then refreshes. */
  cancelActive: (connectorId: string) =>
    mutationOptions({
      mutationKey: ['sync-jobs', 'cancel-active', connectorId],
      mutationFn: (jobs: readonly { id: string; status: CancelableStatus }[]) => cancelJobs(jobs),
      onSettled: (_data, _error, _jobs, _result, { client }) =>
        Promise.all([client.invalidateQueries({ queryKey: syncJobKeys.all }), client.invalidateQueries({ queryKey: historyKeys.document(connectorId) })]),
    }),
}

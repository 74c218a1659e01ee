// What the connectors overview and the workers page read, and how often: every connector (all pages,
// only the fields health needs — never `configuration`, where secrets live, nor sync rules or the
// cursor), one bounded newest-first window of sync jobs (the list rows' filter_path), and on demand
// one connector's own newest jobs when the window lacks its history. Refreshed every
// FLEET_REFRESH_MS while the tab is visible (TanStack pauses interval refetches in a hidden tab).
//
// The window: pages of WINDOW_PAGE_SIZE jobs, newest first on any server (the order is learnt and
// remembered as the jobs list does, sync-job-pages.ts): the first page, then together the pages the
// rest of WINDOW_SPAN_MS (the outcome chart's seven days, plus a day for syncs that ran long) takes at
// its pace, until the span is covered, every job is in, or WINDOW_MAX_PAGES pages (5,000 jobs) are.
// Why 5,000: it covers seven days for a fleet creating up to ~700 jobs a day (thirty hourly
// connectors), costs about 2.9 MB a refresh at the list rows' ~575 bytes a job (~470 kB gzipped),
// and keeps a refresh within ten requests — one per 1,000 connectors, up to five job pages, and on
// Elasticsearch 8.12 (oldest first) one count — the pages shrinking to fit when a fleet has more than
// 4,000 connectors. Connectors whose history the window cuts short are read one by one, only while
// their row is on screen (fleetQueries.history).
//
// A refresh is cheap (issue 13's polling budget): it reads only the newest REFRESH_PAGE_SIZE-job
// page(s) — back to what the cached window already holds, and on to its oldest job that may still
// move, within REFRESH_MAX_PAGES pages — and merges them in (refreshJobWindow): running and pending
// jobs among the newest are read again each time. The whole window is read again every FULL_READ_MS
// (older moving jobs, deletions further back show up then), and whenever the newest pages do not
// reach what the window holds (more new jobs than a refresh reads).
import { queryOptions, type Query, type QueryClient, noop } from '@tanstack/react-query'
import { RESULT_WINDOW, type ConnectorDocument, type ListResponse, type SyncJobRow } from '../../contract/es-connector-types.ts'
import { CONNECTOR_HEALTH_FIELDS, CONNECTOR_HEALTH_FILTER } from '../../contract/read-filters.ts'
import { adaptiveInterval } from '../hooks/poll-interval.ts'
import { isMovingStatus } from '../lib/job-status.ts'
import { planPage, type ListOrder } from '../lib/paging.ts'
import type { PollPace } from '../lib/polling-policy.ts'
import { parseTimestamp } from '../lib/time.ts'
import { listConnectors } from './connectors.ts'
import { syncJobKeys, syncJobQueries } from './queries.ts'
import { fetchNewestFirstPage, type ListOrderMemory } from './sync-job-pages.ts'
import { listSyncJobRows } from './sync-jobs.ts'

export const FLEET_REFRESH_MS = 30_000
/** The jobs window every FLEET_REFRESH_MS, the connectors every minute (health reads their last check-in, 15 min matter). */
export const WINDOW_PACE: PollPace = { activeMs: FLEET_REFRESH_MS, idleMs: FLEET_REFRESH_MS }
export const CONNECTORS_PACE: PollPace = { activeMs: 60_000, idleMs: 60_000 }
/** Jobs a refresh reads per request from the newest down to what the window holds. */
export const REFRESH_PAGE_SIZE = 100
/** The most pages a refresh reads; if they do not reach what the window holds, it reads the whole window. */
export const REFRESH_MAX_PAGES = 3
/** How far back a refresh re-reads for jobs that still move; older ones (stuck) wait for the next whole read. */
export const MOVING_LOOKBACK_MS = 6 * 3_600_000
/** How often the whole window is read again. */
export const FULL_READ_MS = 5 * 60_000
export const WINDOW_PAGE_SIZE = 1000
export const WINDOW_MAX_PAGES = 5
/** Seven days of outcomes plus a day for syncs created before the period that ended inside it. */
export const WINDOW_SPAN_MS = 8 * 24 * 3_600_000
/** Requests a refresh may make, per-connector histories aside. */
export const REFRESH_REQUEST_BUDGET = 10
/** One connector's newest jobs: a full 20-outcome strip plus what may be running or waiting. */
export const HISTORY_SIZE = 30
const CONNECTOR_PAGE = 1000


export type FleetConnector = Pick<ConnectorDocument, (typeof CONNECTOR_HEALTH_FIELDS)[number] | 'features'>

/** Every connector with the health fields, all pages (at most RESULT_WINDOW). */
export async function listFleetConnectors(signal?: AbortSignal): Promise<FleetConnector[]> {
  const page = (from: number, size: number) =>
    listConnectors({ from, size, filter_path: CONNECTOR_HEALTH_FILTER }, signal) as unknown as Promise<ListResponse<FleetConnector>>
  const first = await page(0, CONNECTOR_PAGE)
  // filter_path drops an emptied `results`: a cluster without connectors answers `{count: 0}`.
  const all = [...(first.results ?? [])]
  const total = Math.min(first.count, RESULT_WINDOW)
  const rest: Promise<ListResponse<FleetConnector>>[] = []
  for (let from = CONNECTOR_PAGE; from < total; from += CONNECTOR_PAGE) rest.push(page(from, Math.min(CONNECTOR_PAGE, RESULT_WINDOW - from)))
  for (const next of await Promise.all(rest)) all.push(...(next.results ?? []))
  return all
}

/** How many connector pages a refresh reads for this many connectors. */
export const connectorPages = (connectors: number) => Math.max(1, Math.ceil(Math.min(connectors, RESULT_WINDOW) / CONNECTOR_PAGE))

/** The job pages a refresh may read so that it stays within REFRESH_REQUEST_BUDGET. */
export function windowPageLimit(connectors: number | undefined, order: ListOrder | undefined): number {
  const countRequest = order === 'asc' ? 1 : 0
  return Math.max(1, Math.min(WINDOW_MAX_PAGES, REFRESH_REQUEST_BUDGET - connectorPages(connectors ?? 0) - countRequest))
}

export interface JobWindow {
  /** Newest first, no duplicates. */
  jobs: SyncJobRow[]
  /** Jobs on the cluster (Elasticsearch stops counting at 10,000). */
  count: number
  order: ListOrder
  /** Every job on the cluster is in the window. */
  complete: boolean
  /** The page limit or the result window stopped it before it reached back WINDOW_SPAN_MS. */
  truncated: boolean
  /** False on an oldest-first server (8.12) with 10,000 jobs or more: the newest cannot be located. */
  reachable: boolean
  /** The oldest creation time in the window (epoch ms). */
  oldestCreated: number | undefined
  /** The most jobs this window could have held. */
  limit: number
  /** When the whole window was last read (epoch ms); refreshes in between merged newer pages in. */
  fullReadAt: number
}

export interface WindowOptions {
  pageSize?: number
  maxPages?: number
  spanMs?: number
  now?: number
}

const oldest = (jobs: readonly SyncJobRow[]) => {
  let min: number | undefined
  for (const job of jobs) {
    const created = parseTimestamp(job.created_at)
    if (created !== undefined && (min === undefined || created < min)) min = created
  }
  return min
}

/**
 * The newest jobs, page after page until they reach back `spanMs`, all are in or `maxPages` are read.
 * The first page learns the server's order (and the count); later pages are planned from that count,
 * so an oldest-first server costs one count request in all, not one per page. After the first page,
 * the pages the span will take at its pace are read together, then more if that was not enough.
 */
export async function fetchJobWindow(signal: AbortSignal, memory: ListOrderMemory, options: WindowOptions = {}): Promise<JobWindow> {
  const pageSize = options.pageSize ?? WINDOW_PAGE_SIZE
  const maxPages = options.maxPages ?? WINDOW_MAX_PAGES
  const now = options.now ?? Date.now()
  const since = now - (options.spanMs ?? WINDOW_SPAN_MS)
  const first = await fetchNewestFirstPage({ filters: {}, page: 1, size: pageSize }, signal, memory)
  const base = { count: first.count, order: first.order, limit: pageSize * maxPages, fullReadAt: now }
  if (first.kind !== 'rows') {
    return { ...base, jobs: [], complete: false, truncated: true, reachable: false, oldestCreated: undefined }
  }
  const jobs = [...first.jobs]
  const seen = new Set(jobs.map((job) => job.id))
  const add = (rows: readonly SyncJobRow[]) => {
    // New jobs between two requests shift a newest-first list: the same job may come twice.
    for (const job of rows) {
      if (seen.has(job.id)) continue
      seen.add(job.id)
      jobs.push(job)
    }
  }
  const lastPage = Math.min(maxPages, Math.ceil(Math.min(first.count, RESULT_WINDOW) / pageSize))
  let page = 1
  let reachedBack = (oldest(jobs) ?? Infinity) <= since
  while (!reachedBack && page < lastPage) {
    // The pages the span will take at the pace of those read so far, read together (one round trip).
    const perPage = (now - (oldest(jobs) ?? now)) / page
    const needed = perPage > 0 ? Math.ceil((now - since) / perPage) : lastPage
    const batch = Array.from({ length: Math.min(lastPage, Math.max(page + 1, needed)) - page }, (_, index) => page + 1 + index)
    const plans = batch.map((number) => planPage({ order: first.order, count: first.count, page: number, size: pageSize }))
    const answers = await Promise.all(plans.map((plan) => (plan.kind === 'fetch' ? listSyncJobRows({ from: plan.from, size: plan.size }, signal) : undefined)))
    answers.forEach((answer, index) => {
      const plan = plans[index]!
      if (answer && plan.kind === 'fetch') add(plan.reverse ? answer.results.toReversed() : answer.results)
    })
    if (plans.some((plan) => plan.kind !== 'fetch')) break
    page = batch.at(-1)!
    reachedBack = (oldest(jobs) ?? Infinity) <= since
  }
  const complete = jobs.length >= first.count && first.count < RESULT_WINDOW
  return { ...base, jobs, complete, truncated: !complete && !reachedBack, reachable: true, oldestCreated: oldest(jobs) }
}

/**
 * How far back a refresh of `window` aims to read: its newest job (where the new pages overlap it),
 * or further to its oldest job that may still move, if that was created within MOVING_LOOKBACK_MS
 * (REFRESH_MAX_PAGES may stop it sooner: moving jobs further back wait for the next whole read).
 * Undefined when there is nothing to overlap (an empty window).
 */
export function refreshBoundary(window: Pick<JobWindow, 'jobs'>, now: number): number | undefined {
  const newest = window.jobs[0] && parseTimestamp(window.jobs[0].created_at)
  if (newest === undefined) return undefined
  let boundary = newest
  for (const job of window.jobs) {
    if (!isMovingStatus(job.status)) continue
    const created = parseTimestamp(job.created_at)
    if (created !== undefined && created >= now - MOVING_LOOKBACK_MS && created < boundary) boundary = created
  }
  return boundary
}

/**
 * `previous` with the newest jobs read again (`fresh`, newest first, every job created since its
 * oldest): the fresh copy of every job they hold wins, a job of `previous` created after their oldest
 * that they do not hold is gone (deleted), and `previous`'s older jobs follow — at most
 * `previous.limit` in all. `since` is where the window's span starts (truncated or not).
 */
export function mergeWindow(previous: JobWindow, fresh: Pick<JobWindow, 'jobs' | 'count' | 'order' | 'oldestCreated'>, since: number): JobWindow {
  const freshIds = new Set(fresh.jobs.map((job) => job.id))
  // No fresh job: the cluster has none left.
  const cutoff = fresh.oldestCreated ?? -Infinity
  const older = previous.jobs.filter((job) => !freshIds.has(job.id) && (parseTimestamp(job.created_at) ?? -Infinity) <= cutoff)
  const jobs = [...fresh.jobs, ...older].slice(0, previous.limit)
  const complete = jobs.length >= fresh.count && fresh.count < RESULT_WINDOW
  const oldestCreated = oldest(jobs)
  return {
    ...previous,
    jobs,
    count: fresh.count,
    order: fresh.order,
    complete,
    truncated: !complete && (oldestCreated ?? Infinity) > since,
    oldestCreated,
  }
}

export interface RefreshOptions {
  maxPages: number
  now?: number
  spanMs?: number
  /** For tests: the page size of a refresh. */
  pageSize?: number
}

/**
 * The window after one refresh: the newest pages, back to refreshBoundary within REFRESH_MAX_PAGES,
 * merged into `previous` (mergeWindow); or the whole window read again when there is none, it is due
 * (FULL_READ_MS), the page limit changed, or the newest pages do not reach `previous`'s newest job.
 */
export async function refreshJobWindow(previous: JobWindow | undefined, signal: AbortSignal, memory: ListOrderMemory, options: RefreshOptions): Promise<JobWindow> {
  const now = options.now ?? Date.now()
  const spanMs = options.spanMs ?? WINDOW_SPAN_MS
  const whole = async () => ({ ...(await fetchJobWindow(signal, memory, { maxPages: options.maxPages, spanMs, now })), fullReadAt: now })
  const boundary = previous && refreshBoundary(previous, now)
  if (!previous || !previous.reachable || boundary === undefined || now - previous.fullReadAt >= FULL_READ_MS || previous.limit !== WINDOW_PAGE_SIZE * options.maxPages) {
    return whole()
  }
  const fresh = await fetchJobWindow(signal, memory, { pageSize: options.pageSize ?? REFRESH_PAGE_SIZE, maxPages: REFRESH_MAX_PAGES, spanMs: now - boundary, now })
  if (!fresh.reachable) return { ...fresh, limit: previous.limit, fullReadAt: now }
  // Not even back to the newest job it holds: merging would leave a gap.
  const newest = parseTimestamp(previous.jobs[0]!.created_at)!
  if (!fresh.complete && (fresh.oldestCreated ?? Infinity) > newest) return whole()
  return mergeWindow(previous, fresh, now - spanMs)
}

export const fleetKeys = {
  all: ['fleet'] as const,
  connectors: () => [...fleetKeys.all, 'connectors'] as const,
  /** Under the jobs' list prefix: every job action's invalidation refreshes the window too. */
  window: () => [...syncJobKeys.lists(), 'fleet-window'] as const,
}

/** The order memory of the jobs list (syncJobQueries.order), shared so the window learns it once. */
function orderMemory(client: QueryClient): ListOrderMemory {
  const order = syncJobQueries.order()
  return {
    known: client.getQueryData(order.queryKey) ?? undefined,
    learn: (seen) => client.setQueryData(order.queryKey, seen),
    probe: async () => (await client.fetchQuery({ ...order, retry: false })) ?? undefined,
  }
}

/** `refetchInterval` at `pace`, backed off when the reads are slow or failing (lib/polling-policy.ts). */
function livePace(pace: PollPace) {
  return {
    // oxlint-disable-next-line typescript/no-explicit-any -- any of the fleet's queries
    refetchInterval: (query: Query<any, any, any, any>) => adaptiveInterval(query, pace, false),
    refetchIntervalInBackground: false,
  } as const
}

/** A connector's own history may move while one of its jobs may. */
const historyMoves = (data: unknown) => (data as { jobs?: SyncJobRow[] } | undefined)?.jobs?.some((job) => isMovingStatus(job.status)) ?? false
/**
 * A connector's own newest jobs, read only because the window holds too few of them — so none of
 * them is new (a new job is in the window, whose copy the row merges in): every 30 s while one of
 * them may still move (every minute once they stopped changing: the row prefers this copy of a job
 * to the window's, so it must not lag far), every 5 min otherwise. With ten such rows on screen that
 * is two requests a minute instead of ten (npm run bench:polling -- --connectors 1000 --jobs 100000).
 */
export const HISTORY_PACE: PollPace = { activeMs: FLEET_REFRESH_MS, idleMs: 60_000 }
export const SETTLED_HISTORY_MS = 5 * 60_000

// oxlint-disable-next-line typescript/no-explicit-any -- the history's page query
function historyInterval(query: Query<any, any, any, any>): number {
  return historyMoves(query.state.data) ? adaptiveInterval(query, HISTORY_PACE, true) : adaptiveInterval(query, { activeMs: SETTLED_HISTORY_MS, idleMs: SETTLED_HISTORY_MS }, false)
}

export const fleetQueries = {
  /** Every connector with the fields health reads (CONNECTOR_HEALTH_FILTER). */
  connectors: () =>
    queryOptions({
      queryKey: fleetKeys.connectors(),
      queryFn: ({ signal }) => listFleetConnectors(signal),
      staleTime: 5_000,
      ...livePace(CONNECTORS_PACE),
    }),
  /** The bounded newest-first window of jobs; a refresh merges the newest pages into it (refreshJobWindow). */
  window: () =>
    queryOptions({
      queryKey: fleetKeys.window(),
      queryFn: ({ client, signal }) => {
        const memory = orderMemory(client)
        const connectors = client.getQueryData<FleetConnector[]>(fleetKeys.connectors())?.length
        const previous = client.getQueryData<JobWindow>(fleetKeys.window())
        return refreshJobWindow(previous, signal, memory, { maxPages: windowPageLimit(connectors, memory.known) })
      },
      staleTime: 5_000,
      ...livePace(WINDOW_PACE),
    }),
  /** One connector's newest HISTORY_SIZE jobs (the jobs list's own page query, so both share it). */
  history: (connectorId: string) => ({
    ...syncJobQueries.page({ filters: { connector_id: connectorId }, page: 1, size: HISTORY_SIZE }),
    staleTime: 5_000,
    refetchInterval: historyInterval,
    refetchIntervalInBackground: false,
  }),
}

/** Starts the overview's requests from the route loader, before its code has loaded. */
export function prefetchFleet(client: QueryClient): void {
  // Errors are the page's to show; a prefetch only warms the cache.
  void client.query(fleetQueries.connectors()).catch(noop)
  void client.query(fleetQueries.window()).catch(noop)
}

// How often the jobs list refreshes, within the polling budget (lib/polling-policy.ts, issue 13):
// its rows every 5 s while the page shows a job that moves on its own (pending, running or
// canceling) and every 20 s otherwise — or once three refreshes in a row brought nothing new (a
// pending job whose service is gone does not move); the status counts every 30 s and 90 s, so that
// an idle tab with nine counts (all, and one per status) costs 3 + 6 = 9 requests a minute and a busy
// one 12 + 18 = 30 (npm run bench:polling). Both back off when the cluster is slow or failing
// (src/hooks/poll-interval.ts).
//
// How the data hooks use it:
//   rows   — `useQuery({ ...syncJobQueries.page(params), refetchInterval: rowsRefetchInterval })`
//   counts — the counts query gets `refetchInterval: countsRefetchInterval(rowsPage)`, where
//            `rowsPage` is the rows query's data (the counts move when the rows do)
//   text   — "every N s" beside the refresh button is `pollInterval(rowsPage)`, the rows' pace.
import type { Query } from '@tanstack/react-query'
import type { EsError } from '../../api/es-error.ts'
import type { NewestFirstPage } from '../../api/sync-job-pages.ts'
import { adaptiveInterval, isSettled } from '../../hooks/poll-interval.ts'
import { isMovingStatus } from '../../lib/job-status.ts'
import type { PollPace } from '../../lib/polling-policy.ts'

export const ROWS_PACE: PollPace = { activeMs: 5_000, idleMs: 20_000 }
/** Slower than the rows at both paces: a count changes only when a row's status does. */
export const COUNTS_PACE: PollPace = { activeMs: 30_000, idleMs: 90_000 }

/** The page shows a job that moves on its own within seconds. */
export function hasMovingJob(page: Pick<NewestFirstPage, 'jobs'> | undefined): boolean {
  return page?.jobs.some((job) => isMovingStatus(job.status)) ?? false
}

/** The page shows a moving job and its rows have not stopped changing (hooks/poll-interval.ts isSettled). */
const rowsMove = (page: Pick<NewestFirstPage, 'jobs'> | undefined) => hasMovingJob(page) && !isSettled(page)

/** The rows' pace for what the page shows, before any backoff: what "every N s" says. */
export function pollInterval(page: Pick<NewestFirstPage, 'jobs'> | undefined): number {
  return rowsMove(page) ? ROWS_PACE.activeMs : ROWS_PACE.idleMs
}

/** The counts' pace for what the rows show, before any backoff. */
export function countInterval(page: Pick<NewestFirstPage, 'jobs'> | undefined): number {
  return rowsMove(page) ? COUNTS_PACE.activeMs : COUNTS_PACE.idleMs
}

/**
 * `refetchInterval` of the rows query (any page shape with `jobs`: NewestFirstPage, MergedPage): its
 * pace from its own data, backed off by its timing and failures, idle once it stopped changing.
 */
// oxlint-disable-next-line typescript/no-explicit-any -- any error, select and key types
export function rowsRefetchInterval<TPage extends Pick<NewestFirstPage, 'jobs'>>(query: Query<TPage, any, any, any>): number {
  return adaptiveInterval(query, ROWS_PACE, hasMovingJob(query.state.data))
}

/**
 * `refetchInterval` of the status counts query, given the rows on screen (the rows query's data):
 * the counts' pace — idle as soon as the rows settled — backed off by the counts query's own timing
 * and failures. Call it with the rows' latest data on every render, so the pace follows them.
 */
export function countsRefetchInterval(rowsPage: Pick<NewestFirstPage, 'jobs'> | undefined) {
  const active = rowsMove(rowsPage)
  // oxlint-disable-next-line typescript/no-explicit-any -- any counts query
  return (query: Query<any, EsError, any, any>): number => adaptiveInterval(query, COUNTS_PACE, active)
}

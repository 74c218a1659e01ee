// React Query's side of the polling budget (lib/polling-policy.ts): a `refetchInterval` function
// that learns, from the query it is given, how long its last request took, how many refreshes
// failed in a row and how many brought nothing new, and asks the policy for the next interval.
//
// How it learns: TanStack Query v5 re-evaluates a function `refetchInterval` on every state change
// of the query it observes (QueryObserver.onQueryUpdate → #updateTimers), so it sees the fetch start
// (fetchStatus leaves 'idle') and its end (back to 'idle', with dataUpdatedAt or errorUpdatedAt set).
// The timing is kept per Query object, outside its state, and goes with it when the cache drops it.
//
// "Nothing new" is the same data object: React Query's structural sharing keeps the previous object
// when a refetch answers what it already had.
//
// A hidden tab is left to TanStack: with `refetchIntervalInBackground: false` (the query client's
// default, app/query-client.ts) its interval timer skips every tick while `focusManager.isFocused()`
// is false — in v5 that is `document.visibilityState`, fed by `visibilitychange` only — and
// `refetchOnWindowFocus` refreshes a stale query the moment the tab shows again. Returning `false`
// here for a hidden tab would be worse: a query that is still fresh when the tab shows again is not
// refetched, so nothing would re-arm its timer.
import type { Query } from '@tanstack/react-query'
import { nextPollInterval, SETTLE_AFTER, type PollPace } from '../lib/polling-policy.ts'

interface FetchTiming {
  /** When the request in flight started (epoch ms); undefined while none is. */
  startedAt: number | undefined
  /** The data when it started. */
  dataAtStart: unknown
  lastDurationMs: number | undefined
  failures: number
  /** Successful refreshes in a row that answered the data the query already had. */
  unchanged: number
}

// oxlint-disable-next-line typescript/no-explicit-any -- any query: the timing does not read its data
type AnyQuery = Query<any, any, any, any>

const timings = new WeakMap<AnyQuery, FetchTiming>()
/** Per data object a query answered, how many refreshes in a row answered it again. */
const repeats = new WeakMap<object, number>()

/**
 * Whether `data` (a query's data object) was answered SETTLE_AFTER times in a row without change:
 * for queries paced by another one's data (the jobs list's counts follow its rows).
 */
export function isSettled(data: unknown): boolean {
  return typeof data === 'object' && data !== null && (repeats.get(data) ?? 0) >= SETTLE_AFTER
}

/** Updates and returns what is known of `query`'s requests; call it with every state it goes through. */
export function observeFetch(query: AnyQuery, now = Date.now()): Readonly<FetchTiming> {
  let timing = timings.get(query)
  if (timing === undefined) {
    timing = { startedAt: undefined, dataAtStart: undefined, lastDurationMs: undefined, failures: 0, unchanged: 0 }
    timings.set(query, timing)
  }
  const { fetchStatus, status, dataUpdatedAt, errorUpdatedAt } = query.state
  if (fetchStatus !== 'idle') {
    if (timing.startedAt === undefined) {
      timing.startedAt = now
      timing.dataAtStart = query.state.data
    }
  } else if (timing.startedAt !== undefined) {
    const failed = status === 'error' && errorUpdatedAt >= timing.startedAt
    const succeeded = dataUpdatedAt >= timing.startedAt
    // A canceled request sets neither timestamp: it counts as instant, and changes no failure count.
    timing.lastDurationMs = failed || succeeded ? Math.max(dataUpdatedAt, errorUpdatedAt) - timing.startedAt : 0
    timing.failures = failed ? timing.failures + 1 : succeeded ? 0 : timing.failures
    if (succeeded) {
      timing.unchanged = timing.dataAtStart !== undefined && query.state.data === timing.dataAtStart ? timing.unchanged + 1 : 0
      if (typeof query.state.data === 'object' && query.state.data !== null) repeats.set(query.state.data, timing.unchanged)
    }
    timing.startedAt = undefined
    timing.dataAtStart = undefined
  }
  return timing
}

/**
 * The interval for `query` under `pace`, given whether what it shows moves (`active`): the policy's
 * answer from its last request's duration and its failures in a row.
 */
export function adaptiveInterval(query: AnyQuery, pace: PollPace, active: boolean): number {
  const { lastDurationMs, failures, unchanged } = observeFetch(query)
  return nextPollInterval(pace, { active, unchanged, lastDurationMs, failures })
}

/**
 * A `refetchInterval` function for queries whose data says whether it moves (`isActive`), e.g.
 * `refetchInterval: pollingBy(JOB_PACE, (job) => isMovingStatus(job.status))`.
 */
export function pollingBy<TData>(pace: PollPace, isActive: (data: TData) => boolean) {
  // oxlint-disable-next-line typescript/no-explicit-any -- any error and key types
  return (query: Query<TData, any, any, any>): number =>
    adaptiveInterval(query, pace, query.state.data !== undefined && isActive(query.state.data))
}

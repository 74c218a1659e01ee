// The polling budget every live page shares (issue 13): how long to wait before the next refresh,
// from whether anything on screen moves and how the last requests went. One open tab must cost the
// cluster little — at most 12 requests a minute when nothing on screen moves, 40 while something
// does — and back off when the cluster is slow or failing instead of adding to its load.
// Pure: src/hooks/poll-interval.ts feeds it from React Query's state; a hidden tab is React Query's
// own business there (see that file).

/** How often a view refreshes when all is well: `activeMs` while something on it moves, `idleMs` otherwise. */
export interface PollPace {
  activeMs: number
  idleMs: number
}

export interface PollState {
  /** Something on screen may move on its own (a pending, running or canceling job). */
  active: boolean
  /**
   * Refreshes in a row that brought nothing new. A job whose status says it moves may not: a
   * pending job whose service is gone, a run stuck without heartbeats.
   */
  unchanged?: number
  /** How long the last request took, retries included; undefined before the first one ended. */
  lastDurationMs: number | undefined
  /** Refreshes that failed in a row since the last one that succeeded. */
  failures: number
}

/** Never ask again sooner than this many times the last request's duration: a slow cluster gets air. */
export const SLOW_FACTOR = 4
/** Failures double the wait, up to this (a failing cluster is still checked every few minutes). */
export const MAX_BACKOFF_MS = 5 * 60_000
/** After this many refreshes in a row without news, what may move is paced as idle until something changes. */
export const SETTLE_AFTER = 3

/**
 * Milliseconds until the next refresh: the pace for what is on screen (idle once SETTLE_AFTER
 * refreshes in a row brought nothing new), doubled for each failure in a row (up to MAX_BACKOFF_MS,
 * never below the pace), and never under SLOW_FACTOR × the last duration.
 */
export function nextPollInterval(pace: PollPace, { active, unchanged = 0, lastDurationMs, failures }: PollState): number {
  const base = active && unchanged < SETTLE_AFTER ? pace.activeMs : pace.idleMs
  const backedOff = failures > 0 ? Math.max(base, Math.min(MAX_BACKOFF_MS, base * 2 ** Math.min(failures, 16))) : base
  const slow = SLOW_FACTOR * Math.max(0, lastDurationMs ?? 0)
  return Math.ceil(Math.max(backedOff, slow))
}

/** Requests a minute that refreshing `requests` queries every `intervalMs` costs (for budgets and docs). */
export const requestsPerMinute = (intervalMs: number, requests = 1): number => (requests * 60_000) / intervalMs

// The machinery behind every bulk action: a list of items, each applied by `perform` at most once at
// a time, with at most `concurrency` in flight. It can be stopped (what is in flight finishes and is
// recorded; the rest is marked "not started"), and retried: a retry re-runs only the items that
// failed or were not started — never one that is done, was not found, was skipped or is in flight —
// so an action is never applied twice by the runner. Pure (no React, no fetch): the caller's
// `perform` does the request and says what came of it; the UI subscribes (useSyncExternalStore).

/** What came of one item. `failed`: an error that may pass (network, overload); `refused`: the cluster said no. */
export type BulkOutcome =
  | { kind: 'done'; detail?: string | undefined; createdId?: string | undefined }
  | { kind: 'refused'; reason: string }
  | { kind: 'not-found'; reason: string }
  | { kind: 'failed'; reason: string }
  | { kind: 'skipped'; reason: string }

export type BulkItemState =
  | { phase: 'queued'; attempts: number }
  | { phase: 'running'; attempts: number }
  | { phase: 'settled'; attempts: number; outcome: BulkOutcome }
  | { phase: 'not-started'; attempts: number }

export interface BulkItem<I> {
  key: string
  input: I
}

export interface BulkItemView<I> extends BulkItem<I> {
  state: BulkItemState
}

export interface BulkCounts {
  total: number
  queued: number
  running: number
  done: number
  refused: number
  notFound: number
  failed: number
  skipped: number
  notStarted: number
}

export interface BulkSnapshot<I> {
  items: readonly BulkItemView<I>[]
  counts: BulkCounts
  /** Items are queued or in flight. */
  active: boolean
  /** Stop was asked and items are still in flight. */
  stopping: boolean
  /** Items a retry would run again (failed, refused or not started). */
  retryable: number
}

export interface BulkRun<I> {
  start: () => void
  stop: () => void
  /** Re-queues the failed, refused and not-started items; returns how many. */
  retryFailed: () => number
  subscribe: (listener: () => void) => () => void
  getSnapshot: () => BulkSnapshot<I>
  /** Settles once nothing is queued or in flight. */
  whenIdle: () => Promise<void>
}

export interface BulkRunOptions<I> {
  items: readonly BulkItem<I>[]
  perform: (input: I, key: string) => Promise<BulkOutcome>
  concurrency?: number
}

const RETRYABLE = new Set<BulkOutcome['kind']>(['failed', 'refused'])

function isRetryable(state: BulkItemState): boolean {
  return state.phase === 'not-started' || (state.phase === 'settled' && RETRYABLE.has(state.outcome.kind))
}

function countStates<I>(items: readonly BulkItemView<I>[]): BulkCounts {
  const counts: BulkCounts = { total: items.length, queued: 0, running: 0, done: 0, refused: 0, notFound: 0, failed: 0, skipped: 0, notStarted: 0 }
  for (const { state } of items) {
    if (state.phase === 'queued') counts.queued += 1
    else if (state.phase === 'running') counts.running += 1
    else if (state.phase === 'not-started') counts.notStarted += 1
    else if (state.outcome.kind === 'done') counts.done += 1
    else if (state.outcome.kind === 'refused') counts.refused += 1
    else if (state.outcome.kind === 'not-found') counts.notFound += 1
    else if (state.outcome.kind === 'failed') counts.failed += 1
    else counts.skipped += 1
  }
  return counts
}

export function createBulkRun<I>({ items, perform, concurrency = 4 }: BulkRunOptions<I>): BulkRun<I> {
  const limit = Math.max(1, Math.floor(concurrency))
  // Keys are unique: a duplicate key would be one item applied twice.
  const seen = new Set<string>()
  const views: BulkItemView<I>[] = []
  for (const item of items) {
    if (seen.has(item.key)) continue
    seen.add(item.key)
    views.push({ ...item, state: { phase: 'queued', attempts: 0 } })
  }
  const listeners = new Set<() => void>()
  // Indexes of queued items, in order.
  let queue: number[] = views.map((_, index) => index)
  let inFlight = 0
  let stopped = false
  let snapshot: BulkSnapshot<I> | undefined
  let idleWaiters: (() => void)[] = []
  let notifyScheduled = false

  const notify = () => {
    snapshot = undefined
    // Many items settle within one tick: listeners hear once per tick.
    if (notifyScheduled) return
    notifyScheduled = true
    queueMicrotask(() => {
      notifyScheduled = false
      listeners.forEach((listener) => listener())
    })
  }

  const setState = (index: number, state: BulkItemState) => {
    const view = views[index]
    if (view) views[index] = { ...view, state }
  }

  const isIdle = () => inFlight === 0 && queue.length === 0

  const settleIdle = () => {
    if (!isIdle()) return
    const waiters = idleWaiters
    idleWaiters = []
    waiters.forEach((resolve) => resolve())
  }

  const pump = () => {
    // Nothing changes `stopped` while this loop runs (it is synchronous).
    if (stopped) {
      notify()
      return
    }
    while (inFlight < limit && queue.length > 0) {
      const index = queue.shift() as number
      const view = views[index] as BulkItemView<I>
      if (view.state.phase !== 'queued') continue
      const attempts = view.state.attempts + 1
      // Marked running before perform is called: nothing can pick this item again meanwhile.
      setState(index, { phase: 'running', attempts })
      inFlight += 1
      void (async () => {
        let outcome: BulkOutcome
        try {
          outcome = await perform(view.input, view.key)
        } catch (error) {
          outcome = { kind: 'failed', reason: error instanceof Error ? error.message : String(error) }
        }
        inFlight -= 1
        setState(index, { phase: 'settled', attempts, outcome })
        notify()
        pump()
        settleIdle()
      })()
    }
    notify()
  }

  return {
    start: () => {
      stopped = false
      pump()
      settleIdle()
    },
    stop: () => {
      stopped = true
      for (const index of queue) {
        const view = views[index]
        if (view?.state.phase === 'queued') setState(index, { phase: 'not-started', attempts: view.state.attempts })
      }
      queue = []
      notify()
      settleIdle()
    },
    retryFailed: () => {
      let count = 0
      views.forEach((view, index) => {
        if (!isRetryable(view.state)) return
        setState(index, { phase: 'queued', attempts: view.state.attempts })
        queue.push(index)
        count += 1
      })
      stopped = false
      pump()
      settleIdle()
      return count
    },
    subscribe: (listener) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    getSnapshot: () => {
      if (!snapshot) {
        const counts = countStates(views)
        snapshot = {
          items: [...views],
          counts,
          active: counts.queued + counts.running > 0,
          stopping: stopped && counts.running > 0,
          retryable: counts.failed + counts.refused + counts.notStarted,
        }
      }
      return snapshot
    },
    whenIdle: () => (isIdle() ? Promise.resolve() : new Promise((resolve) => idleWaiters.push(resolve))),
  }
}

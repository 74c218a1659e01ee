// A shared ticking clock: every component that shows an age or a running duration reads the same
// "now", and one interval per period serves them all (no timer per row). Inside an <ObservedClock>
// whose data could not be refreshed, useNow stands still at the last successful refresh (see
// observed-clock.tsx); useWallClock always ticks, for "updated … ago".
import { useCallback, useContext, useRef, useSyncExternalStore } from 'react'
import { FrozenNow } from './observed-clock.tsx'

interface Ticker {
  now: number
  listeners: Set<() => void>
  timer: ReturnType<typeof setInterval> | undefined
}

const tickers = new Map<number, Ticker>()

function tickerFor(periodMs: number): Ticker {
  let ticker = tickers.get(periodMs)
  if (!ticker) {
    ticker = { now: Date.now(), listeners: new Set(), timer: undefined }
    tickers.set(periodMs, ticker)
  }
  return ticker
}

function subscribe(periodMs: number, listener: () => void): () => void {
  const ticker = tickerFor(periodMs)
  ticker.listeners.add(listener)
  if (ticker.timer === undefined) {
    const stale = ticker.now
    ticker.now = Date.now()
    ticker.timer = setInterval(() => {
      ticker.now = Date.now()
      for (const notify of ticker.listeners) notify()
    }, periodMs)
    // The first listener rendered with the stopped ticker's time: tell it the time moved now rather
    // than at the first tick (a runtime may check the snapshot before subscribing, as Preact does).
    if (ticker.now !== stale) listener()
  }
  return () => {
    ticker.listeners.delete(listener)
    if (ticker.listeners.size === 0 && ticker.timer !== undefined) {
      clearInterval(ticker.timer)
      ticker.timer = undefined
    }
  }
}

const standStill = () => () => undefined

/**
 * The ticker's time for a render. A ticker nobody listens to stopped moving when its last listener
 * left, so a page mounted later would first render with that old time (and flags such as "no
 * heartbeat for …" counted from it) until its subscription ticks; it is brought up to date here, at
 * most once a period, so consecutive reads still agree as useSyncExternalStore requires.
 */
function readTicker(periodMs: number): number {
  const ticker = tickerFor(periodMs)
  if (ticker.timer === undefined && Date.now() - ticker.now >= periodMs) ticker.now = Date.now()
  return ticker.now
}

/**
 * `read` of the ticker's time, re-rendering only when what it returns changes (`same`, Object.is by
 * default). useSyncExternalStore compares snapshots, so a reader that rounds the time — "3 min ago" —
 * renders once a minute even on a one-second ticker; a reader that builds a new object each time
 * passes `same` and gets the previous object back while it is equal.
 */
function useTicker<T>(periodMs: number, frozenAt: number | undefined, read: (now: number) => T, same: (a: T, b: T) => boolean = Object.is): T {
  // A stable subscribe: a new function each render makes React resubscribe on every commit, and a
  // resubscription that restarts the ticker moves `now`, which renders again — an endless loop.
  const subscribeToTicker = useCallback((listener: () => void) => subscribe(periodMs, listener), [periodMs])
  const last = useRef<{ value: T } | undefined>(undefined)
  const snapshot = () => {
    const value = read(frozenAt ?? readTicker(periodMs))
    if (last.current !== undefined && same(last.current.value, value)) return last.current.value
    last.current = { value }
    return value
  }
  return useSyncExternalStore(
    // A frozen clock does not subscribe: nothing re-renders every second while the cluster is down.
    frozenAt !== undefined ? standStill : subscribeToTicker,
    snapshot,
    snapshot,
  )
}

const itself = (now: number) => now

/**
 * The time job data is measured against, in epoch ms, re-rendering every `periodMs`: the current
 * time, or inside an <ObservedClock> whose latest refresh failed, the time of the last good one.
 */
export function useNow(periodMs = 1000): number {
  return useTicker(periodMs, useContext(FrozenNow), itself)
}

/**
 * What `read` makes of useNow's time, re-rendering only when that changes (`same`): a relative time
 * such as "2 h ago" re-renders when its words change, not on every tick. `read` must be pure.
 */
export function useNowAs<T>(read: (now: number) => T, { periodMs = 1000, same }: { periodMs?: number; same?: (a: T, b: T) => boolean } = {}): T {
  return useTicker(periodMs, useContext(FrozenNow), read, same)
}

/** The current time in epoch ms, re-rendering every `periodMs`, whatever the data's freshness. */
export function useWallClock(periodMs = 1000): number {
  return useTicker(periodMs, undefined, itself)
}

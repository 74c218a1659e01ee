// A shared ticking clock: every component that shows an age or a running duration reads the same
// "now", and one interval per period serves them all (no timer per row). Inside an <ObservedClock>
// whose data could not be refreshed, useNow stands still at the last successful refresh (see
// observed-clock.tsx); useWallClock always ticks, for "updated … ago".
import { useCallback, useContext, useSyncExternalStore } from 'react'
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
    ticker.now = Date.now()
    ticker.timer = setInterval(() => {
      ticker.now = Date.now()
      for (const notify of ticker.listeners) notify()
    }, periodMs)
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

function useTicker(periodMs: number, frozen: boolean): number {
  // A stable subscribe: a new function each render makes React resubscribe on every commit, and a
  // resubscription that restarts the ticker moves `now`, which renders again — an endless loop.
  const subscribeToTicker = useCallback((listener: () => void) => subscribe(periodMs, listener), [periodMs])
  return useSyncExternalStore(
    // A frozen clock does not subscribe: nothing re-renders every second while the cluster is down.
    frozen ? standStill : subscribeToTicker,
    () => tickerFor(periodMs).now,
    () => tickerFor(periodMs).now,
  )
}

/**
 * The time job data is measured against, in epoch ms, re-rendering every `periodMs`: the current
 * time, or inside an <ObservedClock> whose latest refresh failed, the time of the last good one.
 */
export function useNow(periodMs = 1000): number {
  const frozenAt = useContext(FrozenNow)
  const now = useTicker(periodMs, frozenAt !== undefined)
  return frozenAt ?? now
}

/** The current time in epoch ms, re-rendering every `periodMs`, whatever the data's freshness. */
export function useWallClock(periodMs = 1000): number {
  return useTicker(periodMs, false)
}

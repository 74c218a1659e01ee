// A shared ticking clock: every component that shows an age or a running duration reads the same
// "now", and one interval per period serves them all (no timer per row).
import { useCallback, useSyncExternalStore } from 'react'

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

/** The current time in epoch ms, re-rendering every `periodMs`. */
export function useNow(periodMs = 1000): number {
  // A stable subscribe: a new function each render makes React resubscribe on every commit, and a
  // resubscription that restarts the ticker moves `now`, which renders again — an endless loop.
  const subscribeToTicker = useCallback((listener: () => void) => subscribe(periodMs, listener), [periodMs])
  return useSyncExternalStore(
    subscribeToTicker,
    () => tickerFor(periodMs).now,
    () => tickerFor(periodMs).now,
  )
}

// What the polling benchmarks read from one open tab through the Chrome DevTools Protocol: every
// request it starts and the bytes each took on the wire (Network.loadingFinished's
// encodedDataLength: headers and body as sent, compressed or not), and how often a request went out
// for a URL that was still in flight (the same data asked twice at once). Counting restarts with
// `reset()`, so the page's first load can be left out of a measuring window.
import type { BrowserContext, CDPSession, Page } from '@playwright/test'

export interface Tally {
  requests: number
  bytes: number
  /** Requests sent while a request for the same URL was still in flight. */
  duplicates: number
  /** Requests that failed (no answer). */
  failed: number
  /** Requests per path (query string left out). */
  paths: Record<string, number>
}

export interface TabMeter {
  page: Page
  cdp: CDPSession
  /** Counts since the last reset (or since the tab opened). */
  tally: () => Tally
  reset: () => void
}

const empty = (): Tally => ({ requests: 0, bytes: 0, duplicates: 0, failed: 0, paths: {} })

export async function openMeteredTab(context: BrowserContext): Promise<TabMeter> {
  const page = await context.newPage()
  const cdp = await context.newCDPSession(page)
  await cdp.send('Network.enable')
  let tally = empty()
  const inFlight = new Map<string, string>()
  const urls = new Map<string, number>()
  cdp.on('Network.requestWillBeSent', (event) => {
    // Redirects reuse the request id: one request on the wire each, counted once.
    if (inFlight.has(event.requestId)) return
    const url = event.request.url
    if (url.startsWith('data:')) return
    tally.requests += 1
    const path = new URL(url).pathname
    tally.paths[path] = (tally.paths[path] ?? 0) + 1
    if ((urls.get(url) ?? 0) > 0) tally.duplicates += 1
    urls.set(url, (urls.get(url) ?? 0) + 1)
    inFlight.set(event.requestId, url)
  })
  const done = (requestId: string) => {
    const url = inFlight.get(requestId)
    if (url === undefined) return
    inFlight.delete(requestId)
    urls.set(url, (urls.get(url) ?? 1) - 1)
  }
  cdp.on('Network.loadingFinished', (event) => {
    tally.bytes += event.encodedDataLength
    done(event.requestId)
  })
  cdp.on('Network.loadingFailed', (event) => {
    tally.failed += 1
    done(event.requestId)
  })
  return { page, cdp, tally: () => ({ ...tally, paths: { ...tally.paths } }), reset: () => (tally = empty()) }
}

/** Per minute over `ms`. */
export const perMinute = (value: number, ms: number): number => (value * 60_000) / ms

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms))

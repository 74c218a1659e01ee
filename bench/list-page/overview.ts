// What the benchmark measures of the connectors overview in Chromium, besides the cold loads
// (measure.ts with OVERVIEW_ROW): the requests under /es of one 30 s refresh cycle once the page has
// settled — the connectors and the jobs window, and apart from them the per-connector reads of rows on
// screen — with their bytes as sent (the dashboard server does not compress) and gzipped.
import { gzipSync } from 'node:zlib'
import type { Browser } from '@playwright/test'

/** The first connector name link of the "Connectors" table: a row whose health is computed. */
export const OVERVIEW_ROW = 'table[aria-label="Connectors"] tbody tr th a'

export type RequestKind = 'connectors' | 'jobs window' | 'per connector'

export interface SeenRequest {
  kind: RequestKind
  url: string
  bytes: number
  gzip: number
}

export interface RefreshCycle {
  cycleMs: number
  requests: SeenRequest[]
}

function kindOf(url: URL): RequestKind {
  if (url.pathname.endsWith('/_connector')) return 'connectors'
  return url.searchParams.has('connector_id') ? 'per connector' : 'jobs window'
}

/**
 * Opens `url` at 1280×900, waits until its rows show and its first requests (chart, insights,
 * per-connector reads) have settled, then records every /es request that finishes in the next
 * `cycleMs`: one refresh of every query on the page.
 */
export async function refreshCycle(browser: Browser, url: string, { cycleMs = 30_000, settleMs = 8_000 } = {}): Promise<RefreshCycle> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
  try {
    const page = await context.newPage()
    await page.goto(url)
    await page.waitForSelector(OVERVIEW_ROW, { timeout: 120_000 })
    await page.waitForTimeout(settleMs)
    const pending: Promise<SeenRequest | undefined>[] = []
    let recording = true
    page.on('requestfinished', (request) => {
      if (!recording) return
      const target = new URL(request.url())
      if (!target.pathname.startsWith('/es/')) return
      pending.push(
        request.response().then(async (response) => {
          const body = response ? await response.body() : Buffer.alloc(0)
          return { kind: kindOf(target), url: `${target.pathname}${target.search}`, bytes: body.length, gzip: gzipSync(body).length }
        }, () => undefined),
      )
    })
    await page.waitForTimeout(cycleMs)
    recording = false
    const requests = (await Promise.all(pending)).filter((entry): entry is SeenRequest => entry !== undefined)
    return { cycleMs, requests }
  } finally {
    await context.close()
  }
}

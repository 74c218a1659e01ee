// What the benchmark measures in Chromium: time from navigation start until the first data row of a
// table ("Sync jobs" by default, "Connectors" for the overview, a job page's loaded section) is on
// screen, per cold load (a fresh browser context: no cache, no storage), and the script and style bytes
// of every request the load made before that moment — modulepreloads named in the HTML included, even
// if their answers arrive later: a page's initial code is what it asks for before it shows its data.
import { gzipSync } from 'node:zlib'
import type { Browser } from '@playwright/test'

/** The first row with a link of the jobs list's table. */
export const JOBS_ROW = 'table[aria-label="Sync jobs"] tbody tr a'

/** A job page once its job has loaded (the loading and error states have no labelled section). */
export const JOB_LOADED = 'section.job-page[aria-labelledby="job-heading"]'

/**
 * Runs in the page before any of its scripts: notes when the first row matching `rowSelector`
 * appears, then the next animation frame after it — when it is painted. performance.now() counts
 * from navigation start.
 */
const firstRowProbe = (rowSelector: string) => `(() => {
  const rowSelector = ${JSON.stringify(rowSelector)}
  const mark = () => requestAnimationFrame(() => { window.syncboardFirstRowPainted = performance.now() })
  const check = () => { if (document.querySelector(rowSelector)) { observer.disconnect(); mark() } }
  const observer = new MutationObserver(check)
  observer.observe(document, { childList: true, subtree: true })
})()`

export interface Load {
  ms: number
  /** Script and style requests made before the first row was painted, with their answers' sizes. */
  assets: { url: string; type: 'script' | 'stylesheet'; bytes: number; gzip: number }[]
}

export async function coldLoad(browser: Browser, url: string, rowSelector = JOBS_ROW): Promise<Load> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
  try {
    const page = await context.newPage()
    await page.addInitScript(firstRowProbe(rowSelector))
    const pending: Promise<Load['assets'][number] | undefined>[] = []
    let painted = false
    page.on('request', (request) => {
      const type = request.resourceType()
      if (painted || (type !== 'script' && type !== 'stylesheet')) return
      pending.push(
        request.response().then(async (response) => {
          const body = response ? await response.body() : null
          return body === null ? undefined : { url: request.url(), type, bytes: body.length, gzip: gzipSync(body).length }
        }, () => undefined),
      )
    })
    await page.goto(url, { waitUntil: 'commit' })
    await page.waitForFunction(() => (window as unknown as { syncboardFirstRowPainted?: number }).syncboardFirstRowPainted !== undefined, undefined, { timeout: 60_000, polling: 50 })
    painted = true
    const ms = await page.evaluate(() => (window as unknown as { syncboardFirstRowPainted: number }).syncboardFirstRowPainted)
    // Every script and style asked for by the time the rows showed (a little later at worst: the probe
    // is polled every 50 ms).
    const assets = (await Promise.all(pending)).filter((asset): asset is Load['assets'][number] => asset !== undefined)
    return { ms, assets }
  } finally {
    await context.close()
  }
}

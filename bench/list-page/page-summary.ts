// The per-page lines `npm run bench` ends with (issue 13's "done when"): for each landing page, its
// initial JS + CSS (gzip, from the cold loads), its bytes on the wire with the browser's
// Accept-Encoding (bench/wire-bytes.ts) and the requests one idle tab of it makes per minute
// (bench/polling/tab-meter.ts — the same meter as `npm run bench:polling`, over a shorter window).
import type { Browser } from '@playwright/test'
import { openMeteredTab, perMinute, sleep } from '../polling/tab-meter.ts'
import { measureWireBytes } from '../wire-bytes.ts'

export interface SummaryPage {
  /** What the line is called, e.g. `/jobs?size=100`. */
  name: string
  path: string
  /** Initial JS + CSS gzip in bytes, from the cold loads. */
  initialGzip: number | undefined
}

/** Idle requests are counted over this window after a warm-up of `warmupMs` (the first load not counted). */
const IDLE_WINDOW_MS = 60_000
const WARMUP_MS = 10_000

const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`

/** Measures and prints one line per page against the server at `base` (its worker off: an idle fleet). */
export async function printPageSummary(browser: Browser, base: string, pages: readonly SummaryPage[]): Promise<void> {
  const wire = await measureWireBytes(base, { pages: pages.map((page) => page.path), listSizes: [], browser })
  // All tabs at once, each in its own context (cache, connections), as an operator's open tabs would be.
  const tabs = await Promise.all(pages.map(async () => openMeteredTab(await browser.newContext({ viewport: { width: 1440, height: 900 } }))))
  try {
    await Promise.all(tabs.map((tab, index) => tab.page.goto(`${base}${pages[index]!.path}`, { waitUntil: 'load' })))
    await sleep(WARMUP_MS)
    for (const tab of tabs) tab.reset()
    await sleep(IDLE_WINDOW_MS)
    const tallies = tabs.map((tab) => tab.tally())
    console.info(`\nPer page (initial JS + CSS gzip; bytes on the wire of a cold load with "br, gzip"; requests of one idle tab over ${IDLE_WINDOW_MS / 60_000} min):`)
    pages.forEach((page, index) => {
      const onWire = wire.pages[index]?.compressed
      const requests = perMinute(tallies[index]!.requests, IDLE_WINDOW_MS)
      console.info(
        `  ${page.name.padEnd(22)} initial ${page.initialGzip === undefined ? '—' : kb(page.initialGzip).padStart(9)}   on the wire ${onWire === undefined ? '—' : kb(onWire).padStart(9)}   ${requests.toFixed(1).padStart(5)} requests per idle minute (budget ≤ 12)`,
      )
    })
  } finally {
    await Promise.all(tabs.map((tab) => tab.page.context().close()))
  }
}

// `npm run bench:main-thread`: how much main-thread work a first load of each landing page costs — the
// overview `/connectors`, the jobs list `/jobs` and a job page — on a phone-sized screen, which is
// what Lighthouse's total blocking time is made of (its mobile settings multiply each task by 4).
// Lighthouse's score moves by ±5 between runs on this VM; these medians move by a few per cent, so a
// change can be told apart from noise before Lighthouse is asked.
//
// Per page, the median over `--runs` cold loads (a fresh browser context each) of Chromium's own
// counters (CDP `Performance.getMetrics`, read 1.5 s after the network went quiet): main-thread task
// time, script time, style and layout time; and how many Intl objects the load made. The first Intl
// object a page makes sets up ICU (14 to 36 ms here, see src/lib/format.ts), so the jobs list makes none.
//
// `--url http://…` (repeatable) measures servers already running instead of starting one, in turn:
// two builds side by side (e.g. a `git worktree` of the previous commit on another port) see the same
// minutes of the VM. The job page is each server's newest job, as in `npm run bench:lighthouse`.
//
// A benchmark, not a test: it prints, and fails only if it cannot run.
import { parseArgs } from 'node:util'
import type { ListResponse, SyncJob } from '../contract/es-connector-types.ts'
import { median } from './support.ts'
import { launchChromium, startServer } from './polling/scenario.ts'

const { values } = parseArgs({ options: { runs: { type: 'string', default: '7' }, url: { type: 'string', multiple: true } } })
const runs = Number(values.runs)
if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs must be a whole number of at least 1')

// Lighthouse's mobile emulation: its screen and its phone's user agent.
const PHONE = {
  viewport: { width: 412, height: 823 },
  deviceScaleFactor: 1.75,
  isMobile: true,
  hasTouch: true,
  userAgent: 'Mozilla/5.0 (Linux; Android 11; moto g power (2022)) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Mobile Safari/537.36',
}

/** Counts what sets up ICU: Intl's constructors and the locale methods built on them. Runs before the page's scripts. */
function countIntl(): void {
  const counted = { made: 0 }
  Object.defineProperty(window, 'syncboardIntlMade', { get: () => counted.made })
  for (const name of ['NumberFormat', 'DateTimeFormat', 'Collator', 'PluralRules', 'RelativeTimeFormat', 'ListFormat', 'Segmenter'] as const) {
    const original = Intl[name] as unknown as new (...args: unknown[]) => object
    ;(Intl as unknown as Record<string, unknown>)[name] = new Proxy(original, {
      construct(target, args) {
        counted.made += 1
        return Reflect.construct(target, args) as object
      },
    })
  }
  const locale: [object, string][] = [
    [String.prototype, 'localeCompare'],
    [Number.prototype, 'toLocaleString'],
    [Date.prototype, 'toLocaleString'],
    [Date.prototype, 'toLocaleDateString'],
    [Date.prototype, 'toLocaleTimeString'],
  ]
  for (const [proto, name] of locale) {
    const original = (proto as Record<string, (...args: unknown[]) => unknown>)[name]!
    ;(proto as Record<string, unknown>)[name] = function (this: unknown, ...args: unknown[]) {
      counted.made += 1
      return original.apply(this, args)
    }
  }
}

interface Load {
  taskMs: number
  scriptMs: number
  styleLayoutMs: number
  intl: number
}

async function landingPages(base: string): Promise<string[]> {
  const newest = (await (await fetch(`${base}/es/_connector/_sync_job?size=1`)).json()) as ListResponse<SyncJob>
  const id = newest.results[0]?.id
  if (!id) throw new Error(`${base} lists no sync job`)
  return ['/connectors', '/jobs', `/jobs/${encodeURIComponent(id)}`]
}

const server = values.url?.length ? undefined : await startServer('idle')
const bases = values.url?.length ? values.url : [server!.base]
const browser = await launchChromium()
try {
  const pages = await Promise.all(bases.map(async (base) => (await landingPages(base)).map((page) => `${base}${page}`)))

  async function load(url: string): Promise<Load> {
    const context = await browser.newContext(PHONE)
    try {
      const tab = await context.newPage()
      await tab.addInitScript(countIntl)
      const cdp = await context.newCDPSession(tab)
      await cdp.send('Performance.enable')
      await tab.goto(url, { waitUntil: 'networkidle' })
      await tab.waitForTimeout(1_500)
      const { metrics } = await cdp.send('Performance.getMetrics')
      const metric = (name: string) => (metrics.find((entry) => entry.name === name)?.value ?? Number.NaN) * 1000
      return {
        taskMs: metric('TaskDuration'),
        scriptMs: metric('ScriptDuration'),
        styleLayoutMs: metric('LayoutDuration') + metric('RecalcStyleDuration'),
        intl: await tab.evaluate(() => (window as unknown as { syncboardIntlMade: number }).syncboardIntlMade),
      }
    } finally {
      await context.close()
    }
  }

  // One unmeasured load per server warms it (first reads of dist/, the emulator's first queries).
  for (const serverPages of pages) await load(serverPages[0]!)
  const results = new Map<string, Load[]>(pages.flat().map((url) => [url, []]))
  // Pages (and servers) in turn, so a slow minute of the VM falls on all of them alike.
  for (let run = 0; run < runs; run += 1) for (const url of pages.flat()) results.get(url)!.push(await load(url))

  console.info(`\nMain-thread work of a first load at 412 × 823 px (phone), median of ${runs} cold loads\n`)
  console.info(`  ${'page'.padEnd(60)} ${'tasks'.padStart(8)} ${'script'.padStart(8)} ${'style+layout'.padStart(13)} ${'Intl made'.padStart(10)}`)
  for (const [url, loads] of results) {
    const ms = (pick: (load: Load) => number) => `${Math.round(median(loads.map(pick)))} ms`
    console.info(
      `  ${url.padEnd(60)} ${ms((l) => l.taskMs).padStart(8)} ${ms((l) => l.scriptMs).padStart(8)} ${ms((l) => l.styleLayoutMs).padStart(13)} ${String(median(loads.map((l) => l.intl))).padStart(10)}`,
    )
  }
  console.info('')
} finally {
  await browser.close()
  server?.stop()
}

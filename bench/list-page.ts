// `npm run bench`: how fast the jobs list and the connectors overview show their rows, in the system
// Chromium, against the dashboard server on the embedded emulator (no worker, so every load sees the
// same data).
// - The jobs list, 10,000 jobs: the initial JS + CSS of /jobs (gzip, measured from the network), the
//   median time until rows show for size=100 and size=1000 over cold loads, and the same for a static
//   HTML table of the same 1,000 rows (the floor), with the ratio. Targets: the 1,000-row page within
//   3× of the static table.
// - A job page (the newest job of the same server): its initial JS + CSS and the median time until the
//   job shows.
// - The overview, 1,000 connectors and 100,000 jobs (`--connectors`, `--overview-jobs`): the initial
//   JS + CSS of /connectors, the median time until its health rows show, and the requests and bytes of
//   one 30 s refresh cycle. Targets: rows within 1.5 s; at most 10 requests a refresh besides the
//   per-connector reads of rows on screen.
// - Per landing page, one line: initial JS + CSS, bytes on the wire of a cold load with the browser's
//   Accept-Encoding, and the requests one idle tab makes per minute (list-page/page-summary.ts).
// Initial JS + CSS is every script and style a cold load asks for before its data shows (the entry, the
// vendor chunk, the page's chunks the server names as modulepreloads, their CSS), gzip by node:zlib at
// its default level. Target for each of the three landing pages (issue 13): ≤ 120 kB.
// A benchmark, not a test: it fails only if it cannot run. `--skip-jobs` / `--skip-overview` run one half.
import { parseArgs } from 'node:util'
// @playwright/test re-exports Playwright's library API (playwright-core), which package.json does not list.
import { chromium } from '@playwright/test'
import type { SyncJob } from '../contract/es-connector-types.ts'
// The same Chromium and flags as the e2e specs, so the benchmark sees what they see.
import { CHROMIUM_ARGS, chromiumPath } from '../tools/chromium.ts'
import { buildIfNeeded } from './list-page/build.ts'
import { coldLoad, JOB_LOADED, type Load } from './list-page/measure.ts'
import { OVERVIEW_ROW, refreshCycle, type RequestKind } from './list-page/overview.ts'
import { printPageSummary } from './list-page/page-summary.ts'
import { serveStatic, staticTableHtml } from './list-page/static-table.ts'
import { freePort, median, root, startNode, waitUntilAnswering } from './support.ts'

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '7' },
    jobs: { type: 'string', default: '10000' },
    connectors: { type: 'string', default: '1000' },
    'overview-jobs': { type: 'string', default: '100000' },
    'skip-jobs': { type: 'boolean', default: false },
    'skip-overview': { type: 'boolean', default: false },
  },
})
const runs = Number(values.runs)
if (!Number.isInteger(runs) || runs < 5) throw new Error('--runs must be a whole number of at least 5 (the medians need them)')

/** Initial JS + CSS of each landing page (issue 13). */
const BUDGET_KB = 120
const FLOOR_RATIO = 3
/** The overview's targets. */
const OVERVIEW_ROWS_MS = 1500
const OVERVIEW_REQUESTS = 10

const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`
const ms = (value: number) => `${Math.round(value)} ms`

type ChromiumBrowser = Awaited<ReturnType<typeof chromium.launch>>

async function medianLoad(browser: ChromiumBrowser, url: string, rowSelector?: string): Promise<{ median: number; loads: Load[] }> {
  await coldLoad(browser, url, rowSelector) // warm the server and the OS caches; not counted
  const loads: Load[] = []
  for (let run = 0; run < runs; run += 1) loads.push(await coldLoad(browser, url, rowSelector))
  return { median: median(loads.map((load) => load.ms)), loads }
}

const gzipOf = (assets: Load['assets'], type: 'script' | 'stylesheet') => assets.filter((asset) => asset.type === type).reduce((sum, asset) => sum + asset.gzip, 0)

function printAssets(path: string, assets: Load['assets']): number {
  const js = gzipOf(assets, 'script')
  const css = gzipOf(assets, 'stylesheet')
  console.info(`Initial assets of ${path} (asked for before its data showed; gzip by node:zlib at its default level):`)
  for (const asset of assets) console.info(`  ${asset.type.padEnd(10)} ${kb(asset.gzip).padStart(9)}  (${kb(asset.bytes)} raw)  ${new URL(asset.url).pathname}`)
  console.info(`  JS ${kb(js)} + CSS ${kb(css)} = ${kb(js + css)} gzip — target ≤ ${BUDGET_KB} kB: ${js + css <= BUDGET_KB * 1000 ? 'met' : 'MISSED'}`)
  return js + css
}

async function benchJobsList(browser: ChromiumBrowser): Promise<void> {
  const app = startNode(['server/main.ts'], { HOST: '127.0.0.1', PORT: String(appPort), EMULATOR_JOBS: values.jobs, EMULATOR_WORKER: 'false', EMULATOR_SEED: '7' })
  const base = `http://127.0.0.1:${appPort}`
  let staticServer: Awaited<ReturnType<typeof serveStatic>> | undefined
  try {
    await waitUntilAnswering(`${base}/jobs`)
    // The same 1,000 rows the app shows at size=1000 (the emulator lists newest first).
    const page = (await (await fetch(`${base}/es/_connector/_sync_job?from=0&size=1000`)).json()) as { count: number; results: SyncJob[] }
    staticServer = await serveStatic(staticTableHtml(page.results), staticPort)

    const size100 = await medianLoad(browser, `${base}/jobs?size=100`)
    const size1000 = await medianLoad(browser, `${base}/jobs?size=1000`)
    const floor = await medianLoad(browser, `http://127.0.0.1:${staticPort}/`)
    const ratio = size1000.median / floor.median
    const jobId = page.results[0]?.id
    const jobPage = jobId === undefined ? undefined : await medianLoad(browser, `${base}/jobs/${jobId}`, JOB_LOADED)

    console.info(`\nJobs list benchmark — ${page.count} jobs matching (emulator seeded with ${values.jobs}), ${runs} cold loads each, Chromium ${browser.version()}\n`)
    printAssets('/jobs', size100.loads[0]?.assets ?? [])
    console.info('\nTime until the first rows show (navigation start → first data row painted), median:')
    console.info(`  /jobs?size=100      ${ms(size100.median).padStart(8)}   (runs: ${size100.loads.map((l) => Math.round(l.ms)).join(', ')})`)
    console.info(`  /jobs?size=1000     ${ms(size1000.median).padStart(8)}   (runs: ${size1000.loads.map((l) => Math.round(l.ms)).join(', ')})`)
    console.info(`  static 1,000 rows   ${ms(floor.median).padStart(8)}   (runs: ${floor.loads.map((l) => Math.round(l.ms)).join(', ')})`)
    console.info(`  size=1000 / static = ${ratio.toFixed(2)}× — target ≤ ${FLOOR_RATIO}×: ${ratio <= FLOOR_RATIO ? 'met' : 'MISSED'}\n`)
    if (jobPage) {
      console.info(`Job page /jobs/${jobId}, ${runs} cold loads:`)
      printAssets('/jobs/:id', jobPage.loads[0]?.assets ?? [])
      console.info(`  time until the job shows, median: ${ms(jobPage.median)}   (runs: ${jobPage.loads.map((l) => Math.round(l.ms)).join(', ')})\n`)
    }
    const initial = (load: { loads: Load[] } | undefined) => (load?.loads[0] ? gzipOf(load.loads[0].assets, 'script') + gzipOf(load.loads[0].assets, 'stylesheet') : undefined)
    await printPageSummary(browser, base, [
      { name: '/connectors', path: '/connectors', initialGzip: undefined },
      { name: '/jobs?size=100', path: '/jobs?size=100', initialGzip: initial(size100) },
      ...(jobId === undefined ? [] : [{ name: 'a job page', path: `/jobs/${encodeURIComponent(jobId)}`, initialGzip: initial(jobPage) }]),
    ])
    console.info('  (/connectors: its initial JS + CSS is measured on the 1,000-connector fleet below)\n')
  } finally {
    staticServer?.close()
    app.kill('SIGTERM')
  }
}

async function benchOverview(browser: ChromiumBrowser): Promise<void> {
  const port = await freePort()
  const app = startNode(['server/main.ts'], {
    HOST: '127.0.0.1',
    PORT: String(port),
    EMULATOR_CONNECTORS: values.connectors,
    EMULATOR_JOBS: values['overview-jobs'],
    EMULATOR_WORKER: 'false',
    EMULATOR_SEED: '7',
  })
  const base = `http://127.0.0.1:${port}`
  try {
    await waitUntilAnswering(`${base}/connectors`, 180_000)
    // The emulator seeds before it answers: the first /es answer marks it ready.
    await waitUntilAnswering(`${base}/es/_connector?size=0`, 180_000)
    const loads = await medianLoad(browser, `${base}/connectors`, OVERVIEW_ROW)
    const cycle = await refreshCycle(browser, `${base}/connectors`)

    console.info(`\nConnectors overview benchmark — ${values.connectors} connectors, ${values['overview-jobs']} jobs, ${runs} cold loads, Chromium ${browser.version()}\n`)
    printAssets('/connectors', loads.loads[0]?.assets ?? [])
    console.info('\nTime until the health rows show (navigation start → first connector row painted), median:')
    console.info(`  /connectors   ${ms(loads.median).padStart(8)}   (runs: ${loads.loads.map((l) => Math.round(l.ms)).join(', ')}) — target ≤ ${OVERVIEW_ROWS_MS} ms: ${loads.median <= OVERVIEW_ROWS_MS ? 'met' : 'MISSED'}`)
    console.info(`\nOne refresh cycle (${cycle.cycleMs / 1000} s after the page settled, 1280×900):`)
    const kinds: RequestKind[] = ['connectors', 'jobs window', 'per connector']
    for (const kind of kinds) {
      const of = cycle.requests.filter((request) => request.kind === kind)
      const bytes = of.reduce((sum, request) => sum + request.bytes, 0)
      const gzip = of.reduce((sum, request) => sum + request.gzip, 0)
      console.info(`  ${kind.padEnd(14)} ${String(of.length).padStart(3)} requests  ${kb(bytes).padStart(10)} sent (${kb(gzip)} gzipped)`)
    }
    const budgeted = cycle.requests.filter((request) => request.kind !== 'per connector').length
    console.info(`  besides the per-connector reads: ${budgeted} requests — target ≤ ${OVERVIEW_REQUESTS}: ${budgeted <= OVERVIEW_REQUESTS ? 'met' : 'MISSED'}`)
    for (const request of cycle.requests) console.info(`    ${request.kind.padEnd(14)} ${kb(request.bytes).padStart(10)}  ${request.url}`)
    console.info('')
  } finally {
    app.kill('SIGTERM')
  }
}

buildIfNeeded(root)
const appPort = await freePort()
const staticPort = await freePort()
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS })
try {
  if (!values['skip-jobs']) await benchJobsList(browser)
  if (!values['skip-overview']) await benchOverview(browser)
} finally {
  await browser.close()
}

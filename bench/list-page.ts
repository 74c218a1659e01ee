// `npm run bench`: how fast the jobs list shows its rows, in the system Chromium, against the
// dashboard server on the embedded emulator with 10,000 jobs (no worker, so every load sees the same
// data). Prints the initial JS + CSS of /jobs (gzip, measured from the network), the median time
// until rows show for size=100 and size=1000 over cold loads, and the same for a static HTML table
// of the same 1,000 rows (the floor), with the ratio. Targets: JS + CSS ≤ 150 kB gzip; the 1,000-row
// page within 3× of the static table. A benchmark, not a test: it fails only if it cannot run.
import { parseArgs } from 'node:util'
// @playwright/test re-exports Playwright's library API (playwright-core), which package.json does not list.
import { chromium } from '@playwright/test'
import type { SyncJob } from '../contract/es-connector-types.ts'
// The same Chromium and flags as the e2e specs, so the benchmark sees what they see.
import { CHROMIUM_ARGS, chromiumPath } from '../tools/chromium.ts'
import { buildIfNeeded } from './list-page/build.ts'
import { coldLoad, type Load } from './list-page/measure.ts'
import { serveStatic, staticTableHtml } from './list-page/static-table.ts'
import { freePort, median, root, startNode, waitUntilAnswering } from './support.ts'

const { values } = parseArgs({ options: { runs: { type: 'string', default: '7' }, jobs: { type: 'string', default: '10000' } } })
const runs = Number(values.runs)
if (!Number.isInteger(runs) || runs < 5) throw new Error('--runs must be a whole number of at least 5 (the medians need them)')

const BUDGET_KB = 150
const FLOOR_RATIO = 3

const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`
const ms = (value: number) => `${Math.round(value)} ms`

async function medianLoad(browser: Awaited<ReturnType<typeof chromium.launch>>, url: string): Promise<{ median: number; loads: Load[] }> {
  await coldLoad(browser, url) // warm the server and the OS caches; not counted
  const loads: Load[] = []
  for (let run = 0; run < runs; run += 1) loads.push(await coldLoad(browser, url))
  return { median: median(loads.map((load) => load.ms)), loads }
}

buildIfNeeded(root)
const appPort = await freePort()
const staticPort = await freePort()
const app = startNode(['server/main.ts'], {
  HOST: '127.0.0.1',
  PORT: String(appPort),
  EMULATOR_JOBS: values.jobs,
  EMULATOR_WORKER: 'false',
  EMULATOR_SEED: '7',
})
const base = `http://127.0.0.1:${appPort}`
let staticServer: Awaited<ReturnType<typeof serveStatic>> | undefined
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS })
try {
  await waitUntilAnswering(`${base}/jobs`)
  // The same 1,000 rows the app shows at size=1000 (the emulator lists newest first).
  const page = (await (await fetch(`${base}/es/_connector/_sync_job?from=0&size=1000`)).json()) as { count: number; results: SyncJob[] }
  staticServer = await serveStatic(staticTableHtml(page.results), staticPort)

  const size100 = await medianLoad(browser, `${base}/jobs?size=100`)
  const size1000 = await medianLoad(browser, `${base}/jobs?size=1000`)
  const floor = await medianLoad(browser, `http://127.0.0.1:${staticPort}/`)

  const assets = size100.loads[0]?.assets ?? []
  const js = assets.filter((asset) => asset.type === 'script').reduce((sum, asset) => sum + asset.gzip, 0)
  const css = assets.filter((asset) => asset.type === 'stylesheet').reduce((sum, asset) => sum + asset.gzip, 0)
  const ratio = size1000.median / floor.median

  console.info(`\nJobs list benchmark — ${page.count} jobs matching (emulator seeded with ${values.jobs}), ${runs} cold loads each, Chromium ${browser.version()}\n`)
  console.info('Initial assets of /jobs (fetched before the rows showed; gzip by node:zlib at its default level):')
  for (const asset of assets) console.info(`  ${asset.type.padEnd(10)} ${kb(asset.gzip).padStart(9)}  (${kb(asset.bytes)} raw)  ${new URL(asset.url).pathname}`)
  console.info(`  JS ${kb(js)} + CSS ${kb(css)} = ${kb(js + css)} gzip — target ≤ ${BUDGET_KB} kB: ${js + css <= BUDGET_KB * 1000 ? 'met' : 'MISSED'}`)
  console.info('\nTime until the first rows show (navigation start → first data row painted), median:')
  console.info(`  /jobs?size=100      ${ms(size100.median).padStart(8)}   (runs: ${size100.loads.map((l) => Math.round(l.ms)).join(', ')})`)
  console.info(`  /jobs?size=1000     ${ms(size1000.median).padStart(8)}   (runs: ${size1000.loads.map((l) => Math.round(l.ms)).join(', ')})`)
  console.info(`  static 1,000 rows   ${ms(floor.median).padStart(8)}   (runs: ${floor.loads.map((l) => Math.round(l.ms)).join(', ')})`)
  console.info(`  size=1000 / static = ${ratio.toFixed(2)}× — target ≤ ${FLOOR_RATIO}×: ${ratio <= FLOOR_RATIO ? 'met' : 'MISSED'}\n`)
} finally {
  await browser.close()
  staticServer?.close()
  app.kill('SIGTERM')
}

// `npm run bench:polling`: what one open tab costs the cluster (issue 13's polling budget). For an
// idle fleet (the emulator's worker off: nothing moves) and a busy one (worker on, plus a few
// on-demand syncs started through the API so moving jobs are on screen), a fresh dashboard server is
// started and three tabs are opened in the system Chromium — the overview `/connectors`, the jobs list
// `/jobs?size=100` and a job page (a finished job when idle, a running or pending one when busy).
// After a warm-up (the first load is not counted) each tab's requests and bytes on the wire
// (CDP Network.loadingFinished's encodedDataLength) are counted for the measuring window, and printed
// per minute beside the budget: ≤ 12 requests a minute idle, ≤ 40 busy, < 1 MB a minute, and no
// request sent while one for the same URL was in flight.
// Flags: --minutes N (measuring window, default 3; 1 for a quick run), --warmup S (default 15),
// --time-scale N (the busy worker's speed, default 1: the real service's pace), --only idle|busy,
// --verbose (each tab's requests by path), --connectors N / --jobs N (the seeded fleet; the
// emulator's defaults otherwise).
// A benchmark, not a test: it fails only if it cannot run.
import { parseArgs } from 'node:util'
import { getJob, launchChromium, newestJob, startServer, startSyncs, type Activity } from './polling/scenario.ts'
import { openMeteredTab, perMinute, sleep, type Tally, type TabMeter } from './polling/tab-meter.ts'

const { values } = parseArgs({
  options: {
    minutes: { type: 'string', default: '3' },
    warmup: { type: 'string', default: '15' },
    'time-scale': { type: 'string', default: '1' },
    only: { type: 'string' },
    verbose: { type: 'boolean', default: false },
    connectors: { type: 'string' },
    jobs: { type: 'string' },
  },
})
const windowMs = Number(values.minutes) * 60_000
const warmupMs = Number(values.warmup) * 1000
const timeScale = Number(values['time-scale'])
const fleet = {
  ...(values.connectors === undefined ? {} : { connectors: Number(values.connectors) }),
  ...(values.jobs === undefined ? {} : { jobs: Number(values.jobs) }),
}
if (!(windowMs >= 10_000)) throw new Error('--minutes must be at least 1/6 (ten seconds)')
if (!(warmupMs >= 0)) throw new Error('--warmup must be a number of seconds')
if (values.only !== undefined && values.only !== 'idle' && values.only !== 'busy') throw new Error('--only is idle or busy')

/** Issue 13's budget for one open tab. */
const BUDGET = { idle: 12, busy: 40, bytesPerMinute: 1_000_000 }

interface Row {
  activity: Activity
  page: string
  tally: Tally
  note: string
}

const browser = await launchChromium()

async function measure(activity: Activity): Promise<Row[]> {
  const server = await startServer(activity, { timeScale, ...fleet })
  try {
    if (activity === 'busy') await startSyncs(server.base, 3)
    const job = activity === 'busy' ? await newestJob(server.base, ['in_progress', 'pending']) : await newestJob(server.base, ['completed'])
    if (!job) throw new Error(`no ${activity === 'busy' ? 'running or pending' : 'completed'} job to open`)
    const pages = [
      { name: '/connectors', path: '/connectors' },
      { name: '/jobs?size=100', path: '/jobs?size=100' },
      { name: `job page (${job.status})`, path: `/jobs/${encodeURIComponent(job.id)}` },
    ]
    // One context (its own cache and connections) per tab, all open at once.
    const tabs: TabMeter[] = await Promise.all(pages.map(async () => openMeteredTab(await browser.newContext({ viewport: { width: 1440, height: 900 } }))))
    tabs.forEach((tab, index) => tab.page.on('pageerror', (error) => console.warn(`bench: ${activity} ${pages[index]!.name}: ${error.message}`)))
    await Promise.all(tabs.map((tab, index) => tab.page.goto(`${server.base}${pages[index]!.path}`, { waitUntil: 'load' })))
    await sleep(warmupMs)
    const hidden = await Promise.all(tabs.map((tab) => tab.page.evaluate(() => document.visibilityState !== 'visible')))
    if (hidden.some(Boolean)) console.warn('bench: a tab reports itself hidden: its polling is paused and the figures are not representative')
    for (const tab of tabs) tab.reset()
    await sleep(windowMs)
    const tallies = tabs.map((tab) => tab.tally())

    const notes = await Promise.all(
      tabs.map(async (tab, index) => {
        const text = await tab.page.locator('body').innerText()
        if (index === 1) return /every (\d+) s while/.exec(text)?.[0] ?? ''
        if (index === 2) return `job ${(await getJob(server.base, job.id)).status} at the end`
        return /refreshes every[^·\n]*/i.exec(text)?.[0] ?? ''
      }),
    )
    await Promise.all(tabs.map((tab) => tab.page.context().close()))
    return pages.map((page, index) => ({ activity, page: page.name, tally: tallies[index]!, note: notes[index]! }))
  } finally {
    server.stop()
  }
}

const rows: Row[] = []
try {
  for (const activity of ['idle', 'busy'] as const) {
    if (values.only && values.only !== activity) continue
    console.info(`bench: ${activity} — measuring three tabs for ${windowMs / 60_000} min after a ${warmupMs / 1000} s warm-up…`)
    rows.push(...(await measure(activity)))
  }
} finally {
  await browser.close()
}

const mark = (ok: boolean) => (ok ? 'ok' : 'OVER')
const seeded = values.connectors || values.jobs ? `, ${values.connectors ?? 'default'} connectors / ${values.jobs ?? 'default'} jobs` : ''
console.info(`\nPolling budget: one open tab, per minute over ${windowMs / 60_000} min (after a ${warmupMs / 1000} s warm-up${seeded})`)
console.info(`${'fleet'.padEnd(6)} ${'page'.padEnd(26)} ${'req/min'.padStart(8)} ${'budget'.padStart(7)}     ${'kB/min'.padStart(8)} ${'budget'.padStart(7)}     ${'dup'.padStart(4)}  note`)
for (const row of rows) {
  const requests = perMinute(row.tally.requests, windowMs)
  const bytes = perMinute(row.tally.bytes, windowMs)
  const budget = BUDGET[row.activity]
  console.info(
    `${row.activity.padEnd(6)} ${row.page.padEnd(26)} ${requests.toFixed(1).padStart(8)} ${`≤ ${budget}`.padStart(7)} ${mark(requests <= budget).padEnd(4)} ` +
      `${(bytes / 1000).toFixed(1).padStart(8)} ${`< ${BUDGET.bytesPerMinute / 1000}`.padStart(7)} ${mark(bytes < BUDGET.bytesPerMinute).padEnd(4)} ` +
      `${String(row.tally.duplicates).padStart(4)}  ${row.note}${row.tally.failed ? ` · ${row.tally.failed} failed` : ''}`,
  )
}
if (values.verbose) {
  for (const row of rows) {
    console.info(`\n${row.activity} ${row.page}:`)
    for (const [path, count] of Object.entries(row.tally.paths).sort((a, b) => b[1] - a[1])) console.info(`  ${String(count).padStart(5)}  ${path}`)
  }
}

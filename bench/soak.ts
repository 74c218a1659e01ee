// `npm run bench:soak`: Syncboard left open all day (issue 13). A fresh dashboard server on the
// emulator with the worker on (a few on-demand syncs started so jobs move at once), and three tabs in
// the system Chromium — the overview, the jobs list (size 100) and the page of a running job — kept
// open for --minutes (default 30). Every minute, per tab: the JS heap after a forced garbage collection
// (HeapProfiler.collectGarbage, then Performance.getMetrics' JSHeapUsedSize), the DOM nodes and event
// listeners (Memory.getDOMCounters), and the requests and bytes of that minute. Prints the curve and
// each tab's heap growth from minute 5 to the end (target: under 10 %) and its mean request rate after
// the first sample (which holds the page's load) against the busy budget (≤ 40 a minute).
// Flags: --minutes N (default 30), --time-scale N (the worker's speed, default 1), --sample S
// (seconds between samples, default 60). A benchmark, not a test: it fails only if it cannot run.
import { parseArgs } from 'node:util'
import { launchChromium, newestJob, startServer, startSyncs } from './polling/scenario.ts'
import { openMeteredTab, perMinute, sleep, type TabMeter } from './polling/tab-meter.ts'

const { values } = parseArgs({
  options: {
    minutes: { type: 'string', default: '30' },
    'time-scale': { type: 'string', default: '1' },
    sample: { type: 'string', default: '60' },
  },
})
const minutes = Number(values.minutes)
const sampleMs = Number(values.sample) * 1000
if (!(minutes > 0) || !(sampleMs >= 5_000)) throw new Error('--minutes must be positive and --sample at least 5 seconds')
const samples = Math.max(1, Math.round((minutes * 60_000) / sampleMs))
/** Growth is measured from this sample on (minute 5 at the default pace). */
const BASELINE_SAMPLE = Math.min(samples, Math.round(300_000 / sampleMs))
const GROWTH_TARGET = 0.1
const BUSY_BUDGET = 40

interface Sample {
  at: number
  heapMiB: number
  nodes: number
  listeners: number
  requests: number
  kB: number
}

async function sampleTab(tab: TabMeter, elapsedMs: number): Promise<Sample> {
  await tab.cdp.send('HeapProfiler.collectGarbage')
  const { metrics } = await tab.cdp.send('Performance.getMetrics')
  const heap = metrics.find((metric) => metric.name === 'JSHeapUsedSize')?.value ?? 0
  const counters = await tab.cdp.send('Memory.getDOMCounters')
  const tally = tab.tally()
  tab.reset()
  return {
    at: elapsedMs / 60_000,
    heapMiB: heap / 2 ** 20,
    nodes: counters.nodes,
    listeners: counters.jsEventListeners,
    requests: perMinute(tally.requests, sampleMs),
    kB: perMinute(tally.bytes, sampleMs) / 1000,
  }
}

const server = await startServer('busy', { timeScale: Number(values['time-scale']) })
const browser = await launchChromium()
const names = ['/connectors', '/jobs?size=100', 'job page']
const curves: Sample[][] = names.map(() => [])
try {
  await startSyncs(server.base, 3)
  const job = await newestJob(server.base, ['in_progress', 'pending'])
  if (!job) throw new Error('no running or pending job to open')
  const paths = ['/connectors', '/jobs?size=100', `/jobs/${encodeURIComponent(job.id)}`]
  const tabs = await Promise.all(paths.map(async () => openMeteredTab(await browser.newContext({ viewport: { width: 1440, height: 900 } }))))
  for (const tab of tabs) await Promise.all([tab.cdp.send('Performance.enable'), tab.cdp.send('HeapProfiler.enable')])
  await Promise.all(tabs.map((tab, index) => tab.page.goto(`${server.base}${paths[index]}`, { waitUntil: 'load' })))
  console.info(`soak: three tabs open (job ${job.id}, ${job.status}); sampling every ${sampleMs / 1000} s for ${minutes} min`)
  const started = Date.now()
  for (let index = 0; index < samples; index += 1) {
    await sleep(started + (index + 1) * sampleMs - Date.now())
    const row = await Promise.all(tabs.map((tab) => sampleTab(tab, Date.now() - started)))
    row.forEach((sample, tabIndex) => curves[tabIndex]!.push(sample))
    console.info(
      `  ${row[0]!.at.toFixed(1).padStart(5)} min  ` +
        row.map((sample, tabIndex) => `${names[tabIndex]}: ${sample.heapMiB.toFixed(2)} MiB, ${sample.nodes} nodes, ${sample.listeners} listeners, ${sample.requests.toFixed(0)} req/min, ${sample.kB.toFixed(0)} kB/min`).join(' | '),
    )
  }
} finally {
  await browser.close()
  server.stop()
}

console.info(`\nSoak: ${minutes} min, worker on; heap growth from sample ${BASELINE_SAMPLE} (minute ${((BASELINE_SAMPLE * sampleMs) / 60_000).toFixed(0)}) to the end`)
console.info(`${'tab'.padEnd(16)} ${'heap first → base → last (MiB)'.padEnd(32)} ${'growth'.padStart(8)}       ${'nodes'.padStart(13)} ${'listeners'.padStart(11)} ${'req/min'.padStart(8)}`)
curves.forEach((curve, tabIndex) => {
  const first = curve[0]
  const base = curve[Math.max(0, BASELINE_SAMPLE - 1)]
  const last = curve.at(-1)
  if (!first || !base || !last) return
  const growth = (last.heapMiB - base.heapMiB) / base.heapMiB
  // The first sample holds the page's own load: the rate is the polling after it.
  const polling = curve.length > 1 ? curve.slice(1) : curve
  const rate = polling.reduce((sum, sample) => sum + sample.requests, 0) / polling.length
  console.info(
    `${names[tabIndex]!.padEnd(16)} ${`${first.heapMiB.toFixed(2)} → ${base.heapMiB.toFixed(2)} → ${last.heapMiB.toFixed(2)}`.padEnd(32)} ` +
      `${`${(growth * 100).toFixed(1)} %`.padStart(8)} ${(growth < GROWTH_TARGET ? 'ok' : 'OVER').padEnd(4)}  ` +
      `${`${first.nodes} → ${last.nodes}`.padStart(13)} ${`${first.listeners} → ${last.listeners}`.padStart(11)} ${rate.toFixed(1).padStart(8)} ${rate <= BUSY_BUDGET ? 'ok' : 'OVER'}`,
  )
})

// `npm run bench:emulator`: how the emulator holds up with 100,000 sync jobs over 1,000 connectors — the
// time to generate and load the seed (target under 3 s), and the latency of the list requests a dashboard
// sends (jobs, and connectors), through app.fetch (the handler alone) and over real HTTP (targets:
// milliseconds). A benchmark, not a test: it prints figures and fails only when a request does not
// answer 200.

import { serve } from '@hono/node-server'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import { createEmulator } from '../server/emulator/app.ts'
import { generateSeed } from '../server/emulator/seed.ts'
import { EmulatorStore } from '../server/emulator/store.ts'
import { median } from './support.ts'

const JOBS = 100_000
const CONNECTORS = 1000
const LOAD_RUNS = 5
const WARMUP_REQUESTS = 20
const MEASURED_REQUESTS = 200

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!
}

const ms = (value: number) => `${value < 10 ? value.toFixed(2) : value.toFixed(0)} ms`

function measureLoad(): { generate: number; load: number } {
  const generate: number[] = []
  const load: number[] = []
  for (let run = 0; run < LOAD_RUNS; run++) {
    const startedAt = performance.now()
    const seed = generateSeed({ seed: run + 1, connectors: CONNECTORS, jobs: JOBS, now: Date.now() })
    const generatedAt = performance.now()
    new EmulatorStore().loadSeed(seed)
    load.push(performance.now() - generatedAt)
    generate.push(generatedAt - startedAt)
  }
  return { generate: median(generate), load: median(load) }
}

/** p50 and p95 of one request, sent one at a time after a warm-up. */
async function measureRequests(send: () => Promise<Response>): Promise<{ p50: number; p95: number; bytes: number }> {
  let bytes = 0
  const samples: number[] = []
  for (let i = 0; i < WARMUP_REQUESTS + MEASURED_REQUESTS; i++) {
    const startedAt = performance.now()
    const response = await send()
    const body = await response.text()
    const elapsed = performance.now() - startedAt
    if (response.status !== 200) throw new Error(`answered ${response.status}: ${body.slice(0, 300)}`)
    bytes = body.length
    if (i >= WARMUP_REQUESTS) samples.push(elapsed)
  }
  return { p50: median(samples), p95: percentile(samples, 95), bytes }
}

async function main(): Promise<void> {
  console.info(
    `Syncboard emulator benchmark — node ${process.version}, ${os.platform()} ${os.arch()}, ${os.availableParallelism()} CPUs, ` +
      `${JOBS.toLocaleString('en')} jobs on ${CONNECTORS} connectors`,
  )

  const load = measureLoad()
  const total = load.generate + load.load
  console.info(
    `\ngenerate + load ${JOBS.toLocaleString('en')} jobs (median of ${LOAD_RUNS}): ${ms(total)} ` +
      `(generate ${ms(load.generate)}, load ${ms(load.load)}) — target < 3000 ms ${total < 3000 ? 'met' : 'MISSED'}`,
  )

  const emulator = createEmulator({ connectors: CONNECTORS, jobs: JOBS, seed: 1, worker: false })
  const connectorId = emulator.store.listConnectors({ from: 0, size: 1 }).results[0]!.id
  const requests: [label: string, path: string][] = [
    ['first page (100)', '/_connector/_sync_job'],
    ['status=error', '/_connector/_sync_job?status=error'],
    ['connector + job_type=full,incremental', `/_connector/_sync_job?connector_id=${connectorId}&job_type=full,incremental`],
    ['deep page from=9900&size=100', '/_connector/_sync_job?from=9900&size=100'],
    ['count only size=0', '/_connector/_sync_job?size=0'],
    ['count status=pending&size=0', '/_connector/_sync_job?status=pending&size=0'],
    ['connectors first page (100)', '/_connector'],
    ['connectors size=1000', '/_connector?size=1000'],
  ]

  const server = serve({ fetch: emulator.app.fetch, port: 0, hostname: '127.0.0.1' })
  await new Promise<void>((resolve) => server.once('listening', () => resolve()))
  // The in-process round of a request can outlast Node's 5 s keep-alive; the client would then reuse a
  // socket the server is closing (ECONNRESET).
  if ('keepAliveTimeout' in server) server.keepAliveTimeout = 120_000
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`

  const rows: string[][] = [['request', 'app.fetch p50', 'p95', 'HTTP p50', 'p95', 'body']]
  for (const [label, path] of requests) {
    const inProcess = await measureRequests(async () => emulator.app.fetch(new Request(`http://emulator${path}`)))
    const overHttp = await measureRequests(() => fetch(base + path))
    rows.push([label, ms(inProcess.p50), ms(inProcess.p95), ms(overHttp.p50), ms(overHttp.p95), `${(overHttp.bytes / 1024).toFixed(0)} KiB`])
  }
  server.close()
  emulator.stop()

  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)))
  console.info(`\nlist latency, ${MEASURED_REQUESTS} sequential requests each after ${WARMUP_REQUESTS} warm-up:`)
  for (const row of rows) console.info(row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('   '))
}

await main()

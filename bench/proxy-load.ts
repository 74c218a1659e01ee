// `npm run bench:proxy [-- --duration 30 --connections 200 --jobs 10000]`: the cost of the dashboard
// server's forwarding path. Starts the standalone emulator (`npm run emulator`, no worker) and the
// dashboard server forwarding to it (ES_URL), each in its own process, then loads the same list
// request with autocannon (in a third process) directly and through the server, and prints
// requests/s, p99 latency and errors side by side with the overhead ratio. A benchmark, not a test:
// it exits non-zero only when a run had errors, timeouts or non-2xx answers.

import { spawn, type ChildProcess } from 'node:child_process'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { freePort, root, startNode, waitUntilAnswering } from './support.ts'

const { values } = parseArgs({
  options: {
    duration: { type: 'string', default: '30' },
    connections: { type: 'string', default: '200' },
    jobs: { type: 'string', default: '10000' },
    size: { type: 'string', default: '25' },
  },
})
const duration = Number(values.duration)
const connections = Number(values.connections)
const jobs = Number(values.jobs)
const size = Number(values.size)
for (const [name, value] of Object.entries({ duration, connections, jobs, size })) {
  if (!Number.isInteger(value) || value <= 0) throw new Error(`--${name} must be a positive whole number`)
}

interface RunSummary {
  label: string
  url: string
  requestsPerSecond: number
  latencyP50: number
  latencyP99: number
  total: number
  errors: number
  timeouts: number
  non2xx: number
  megabytesPerSecond: number
}

const children: ChildProcess[] = []

function startProcess(args: string[], env: Record<string, string> = {}): ChildProcess {
  const child = startNode(args, env)
  children.push(child)
  return child
}

/** Runs autocannon in its own process (so it does not share a core with either server's event loop). */
function loadTest(label: string, url: string, seconds: number): Promise<RunSummary> {
  return new Promise((resolve, reject) => {
    const cli = path.join(root, 'node_modules', 'autocannon', 'autocannon.js')
    const child = spawn(process.execPath, [cli, '--json', '-c', String(connections), '-d', String(seconds), url], {
      stdio: ['ignore', 'pipe', 'ignore'],
    })
    children.push(child)
    let output = ''
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.on('error', reject)
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`autocannon exited with ${code}`))
      const result = JSON.parse(output) as {
        requests: { average: number; total: number }
        latency: { p50: number; p99: number }
        throughput: { average: number }
        errors: number
        timeouts: number
        non2xx: number
      }
      resolve({
        label,
        url,
        requestsPerSecond: result.requests.average,
        latencyP50: result.latency.p50,
        latencyP99: result.latency.p99,
        total: result.requests.total,
        errors: result.errors,
        timeouts: result.timeouts,
        non2xx: result.non2xx,
        megabytesPerSecond: result.throughput.average / 1024 / 1024,
      })
    })
  })
}

function printTable(direct: RunSummary, proxied: RunSummary): void {
  const rows: [string, (run: RunSummary) => string][] = [
    ['URL', (run) => run.url.replace(/^http:\/\/127\.0\.0\.1:\d+/, '')],
    ['requests/s (mean)', (run) => run.requestsPerSecond.toFixed(0)],
    ['latency p50 (ms)', (run) => run.latencyP50.toFixed(0)],
    ['latency p99 (ms)', (run) => run.latencyP99.toFixed(0)],
    ['requests total', (run) => String(run.total)],
    ['errors', (run) => String(run.errors)],
    ['timeouts', (run) => String(run.timeouts)],
    ['non-2xx', (run) => String(run.non2xx)],
    ['MB/s', (run) => run.megabytesPerSecond.toFixed(1)],
  ]
  const width = 44
  console.info(`\n${''.padEnd(20)}${direct.label.padEnd(width)}${proxied.label}`)
  for (const [name, cell] of rows) console.info(`${name.padEnd(20)}${cell(direct).padEnd(width)}${cell(proxied)}`)
  const throughputRatio = direct.requestsPerSecond / proxied.requestsPerSecond
  const p99Ratio = proxied.latencyP99 / Math.max(direct.latencyP99, 1)
  console.info(
    `\noverhead: the server path serves ${(1 / throughputRatio).toFixed(2)}× the direct requests/s ` +
      `(direct/proxied = ${throughputRatio.toFixed(2)}), p99 ${p99Ratio.toFixed(2)}× the direct p99`,
  )
}

async function main(): Promise<void> {
  const emulatorPort = await freePort()
  const dashboardPort = await freePort()
  const emulatorUrl = `http://127.0.0.1:${emulatorPort}`
  const dashboardUrl = `http://127.0.0.1:${dashboardPort}`

  console.info(`starting the emulator (${jobs} jobs, no worker) and the dashboard server forwarding to it…`)
  startProcess(['server/emulator/main.ts', '--host', '127.0.0.1', '--port', String(emulatorPort), '--jobs', String(jobs), '--connectors', '12', '--seed', '1', '--no-worker'])
  // The default configuration, access log included (written to /dev/null here, as to a log file).
  startProcess(['server/main.ts'], { HOST: '127.0.0.1', PORT: String(dashboardPort), ES_URL: emulatorUrl, LOG_LEVEL: 'info' })
  await waitUntilAnswering(`${emulatorUrl}/`)
  await waitUntilAnswering(`${dashboardUrl}/syncboard/config`)

  const directUrl = `${emulatorUrl}/_connector/_sync_job?size=${size}`
  const proxiedUrl = `${dashboardUrl}/es/_connector/_sync_job?size=${size}`
  // A short warm-up for both (JIT, connection pool), not counted.
  await loadTest('warm-up', directUrl, 2)
  await loadTest('warm-up', proxiedUrl, 2)

  console.info(`loading each for ${duration} s with ${connections} connections…`)
  const direct = await loadTest('direct to the emulator', directUrl, duration)
  const proxied = await loadTest('through the dashboard server', proxiedUrl, duration)
  printTable(direct, proxied)

  const failed = [direct, proxied].filter((run) => run.errors + run.timeouts + run.non2xx > 0)
  if (failed.length > 0) {
    console.error(`\nFAILED: ${failed.map((run) => run.label).join(' and ')} had errors, timeouts or non-2xx answers`)
    process.exitCode = 1
  } else {
    console.info(`\nOK: ${connections} concurrent connections for ${duration} s each, no errors, timeouts or non-2xx answers`)
  }
}

try {
  await main()
} finally {
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM')
}

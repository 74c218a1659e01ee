// The emulator's command line (`npm run emulator -- …`), parsed and validated without side effects so
// every bad value is unit-tested and reported the same way: a message, the usage, exit code 2.

import { parseArgs } from 'node:util'
import type { EmulatorSettings } from './app.ts'

export interface EmulatorCliOptions extends EmulatorSettings {
  port: number
  host: string
}

export type ParsedEmulatorArgs = { kind: 'options'; options: EmulatorCliOptions } | { kind: 'help' } | { kind: 'error'; message: string }

export const EMULATOR_USAGE = `Usage: npm run emulator -- [options]

Serves the Elasticsearch connector API from memory, seeded with connectors and sync jobs.

Options:
  --port N          port to listen on (default 9200; 0 picks a free one)
  --host HOST       address to bind (default 127.0.0.1)
  --connectors N    connectors to seed (default 12)
  --jobs N          sync jobs to seed (default 300)
  --seed N          seed of the generated data (default 1)
  --no-worker       do not run the simulated connector worker
  --order desc|asc  sync-job list order: desc as Elasticsearch 8.13+, asc as 8.12 (default desc)
  --latency-ms N    delay every request by N ms (default 0)
  --fail-rate F     refuse this fraction of requests, 0 to 1, with 503 or 429 (default 0)
  --time-scale N    run the simulated connector service N times faster, 1 to 1000: its polls,
                    heartbeats and syncs (default 1, the real service; schedules keep the wall clock)
  -h, --help        show this help`

const DEFAULTS: EmulatorCliOptions = {
  port: 9200,
  host: '127.0.0.1',
  connectors: 12,
  jobs: 300,
  seed: 1,
  worker: true,
  order: 'desc',
  latencyMs: 0,
  failRate: 0,
  timeScale: 1,
}

class OptionError extends Error {}

function integer(name: string, text: string | undefined, fallback: number, min: number, max: number): number {
  if (text === undefined) return fallback
  const value = /^-?\d+$/.test(text.trim()) ? Number(text) : Number.NaN
  if (!Number.isSafeInteger(value) || value < min || value > max) {
    throw new OptionError(`--${name} must be an integer from ${min} to ${max}, got "${text}"`)
  }
  return value
}

export function parseEmulatorArgs(argv: readonly string[]): ParsedEmulatorArgs {
  try {
    const { values } = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      allowNegative: true,
      options: {
        port: { type: 'string' },
        host: { type: 'string' },
        connectors: { type: 'string' },
        jobs: { type: 'string' },
        seed: { type: 'string' },
        worker: { type: 'boolean' },
        order: { type: 'string' },
        'latency-ms': { type: 'string' },
        'fail-rate': { type: 'string' },
        'time-scale': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    })
    if (values.help) return { kind: 'help' }

    const host = values.host ?? DEFAULTS.host
    if (host.trim() === '') throw new OptionError('--host must not be empty')
    const order = values.order ?? DEFAULTS.order
    if (order !== 'desc' && order !== 'asc') throw new OptionError(`--order must be desc or asc, got "${order}"`)
    const failRateText = values['fail-rate']
    const failRate = failRateText === undefined ? DEFAULTS.failRate : Number(failRateText)
    if (failRateText !== undefined && (failRateText.trim() === '' || !Number.isFinite(failRate) || failRate < 0 || failRate > 1)) {
      throw new OptionError(`--fail-rate must be a number from 0 to 1, got "${failRateText}"`)
    }
    return {
      kind: 'options',
      options: {
        port: integer('port', values.port, DEFAULTS.port, 0, 65535),
        host,
        connectors: integer('connectors', values.connectors, DEFAULTS.connectors, 0, 10_000),
        jobs: integer('jobs', values.jobs, DEFAULTS.jobs, 0, 1_000_000),
        seed: integer('seed', values.seed, DEFAULTS.seed, 0, 2 ** 32 - 1),
        worker: values.worker ?? DEFAULTS.worker,
        order,
        latencyMs: integer('latency-ms', values['latency-ms'], DEFAULTS.latencyMs, 0, 600_000),
        failRate,
        timeScale: integer('time-scale', values['time-scale'], 1, 1, 1000),
      },
    }
  } catch (error) {
    // parseArgs reports unknown options, missing values and stray arguments with a TypeError.
    if (error instanceof OptionError || (error instanceof TypeError && 'code' in error)) return { kind: 'error', message: error.message }
    throw error
  }
}

// The embedded Elasticsearch connector API emulator as one Hono app: the store (optionally seeded), the
// optional fault injection, the REST pipeline at the root (`/`, `/_connector…`), and the optional
// simulated connector worker. The CLI, the dashboard server (mounted under /es) and the tests all use it.

import { Hono } from 'hono'
import { faultInjection } from './faults.ts'
import { createRestHandler } from './rest-handler.ts'
import { generateSeed } from './seed.ts'
import { EmulatorStore } from './store.ts'
import { startWorker } from './worker.ts'

/** The emulator's settings, as `npm start` (EMULATOR_*) and `npm run emulator` (flags) set them. */
export interface EmulatorSettings {
  connectors: number
  jobs: number
  seed: number
  worker: boolean
  order: 'desc' | 'asc'
  latencyMs: number
  failRate: number
  /** Divides the simulated service's intervals and sync durations; absent or 1: the real service's timing. */
  timeScale?: number
}

/** Settings left out are empty or off (no data, no worker, no faults); tests may also set the clock. */
export interface EmulatorOptions extends Partial<EmulatorSettings> {
  now?: () => number
  random?: () => number
}

export interface Emulator {
  app: Hono
  store: EmulatorStore
  stop(): void
}

export function createEmulator(opts: EmulatorOptions = {}): Emulator {
  const now = opts.now ?? Date.now
  const store = new EmulatorStore({ order: opts.order ?? 'desc', now })
  const connectors = opts.connectors ?? 0
  if (connectors > 0) store.loadSeed(generateSeed({ seed: opts.seed ?? 1, connectors, jobs: opts.jobs ?? 0, now: now() }))

  const app = new Hono()
  // Outermost, so that every answer carries the header — injected faults and framework errors included.
  app.use(async (c, next) => {
    await next()
    c.res.headers.set('X-elastic-product', 'Elasticsearch')
  })
  if (opts.latencyMs || opts.failRate) {
    app.use(faultInjection({ latencyMs: opts.latencyMs ?? 0, failRate: opts.failRate ?? 0, random: opts.random ?? Math.random }))
  }
  const handle = createRestHandler(store)
  app.all('*', (c) => handle(c.req.raw))

  const worker = opts.worker ? startWorker(store, { now, random: opts.random ?? Math.random, timeScale: opts.timeScale ?? 1 }) : undefined
  return { app, store, stop: () => worker?.stop() }
}

// The simulated connector service on a hand-driven clock: a store with PUT-created connectors, a worker
// started when the test says so, and a `run` that ticks once a second like the real timer.

import { EmulatorStore } from '../../../../server/emulator/store.ts'
import { startWorker, type SimulatedWorker } from '../../../../server/emulator/worker.ts'

// Ten seconds past the minute, as a real service never starts on a whole minute.
export const START = Date.parse('2026-11-22T15:00:10.000Z')
/** How the connector service prints the times it writes itself (`iso_utc()`). */
export const SERVICE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{6})?\+00:00$/
export const workers: SimulatedWorker[] = []

export function stopWorkers(): void {
  for (const worker of workers.splice(0)) worker.stop()
}

/** A store on a hand-driven clock with `count` PUT-created connectors of a small source (no schedules). */
export function setup(options: { connectors?: number; serviceType?: string; random?: () => number; start?: number } = {}) {
  let clock = options.start ?? START
  const store = new EmulatorStore({ now: () => clock })
  const connectorIds: string[] = []
  for (let i = 0; i < (options.connectors ?? 3); i++) {
    const id = `connector-${i}`
    store.putConnector(id, { index_name: `search-test-${i}`, service_type: options.serviceType ?? 's3', name: `Connector ${i}` })
    connectorIds.push(id)
  }
  let worker: SimulatedWorker | undefined
  /** Starts the service now (tests set connectors up first). */
  const start = () => {
    // Long tick: the test calls tick() itself; the timer never fires.
    worker = startWorker(store, { random: options.random ?? (() => 0.5), tickMs: 3_600_000 })
    workers.push(worker)
    worker.tick()
    return worker
  }
  /** Ticks once a second for `ms`, like the real timer. */
  const run = (ms: number) => {
    for (let elapsed = 0; elapsed < ms; elapsed += 1000) {
      clock += 1000
      worker!.tick()
    }
  }
  return { store, connectorIds, start, run, now: () => clock }
}


// The simulated connector service: one deployment of elastic/connectors with a few pods, toward the
// emulator's connectors and sync jobs what the real service is toward a cluster, through the same store
// methods as the REST API, writing directly only what the real service writes directly. Its parts:
// - the scheduling service (worker-schedules.ts): every `service.idling` (30 s) it checks every served
//   connector in on the `service.heartbeat` (300 s), writes its status and error, and creates the
//   scheduled jobs whose Quartz cron came due, recording each `last_*_scheduled_at`;
// - the execution services and their syncs (worker-runs.ts): every 30 s they start waiting jobs,
//   `sync_starts` then `_claim`; the syncs report `_stats` every 10 s, see cancel requests within 5 s,
//   and end with the job written directly and `sync_done` on the connector;
// - the simulated sources (worker-plan.ts) decide how each sync goes.
// Intervals are the real service's (worker-timing.ts); a time scale shortens them, for demos only.
//
// Which connectors it serves: every connector that is not soft-deleted, except one whose heartbeat
// (`last_seen`) was older than SERVICE_CONNECTED_WINDOW_MS when the worker started — that connector's
// own service is gone (the seed has one), so its pending and suspended jobs wait and its `last_seen`
// ages. What it leaves alone besides: in_progress and canceling jobs it did not claim itself (the seed's
// dead pods'), and so every later job of that connector's family, which `sync_starts` refuses while the
// connector says a sync of the family is in progress.

import type { Random } from './random.ts'
import { LIVE_WORKER_HOSTNAMES, SERVICE_CONNECTED_WINDOW_MS } from './seed-vocabulary.ts'
import type { EmulatorStore } from './store.ts'
import { epochMs } from './worker-heartbeat.ts'
import { executionService } from './worker-runs.ts'
import { schedulingService } from './worker-schedules.ts'
import { workerTiming, type WorkerTiming } from './worker-timing.ts'

export interface WorkerOptions {
  now?: () => number
  random?: Random
  /** Divides every interval and sync duration (default 1: the real service's timing). */
  timeScale?: number
  /** Overrides how often the timer ticks (tests drive `tick()` themselves). */
  tickMs?: number
}

export interface SimulatedWorker {
  /** One step of the service; the timer calls it every `timing.tickMs`, tests call it directly. */
  tick(): void
  stop(): void
  readonly timing: WorkerTiming
}

export function startWorker(store: EmulatorStore, options: WorkerOptions = {}): SimulatedWorker {
  const now = options.now ?? (() => store.now())
  const random = options.random ?? Math.random
  const timing = workerTiming(options.timeScale ?? 1)
  const startedAt = now()
  const served = new Map<string, boolean>()

  function isServed(connectorId: string): boolean {
    const known = served.get(connectorId)
    if (known !== undefined) return known
    let lastSeen: number
    try {
      lastSeen = epochMs(store.getConnectorDocument(connectorId).last_seen)
    } catch {
      return false // deleted: its jobs are orphans no service picks up
    }
    const isServedNow = !(startedAt - lastSeen > SERVICE_CONNECTED_WINDOW_MS)
    served.set(connectorId, isServedNow)
    return isServedNow
  }

  const scheduling = schedulingService({ store, timing, startedAt, isServed })
  const execution = executionService({ store, timing, random, hostnames: LIVE_WORKER_HOSTNAMES, isServed })
  // Both services poll as soon as the service starts, then every idlingMs.
  let nextPollAt = startedAt

  function tick(): void {
    const at = now()
    try {
      execution.drive(at)
      if (at >= nextPollAt) {
        scheduling.poll(at)
        execution.poll(at)
        nextPollAt = at + timing.idlingMs
      }
    } catch {
      // A tick must never take the emulator down; the next tick starts from the store again.
    }
  }

  const timer = setInterval(tick, options.tickMs ?? timing.tickMs)
  timer.unref()
  return {
    tick,
    timing,
    stop() {
      clearInterval(timer)
      execution.stop()
    },
  }
}

// The simulated connector service: it claims pending jobs, reports stats, completes, fails and cancels
// them like elastic/connectors does (operator-features F6–F11, §5.1), through the same store methods as
// the REST API, writing directly only what the real service writes directly (completed, suspended,
// canceled and the final counters). Time runs about ten times faster than a real service so a
// dashboard shows movement within seconds.
//
// What it deliberately leaves alone (the seed's stuck jobs, see seed.ts):
// - in_progress and canceling jobs it did not claim itself (worker_hostname not one of its pods):
//   a real service never drives another service's job, so a dead pod's jobs stay stuck;
// - pending and suspended jobs of a connector whose heartbeat (connector `last_seen`) was older than
//   SERVICE_CONNECTED_WINDOW_MS when the worker started: no service serves that connector;
// - pending jobs of a connector that already runs a job of the same family (one at a time, F11),
//   even when that running job belongs to a dead pod.

import type { Connector, JobType, SyncJob } from '../../contract/es-connector-types.ts'
import { formatMicros } from './es-time.ts'
import { pick, randomBetween, randomInt, type Random } from './random.ts'
import {
  COMMON_ERRORS,
  completedSyncCounts,
  IDLE_JOB_ERROR,
  jobFamily,
  LIVE_WORKER_HOSTNAMES,
  SERVICE_CONNECTED_WINDOW_MS,
  sourceOf,
  type SyncCounts,
} from './seed-vocabulary.ts'
import type { EmulatorStore } from './store.ts'

export interface WorkerOptions {
  now?: () => number
  random?: Random
  tickMs?: number
}

export interface SimulatedWorker {
  /** One step of the service; the timer calls it every tickMs, tests call it directly. */
  tick(): void
  stop(): void
}

/** The real service's intervals, scaled down so a sync lives for tens of seconds. */
export const WORKER_TIMING = {
  tickMs: 1000,
  /** A pending job waits at least this long before a pod claims it (the service polls every 30 s). */
  pickupDelayMs: 2500,
  /** Stats (the heartbeat) every 3 s instead of JOB_REPORTING_INTERVAL = 10 s. */
  statsEveryMs: 3000,
  /** A cancel request is acknowledged this long after it was made (JOB_CHECK_INTERVAL = 5 s). */
  cancelAckMs: 1500,
  contentRunMs: [20_000, 60_000],
  accessControlRunMs: [10_000, 25_000],
  /** A new scheduled job appears this often, when a connector is idle. */
  scheduleEveryMs: [8_000, 20_000],
} as const

const MAX_JOBS_PER_POD = 3
const FAILURE_RATE = 0.12
/** A connector in `error` status keeps failing the same way most of the time. */
const FAILING_CONNECTOR_FAILURE_RATE = 0.85

interface RunPlan {
  begunAt: number
  durationMs: number
  base: SyncCounts
  target: SyncCounts
  /** Fraction of the run at which it fails, with the message it fails with; absent when it completes. */
  failure?: { at: number; message: string }
  lastReportAt: number
}

/** The three counters of a `_stats` report. */
function counters(counts: SyncCounts) {
  return { indexed_document_count: counts.indexed, deleted_document_count: counts.deleted, indexed_document_volume: counts.volume }
}

export function startWorker(store: EmulatorStore, options: WorkerOptions = {}): SimulatedWorker {
  const now = options.now ?? (() => store.now())
  const random = options.random ?? Math.random
  const startedAt = now()
  const plans = new Map<string, RunPlan>()
  const servedByConnector = new Map<string, boolean>()
  let nextScheduleAt = startedAt + randomBetween(random, ...WORKER_TIMING.scheduleEveryMs)

  const stamp = (at: number) => formatMicros(at * 1000 + randomInt(random, 0, 999))
  const ownPods = new Set<string>(LIVE_WORKER_HOSTNAMES)
  const isOwn = (job: SyncJob) => job.worker_hostname !== undefined && ownPods.has(job.worker_hostname)

  function connectorOf(id: string): Connector | undefined {
    try {
      return store.getConnector(id)
    } catch {
      return undefined // deleted: its jobs are orphans no service picks up
    }
  }

  function isServed(connectorId: string): boolean {
    const known = servedByConnector.get(connectorId)
    if (known !== undefined) return known
    const connector = connectorOf(connectorId)
    if (!connector) return false
    const heartbeat = connector.last_seen === undefined ? Number.NaN : Date.parse(connector.last_seen)
    const served = !(startedAt - heartbeat > SERVICE_CONNECTED_WINDOW_MS)
    servedByConnector.set(connectorId, served)
    return served
  }

  function planFor(job: SyncJob, at: number, base: SyncCounts): RunPlan {
    const source = sourceOf(job.connector.service_type)
    const documents = source.profile.documents * randomBetween(random, 0.4, 1.3)
    const target = completedSyncCounts(random, job.job_type, { documents, identities: source.profile.identities || 200, kibPerDocument: source.profile.kibPerDocument })
    const [shortest, longest] = job.job_type === 'access_control' ? WORKER_TIMING.accessControlRunMs : WORKER_TIMING.contentRunMs
    const plan: RunPlan = {
      begunAt: at,
      durationMs: randomBetween(random, shortest, longest),
      base,
      // An adopted job never reports fewer documents than it already had.
      target: {
        indexed: Math.max(target.indexed, base.indexed),
        deleted: Math.max(target.deleted, base.deleted),
        volume: Math.max(target.volume, base.volume),
        total: Math.max(target.total, base.indexed),
      },
      lastReportAt: at,
    }
    const connectorError = connectorOf(job.connector.id)?.error
    const failureRate = connectorError ? FAILING_CONNECTOR_FAILURE_RATE : FAILURE_RATE
    if (random() < failureRate) {
      // Idle-job errors come from the cleanup service, which this worker does not model.
      const ownErrors = [...source.errors, ...COMMON_ERRORS.filter((message) => message !== IDLE_JOB_ERROR)]
      plan.failure = { at: randomBetween(random, 0.1, 0.9), message: connectorError ?? pick(random, ownErrors) }
    }
    return plan
  }

  function countsAt(plan: RunPlan, fraction: number): SyncCounts {
    const between = (from: number, to: number) => Math.round(from + (to - from) * fraction)
    return {
      indexed: between(plan.base.indexed, plan.target.indexed),
      deleted: between(plan.base.deleted, plan.target.deleted),
      volume: between(plan.base.volume, plan.target.volume),
      total: plan.target.total,
    }
  }

  /** Advances one job this worker runs: report, finish, fail or acknowledge a cancel request. */
  function drive(job: SyncJob, at: number): void {
    let plan = plans.get(job.id)
    if (!plan) {
      // A job claimed before this worker started (seeded, or claimed under our name through the API).
      plan = planFor(job, at, { indexed: job.indexed_document_count, deleted: job.deleted_document_count, volume: job.indexed_document_volume, total: 0 })
      plans.set(job.id, plan)
    }
    const fraction = Math.min(1, (at - plan.begunAt) / plan.durationMs)
    if (job.status === 'canceling') {
      const requestedAt = job.cancelation_requested_at === undefined ? at : Date.parse(job.cancelation_requested_at)
      if (at - requestedAt < WORKER_TIMING.cancelAckMs) return
      const when = stamp(at)
      store.writeSyncJob(job.id, { status: 'canceled', canceled_at: when, completed_at: when, last_seen: when, ...counters(countsAt(plan, fraction)) })
      plans.delete(job.id)
      return
    }
    if (plan.failure && fraction >= plan.failure.at) {
      const counts = countsAt(plan, plan.failure.at)
      store.setSyncJobError(job.id, plan.failure.message)
      store.writeSyncJob(job.id, { completed_at: stamp(at), ...counters(counts), total_document_count: counts.total })
      plans.delete(job.id)
      return
    }
    if (fraction >= 1) {
      const counts = countsAt(plan, 1)
      const when = stamp(at)
      store.writeSyncJob(job.id, { status: 'completed', completed_at: when, last_seen: when, ...counters(counts), total_document_count: counts.total })
      plans.delete(job.id)
      return
    }
    if (at - plan.lastReportAt >= WORKER_TIMING.statsEveryMs) {
      store.updateSyncJobStats(job.id, counters(countsAt(plan, fraction)))
      plan.lastReportAt = at
    }
  }

  function runningJobs(): SyncJob[] {
    return [...store.jobsWithStatus('in_progress'), ...store.jobsWithStatus('canceling')]
  }

  /** Claims waiting jobs oldest first, one per connector and family, while pods have room. */
  function pickUp(at: number, running: SyncJob[]): void {
    const busy = new Set(running.map((job) => `${job.connector.id}|${jobFamily(job.job_type)}`))
    const load = new Map<string, number>(LIVE_WORKER_HOSTNAMES.map((pod) => [pod, 0]))
    for (const job of running) if (isOwn(job)) load.set(job.worker_hostname!, (load.get(job.worker_hostname!) ?? 0) + 1)
    for (const job of store.actionableJobs()) {
      const pod = [...load.entries()].sort((a, b) => a[1] - b[1])[0]!
      if (pod[1] >= MAX_JOBS_PER_POD) return
      const slot = `${job.connector.id}|${jobFamily(job.job_type)}`
      if (busy.has(slot) || at - Date.parse(job.created_at) < WORKER_TIMING.pickupDelayMs || !isServed(job.connector.id)) continue
      try {
        // Incremental syncs resume from the cursor the previous sync left; full ones start over.
        const syncCursor = job.job_type === 'incremental' ? { delta_token: `fake-delta-${randomInt(random, 100000, 999999)}` } : undefined
        store.claimSyncJob(job.id, syncCursor ? { worker_hostname: pod[0], sync_cursor: syncCursor } : { worker_hostname: pod[0] })
        // A resumed suspended job starts its counters over (connectors #1646).
        plans.set(job.id, planFor(job, at, { indexed: 0, deleted: 0, volume: 0, total: 0 }))
        if (job.status === 'suspended') store.updateSyncJobStats(job.id, { indexed_document_count: 0, deleted_document_count: 0, indexed_document_volume: 0 })
        busy.add(slot)
        load.set(pod[0], pod[1] + 1)
      } catch {
        // Deleted or changed under us by an operator between the read and the claim: skip it.
      }
    }
  }

  /** Now and then a connector's schedule comes due, like the service's scheduling task. */
  function schedule(at: number): void {
    if (at < nextScheduleAt) return
    nextScheduleAt = at + randomBetween(random, ...WORKER_TIMING.scheduleEveryMs)
    const active = new Set<string>()
    for (const job of [...store.actionableJobs(), ...runningJobs()]) active.add(`${job.connector.id}|${jobFamily(job.job_type)}`)
    const candidates: { connector: Connector; jobType: JobType }[] = []
    for (const connector of store.listConnectors({ from: 0, size: 10_000 }).results) {
      if (!connector.index_name || !connector.service_type || !isServed(connector.id)) continue
      for (const jobType of ['full', 'incremental', 'access_control'] as const) {
        if (connector.scheduling[jobType]?.enabled && !active.has(`${connector.id}|${jobFamily(jobType)}`)) candidates.push({ connector, jobType })
      }
    }
    if (candidates.length === 0) return
    const { connector, jobType } = pick(random, candidates)
    store.createSyncJob({ id: connector.id, job_type: jobType, trigger_method: 'scheduled' })
  }

  function tick(): void {
    const at = now()
    try {
      const running = runningJobs()
      const seen = new Set<string>()
      for (const job of running) {
        if (!isOwn(job)) continue
        seen.add(job.id)
        try {
          drive(job, at)
        } catch {
          plans.delete(job.id) // deleted or failed by an operator meanwhile: the run is over
        }
      }
      // Runs whose job left in_progress/canceling behind our back (deleted, marked failed, reclaimed).
      for (const id of plans.keys()) if (!seen.has(id)) plans.delete(id)
      pickUp(at, runningJobs())
      schedule(at)
    } catch {
      // A tick must never take the emulator down; the next tick starts from the store again.
    }
  }

  const timer = setInterval(tick, options.tickMs ?? WORKER_TIMING.tickMs)
  timer.unref()
  return {
    tick,
    stop() {
      clearInterval(timer)
      plans.clear()
    },
  }
}

// The execution services of the simulated connector service and the syncs they run, as elastic/connectors
// `connectors/services/job_execution.py` (with `content_sync_job_execution.py` and
// `access_control_sync_job_execution.py`) and `connectors/sync_job_runner.py` do:
// - every `service.idling` (30 s) a poll takes the pending and suspended jobs of served connectors,
//   oldest first, onto the live pods while they have room (the simulated deployment's config.yml
//   allows 3 content syncs and 1 access-control sync per pod);
// - a job starts with `sync_starts` on the connector, which refuses while the connector's
//   `last_sync_status` (or `last_access_control_sync_status`) is in_progress — the job then stays
//   pending — and only then `_claim`s it (with the connector's cursor for an incremental sync; a
//   resumed suspended job starts its counters over, connectors #1646);
// - a running sync reports `_stats` every 10 s and is reloaded every 5 s: a cancel request is seen
//   then; a job that vanished or that someone else ended stops the run;
// - at the end the job is written directly (`_terminate`: status, completed_at, canceled_at, last_seen,
//   counters, total_document_count) and `sync_done` updates the connector (worker-connector-writes.ts).
// It never drives a job it did not claim itself (another host's, the seed's dead pods'): a real service
// leaves other services' jobs alone.

import type { SyncJob } from '../../contract/es-connector-types.ts'
import { formatMicros } from './es-time.ts'
import { randomInt, type Random } from './random.ts'
import { jobFamily, type SyncCounts } from './seed-vocabulary.ts'
import type { EmulatorStore } from './store.ts'
import { syncDone, syncStarts } from './worker-connector-writes.ts'
import { counters, countsAt, planRun, type RunPlan } from './worker-plan.ts'
import type { WorkerTiming } from './worker-timing.ts'

/** The simulated deployment's `max_concurrent_content_syncs` and `max_concurrent_access_control_syncs`, per pod. */
export const POD_CAPACITY = { content: 3, access_control: 1 } as const

export interface ExecutionOptions {
  store: EmulatorStore
  timing: WorkerTiming
  random: Random
  hostnames: readonly string[]
  isServed: (connectorId: string) => boolean
}

export interface ExecutionService {
  /** Advances the syncs this service runs: stats, cancel checks, endings. Every tick. */
  drive(at: number): void
  /** The execution services' poll: starts waiting jobs. Every `idlingMs`. */
  poll(at: number): void
  stop(): void
}

const CONTENT_TYPES = ['full', 'incremental'] as const

export function executionService(options: ExecutionOptions): ExecutionService {
  const { store, timing, random, hostnames, isServed } = options
  const plans = new Map<string, RunPlan>()
  const ownPods = new Set<string>(hostnames)
  const isOwn = (job: SyncJob) => job.worker_hostname !== undefined && ownPods.has(job.worker_hostname)
  // Six fraction digits, like the service's own clock.
  const stamp = (at: number) => formatMicros(Math.floor(at) * 1000 + randomInt(random, 0, 999))

  function connectorDocument(id: string) {
    try {
      return store.getConnectorDocument(id, true)
    } catch {
      return undefined
    }
  }

  function contentHistory(connectorId: string): SyncJob[] {
    return store.newestJobsOf(connectorId, CONTENT_TYPES, 6)
  }

  function adopt(job: SyncJob, at: number): RunPlan {
    const base: SyncCounts = { indexed: job.indexed_document_count, deleted: job.deleted_document_count, volume: job.indexed_document_volume, total: 0 }
    const plan = planRun(job, at, base, { random, timing, hostname: job.worker_hostname, connector: undefined, history: contentHistory(job.connector.id) })
    plans.set(job.id, plan)
    return plan
  }

  /** `_terminate` then `sync_done`. */
  function finish(job: SyncJob, plan: RunPlan, at: number, ending: 'completed' | 'error' | 'canceled', fraction: number): void {
    const counts = countsAt(plan, fraction)
    const when = stamp(at)
    const patch: Partial<Omit<SyncJob, 'id'>> = { status: ending, completed_at: when, last_seen: when, ...counters(counts), total_document_count: counts.total }
    if (ending === 'canceled') patch.canceled_at = when
    if (ending === 'error') patch.error = plan.failure?.message ?? 'unknown error'
    store.writeSyncJob(job.id, patch)
    plans.delete(job.id)
    syncDone(store, job.connector.id, store.getSyncJob(job.id), plan.cursor, at, randomInt(random, 0, 999_999))
  }

  /** The run stopped because the job changed behind its back: the connector learns what became of it. */
  function abandon(id: string, connectorId: string, at: number): void {
    plans.delete(id)
    let job: SyncJob | undefined
    try {
      job = store.getSyncJob(id)
    } catch {
      job = undefined
    }
    try {
      syncDone(store, connectorId, job, null, at, randomInt(random, 0, 999_999))
    } catch {
      // The connector is gone too.
    }
  }

  function driveOne(job: SyncJob, at: number): void {
    const plan = plans.get(job.id) ?? adopt(job, at)
    const fraction = Math.min(1, (at - plan.begunAt) / plan.durationMs)
    if (at - plan.lastCheckAt >= timing.jobCheckMs) {
      plan.lastCheckAt = at
      if (job.status === 'canceling') return finish(job, plan, at, 'canceled', fraction)
    }
    if (plan.failure && fraction >= plan.failure.at) return finish(job, plan, at, 'error', plan.failure.at)
    if (fraction >= 1) return finish(job, plan, at, 'completed', 1)
    if (at - plan.lastReportAt >= timing.jobReportingMs) {
      store.updateSyncJobStats(job.id, counters(countsAt(plan, fraction)))
      plan.lastReportAt = at
    }
  }

  function running(): SyncJob[] {
    return [...store.jobsWithStatus('in_progress'), ...store.jobsWithStatus('canceling')]
  }

  return {
    drive(at) {
      const seen = new Set<string>()
      for (const job of running()) {
        if (!isOwn(job)) continue
        seen.add(job.id)
        try {
          driveOne(job, at)
        } catch {
          plans.delete(job.id)
        }
      }
      // Runs whose job left in_progress/canceling behind our back (deleted, marked failed, reclaimed).
      for (const [id, plan] of plans) if (!seen.has(id)) abandon(id, plan.connectorId, at)
    },

    poll(at) {
      const load = new Map(hostnames.map((pod) => [pod, { content: 0, access_control: 0 }]))
      for (const job of running()) {
        const pod = job.worker_hostname === undefined ? undefined : load.get(job.worker_hostname)
        if (pod) pod[jobFamily(job.job_type)]++
      }
      for (const job of store.actionableJobs()) {
        const family = jobFamily(job.job_type)
        const pods = [...load.entries()].filter(([, used]) => used[family] < POD_CAPACITY[family])
        if (pods.length === 0) continue
        if (!isServed(job.connector.id)) continue
        const connector = connectorDocument(job.connector.id)
        if (!connector || connector.deleted === true) continue
        // sync_starts comes first, then the claim; a claim that fails ends the run as the runner would.
        let started = false
        try {
          started = syncStarts(store, job.connector.id, job.job_type)
        } catch {
          started = false // the connector was deleted meanwhile
        }
        if (!started) continue
        const [pod, used] = pods.sort((a, b) => a[1][family] - b[1][family])[0]!
        used[family]++
        try {
          const syncCursor = job.job_type === 'incremental' ? (connector.sync_cursor ?? undefined) : undefined
          store.claimSyncJob(job.id, syncCursor ? { worker_hostname: pod, sync_cursor: syncCursor } : { worker_hostname: pod })
          const claimed = store.getSyncJob(job.id)
          plans.set(job.id, planRun(claimed, at, { indexed: 0, deleted: 0, volume: 0, total: 0 }, { random, timing, hostname: pod, connector, history: contentHistory(job.connector.id) }))
          if (job.status === 'suspended') store.updateSyncJobStats(job.id, { indexed_document_count: 0, deleted_document_count: 0, indexed_document_volume: 0 })
        } catch {
          // Deleted by an operator between the read and the claim.
          abandon(job.id, job.connector.id, at)
        }
      }
    },

    stop() {
      plans.clear()
    },
  }
}

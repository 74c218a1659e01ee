// The simulated connector service, driven tick by tick on an injected clock: it claims jobs oldest
// first, one per connector and family, reports growing stats, completes, fails through the _error
// path, honours cancel requests, schedules new work, and never touches the seed's stuck jobs.

import { afterEach, describe, expect, it, vi } from 'vitest'
import type { SyncJob } from '../../../contract/es-connector-types.ts'
import { mulberry32 } from '../../../server/emulator/random.ts'
import { generateSeed } from '../../../server/emulator/seed.ts'
import { DEAD_WORKER_HOSTNAMES, LIVE_WORKER_HOSTNAMES, SERVICE_TYPES } from '../../../server/emulator/seed-vocabulary.ts'
import { EmulatorStore } from '../../../server/emulator/store.ts'
import { startWorker, WORKER_TIMING, type SimulatedWorker } from '../../../server/emulator/worker.ts'

const START = Date.parse('2026-11-22T15:00:00.000Z')
const workers: SimulatedWorker[] = []

afterEach(() => {
  for (const worker of workers.splice(0)) worker.stop()
  vi.useRealTimers()
})

/** A store on a hand-driven clock, with `count` PUT-created connectors (no schedules, so no surprise jobs). */
function setup(options: { connectors?: number; random?: () => number } = {}) {
  let clock = START
  const store = new EmulatorStore({ now: () => clock })
  const connectorIds: string[] = []
  for (let i = 0; i < (options.connectors ?? 3); i++) {
    const id = `connector-${i}`
    store.putConnector(id, { index_name: `search-test-${i}`, service_type: 'sharepoint_online', name: `Connector ${i}` })
    connectorIds.push(id)
  }
  // Long tick: the test calls tick() itself; the timer never fires.
  const worker = startWorker(store, { random: options.random ?? (() => 0.5), tickMs: 3_600_000 })
  workers.push(worker)
  const advance = (ms: number) => {
    clock += ms
    worker.tick()
  }
  /** Ticks once a second for `ms`, like the real timer. */
  const run = (ms: number) => {
    for (let elapsed = 0; elapsed < ms; elapsed += 1000) advance(1000)
  }
  return { store, worker, connectorIds, advance, run, now: () => clock }
}

const live = new Set<string>(LIVE_WORKER_HOSTNAMES)
const SHAREPOINT_ERRORS = SERVICE_TYPES.find((spec) => spec.serviceType === 'sharepoint_online')!.errors

describe('startWorker', () => {
  it('claims pending jobs oldest first with its own pod names, after the pickup delay', () => {
    const { store, connectorIds, advance } = setup({ connectors: 8 })
    const ids: string[] = []
    for (const connectorId of connectorIds) {
      ids.push(store.createSyncJob({ id: connectorId }))
      advance(10) // each job 10 ms younger than the previous; too young to be picked up yet
    }
    expect(store.jobsWithStatus('in_progress')).toEqual([])

    advance(WORKER_TIMING.pickupDelayMs)
    // Two pods with room for three jobs each: the six oldest are claimed, the two newest wait.
    const claimed = store.jobsWithStatus('in_progress')
    expect(claimed.map((job) => job.id).sort()).toEqual(ids.slice(0, 6).sort())
    expect(store.jobsWithStatus('pending').map((job) => job.id)).toEqual(ids.slice(6))
    for (const job of claimed) {
      expect(live.has(job.worker_hostname!)).toBe(true)
      expect(job.started_at).toBeDefined()
    }
    expect(new Set(claimed.map((job) => job.worker_hostname)).size).toBe(2)
  })

  it('runs one job per connector and family at a time', () => {
    const { store, connectorIds, advance } = setup({ connectors: 1 })
    const [connectorId] = connectorIds as [string]
    const first = store.createSyncJob({ id: connectorId, job_type: 'full' })
    const queued = store.createSyncJob({ id: connectorId, job_type: 'incremental' })
    const accessControl = store.createSyncJob({ id: connectorId, job_type: 'access_control' })
    advance(WORKER_TIMING.pickupDelayMs)
    expect(store.getSyncJob(first).status).toBe('in_progress')
    expect(store.getSyncJob(accessControl).status).toBe('in_progress')
    expect(store.getSyncJob(queued).status).toBe('pending')
  })

  it('reports growing stats, then completes the job with its final counters', () => {
    const { store, connectorIds, advance, run } = setup()
    const id = store.createSyncJob({ id: connectorIds[0]! })
    advance(WORKER_TIMING.pickupDelayMs)
    const seen: SyncJob[] = []
    for (let i = 0; i < 5; i++) {
      run(WORKER_TIMING.statsEveryMs)
      seen.push(store.getSyncJob(id))
    }
    const indexed = seen.map((job) => job.indexed_document_count)
    expect(indexed[0]).toBeGreaterThan(0)
    expect(indexed).toEqual([...indexed].sort((a, b) => a - b))
    expect(new Set(indexed).size).toBe(indexed.length)
    expect(seen.at(-1)!.indexed_document_volume).toBeGreaterThan(seen[0]!.indexed_document_volume)
    expect(seen.at(-1)!.last_seen! > seen[0]!.last_seen!).toBe(true)

    run(WORKER_TIMING.contentRunMs[1])
    const done = store.getSyncJob(id)
    expect(done.status).toBe('completed')
    expect(Date.parse(done.completed_at!)).toBeGreaterThan(Date.parse(done.started_at!))
    expect(done.total_document_count).toBeGreaterThanOrEqual(done.indexed_document_count)
    expect(done.indexed_document_count).toBeGreaterThan(indexed.at(-1)!)
    expect(done.error).toBeUndefined()
  })

  it('fails some jobs through the _error path, then records completed_at', () => {
    // A low draw takes the failure branch (12 %) and fails early in the run.
    const { store, connectorIds, advance, run } = setup({ random: () => 0.05 })
    const setError = vi.spyOn(store, 'setSyncJobError')
    const id = store.createSyncJob({ id: connectorIds[0]! })
    advance(WORKER_TIMING.pickupDelayMs)
    run(WORKER_TIMING.contentRunMs[1])
    const failed = store.getSyncJob(id)
    expect(setError).toHaveBeenCalledWith(id, failed.error)
    expect(failed.status).toBe('error')
    expect(SHAREPOINT_ERRORS).toContain(failed.error)
    expect(failed.completed_at).toBeDefined()
    expect(failed.canceled_at).toBeUndefined()
  })

  it('honours a cancel request within a few seconds', () => {
    const { store, connectorIds, advance, run, now } = setup()
    const id = store.createSyncJob({ id: connectorIds[0]! })
    advance(WORKER_TIMING.pickupDelayMs)
    run(5000)
    store.cancelSyncJob(id)
    expect(store.getSyncJob(id).status).toBe('canceling')
    const requestedAt = now()
    run(WORKER_TIMING.cancelAckMs + 1000)
    const canceled = store.getSyncJob(id)
    expect(canceled.status).toBe('canceled')
    expect(canceled.canceled_at).toBe(canceled.completed_at)
    expect(Date.parse(canceled.canceled_at!) - requestedAt).toBeLessThanOrEqual(WORKER_TIMING.cancelAckMs + 1000)
    expect(canceled.indexed_document_count).toBeGreaterThan(0)
  })

  it('lets go of a job an operator marked as failed or deleted, without throwing', () => {
    const { store, connectorIds, advance, run } = setup()
    const failedByOperator = store.createSyncJob({ id: connectorIds[0]! })
    const deleted = store.createSyncJob({ id: connectorIds[1]! })
    advance(WORKER_TIMING.pickupDelayMs)
    store.setSyncJobError(failedByOperator, 'Marked as failed by an operator')
    store.deleteSyncJob(deleted)
    expect(() => run(WORKER_TIMING.contentRunMs[1])).not.toThrow()
    const job = store.getSyncJob(failedByOperator)
    expect(job.status).toBe('error')
    expect(job.error).toBe('Marked as failed by an operator')
    expect(job.completed_at).toBeUndefined()
  })

  it('leaves jobs claimed by other hosts alone', () => {
    const { store, connectorIds, advance, run } = setup()
    const id = store.createSyncJob({ id: connectorIds[0]! })
    store.claimSyncJob(id, { worker_hostname: 'my-laptop' })
    const claimed = store.getSyncJob(id)
    advance(WORKER_TIMING.pickupDelayMs)
    run(WORKER_TIMING.contentRunMs[1])
    expect(store.getSyncJob(id)).toEqual(claimed)
  })

  it('never touches the seed’s stuck jobs, while driving its own and scheduling new ones', () => {
    let clock = START
    const store = new EmulatorStore({ now: () => clock })
    const seed = generateSeed({ seed: 1, connectors: 12, jobs: 300, now: START })
    store.loadSeed(structuredClone(seed))
    const worker = startWorker(store, { random: mulberry32(3), tickMs: 3_600_000 })
    workers.push(worker)

    const dead = new Set<string>(DEAD_WORKER_HOSTNAMES)
    const unserved = seed.connectors.find((connector) => START - Date.parse(connector.last_seen ?? '') > 30 * 60_000)!
    const stuck = seed.jobs.filter((job) => dead.has(job.worker_hostname ?? '') || (job.connector.id === unserved.id && ['pending', 'suspended'].includes(job.status)))
    const queuedBehindDeadPod = seed.jobs.filter(
      (job) => job.status === 'pending' && seed.jobs.some((other) => other.status === 'in_progress' && dead.has(other.worker_hostname!) && other.connector.id === job.connector.id),
    )
    expect(stuck.filter((job) => job.status === 'in_progress')).toHaveLength(2)
    expect(queuedBehindDeadPod).toHaveLength(1)

    for (let second = 0; second < 300; second++) {
      clock += 1000
      worker.tick()
    }
    for (const job of [...stuck, ...queuedBehindDeadPod]) expect(store.getSyncJob(job.id)).toEqual(job)

    // Meanwhile the live part of the seed moved on, and new scheduled jobs appeared and ran.
    const seededLive = seed.jobs.filter((job) => live.has(job.worker_hostname ?? '') && ['in_progress', 'canceling'].includes(job.status))
    for (const job of seededLive) expect(['completed', 'error', 'canceled']).toContain(store.getSyncJob(job.id).status)
    const seededIds = new Set(seed.jobs.map((job) => job.id))
    const fresh = store.listSyncJobs({ from: 0, size: 1000 }).results.filter((job) => !seededIds.has(job.id))
    expect(fresh.length).toBeGreaterThan(5)
    for (const job of fresh) expect(job.trigger_method).toBe('scheduled')
    expect(fresh.some((job) => job.status === 'completed')).toBe(true)
  })

  it('ticks on an unref’d timer that stop() clears', () => {
    vi.useFakeTimers({ now: START })
    const store = new EmulatorStore()
    store.putConnector('c', { index_name: 'search-c', service_type: 'jira' })
    const id = store.createSyncJob({ id: 'c' })
    const worker = startWorker(store, { random: () => 0.5 })
    workers.push(worker)
    vi.advanceTimersByTime(WORKER_TIMING.pickupDelayMs + WORKER_TIMING.tickMs)
    expect(store.getSyncJob(id).status).toBe('in_progress')
    worker.stop()
    const stopped = store.getSyncJob(id)
    vi.advanceTimersByTime(120_000)
    expect(store.getSyncJob(id)).toEqual(stopped)
    expect(vi.getTimerCount()).toBe(0)
  })
})

// The simulated connector service, driven tick by tick on an injected clock (never by waiting): its
// execution services claim jobs at their 30 s poll, one per connector and family, through sync_starts;
// its syncs report stats every 10 s, see cancel requests within 5 s and end with the job written directly
// and sync_done on the connector; and it never touches the seed's stuck jobs.

import { afterEach, describe, expect, it, vi } from 'vitest'
import type { SyncJob } from '../../../contract/es-connector-types.ts'
import { mulberry32 } from '../../../server/emulator/random.ts'
import { generateSeed } from '../../../server/emulator/seed.ts'
import { DEAD_WORKER_HOSTNAMES, LIVE_WORKER_HOSTNAMES } from '../../../server/emulator/seed-vocabulary.ts'
import { EmulatorStore } from '../../../server/emulator/store.ts'
import { startWorker } from '../../../server/emulator/worker.ts'
import { SERVICE_INTERVALS } from '../../../server/emulator/worker-timing.ts'
import { SERVICE_TIME, START, setup, stopWorkers, workers } from './support/worker.ts'

afterEach(() => {
  stopWorkers()
  vi.useRealTimers()
})

const live = new Set<string>(LIVE_WORKER_HOSTNAMES)

describe('startWorker: the execution services and their syncs', () => {
  it('claims waiting jobs oldest first at its poll, three content syncs per pod', () => {
    const { store, connectorIds, start, run } = setup({ connectors: 12 })
    const ids = connectorIds.map((connectorId) => store.createSyncJob({ id: connectorId }))
    start()
    // Three pods with room for three content syncs each: the nine oldest are claimed at once.
    const claimed = store.jobsWithStatus('in_progress')
    expect(claimed.map((job) => job.id).sort()).toEqual(ids.slice(0, 9).sort())
    expect(store.jobsWithStatus('pending').map((job) => job.id)).toEqual(ids.slice(9))
    for (const job of claimed) expect(live.has(job.worker_hostname!)).toBe(true)
    expect(new Set(claimed.map((job) => job.worker_hostname)).size).toBe(3)
    // A job created between polls waits for the next one (30 s).
    run(1000)
    const late = store.createSyncJob({ id: connectorIds[0]! })
    run(SERVICE_INTERVALS.idlingMs - 3000)
    expect(store.getSyncJob(late).status).toBe('pending')
  })

  it('starts a job with sync_starts on its connector, then claims it; one sync per connector and family', () => {
    const { store, connectorIds, start } = setup({ connectors: 2 })
    const [connectorId, blocked] = connectorIds as [string, string]
    store.writeConnector(connectorId, { last_sync_error: 'the previous sync failed', last_sync_status: 'error', status: 'error', error: 'the previous sync failed' })
    const full = store.createSyncJob({ id: connectorId, job_type: 'full' })
    const incremental = store.createSyncJob({ id: connectorId, job_type: 'incremental' })
    const accessControl = store.createSyncJob({ id: connectorId, job_type: 'access_control' })
    // Another service's sync is in progress there, as far as the connector knows.
    store.writeConnector(blocked, { last_sync_status: 'in_progress' })
    const waiting = store.createSyncJob({ id: blocked })
    start()
    expect(store.getSyncJob(full).status).toBe('in_progress')
    expect(store.getSyncJob(accessControl).status).toBe('in_progress')
    expect(store.getSyncJob(incremental).status).toBe('pending')
    expect(store.getSyncJob(waiting).status).toBe('pending')
    expect(store.getConnectorDocument(connectorId)).toMatchObject({
      status: 'connected',
      error: null,
      last_sync_status: 'in_progress',
      last_sync_error: null,
      last_access_control_sync_status: 'in_progress',
      last_access_control_sync_error: null,
    })
  })

  it('reports _stats every 10 s, then ends the job and writes sync_done on the connector', () => {
    const { store, connectorIds, start, run } = setup({ serviceType: 'sharepoint_online' })
    const id = store.createSyncJob({ id: connectorIds[0]! })
    start()
    const seen: SyncJob[] = []
    for (let i = 0; i < 6; i++) {
      run(SERVICE_INTERVALS.jobReportingMs)
      seen.push(store.getSyncJob(id))
    }
    const indexed = seen.map((job) => job.indexed_document_count)
    expect(indexed[0]).toBeGreaterThan(0)
    expect(new Set(indexed).size).toBe(indexed.length)
    expect(indexed).toEqual([...indexed].sort((a, b) => a - b))
    const lastSeen = seen.map((job) => Date.parse(job.last_seen!))
    for (let i = 1; i < lastSeen.length; i++) expect(lastSeen[i]! - lastSeen[i - 1]!).toBe(SERVICE_INTERVALS.jobReportingMs)

    run(2 * 60 * 60_000)
    const done = store.getSyncJob(id)
    expect(done.status).toBe('completed')
    expect(done.total_document_count).toBeGreaterThanOrEqual(done.indexed_document_count)
    const connector = store.getConnectorDocument(connectorIds[0]!)
    expect(connector).toMatchObject({
      status: 'connected',
      error: null,
      last_sync_status: 'completed',
      last_sync_error: null,
      last_indexed_document_count: done.indexed_document_count,
      last_deleted_document_count: done.deleted_document_count,
    })
    expect(connector.last_synced).toMatch(SERVICE_TIME)
    expect(Math.abs(Date.parse(connector.last_synced!) - Date.parse(done.completed_at!))).toBeLessThan(1000)
    // SharePoint syncs incrementally: the full sync leaves the cursor the next incremental sync resumes from.
    expect(connector.sync_cursor).toMatchObject({ delta_token: expect.stringMatching(/^fake-delta-/) })
    expect(connector.last_access_control_sync_status).toBeUndefined()

    // The next incremental sync is claimed with that cursor.
    const next = store.createSyncJob({ id: connectorIds[0]!, job_type: 'incremental' })
    run(SERVICE_INTERVALS.idlingMs)
    expect(store.getSyncJob(next).connector.sync_cursor).toEqual(connector.sync_cursor)
  })

  it('keeps access-control syncs to their own fields, and a source without cursors writes a null one', () => {
    const { store, connectorIds, start, run } = setup({ serviceType: 's3' })
    const id = store.createSyncJob({ id: connectorIds[0]!, job_type: 'access_control' })
    start()
    run(30 * 60_000)
    const job = store.getSyncJob(id)
    expect(job.status).toBe('completed')
    const connector = store.getConnectorDocument(connectorIds[0]!)
    expect(connector).toMatchObject({ last_access_control_sync_status: 'completed', last_access_control_sync_error: null, last_indexed_document_count: job.indexed_document_count })
    expect(connector.last_sync_status).toBeUndefined()
    expect(connector).not.toHaveProperty('sync_cursor')

    store.createSyncJob({ id: connectorIds[0]! })
    run(30 * 60_000)
    expect(store.getConnectorDocument(connectorIds[0]!)).toMatchObject({ last_sync_status: 'completed', sync_cursor: null })
  })

  it('fails a job by writing it directly, and sync_done leaves the error; the next poll resets only status and error', () => {
    // A low draw takes the failure branch early in the run.
    const { store, connectorIds, start, run } = setup({ random: () => 0.01 })
    const setError = vi.spyOn(store, 'setSyncJobError')
    const id = store.createSyncJob({ id: connectorIds[0]! })
    store.updateConnectorConfiguration(connectorIds[0]!, { configuration: {} })
    start()
    let failed = store.getSyncJob(id)
    for (let i = 0; i < 3600 && failed.status === 'in_progress'; i++) {
      run(1000)
      failed = store.getSyncJob(id)
    }
    expect(failed.status).toBe('error')
    expect(setError).not.toHaveBeenCalled()
    expect(failed.completed_at).toBeDefined()
    const connector = store.getConnectorDocument(connectorIds[0]!)
    expect(connector).toMatchObject({ status: 'error', error: failed.error, last_sync_status: 'error', last_sync_error: failed.error })
    run(SERVICE_INTERVALS.idlingMs)
    expect(store.getConnectorDocument(connectorIds[0]!)).toMatchObject({ status: 'connected', error: null, last_sync_status: 'error', last_sync_error: failed.error })
  })

  it('sees a cancel request at its next 5 s check and cancels the job', () => {
    const { store, connectorIds, start, run, now } = setup({ serviceType: 'sharepoint_online' })
    const id = store.createSyncJob({ id: connectorIds[0]! })
    start()
    run(20_000)
    store.cancelSyncJob(id)
    const requestedAt = now()
    run(SERVICE_INTERVALS.jobCheckMs)
    const canceled = store.getSyncJob(id)
    expect(canceled.status).toBe('canceled')
    expect(canceled.canceled_at).toBe(canceled.completed_at)
    expect(Date.parse(canceled.canceled_at!) - requestedAt).toBeLessThanOrEqual(SERVICE_INTERVALS.jobCheckMs)
    expect(canceled.indexed_document_count).toBeGreaterThan(0)
    expect(store.getConnectorDocument(connectorIds[0]!)).toMatchObject({ status: 'connected', error: null, last_sync_status: 'canceled', last_indexed_document_count: canceled.indexed_document_count })
  })

  it('tells the connector when a job vanished or was failed by someone else, without throwing', () => {
    const { store, connectorIds, start, run } = setup({ serviceType: 'sharepoint_online' })
    const failedByOperator = store.createSyncJob({ id: connectorIds[0]! })
    const deleted = store.createSyncJob({ id: connectorIds[1]! })
    start()
    store.setSyncJobError(failedByOperator, 'Marked as failed by an operator')
    store.deleteSyncJob(deleted)
    expect(() => run(10_000)).not.toThrow()
    const job = store.getSyncJob(failedByOperator)
    expect(job).toMatchObject({ status: 'error', error: 'Marked as failed by an operator' })
    expect(job.completed_at).toBeUndefined()
    expect(store.getConnectorDocument(connectorIds[0]!)).toMatchObject({ last_sync_status: 'error', last_sync_error: 'Marked as failed by an operator' })
    expect(store.getConnectorDocument(connectorIds[1]!)).toMatchObject({
      last_sync_status: 'error',
      last_sync_error: "Couldn't find the job",
      last_access_control_sync_status: 'error',
      last_access_control_sync_error: "Couldn't find the job",
    })
  })

  it('leaves jobs claimed by other hosts alone', () => {
    const { store, connectorIds, start, run } = setup()
    const id = store.createSyncJob({ id: connectorIds[0]! })
    store.claimSyncJob(id, { worker_hostname: 'my-laptop' })
    const claimed = store.getSyncJob(id)
    start()
    run(10 * 60_000)
    expect(store.getSyncJob(id)).toEqual(claimed)
  })

  it('never touches the seed’s stuck jobs, while driving its own and scheduling new ones', () => {
    const now = Date.parse('2026-11-22T15:00:00.000Z')
    let clock = now
    const store = new EmulatorStore({ now: () => clock })
    const seed = generateSeed({ seed: 1, connectors: 12, jobs: 300, now })
    store.loadSeed(structuredClone(seed))
    const worker = startWorker(store, { random: mulberry32(3), tickMs: 3_600_000 })
    workers.push(worker)

    const dead = new Set<string>(DEAD_WORKER_HOSTNAMES)
    const unserved = seed.connectors.find((connector) => now - Date.parse(connector.last_seen ?? '') > 30 * 60_000)!
    const stuck = seed.jobs.filter((job) => dead.has(job.worker_hostname ?? '') || (job.connector.id === unserved.id && ['pending', 'suspended'].includes(job.status)))
    const blockedConnectors = new Set(seed.jobs.filter((job) => dead.has(job.worker_hostname ?? '') && ['in_progress', 'canceling'].includes(job.status)).map((job) => job.connector.id))
    const queuedBehindDeadPods = seed.jobs.filter((job) => job.status === 'pending' && job.job_type !== 'access_control' && blockedConnectors.has(job.connector.id))
    expect(stuck.filter((job) => job.status === 'in_progress' && dead.has(job.worker_hostname!))).toHaveLength(2)
    expect(queuedBehindDeadPods.length).toBeGreaterThanOrEqual(1)

    for (let second = 0; second < 3600; second++) {
      clock += 1000
      worker.tick()
    }
    for (const job of [...stuck, ...queuedBehindDeadPods]) expect(store.getSyncJob(job.id)).toEqual(job)

    // Meanwhile the live part of the seed moved on, and scheduled jobs appeared and ran.
    const seededLive = seed.jobs.filter((job) => live.has(job.worker_hostname ?? '') && ['in_progress', 'canceling'].includes(job.status))
    expect(seededLive.length).toBeGreaterThanOrEqual(2)
    for (const job of seededLive) expect(['completed', 'error', 'canceled']).toContain(store.getSyncJob(job.id).status)
    const seededIds = new Set(seed.jobs.map((job) => job.id))
    const fresh = store.listSyncJobs({ from: 0, size: 1000 }).results.filter((job) => !seededIds.has(job.id))
    expect(fresh.length).toBeGreaterThan(10)
    for (const job of fresh) expect(job.trigger_method).toBe('scheduled')
    expect(fresh.some((job) => job.status === 'completed')).toBe(true)
    // The unserved connector's heartbeat is as old as it was; every served one is fresh.
    expect(store.getConnectorDocument(unserved.id).last_seen).toBe(unserved.last_seen)
    const stale = store
      .listConnectors({ from: 0, size: 100 })
      .results.filter((connector) => connector.id !== unserved.id && clock - Date.parse(connector.last_seen!) > SERVICE_INTERVALS.heartbeatMs + SERVICE_INTERVALS.idlingMs)
    expect(stale).toEqual([])
  })

  it('ticks on an unref’d timer that stop() clears', () => {
    vi.useFakeTimers({ now: START })
    const store = new EmulatorStore()
    store.putConnector('c', { index_name: 'search-c', service_type: 'jira' })
    const id = store.createSyncJob({ id: 'c' })
    const worker = startWorker(store, { random: () => 0.5 })
    workers.push(worker)
    vi.advanceTimersByTime(worker.timing.tickMs)
    expect(store.getSyncJob(id).status).toBe('in_progress')
    worker.stop()
    const stopped = store.getSyncJob(id)
    vi.advanceTimersByTime(120_000)
    expect(store.getSyncJob(id)).toEqual(stopped)
    expect(vi.getTimerCount()).toBe(0)
  })

  it('runs faster only when given a time scale', () => {
    const real = startWorker(new EmulatorStore(), { tickMs: 3_600_000 })
    workers.push(real)
    expect(real.timing).toMatchObject({ idlingMs: 30_000, heartbeatMs: 300_000, jobReportingMs: 10_000, jobCheckMs: 5_000 })
    const fast = startWorker(new EmulatorStore(), { tickMs: 3_600_000, timeScale: 10 })
    workers.push(fast)
    expect(fast.timing).toMatchObject({ idlingMs: 3_000, heartbeatMs: 30_000, jobReportingMs: 1_000, jobCheckMs: 500, tickMs: 100 })
  })
})

// The simulated connector service toward connectors, on an injected clock: the heartbeat every 300 s,
// the status and error its poll writes, and scheduled jobs when a Quartz cron comes due — the seconds
// ignored, the occurrence stamped in `last_*_scheduled_at`, nothing made up for the time before it ran,
// and no check for a job already pending, so a slow connector piles them up.

import { afterEach, describe, expect, it } from 'vitest'
import type { JobType } from '../../../contract/es-connector-types.ts'
import { unreachableMessage } from '../../../server/emulator/seed-vocabulary.ts'
import type { EmulatorStore } from '../../../server/emulator/store.ts'
import { SERVICE_INTERVALS } from '../../../server/emulator/worker-timing.ts'
import { setup, START, stopWorkers } from './support/worker.ts'

afterEach(stopWorkers)

const MINUTE = 60_000

/** What an operator does in Kibana before the service may schedule anything: configure, then schedule. */
function schedule(store: EmulatorStore, id: string, scheduling: Partial<Record<JobType, string>>, features: { incremental?: boolean; dls?: boolean } = {}) {
  store.updateConnectorConfiguration(id, { configuration: {} })
  store.updateConnectorFeatures(id, { incremental_sync: { enabled: features.incremental === true }, document_level_security: { enabled: features.dls === true } })
  const entries = Object.fromEntries(Object.entries(scheduling).map(([jobType, interval]) => [jobType, { enabled: true, interval }]))
  store.updateConnectorScheduling(id, { full: { enabled: false, interval: '0 0 0 * * ?' }, ...entries })
}

const scheduledJobs = (store: EmulatorStore, connectorId: string, jobType?: JobType) =>
  store
    .listSyncJobs({ from: 0, size: 1000, connector_id: connectorId, job_type: jobType ? [jobType] : undefined })
    .results.filter((job) => job.trigger_method === 'scheduled')
    .toReversed()

describe('startWorker: the heartbeat', () => {
  it('checks served connectors in every 300 s, forced only for the first one at start; an unserved one’s last_seen ages', () => {
    const { store, connectorIds, start, run, now } = setup({ connectors: 3 })
    const [first, second, unserved] = connectorIds as [string, string, string]
    store.checkInConnector(first, new Date(now() - 10_000).toISOString())
    store.checkInConnector(second, new Date(now() - 200_000).toISOString())
    store.checkInConnector(unserved, new Date(now() - 2 * 60 * MINUTE).toISOString())
    const before = store.getConnectorDocument(second).last_seen
    start()
    expect(Date.parse(store.getConnectorDocument(first).last_seen!)).toBe(now())
    expect(store.getConnectorDocument(second).last_seen).toBe(before)

    const seen: number[] = []
    let previous = Date.parse(before!)
    for (let i = 0; i < 120; i++) {
      run(SERVICE_INTERVALS.idlingMs)
      const lastSeen = Date.parse(store.getConnectorDocument(second).last_seen!)
      if (lastSeen !== previous) seen.push(lastSeen)
      previous = lastSeen
    }
    // 200 s old at start: checked in at the first poll after it passed 300 s, then every 300–330 s.
    expect(seen[0]! - START).toBeGreaterThan(100_000)
    expect(seen[0]! - START).toBeLessThanOrEqual(100_000 + SERVICE_INTERVALS.idlingMs)
    for (let i = 1; i < seen.length; i++) {
      expect(seen[i]! - seen[i - 1]!).toBeGreaterThan(SERVICE_INTERVALS.heartbeatMs)
      expect(seen[i]! - seen[i - 1]!).toBeLessThanOrEqual(SERVICE_INTERVALS.heartbeatMs + SERVICE_INTERVALS.idlingMs)
    }
    expect(seen.length).toBeGreaterThanOrEqual(10)
    expect(Date.parse(store.getConnectorDocument(unserved).last_seen!)).toBe(START - 2 * 60 * MINUTE)
  })
})

describe('startWorker: the scheduling service', () => {
  it('creates a scheduled job each time the cron comes due, ignoring its seconds, and stamps the occurrence', () => {
    const { store, connectorIds, start, run } = setup({ connectors: 1 })
    const [id] = connectorIds as [string]
    schedule(store, id, { full: '45 */5 * * * ?' })
    start()
    run(21 * MINUTE)
    const jobs = scheduledJobs(store, id)
    // 15:05, 15:10, 15:15 and 15:20, each created at the first poll at or after the minute.
    expect(jobs.map((job) => job.created_at.slice(11, 16))).toEqual(['15:05', '15:10', '15:15', '15:20'])
    for (const job of jobs) {
      const delay = Date.parse(job.created_at) % (5 * MINUTE)
      expect(delay).toBeLessThanOrEqual(SERVICE_INTERVALS.idlingMs)
    }
    expect(store.getConnectorDocument(id)).toMatchObject({ status: 'connected', error: null, last_sync_scheduled_at: '2026-11-22T15:20:00+00:00' })
  })

  it('makes up nothing for the time before it started, and skips an occurrence another instance already took', () => {
    const { store, connectorIds, start, run } = setup({ connectors: 2 })
    const [id, taken] = connectorIds as [string, string]
    // Due at 15:00:00, ten seconds before the service starts.
    schedule(store, id, { full: '0 0 * * * ?' })
    schedule(store, taken, { full: '0 */10 * * * ?' })
    store.writeConnector(taken, { last_sync_scheduled_at: '2026-11-22T15:10:00+00:00' })
    start()
    run(11 * MINUTE)
    expect(scheduledJobs(store, id)).toEqual([])
    expect(scheduledJobs(store, taken)).toEqual([])
    run(10 * MINUTE)
    expect(scheduledJobs(store, taken).map((job) => job.created_at.slice(11, 16))).toEqual(['15:20'])
  })

  it('does not check for a pending job: a connector slower than its schedule piles them up', () => {
    // A full sync of this database runs for about 25 minutes.
    const { store, connectorIds, start, run } = setup({ connectors: 1, serviceType: 'postgresql' })
    const [id] = connectorIds as [string]
    schedule(store, id, { full: '0 */5 * * * ?' })
    start()
    run(26 * MINUTE)
    const jobs = scheduledJobs(store, id)
    expect(jobs.map((job) => job.status)).toEqual(['in_progress', 'pending', 'pending', 'pending', 'pending'])
  })

  it('schedules incremental and access-control syncs only with their features, each with its own field', () => {
    const { store, connectorIds, start, run } = setup({ connectors: 2, serviceType: 'sharepoint_online' })
    const [withFeatures, without] = connectorIds as [string, string]
    const intervals = { incremental: '0 */10 * * * ?', access_control: '0 */15 * * * ?' }
    schedule(store, withFeatures, intervals, { incremental: true, dls: true })
    schedule(store, without, intervals)
    start()
    run(16 * MINUTE)
    expect(scheduledJobs(store, withFeatures).map((job) => `${job.job_type} ${job.created_at.slice(11, 16)}`)).toEqual(['incremental 15:10', 'access_control 15:15'])
    expect(store.getConnectorDocument(withFeatures)).toMatchObject({
      last_incremental_sync_scheduled_at: '2026-11-22T15:10:00+00:00',
      last_access_control_sync_scheduled_at: '2026-11-22T15:15:00+00:00',
    })
    expect(store.getConnectorDocument(withFeatures).last_sync_scheduled_at).toBeUndefined()
    expect(scheduledJobs(store, without)).toEqual([])
  })

  it('schedules nothing for a created or unconfigured connector, and connects a configured one at its poll', () => {
    const { store, connectorIds, start, run } = setup({ connectors: 2 })
    const [created, configured] = connectorIds as [string, string]
    store.updateConnectorScheduling(created, { full: { enabled: true, interval: '0 * * * * ?' } })
    schedule(store, configured, { full: '0 * * * * ?' })
    expect(store.getConnectorDocument(configured).status).toBe('configured')
    start()
    expect(store.getConnectorDocument(configured).status).toBe('connected')
    run(3 * MINUTE)
    expect(store.getConnectorDocument(created).status).toBe('created')
    expect(scheduledJobs(store, created)).toEqual([])
    expect(scheduledJobs(store, configured)).toHaveLength(3)
  })

  it('writes the error of a schedule it cannot read, and connects again once it is fixed', () => {
    const { store, connectorIds, start, run } = setup({ connectors: 1 })
    const [id] = connectorIds as [string]
    // Elasticsearch accepts L; the service's cron reader does not.
    schedule(store, id, { full: '0 0 12 L * ?' })
    start()
    expect(store.getConnectorDocument(id)).toMatchObject({ status: 'error', error: 'Invalid expression: L' })
    store.updateConnectorScheduling(id, { full: { enabled: true, interval: '0 * * * * ?' } })
    run(SERVICE_INTERVALS.idlingMs)
    expect(store.getConnectorDocument(id)).toMatchObject({ status: 'connected', error: null })
  })

  it('misses the occurrences while its source cannot be reached, until someone clears the error', () => {
    const { store, connectorIds, start, run } = setup({ connectors: 1 })
    const [id] = connectorIds as [string]
    schedule(store, id, { full: '0 */5 * * * ?' })
    store.writeConnector(id, { status: 'error', error: unreachableMessage('s3') })
    start()
    run(11 * MINUTE)
    expect(scheduledJobs(store, id)).toEqual([])
    expect(store.getConnectorDocument(id)).toMatchObject({ status: 'error', error: unreachableMessage('s3') })
    store.updateConnectorError(id, null)
    run(5 * MINUTE)
    expect(scheduledJobs(store, id).map((job) => job.created_at.slice(11, 16))).toEqual(['15:15'])
    expect(store.getConnectorDocument(id)).toMatchObject({ status: 'connected', error: null })
  })

  it('validates and activates an edited filtering draft when sync rules are enabled', () => {
    const { store, connectorIds, start } = setup({ connectors: 1 })
    const [id] = connectorIds as [string]
    schedule(store, id, {})
    store.updateConnectorFeatures(id, { sync_rules: { basic: { enabled: true } } })
    store.updateConnectorFiltering(id, { rules: [{ id: 'r1', field: 'title', value: 'x', order: 0, policy: 'exclude', rule: 'contains' }] })
    expect(store.getConnectorDocument(id).filtering[0]!.draft.validation.state).toBe('edited')
    start()
    const filtering = store.getConnectorDocument(id).filtering[0]!
    expect(filtering.draft.validation).toEqual({ state: 'valid', errors: [] })
    expect(filtering.active.rules.map((rule) => rule.id)).toEqual(['r1', 'DEFAULT'])
  })
})

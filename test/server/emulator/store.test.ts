// The store's own API, as the seed and the simulated worker use it: bulk loading, the back-door write
// (absent-not-null), the ordered indexes staying right through every kind of change, the worker's
// queries, timestamps, ids and read-only snapshots.

import { describe, expect, it } from 'vitest'
import { JOB_TYPES, SYNC_STATUSES, type SyncJob, type SyncStatus } from '../../../contract/es-connector-types.ts'
import { mulberry32, pick } from '../../../server/emulator/random.ts'
import { generateSeed } from '../../../server/emulator/seed.ts'
import { EmulatorStore } from '../../../server/emulator/store.ts'
import { EsException } from '../../../server/emulator/errors.ts'
import { thrown } from './support/thrown.ts'

const NOW = Date.UTC(2025, 5, 1, 12)

function seededStore(jobs: number, order: 'desc' | 'asc' = 'desc'): EmulatorStore {
  const store = new EmulatorStore({ order, now: () => NOW })
  store.loadSeed(generateSeed({ seed: 7, connectors: 6, jobs, now: NOW }))
  return store
}

/** The list, computed the slow way: filter everything, sort by created_at. */
function bruteForce(jobs: SyncJob[], filter: { status?: SyncStatus; connector_id?: string; job_type?: string[] }): SyncJob[] {
  return jobs
    .filter((job) => filter.status === undefined || job.status === filter.status)
    .filter((job) => filter.connector_id === undefined || job.connector.id === filter.connector_id)
    .filter((job) => filter.job_type === undefined || filter.job_type.includes(job.job_type))
    .toSorted((a, b) => (a.created_at < b.created_at ? 1 : a.created_at > b.created_at ? -1 : 0))
}

describe('loadSeed and listing', () => {
  it('lists every seeded job once, newest first, with the true count', () => {
    const store = seededStore(500)
    const page = store.listSyncJobs({ from: 0, size: 10_000 })
    expect(page.count).toBe(500)
    expect(new Set(page.results.map((job) => job.id)).size).toBe(500)
    const created = page.results.map((job) => job.created_at)
    expect(created).toEqual(created.toSorted().toReversed())
  })

  it('caps count at 10,000 like track_total_hits, while paging stays exact', () => {
    const store = seededStore(12_000)
    const page = store.listSyncJobs({ from: 9_990, size: 10 })
    expect(page.count).toBe(10_000)
    expect(page.results).toHaveLength(10)
    expect(store.listSyncJobs({ from: 0, size: 1, status: 'pending' }).count).toBeLessThan(10_000)
  })

  it('replaces jobs loaded twice instead of duplicating them', () => {
    const store = seededStore(50)
    const [first] = store.listSyncJobs({ from: 0, size: 1 }).results
    store.loadSeed({ connectors: [], jobs: [{ ...first!, status: 'error', error: 'reloaded' }] })
    expect(store.listSyncJobs({ from: 0, size: 0 }).count).toBe(50)
    expect(store.getSyncJob(first!.id).error).toBe('reloaded')
  })
})

describe('writeSyncJob', () => {
  it('patches fields, removes the ones patched to undefined, and keeps the id', () => {
    const store = seededStore(20)
    const job = store.jobsWithStatus('completed')[0]!
    expect(job.completed_at).toBeDefined()
    store.writeSyncJob(job.id, { status: 'in_progress', completed_at: undefined, worker_hostname: 'pod-9' })
    const written = store.getSyncJob(job.id)
    expect(written).toMatchObject({ id: job.id, status: 'in_progress', worker_hostname: 'pod-9' })
    expect(written).not.toHaveProperty('completed_at')
    expect(JSON.stringify(written)).not.toContain('"completed_at"')
  })

  it('refuses an unknown id with the bare-id 404', () => {
    const error = thrown(() => seededStore(1).writeSyncJob('nope', { status: 'error' }))
    expect([error.status, error.type, error.reason]).toEqual([404, 'resource_not_found_exception', 'nope'])
  })
})

describe('the indexes stay right', () => {
  it('agrees with a brute-force list after random creates, writes, claims, cancels and deletes', () => {
    const random = mulberry32(3)
    let clock = NOW
    const store = new EmulatorStore({ now: () => (clock += 7) })
    const seed = generateSeed({ seed: 11, connectors: 5, jobs: 400, now: NOW })
    store.loadSeed(seed)
    const connectorIds = seed.connectors.filter((c) => c.index_name && c.service_type).map((c) => c.id)
    const all = () => store.listSyncJobs({ from: 0, size: 10_000 }).results

    for (let step = 0; step < 600; step++) {
      const jobs = all()
      const job = pick(random, jobs)
      const roll = random()
      try {
        if (roll < 0.2) store.createSyncJob({ id: pick(random, connectorIds), job_type: pick(random, JOB_TYPES) })
        else if (roll < 0.4) store.writeSyncJob(job.id, { status: pick(random, SYNC_STATUSES) })
        else if (roll < 0.5) store.writeSyncJob(job.id, { created_at: pick(random, jobs).created_at })
        else if (roll < 0.6) store.claimSyncJob(job.id, { worker_hostname: 'w' })
        else if (roll < 0.7) store.cancelSyncJob(job.id)
        else if (roll < 0.8) store.deleteSyncJob(job.id)
        else store.checkInSyncJob(job.id)
      } catch (error) {
        if (!(error instanceof EsException)) throw error
      }
    }

    const jobs = all()
    const filters = [
      {},
      { status: 'pending' as const },
      { status: 'in_progress' as const, job_type: ['full' as const, 'incremental' as const] },
      { connector_id: connectorIds[0] },
      { connector_id: connectorIds[1], status: 'canceled' as const, job_type: ['access_control' as const] },
      { job_type: ['incremental' as const, 'access_control' as const] },
    ]
    for (const filter of filters) {
      const expected = bruteForce(jobs, filter)
      const listed = store.listSyncJobs({ from: 0, size: 10_000, ...filter })
      expect(listed.count).toBe(expected.length)
      expect(new Set(listed.results.map((job) => job.id))).toEqual(new Set(expected.map((job) => job.id)))
      expect(listed.results.map((job) => job.created_at)).toEqual(expected.map((job) => job.created_at))
      const middle = store.listSyncJobs({ from: 3, size: 5, ...filter }).results.map((job) => job.id)
      expect(middle).toEqual(listed.results.slice(3, 8).map((job) => job.id))
    }
  })

  it('pages the asc order as the exact reverse', () => {
    const desc = seededStore(300, 'desc').listSyncJobs({ from: 0, size: 300, job_type: ['full', 'access_control'] }).results
    const asc = seededStore(300, 'asc').listSyncJobs({ from: 0, size: 300, job_type: ['full', 'access_control'] }).results
    expect(asc.map((job) => job.id)).toEqual(desc.map((job) => job.id).toReversed())
  })
})

describe('what the worker asks', () => {
  it('actionableJobs: pending and suspended only, oldest first', () => {
    const store = seededStore(300)
    const jobs = store.listSyncJobs({ from: 0, size: 10_000 }).results
    const [a, b] = jobs.slice(-2)
    store.writeSyncJob(a!.id, { status: 'suspended' })
    store.writeSyncJob(b!.id, { status: 'pending' })
    const actionable = store.actionableJobs()
    expect(actionable.every((job) => job.status === 'pending' || job.status === 'suspended')).toBe(true)
    expect(actionable.map((job) => job.id)).toEqual(expect.arrayContaining([a!.id, b!.id]))
    const waiting = (status: SyncStatus) => store.listSyncJobs({ from: 0, size: 0, status }).count
    expect(actionable).toHaveLength(waiting('pending') + waiting('suspended'))
    const created = actionable.map((job) => job.created_at)
    expect(created).toEqual(created.toSorted())
  })

  it('jobsWithStatus returns exactly that status, oldest first', () => {
    const store = seededStore(300)
    const completed = store.jobsWithStatus('completed')
    expect(completed.length).toBeGreaterThan(0)
    expect(completed.every((job) => job.status === 'completed')).toBe(true)
    expect(completed.map((job) => job.created_at)).toEqual(completed.map((job) => job.created_at).toSorted())
  })
})

describe('timestamps, ids and snapshots', () => {
  it('stamps strictly increasing 6-digit UTC timestamps from the clock, even when it stands still', () => {
    const store = new EmulatorStore({ now: () => NOW })
    store.putConnector('c', { index_name: 'search-c', service_type: 'x' })
    const id = store.createSyncJob({ id: 'c' })
    const created = store.getSyncJob(id).created_at
    expect(created.startsWith(new Date(NOW).toISOString().slice(0, 23))).toBe(true)
    expect(created).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/)
    store.checkInSyncJob(id)
    expect(store.getSyncJob(id).last_seen! > created).toBe(true)
    expect(store.now()).toBe(NOW)
  })

  it('hands out frozen snapshots that later writes do not change', () => {
    const store = seededStore(10)
    const job = store.listSyncJobs({ from: 0, size: 1 }).results[0]!
    expect(Object.isFrozen(job)).toBe(true)
    expect(Object.isFrozen(job.connector)).toBe(true)
    expect(() => {
      ;(job as { status: string }).status = 'error'
    }).toThrow(TypeError)
    store.writeSyncJob(job.id, { status: 'error', error: 'later' })
    expect(job).not.toHaveProperty('error')
    expect(store.getSyncJob(job.id).error).toBe('later')
  })

  it('gives connectors copies, so callers cannot change the stored document', () => {
    const store = new EmulatorStore()
    store.putConnector('c', { index_name: 'search-c' })
    const copy = store.getConnector('c')
    copy.name = 'changed'
    expect(store.getConnector('c').name).toBe('')
  })

  it('validates like the REST actions when called directly', () => {
    const store = seededStore(5)
    expect(thrown(() => store.listSyncJobs({ from: -1, size: 1 })).reason).toBe('Parameter [from] cannot be < 0')
    expect(thrown(() => store.getSyncJob('')).type).toBe('action_request_validation_exception')
    const job = store.listSyncJobs({ from: 0, size: 1 }).results[0]!
    const stats = thrown(() => store.updateSyncJobStats(job.id, { deleted_document_count: -1, indexed_document_count: 0, indexed_document_volume: -1 }))
    expect(stats.reason).toBe('Validation Failed: 1: [deleted_document_count] cannot be negative.;2: [indexed_document_volume] cannot be negative.;')
  })
})

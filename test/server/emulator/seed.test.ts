// The emulator's seed data: deterministic, realistic and internally consistent, with the live and
// stuck jobs the dashboard and the simulated worker rely on.

import { describe, expect, it } from 'vitest'
import { JOB_TYPES, SYNC_STATUSES, TRIGGER_METHODS, type SyncJob } from '../../../contract/es-connector-types.ts'
import { generateSeed } from '../../../server/emulator/seed.ts'
import { DEAD_WORKER_HOSTNAMES, LIVE_WORKER_HOSTNAMES, SERVICE_CONNECTED_WINDOW_MS } from '../../../server/emulator/seed-vocabulary.ts'

const NOW = Date.parse('2026-11-22T15:00:00.000Z')
const seed = generateSeed({ seed: 1, connectors: 12, jobs: 300, now: NOW })
const MINUTE = 60_000
const ms = (value: string | undefined) => Date.parse(value!)
const ageOf = (value: string | undefined) => NOW - ms(value)

const MICROS = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/
const TIMESTAMP_KEYS = ['created_at', 'started_at', 'completed_at', 'last_seen', 'canceled_at', 'cancelation_requested_at'] as const

/** Everything wrong with one job's timestamps, as readable lines (empty when consistent). */
function timestampProblems(job: SyncJob): string[] {
  const problems: string[] = []
  const fail = (what: string) => problems.push(`${job.id} (${job.status}): ${what}`)
  for (const key of TIMESTAMP_KEYS) if (job[key] !== undefined && !MICROS.test(job[key])) fail(`${key} ${job[key]} is not a 6-digit UTC timestamp`)
  if (ms(job.created_at) > NOW) fail('created in the future')
  if (ms(job.last_seen) < ms(job.created_at)) fail('last_seen before created_at')
  if ((job.started_at === undefined) !== (job.worker_hostname === undefined)) fail('started_at and worker_hostname must come together')
  if (job.worker_hostname !== undefined && !/^connectors-[a-z0-9]+-/.test(job.worker_hostname)) fail(`odd hostname ${job.worker_hostname}`)
  if (job.started_at && ms(job.started_at) < ms(job.created_at)) fail('started before created')
  if (job.completed_at && ms(job.completed_at) < ms(job.started_at ?? job.created_at)) fail('completed before started')
  if (job.status === 'canceled' && job.canceled_at !== job.completed_at) fail('canceled_at differs from completed_at')
  if (job.status === 'canceled' && ms(job.canceled_at) < ms(job.cancelation_requested_at)) fail('canceled before the request')
  const terminal = ['completed', 'error', 'canceled'].includes(job.status)
  if (terminal !== (job.completed_at !== undefined)) fail('completed_at must be set exactly on terminal jobs')
  if ((job.error !== undefined) !== (job.status === 'error')) fail('error must be set exactly on failed jobs')
  return problems
}

function nullPaths(value: unknown, path = '$'): string[] {
  if (value === null) return [path]
  if (typeof value !== 'object') return []
  return Object.entries(value).flatMap(([key, child]) => nullPaths(child, `${path}.${key}`))
}

describe('generateSeed', () => {
  it('returns identical data for identical options and different data for another seed', () => {
    expect(generateSeed({ seed: 1, connectors: 12, jobs: 300, now: NOW })).toEqual(seed)
    expect(generateSeed({ seed: 2, connectors: 12, jobs: 300, now: NOW }).jobs[0]!.id).not.toBe(seed.jobs[0]!.id)
  })

  it('creates exactly the requested counts', () => {
    expect(seed.connectors).toHaveLength(12)
    expect(seed.jobs).toHaveLength(300)
    expect(generateSeed({ seed: 1, connectors: 12, jobs: 0, now: NOW }).jobs).toEqual([])
    expect(generateSeed({ seed: 1, connectors: 0, jobs: 50, now: NOW })).toEqual({ connectors: [], jobs: [] })
    expect(generateSeed({ seed: 1, connectors: 2, jobs: 5, now: NOW }).jobs).toHaveLength(5)
  })

  it('covers every status, job type and trigger method', () => {
    expect(new Set(seed.jobs.map((job) => job.status))).toEqual(new Set(SYNC_STATUSES))
    expect(new Set(seed.jobs.map((job) => job.job_type))).toEqual(new Set(JOB_TYPES))
    expect(new Set(seed.jobs.map((job) => job.trigger_method))).toEqual(new Set(TRIGGER_METHODS))
    const completed = seed.jobs.filter((job) => job.status === 'completed').length
    expect(completed / seed.jobs.length).toBeGreaterThan(0.6)
  })

  it('gives connectors unique valid index names, sensitive secrets and one error status', () => {
    const indexNames = seed.connectors.flatMap((connector) => (connector.index_name ? [connector.index_name] : []))
    expect(new Set(indexNames).size).toBe(indexNames.length)
    expect(indexNames.filter((name) => !/^search-[a-z0-9-]+$/.test(name))).toEqual([])
    expect(indexNames.length).toBeGreaterThanOrEqual(10)
    expect(seed.connectors.filter((connector) => connector.status === 'error')).toHaveLength(1)
    const syncable = seed.connectors.filter((connector) => connector.index_name)
    const secrets = syncable.map((connector) => Object.values(connector.configuration).filter((field) => field.sensitive === true))
    expect(secrets.filter((fields) => fields.length === 0)).toEqual([])
    expect(secrets.flat().filter((field) => !/fake|FAKE/.test(String(field.value)))).toEqual([])
    expect(new Set(seed.connectors.map((connector) => connector.filtering[0]!.domain))).toEqual(new Set(['DEFAULT']))
    expect(seed.connectors.some((c) => c.filtering[0]!.active.rules.some((rule) => rule.policy === 'exclude'))).toBe(true)
    expect(seed.connectors.some((c) => JSON.stringify(c.filtering[0]!.active.advanced_snippet.value) !== '{}')).toBe(true)
    expect(seed.connectors.filter((c) => !c.index_name)).toHaveLength(1)
  })

  it('uses 20-character URL-safe ids, unique across jobs', () => {
    for (const job of seed.jobs) expect(job.id).toMatch(/^[A-Za-z0-9_-]{20}$/)
    expect(new Set(seed.jobs.map((job) => job.id)).size).toBe(seed.jobs.length)
  })

  it('writes null only where the connector service writes it (no error, no cursor), never in jobs', () => {
    expect(nullPaths(seed.jobs)).toEqual([])
    const allowed = /^\$\.\d+\.(error|last_sync_error|last_access_control_sync_error|sync_cursor)$/
    expect(nullPaths(seed.connectors).filter((path) => !allowed.test(path))).toEqual([])
  })

  it('sorts jobs by created_at and keeps every timestamp consistent', () => {
    const sorted = seed.jobs.map((job) => job.created_at).sort()
    expect(seed.jobs.map((job) => job.created_at)).toEqual(sorted)
    expect(seed.jobs.flatMap(timestampProblems)).toEqual([])
  })

  it('reports plausible counts: completed totals cover what was indexed', () => {
    const problems = seed.jobs.filter(
      (job) =>
        job.deleted_document_count < 0 ||
        !Number.isInteger(job.indexed_document_volume) ||
        (job.status === 'completed' && job.total_document_count < job.indexed_document_count),
    )
    expect(problems).toEqual([])
    const largest = Math.max(...seed.jobs.map((job) => job.indexed_document_count))
    expect(largest).toBeGreaterThan(10_000)
  })

  it('copies the connector snapshot into each job, with the ACL index prefix for access_control', () => {
    const connectors = new Map(seed.connectors.map((connector) => [connector.id, connector]))
    const filterings = new Map<string, Set<string>>()
    for (const job of seed.jobs) {
      const connector = connectors.get(job.connector.id)!
      expect(job.connector.service_type).toBe(connector.service_type)
      expect(job.connector.configuration).toEqual(connector.configuration)
      expect(job.connector.pipeline).toEqual(connector.pipeline)
      const seen = filterings.get(connector.id) ?? new Set()
      filterings.set(connector.id, seen.add(JSON.stringify(job.connector.filtering)))
      // Only claimed incremental syncs carry a cursor (the claim merges it in).
      const mayHaveCursor = job.job_type === 'incremental' && job.started_at !== undefined
      expect(mayHaveCursor || job.connector.sync_cursor === undefined).toBe(true)
      const expectedIndex = job.job_type === 'access_control' ? `.search-acl-filter-${connector.index_name}` : connector.index_name
      expect(job.connector.index_name).toBe(expectedIndex)
    }
    // Jobs copy the rules active when they were created: the newest job has the connector's, and only
    // the connector whose rules changed has jobs with others.
    const stale = seed.connectors.filter((connector) => {
      const newest = seed.jobs.filter((job) => job.connector.id === connector.id).at(-1)
      return newest !== undefined && JSON.stringify(newest.connector.filtering) !== JSON.stringify(connector.filtering[0]!.active)
    })
    expect(stale).toEqual([])
    expect([...filterings.values()].filter((set) => set.size > 1)).toHaveLength(1)
  })

  it('includes the stuck jobs a dashboard must flag, marked for the worker to leave alone', () => {
    const dead = new Set<string>(DEAD_WORKER_HOSTNAMES)
    const stale = (job: SyncJob) => job.status === 'in_progress' && dead.has(job.worker_hostname!)
    const staleAges = seed.jobs.filter(stale).map((job) => Math.round(ageOf(job.last_seen) / MINUTE))
    expect(staleAges.sort()).toEqual([2, 8])

    const stuckCanceling = seed.jobs.find((job) => job.status === 'canceling' && dead.has(job.worker_hostname!))!
    expect(ageOf(stuckCanceling.cancelation_requested_at)).toBeGreaterThan(2 * MINUTE)

    const unservedIds = new Set(seed.connectors.filter((c) => c.last_seen && ageOf(c.last_seen) > SERVICE_CONNECTED_WINDOW_MS).map((c) => c.id))
    expect(unservedIds.size).toBe(1)
    const suspended = seed.jobs.filter((job) => job.status === 'suspended')
    expect(suspended.length).toBeGreaterThan(0)
    for (const job of suspended) expect(unservedIds.has(job.connector.id)).toBe(true)
    const oldPending = seed.jobs.filter((job) => job.status === 'pending' && ageOf(job.created_at) > 10 * MINUTE)
    expect(oldPending.length).toBeGreaterThanOrEqual(2)
    for (const job of oldPending) {
      const blockedByDeadPod = seed.jobs.some((other) => stale(other) && other.connector.id === job.connector.id)
      expect(unservedIds.has(job.connector.id) || blockedByDeadPod).toBe(true)
    }
  })

  it('keeps the newest jobs active and claimed by the live worker', () => {
    const newest = seed.jobs.slice(-4)
    for (const job of newest) expect(['pending', 'in_progress', 'canceling']).toContain(job.status)
    const live = new Set<string>(LIVE_WORKER_HOSTNAMES)
    const running = seed.jobs.filter((job) => job.status === 'in_progress' && live.has(job.worker_hostname!))
    expect(running.length).toBeGreaterThanOrEqual(2)
    for (const job of running) expect(ageOf(job.last_seen)).toBeLessThan(10_000)
  })
})

// Test data for the connectors overview's pure rules (schedules, health, insights, outcome buckets,
// worker stats): jobs and connectors placed in time around one fixed "now", built on factories.ts so a
// test states only the fields it is about.
import type { Connector, ConnectorSyncInfo, FilteringRules, JobType, SchedulingEntry, SyncJob, SyncStatus } from '../../contract/es-connector-types.ts'
import { connector, syncJob } from './factories.ts'

/** Monday 1 June 2026, noon UTC. */
export const NOW = Date.parse('2026-06-01T12:00:00.000Z')
export const SECOND = 1000
export const MINUTE = 60 * SECOND
export const HOUR = 60 * MINUTE
export const DAY = 24 * HOUR

export const HOURLY = '0 0 * * * ?'
export const EVERY_FIVE_MINUTES = '0 */5 * * * ?'
export const MONDAYS_AT_MIDNIGHT = '0 0 0 ? * MON'

export const iso = (ms: number): string => new Date(ms).toISOString()
/** The ISO time `ms` before NOW. */
export const ago = (ms: number): string => iso(NOW - ms)

/** How long a finished job of these helpers ran, unless a test gives `started_at`. */
export const RUN_MS = 10 * MINUTE

/**
 * A job that ended `endedAgoMs` before NOW after running RUN_MS: `completed_at` set (as the service
 * stamps completed, error and canceled jobs), `canceled_at` too for a canceled one, `error` for a failed
 * one, a worker and a heartbeat at its end.
 */
export function finishedJob(id: string, status: Extract<SyncStatus, 'completed' | 'error' | 'canceled'>, endedAgoMs: number, extra: Partial<SyncJob> = {}): SyncJob {
  const ended = NOW - endedAgoMs
  return syncJob({
    id,
    status,
    created_at: iso(ended - RUN_MS - MINUTE),
    started_at: iso(ended - RUN_MS),
    completed_at: iso(ended),
    last_seen: iso(ended),
    worker_hostname: 'worker-a',
    ...(status === 'canceled' ? { canceled_at: iso(ended) } : {}),
    ...(status === 'error' ? { error: `SyncError: ${id} failed\nTraceback (most recent call last): …` } : {}),
    ...extra,
  })
}

/** A job a worker is running: claimed `startedAgoMs` before NOW, heartbeat 5 s ago. */
export function runningJob(id: string, startedAgoMs: number, extra: Partial<SyncJob> = {}): SyncJob {
  return syncJob({
    id,
    status: 'in_progress',
    created_at: iso(NOW - startedAgoMs - MINUTE),
    started_at: iso(NOW - startedAgoMs),
    last_seen: iso(NOW - 5 * SECOND),
    worker_hostname: 'worker-a',
    ...extra,
  })
}

/** A pending job created `createdAgoMs` before NOW. */
export function pendingJob(id: string, createdAgoMs: number, extra: Partial<SyncJob> = {}): SyncJob {
  return syncJob({ id, status: 'pending', created_at: iso(NOW - createdAgoMs), ...extra })
}

/** A scheduled job of `jobType` created by the service at a cron tick (`createdAt`, epoch ms). */
export function scheduledJob(id: string, jobType: JobType, createdAt: number, extra: Partial<SyncJob> = {}): SyncJob {
  return syncJob({ id, job_type: jobType, trigger_method: 'scheduled', created_at: iso(createdAt + 5 * SECOND), ...extra })
}

const DISABLED: SchedulingEntry = { enabled: false, interval: '0 0 0 * * ?' }

/** A connector with the last-sync fields the connector service writes. */
export type FleetConnector = Connector & ConnectorSyncInfo
export type FleetConnectorOverrides = Partial<Connector> & ConnectorSyncInfo

/**
 * A connected connector whose service checked in a minute before NOW, with the given schedules
 * enabled and the others disabled, and incremental sync and document level security turned on.
 * Overrides replace whole fields.
 */
export function fleetConnector(overrides: FleetConnectorOverrides = {}, schedules: Partial<Record<JobType, string>> = {}): FleetConnector {
  const entry = (type: JobType): SchedulingEntry => (schedules[type] === undefined ? DISABLED : { enabled: true, interval: schedules[type] })
  const base = connector({
    id: overrides.id ?? 'connector-1',
    last_seen: ago(MINUTE),
    scheduling: { full: entry('full'), incremental: entry('incremental'), access_control: entry('access_control') },
    features: { incremental_sync: { enabled: true }, document_level_security: { enabled: true } },
  })
  return { ...base, ...overrides }
}

/** Active sync rules as a job snapshot holds them: the default rule plus `rules` ("policy field rule value"). */
export function filteringRules(...rules: [policy: 'include' | 'exclude', field: string, rule: string, value: string][]): FilteringRules {
  const at = '2026-01-01T00:00:00.000Z'
  return {
    advanced_snippet: { created_at: at, updated_at: at, value: {} },
    rules: [
      ...rules.map(([policy, field, rule, value], index) => ({ created_at: at, updated_at: at, id: `rule-${index + 1}`, order: index, policy, field, rule, value })),
      { created_at: at, updated_at: at, id: 'DEFAULT', order: rules.length, policy: 'include' as const, field: '_', rule: 'regex', value: '.*' },
    ],
    validation: { errors: [], state: 'valid' },
  }
}

/** The placeholder the dashboard server puts in place of a sensitive value. */
export const redacted = (fingerprint: string) => ({ syncboard_redacted: true as const, fingerprint })

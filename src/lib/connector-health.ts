// A connector's health for the connectors overview — "which connectors are unhealthy, since when, and
// what failed overnight?" — from its connector document, its jobs in the newest-first jobs window and
// the caller's `now`. Exactly one state, the first that applies:
//   Service down  its connector service has not checked in (`last_seen`) for over 15 minutes — three
//                 of the service's 300 s heartbeats (elastic/connectors `config.py` `service.heartbeat`,
//                 `services/job_scheduling.py` `heartbeat`) — or never has;
//   Failing       the newest finished sync of a family (content: full + incremental; access control)
//                 failed; the streak counts the failures since its last success;
//   Late          an enabled schedule's tick passed more than 5 minutes ago with no job created since
//                 (the service polls every 30 s and creates the job at the first poll after the tick,
//                 writing `last_<type>_scheduled_at` = the tick), or there has been no successful sync
//                 of that family for two of its schedule's intervals;
//   Never synced  no sync has ever completed;
//   Healthy.
// Canceled syncs are an operator's choice, not an outcome of the connector: they neither fail nor
// succeed here (they still show in the outcome strip). When the window holds none of a family's
// finished syncs (it is bounded, newest first), the connector document's `last_sync_*` fields stand in
// — `last_synced` is stamped at the end of every sync of either family, so times read from it are
// approximate — and the result says so. Elasticsearch keeps no time of a schedule change, so a schedule
// enabled after its latest tick looks late until its next one. Service behaviour: elastic/connectors
// `services/job_scheduling.py` (polls, `_try_schedule_sync`), `protocol/connectors.py` (`sync_done`
// writes `last_synced` and the family's `last_*_status`), `services/job_execution.py`.
import type { ConnectorDocument, JobType, SyncJobRow, SyncStatus } from '../../contract/es-connector-types.ts'
import { formatAge } from './format.ts'
import { intervalMs, nextRun, previousTick, readCron } from './schedules.ts'
import { parseTimestamp } from './time.ts'
import { compareCodeUnits, compareNames } from './compare.ts'

/** The connector service's heartbeat (`service.heartbeat`). */
export const SERVICE_HEARTBEAT_MS = 300_000
/** Three missed heartbeats: the service is down (Kibana waits 30 min; we say so sooner). */
export const SERVICE_DOWN_AFTER_MS = 3 * SERVICE_HEARTBEAT_MS
/** How long after a tick its job may take to appear (polls are 30 s apart; slow clusters lag). */
export const MISSED_TICK_GRACE_MS = 5 * 60_000
/** A job created up to this long before a tick still counts for it (the service's clock may run ahead of the cluster's). */
export const CLOCK_SKEW_TOLERANCE_MS = 10_000
/** No success for this many schedule intervals: late. */
export const LATE_AFTER_INTERVALS = 2
/** How many outcomes the strip shows. */
export const OUTCOME_STRIP_LENGTH = 20

export type HealthState = 'Service down' | 'Failing' | 'Late' | 'Never synced' | 'Healthy'
/** Worst first: the order the overview sorts by (then by name). */
export const HEALTH_STATES: readonly HealthState[] = ['Service down', 'Failing', 'Late', 'Never synced', 'Healthy']

/** Content syncs (full and incremental) and access-control syncs run and are reported apart. */
export type JobFamily = 'content' | 'access_control'
export const JOB_FAMILIES: readonly JobFamily[] = ['content', 'access_control']
export const familyOf = (jobType: JobType): JobFamily => (jobType === 'access_control' ? 'access_control' : 'content')
const FAMILY_WORDS: Record<JobFamily, string> = { content: 'content', access_control: 'access control' }

/** The connector fields health reads; both `Connector` and `ConnectorDocument` fit. */
export type HealthConnector = Pick<
  ConnectorDocument,
  | 'id'
  | 'name'
  | 'status'
  | 'error'
  | 'last_seen'
  | 'last_sync_status'
  | 'last_sync_error'
  | 'last_synced'
  | 'last_access_control_sync_status'
  | 'last_access_control_sync_error'
  | 'last_sync_scheduled_at'
  | 'last_incremental_sync_scheduled_at'
  | 'last_access_control_sync_scheduled_at'
  | 'scheduling'
> & { features?: unknown }

/** The job fields health reads: a list row fits. */
export type HealthJob = Pick<
  SyncJobRow,
  'id' | 'status' | 'job_type' | 'trigger_method' | 'created_at' | 'started_at' | 'completed_at' | 'canceled_at' | 'last_seen' | 'error' | 'indexed_document_count'
> & { connector: { id: string } }

export type OutcomeStatus = Extract<SyncStatus, 'completed' | 'error' | 'canceled'>

export interface Outcome {
  status: OutcomeStatus
  /** When it ended (epoch ms); from the connector document, approximate. */
  at: number | undefined
  /** Absent when read from the connector document. */
  jobId?: string
  jobType?: JobType
  family: JobFamily
  /** The first line of its error. */
  errorLine?: string
  source: 'jobs' | 'connector document'
}

export interface StripEntry {
  jobId: string
  status: OutcomeStatus
  jobType: JobType
  at: number | undefined
  indexedDocuments: number
}

export interface FailureStreak {
  family: JobFamily
  /** Failed syncs of the family since its last success. */
  count: number
  /** True when the streak may go on beyond what was read (the window ended, or the document only knows the last). */
  countIsLowerBound: boolean
  /** When the first failure of the streak ended. */
  since: number | undefined
  /** Oldest → newest; empty when read from the connector document. */
  jobIds: string[]
  lastErrorLine?: string
  source: 'jobs' | 'connector document'
}

export interface ScheduleCheck {
  jobType: JobType
  cron: string
  /** Why the service does not run this enabled schedule (a feature it needs is off). */
  ignored?: string
  /** A malformed or unsupported cron, in words. */
  error?: string
  /** Where the connector service reads the cron differently (schedules.ts). */
  caveats: string[]
  nextRun?: number
  /** A tick more than MISSED_TICK_GRACE_MS ago for which no job was created. */
  missedTick?: number
  /** Last success + LATE_AFTER_INTERVALS intervals, when that has passed. */
  overdueSince?: number
  /** The earlier of the two. */
  lateSince?: number
}

export type Activity =
  | { label: 'Syncing'; jobId: string; jobType: JobType; status: SyncStatus; since: number | undefined; queued: number }
  | { label: 'Queued'; jobId: string; jobType: JobType; status: SyncStatus; since: number | undefined; queued: number }
  | { label: 'Idle'; queued: 0 }

export interface ConnectorHealth {
  connectorId: string
  /** The connector's name, or its id when it has none. */
  name: string
  state: HealthState
  /** Index in HEALTH_STATES: 0 is the worst. */
  severity: number
  /** Since when the state holds, when known. */
  since: number | undefined
  /** The state in a sentence. */
  reason: string
  /** The failing family's streak (the older one when both fail). */
  streak: FailureStreak | undefined
  streaks: Partial<Record<JobFamily, FailureStreak>>
  /** Enabled schedules. */
  schedules: ScheduleCheck[]
  activity: Activity
  /** When the newest successful content sync ended: the data is fresh as of then. */
  freshAsOf: number | undefined
  lastOutcome: Outcome | undefined
  /** The newest finished sync of each family (content, access control), where it has one. */
  lastOutcomes: Partial<Record<JobFamily, Outcome>>
  /** The newest OUTCOME_STRIP_LENGTH finished syncs, oldest → newest. */
  recentOutcomes: StripEntry[]
  /** Families whose outcome came from the connector document because the window holds none of their syncs. */
  fromConnectorDocument: JobFamily[]
  /** What the reader should know: fallbacks, schedule problems, the connector's own error. */
  notes: string[]
}

export interface HealthOptions {
  /** The jobs window stopped before the connector's oldest job (RESULT_WINDOW reached). */
  capped?: boolean
}

/** When a job stopped: completed_at, else canceled_at, else its last heartbeat (`_error` stamps nothing), else its creation. */
export function endedAt(job: Pick<HealthJob, 'completed_at' | 'canceled_at' | 'last_seen' | 'created_at'>): number | undefined {
  return parseTimestamp(job.completed_at) ?? parseTimestamp(job.canceled_at) ?? parseTimestamp(job.last_seen) ?? parseTimestamp(job.created_at)
}

/** The first non-empty line of an error message, trimmed. */
export function firstLine(text: string | null | undefined): string | undefined {
  const line = text
    ?.split('\n')
    .map((part) => part.trim())
    .find((part) => part !== '')
  return line === undefined || line === '' ? undefined : line
}

const isOutcome = (status: SyncStatus): status is OutcomeStatus => status === 'completed' || status === 'error' || status === 'canceled'

/** Finished jobs, oldest end first (ties by creation, then id). */
export function byEnd<T extends HealthJob>(jobs: readonly T[]): T[] {
  const key = (job: T) => endedAt(job) ?? 0
  return jobs
    .filter((job) => isOutcome(job.status))
    .sort((a, b) => key(a) - key(b) || (parseTimestamp(a.created_at) ?? 0) - (parseTimestamp(b.created_at) ?? 0) || compareCodeUnits(a.id, b.id))
}

/**
 * The family's failures since its last success, from the jobs (one connector's, any order): undefined
 * unless the newest completed-or-failed sync failed. Canceled syncs are skipped.
 */
export function failureStreak<T extends HealthJob>(jobs: readonly T[], family: JobFamily, capped = false): FailureStreak | undefined {
  const results = byEnd(jobs).filter((job) => familyOf(job.job_type) === family && job.status !== 'canceled')
  const failures: T[] = []
  for (let index = results.length - 1; index >= 0 && results[index]!.status === 'error'; index--) failures.unshift(results[index]!)
  const first = failures[0]
  if (!first) return undefined
  return {
    family,
    count: failures.length,
    countIsLowerBound: capped && failures.length === results.length,
    since: endedAt(first),
    jobIds: failures.map((job) => job.id),
    lastErrorLine: firstLine(failures.at(-1)!.error),
    source: 'jobs',
  }
}

function documentOutcome(connector: HealthConnector, family: JobFamily): Outcome | undefined {
  const status = family === 'content' ? connector.last_sync_status : connector.last_access_control_sync_status
  if (!status || !isOutcome(status)) return undefined
  const error = family === 'content' ? connector.last_sync_error : connector.last_access_control_sync_error
  return {
    status,
    at: parseTimestamp(connector.last_synced ?? undefined),
    family,
    ...(status === 'error' && firstLine(error) ? { errorLine: firstLine(error) } : {}),
    source: 'connector document',
  }
}

function jobOutcome(job: HealthJob): Outcome {
  const status = job.status as OutcomeStatus
  const errorLine = status === 'error' ? firstLine(job.error) : undefined
  return {
    status,
    at: endedAt(job),
    jobId: job.id,
    jobType: job.job_type,
    family: familyOf(job.job_type),
    ...(errorLine ? { errorLine } : {}),
    source: 'jobs',
  }
}

/** Reads `features.<name>.enabled` of either connector shape. */
function featureEnabled(features: unknown, name: 'incremental_sync' | 'document_level_security'): boolean {
  if (!features || typeof features !== 'object') return false
  const feature: unknown = (features as Record<string, unknown>)[name]
  return Boolean(feature && typeof feature === 'object' && (feature as Record<string, unknown>).enabled === true)
}

const SCHEDULED_AT_FIELD = {
  full: 'last_sync_scheduled_at',
  incremental: 'last_incremental_sync_scheduled_at',
  access_control: 'last_access_control_sync_scheduled_at',
} as const satisfies Record<JobType, keyof HealthConnector>

/** Statuses in which the service schedules nothing (job_scheduling.py stops before `_try_schedule_sync`), in words. */
const UNSCHEDULED_STATUSES: Partial<Record<string, string>> = {
  created: 'has not been configured',
  needs_configuration: 'needs configuration',
  error: 'reports an error',
}

/**
 * One enabled schedule, checked at `now`: its next tick, a tick it missed, and whether its family has
 * gone LATE_AFTER_INTERVALS intervals without a success (`lastSuccess`).
 */
export function checkSchedule(
  connector: HealthConnector,
  jobType: JobType,
  jobs: readonly HealthJob[],
  lastSuccess: number | undefined,
  now: number,
): ScheduleCheck {
  const cron = connector.scheduling[jobType].interval
  const reading = readCron(cron)
  if (!reading.ok) return { jobType, cron, error: reading.error, caveats: [] }
  // Its words are read where they are shown (cronInWords): the overview's cards do not show them, and
  // cronstrue's first use is a third of a cold health computation.
  const check: ScheduleCheck = { jobType, cron, caveats: reading.value.caveats }
  if (jobType === 'incremental' && !featureEnabled(connector.features, 'incremental_sync')) {
    return { ...check, ignored: 'Incremental sync is not turned on in the connector’s features, so the service does not schedule it.' }
  }
  if (jobType === 'access_control' && !featureEnabled(connector.features, 'document_level_security')) {
    return { ...check, ignored: 'Document level security is off, so the service does not schedule access control syncs.' }
  }
  const next = nextRun(cron, now)
  if (next.ok && next.value !== undefined) check.nextRun = next.value

  const tick = previousTick(cron, now - MISSED_TICK_GRACE_MS - 1)
  if (tick.ok && tick.value !== undefined) {
    const scheduledAt = parseTimestamp(connector[SCHEDULED_AT_FIELD[jobType]] ?? undefined)
    const created = jobs.some(
      (job) => job.job_type === jobType && job.trigger_method === 'scheduled' && (parseTimestamp(job.created_at) ?? -Infinity) >= tick.value! - CLOCK_SKEW_TOLERANCE_MS,
    )
    if (!created && !(scheduledAt !== undefined && scheduledAt >= tick.value)) check.missedTick = tick.value
  }
  if (lastSuccess !== undefined) {
    const interval = intervalMs(cron, lastSuccess)
    if (interval.ok && interval.value !== undefined) {
      const deadline = lastSuccess + LATE_AFTER_INTERVALS * interval.value
      if (now > deadline) check.overdueSince = deadline
    }
  }
  const late = [check.missedTick, check.overdueSince].filter((at): at is number => at !== undefined)
  if (late.length > 0) check.lateSince = Math.min(...late)
  return check
}

function activityOf(jobs: readonly HealthJob[]): Activity {
  const running = jobs.filter((job) => job.status === 'in_progress' || job.status === 'canceling')
  const waiting = jobs
    .filter((job) => job.status === 'pending' || job.status === 'suspended')
    .sort((a, b) => (parseTimestamp(a.created_at) ?? 0) - (parseTimestamp(b.created_at) ?? 0))
  const newestRun = running.sort((a, b) => (parseTimestamp(b.started_at) ?? 0) - (parseTimestamp(a.started_at) ?? 0))[0]
  if (newestRun) {
    return { label: 'Syncing', jobId: newestRun.id, jobType: newestRun.job_type, status: newestRun.status, since: parseTimestamp(newestRun.started_at), queued: waiting.length }
  }
  const oldestWaiting = waiting[0]
  if (oldestWaiting) {
    return { label: 'Queued', jobId: oldestWaiting.id, jobType: oldestWaiting.job_type, status: oldestWaiting.status, since: parseTimestamp(oldestWaiting.created_at), queued: waiting.length }
  }
  return { label: 'Idle', queued: 0 }
}

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`

function streakSentence(streak: FailureStreak): string {
  const count = `${streak.count}${streak.countIsLowerBound ? ' or more' : ''}`
  const what = `${FAMILY_WORDS[streak.family]} sync${streak.count === 1 && !streak.countIsLowerBound ? '' : 's'}`
  const head = streak.count === 1 && !streak.countIsLowerBound ? `The last ${what} failed` : `The last ${count} ${what} failed in a row`
  return streak.lastErrorLine ? `${head}: ${streak.lastErrorLine}` : `${head}.`
}

/** The health of one connector; `jobs` may hold other connectors' jobs too (they are ignored). */
export function connectorHealth(connector: HealthConnector, jobs: readonly HealthJob[], now: number, options: HealthOptions = {}): ConnectorHealth {
  const own = jobs.filter((job) => job.connector.id === connector.id)
  const capped = options.capped ?? false
  const notes: string[] = []
  const finished = byEnd(own)

  // Per family: its outcomes from the jobs, or from the connector document when the window has none.
  const fromConnectorDocument: JobFamily[] = []
  const streaks: Partial<Record<JobFamily, FailureStreak>> = {}
  const lastSuccess: Partial<Record<JobFamily, number>> = {}
  const familyOutcome: Partial<Record<JobFamily, Outcome>> = {}
  for (const family of JOB_FAMILIES) {
    const ofFamily = finished.filter((job) => familyOf(job.job_type) === family)
    const newest = ofFamily.at(-1)
    if (newest) {
      familyOutcome[family] = jobOutcome(newest)
      const streak = failureStreak(ofFamily, family, capped)
      if (streak) streaks[family] = streak
      const success = ofFamily.filter((job) => job.status === 'completed').at(-1)
      if (success) lastSuccess[family] = endedAt(success)
      continue
    }
    const fallback = documentOutcome(connector, family)
    if (!fallback) continue
    fromConnectorDocument.push(family)
    familyOutcome[family] = fallback
    notes.push(
      `The jobs window holds none of this connector’s finished ${FAMILY_WORDS[family]} syncs: its last outcome (${fallback.status}) comes from the connector document, and its time is approximate.`,
    )
    if (fallback.status === 'error') {
      streaks[family] = {
        family,
        count: 1,
        countIsLowerBound: true,
        since: fallback.at,
        jobIds: [],
        ...(fallback.errorLine ? { lastErrorLine: fallback.errorLine } : {}),
        source: 'connector document',
      }
    }
    if (fallback.status === 'completed') lastSuccess[family] = fallback.at
  }

  const schedules = (['full', 'incremental', 'access_control'] as const)
    .filter((jobType) => connector.scheduling[jobType]?.enabled)
    .map((jobType) => checkSchedule(connector, jobType, own, lastSuccess[familyOf(jobType)], now))
  for (const schedule of schedules) {
    if (schedule.error) notes.push(`The ${schedule.jobType.replace('_', ' ')} schedule cannot be read: ${schedule.error}`)
    if (schedule.ignored) notes.push(schedule.ignored)
  }
  const connectorError = firstLine(connector.error)
  if (connectorError) notes.push(`The connector reports an error: ${connectorError}`)

  const outcomes = Object.values(familyOutcome)
  const lastOutcome = outcomes.sort((a, b) => (a.at ?? 0) - (b.at ?? 0)).at(-1)
  const recentOutcomes = finished.slice(-OUTCOME_STRIP_LENGTH).map((job) => ({
    jobId: job.id,
    status: job.status as OutcomeStatus,
    jobType: job.job_type,
    at: endedAt(job),
    indexedDocuments: job.indexed_document_count,
  }))
  const base = {
    connectorId: connector.id,
    name: connector.name || connector.id,
    streaks,
    schedules,
    activity: activityOf(own),
    freshAsOf: lastSuccess.content,
    lastOutcome,
    lastOutcomes: familyOutcome,
    recentOutcomes,
    fromConnectorDocument,
    notes,
  }
  const failing = Object.values(streaks).sort((a, b) => (a.since ?? 0) - (b.since ?? 0))
  const result = (state: HealthState, since: number | undefined, reason: string): ConnectorHealth => ({
    ...base,
    state,
    severity: HEALTH_STATES.indexOf(state),
    since,
    reason,
    streak: failing[0],
  })

  const lastSeen = parseTimestamp(connector.last_seen)
  if (lastSeen === undefined) return result('Service down', undefined, 'No connector service has ever checked in for this connector.')
  if (now - lastSeen > SERVICE_DOWN_AFTER_MS) {
    return result(
      'Service down',
      lastSeen + SERVICE_DOWN_AFTER_MS,
      `Its connector service has not checked in for ${formatAge(now - lastSeen)}; it checks in every ${formatAge(SERVICE_HEARTBEAT_MS)}.`,
    )
  }

  const [oldestFailing] = failing
  if (oldestFailing) return result('Failing', oldestFailing.since, failing.map(streakSentence).join(' '))

  const late = schedules.filter((schedule) => schedule.lateSince !== undefined).sort((a, b) => a.lateSince! - b.lateSince!)
  const [firstLate] = late
  if (firstLate) return result('Late', firstLate.lateSince, lateSentence(firstLate, connector, now))

  const everSucceeded = lastSuccess.content !== undefined || lastSuccess.access_control !== undefined
  if (!everSucceeded) {
    const unknown = capped && Boolean(connector.last_synced) && finished.every((job) => job.status !== 'completed')
    if (!unknown) {
      const doing = base.activity.label === 'Syncing' ? ' A sync is running.' : base.activity.label === 'Queued' ? ' A sync is waiting for a worker.' : ''
      return result('Never synced', undefined, `No sync of this connector has completed yet.${doing}`)
    }
    notes.push('Its last success is older than the jobs window, and the connector document does not say when it was.')
  }

  const lastFailure = finished.filter((job) => job.status === 'error').at(-1)
  const recovered = lastFailure ? finished.find((job) => job.status === 'completed' && (endedAt(job) ?? 0) > (endedAt(lastFailure) ?? 0)) : undefined
  return result('Healthy', recovered ? endedAt(recovered) : undefined, 'Its syncs succeed and run on schedule.')
}

function lateSentence(schedule: ScheduleCheck, connector: HealthConnector, now: number): string {
  const what = schedule.jobType.replace('_', ' ')
  const parts: string[] = []
  if (schedule.missedTick !== undefined) {
    parts.push(`No ${what} sync was created for the tick ${formatAge(now - schedule.missedTick)} ago`)
    const blocked = UNSCHEDULED_STATUSES[connector.status]
    if (blocked) parts.push(`the service schedules nothing while the connector ${blocked}`)
  }
  if (schedule.overdueSince !== undefined) {
    parts.push(`no ${FAMILY_WORDS[familyOf(schedule.jobType)]} sync has succeeded for ${plural(LATE_AFTER_INTERVALS, 'interval')} of its ${what} schedule`)
  }
  const sentence = parts.join('; ')
  return `${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}.`
}

/**
 * Reads every enabled schedule of these connectors ahead of their health: croner's first reads are
 * the costliest part of a first health computation (10 of 20 ms for the emulator's 15 crons, cold, in
 * Node). Called when the connectors arrive, it does that work while the jobs window is still on its
 * way, in a task of its own; schedules.ts keeps what it read.
 */
export function readSchedules(connectors: readonly Pick<HealthConnector, 'scheduling'>[]): void {
  for (const connector of connectors) {
    for (const jobType of ['full', 'incremental', 'access_control'] as const) {
      const schedule = connector.scheduling[jobType]
      if (schedule?.enabled) readCron(schedule.interval)
    }
  }
}

/** Worst first, then by name, then by id. */
export function compareHealth(a: ConnectorHealth, b: ConnectorHealth): number {
  return a.severity - b.severity || compareNames(a.name, b.name) || compareCodeUnits(a.connectorId, b.connectorId)
}

/** Every connector's health from one jobs window, sorted by compareHealth. */
export function fleetHealth(connectors: readonly HealthConnector[], jobs: readonly HealthJob[], now: number, options: HealthOptions = {}): ConnectorHealth[] {
  const byConnector = new Map<string, HealthJob[]>()
  for (const job of jobs) {
    const list = byConnector.get(job.connector.id)
    if (list) list.push(job)
    else byConnector.set(job.connector.id, [job])
  }
  return connectors.map((connector) => connectorHealth(connector, byConnector.get(connector.id) ?? [], now, options)).sort(compareHealth)
}

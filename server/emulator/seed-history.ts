// The seed's sync-job history, consistent with each connector's schedules: every occurrence of an
// enabled schedule (as the connector service reads it, service-cron.ts) becomes a `scheduled` job created
// within a poll (30 s) of it, a few `on_demand` jobs fall in between, and each connector runs one sync
// of a family at a time — a job waits for the previous one to end, then for the next poll. The history
// reaches back exactly as far as the requested number of jobs takes it (the newest occurrences of the
// whole fleet win), and runs up to `now`: a sync still running then is in progress on a live pod, one
// not yet picked up is pending. Connectors with a live or stuck special job (seed-stuck.ts) stop their
// family's history before it; later occurrences wait behind it as pending jobs.

import type { JobType, SyncJob, SyncJobConnector, SyncStatus, TriggerMethod } from '../../contract/es-connector-types.ts'
import { formatMicros } from './es-time.ts'
import { mulberry32, pick, randomBetween, randomDocumentId, type Random } from './random.ts'
import type { FleetMember } from './seed-fleet.ts'
import {
  COMMON_ERRORS,
  completedSyncCounts,
  DEAD_WORKER_HOSTNAMES,
  FLAKY_WORKER_HOSTNAME,
  hostFailureRate,
  IDLE_JOB_ERROR,
  LIVE_WORKER_HOSTNAMES,
  syncCursorAfter,
  type SyncCounts,
} from './seed-vocabulary.ts'
import { serviceRunsBetween } from './service-cron.ts'
import { syncDurationMs } from './worker-timing.ts'

export const SECOND = 1000
export const MINUTE = 60 * SECOND
export const HOUR = 60 * MINUTE
export const DAY = 24 * HOUR

/** One job to be: a schedule's occurrence or an operator's click. */
export interface Slot {
  member: FleetMember
  /** The cron occurrence (scheduled) or the click (on demand), epoch ms. */
  at: number
  jobType: JobType
  trigger: TriggerMethod
}

export interface Timed {
  at: number
  job: SyncJob
  /** When it started and when `sync_done` ran for it (NaN: not yet), so nobody re-reads the stamps. */
  startedMs: number
  endedMs: number
}

/** When a connector's story bends: computed from its slots before its history is written. */
export interface Bounds {
  /** No slot after this (the service is gone, the source unreachable). */
  until: number
  /** No slot before this (the connector was set up recently). */
  since: number
}

/** The scheduling service's poll (`service.idling`): a scheduled job is created within it. */
const POLL_MS = 30 * SECOND
const ON_DEMAND_PER_DAY = 0.3
const ON_DEMAND_ONLY_PER_DAY = 2

/** The occurrences and clicks of one connector in [from, to]. */
export function slotsOf(member: FleetMember, from: number, to: number, bounds: Bounds, seed: number): Slot[] {
  const start = Math.max(from, bounds.since)
  const end = Math.min(to, bounds.until)
  if (start > end || member.role === 'never-synced') return []
  const slots: Slot[] = []
  // An occurrence of the last poll interval before `now` was still to be created by the service the
  // worker replaces, and is lost with it (the service does not make up missed occurrences); one exactly
  // at `now` is the worker's first.
  const lastTick = Math.min(end, to - POLL_MS)
  for (const [jobType, schedule] of Object.entries(member.schedules) as [JobType, NonNullable<FleetMember['schedules'][JobType]>][]) {
    for (const at of serviceRunsBetween(schedule, start, lastTick)) slots.push({ member, at, jobType, trigger: 'scheduled' })
  }
  // Clicks walk back from `end` with exponential gaps, from a generator of their own, so that a longer
  // window only adds older clicks.
  const random = mulberry32((seed * 7919 + member.index * 104_729) >>> 0)
  const perDay = member.role === 'on-demand' ? ON_DEMAND_ONLY_PER_DAY : ON_DEMAND_PER_DAY
  for (let at = end - (-Math.log(1 - random()) / perDay) * DAY; at >= start; at -= (-Math.log(1 - random()) / perDay) * DAY) {
    const jobType: JobType = random() < 0.85 || !member.spec.incremental ? 'full' : 'incremental'
    slots.push({ member, at, jobType, trigger: 'on_demand' })
  }
  return slots
}

/** The newest `count` slots of the fleet: the window grows until it holds enough. */
export function newestSlots(members: readonly FleetMember[], boundsOf: (member: FleetMember) => Bounds, count: number, now: number, seed: number): Slot[] {
  if (count <= 0) return []
  let days = 1
  let slots: Slot[] = []
  for (;;) {
    slots = members.flatMap((member) => slotsOf(member, now - days * DAY, now, boundsOf(member), seed))
    if (slots.length >= count || days > 200 * 366) break
    days = slots.length === 0 ? days * 4 : Math.max(days * 1.3, (days * count * 1.15) / slots.length)
  }
  slots.sort((a, b) => b.at - a.at)
  return slots.slice(0, count)
}

export interface HistoryContext {
  random: Random
  stamp: (ms: number) => string
  now: number
}

/** A connector's simulated run: its jobs and what the connector document keeps of them. */
export interface ConnectorHistory {
  jobs: Timed[]
  /** The cursor the newest completed content sync left (null for sources without cursors). */
  cursor: Record<string, unknown> | null | undefined
  /** The occurrence each job type last fired at. */
  scheduledAt: Partial<Record<JobType, number>>
}

export interface ConnectorPlan {
  member: FleetMember
  slots: Slot[]
  /** Snapshots the jobs copy: before and (config-change) after the rules changed. */
  snapshot: SyncJobConnector
  changedSnapshot?: SyncJobConnector
  accessControlSnapshot: SyncJobConnector
  /** Per family: the first special job's creation; later slots only queue. */
  horizon: { content: number; access_control: number }
  /** The host that runs this connector's syncs when it has its own service (the unserved one). */
  ownHost?: string
  failure?: { since: number; message: string }
  configChangeAt?: number
  /** The config-change connector's last content sync before the change: it completes (no pod failure, no cancel). */
  lastBeforeChange?: Slot
  stallFrom?: number
  massDeletionJob?: Slot
}

/** A new job as Elasticsearch creates it (zero counts, `last_seen` at creation), in the given status. */
export function baseJob(
  context: Pick<HistoryContext, 'random' | 'stamp'>,
  jobType: JobType,
  trigger: TriggerMethod,
  createdAt: number,
  snapshot: SyncJobConnector,
  status: SyncStatus = 'pending',
): SyncJob {
  const created = context.stamp(createdAt)
  return {
    id: randomDocumentId(context.random),
    connector: snapshot,
    created_at: created,
    deleted_document_count: 0,
    indexed_document_count: 0,
    indexed_document_volume: 0,
    job_type: jobType,
    last_seen: created,
    metadata: {},
    status: status,
    total_document_count: 0,
    trigger_method: trigger,
  }
}

export function setCounts(job: SyncJob, counts: SyncCounts, fraction = 1): void {
  job.indexed_document_count = Math.round(counts.indexed * fraction)
  job.deleted_document_count = Math.round(counts.deleted * fraction)
  job.indexed_document_volume = Math.round(counts.volume * fraction)
  job.total_document_count = counts.total
}

function hostFor(random: Random, plan: ConnectorPlan, endsAt: number, now: number): string {
  if (plan.ownHost) return plan.ownHost
  // The dead pods died minutes ago: a sync still running near now is on a live one.
  const hosts: readonly string[] = endsAt > now - 10 * MINUTE ? LIVE_WORKER_HOSTNAMES : [...LIVE_WORKER_HOSTNAMES, ...DEAD_WORKER_HOSTNAMES]
  return pick(random, hosts)
}

/** Plays one connector's slots through, oldest first. */
export function connectorHistory(plan: ConnectorPlan, context: HistoryContext): ConnectorHistory {
  const { random, stamp, now } = context
  const { member } = plan
  const jobs: Timed[] = []
  const busyUntil = { content: Number.NEGATIVE_INFINITY, access_control: Number.NEGATIVE_INFINITY }
  let cursor: Record<string, unknown> | null | undefined
  const scheduledAt: Partial<Record<JobType, number>> = {}
  const first = plan.slots[0]?.at ?? now
  const slotSpan = Math.max(1, now - first)
  let lastTotal: number | undefined
  let withCursor: { cursor: Record<string, unknown>; base: SyncJobConnector; snapshot: SyncJobConnector } | undefined

  for (const slot of plan.slots) {
    const family = slot.jobType === 'access_control' ? 'access_control' : 'content'
    // A scheduled job is created at the poll after its occurrence, never after now.
    const createdAt = slot.trigger === 'scheduled' ? Math.min(now, slot.at + randomBetween(random, 0.2, POLL_MS / SECOND) * SECOND) : slot.at
    if (slot.trigger === 'scheduled') scheduledAt[slot.jobType] = Math.max(scheduledAt[slot.jobType] ?? 0, slot.at)
    const changed = plan.configChangeAt !== undefined && createdAt > plan.configChangeAt && family === 'content'
    let snapshot = family === 'access_control' ? plan.accessControlSnapshot : changed && plan.changedSnapshot ? plan.changedSnapshot : plan.snapshot
    if (slot.jobType === 'incremental' && cursor) {
      // One snapshot per cursor (and rules), shared by the jobs that claimed with it.
      if (withCursor?.cursor !== cursor || withCursor.base !== snapshot) withCursor = { cursor, base: snapshot, snapshot: { ...snapshot, sync_cursor: cursor } }
      snapshot = withCursor.snapshot
    }
    const job = baseJob(context, slot.jobType, slot.trigger, createdAt, snapshot)
    const entry: Timed = { at: createdAt, job, startedMs: Number.NaN, endedMs: Number.NaN }
    jobs.push(entry)
    // Later occurrences queue behind a special job of the family; an operator cancels a few waiting ones.
    if (createdAt > plan.horizon[family]) continue
    const mustComplete = slot === plan.lastBeforeChange
    if (slot.trigger === 'on_demand' && random() < 0.03 && !mustComplete) {
      const canceledAt = stamp(Math.min(now, createdAt + randomBetween(random, 5, 25) * SECOND))
      job.status = 'canceled'
      job.cancelation_requested_at = canceledAt
      job.canceled_at = canceledAt
      job.completed_at = canceledAt
      continue
    }
    const startedAt = Math.max(createdAt, busyUntil[family]) + randomBetween(random, 1, 30) * SECOND
    // A job of the family that started before a special one has ended by then.
    const limit = Math.min(now, plan.horizon[family])
    if (startedAt >= limit) {
      // Not picked up yet: pending, and every later job of the family waits behind it.
      busyUntil[family] = Number.POSITIVE_INFINITY
      continue
    }

    // The index grows over the history; syncs late in it see more documents.
    const sizeNow = lastTotal ?? member.size * (0.85 + 0.15 * ((createdAt - first) / slotSpan))
    let counts: SyncCounts = completedSyncCounts(random, slot.jobType, { documents: sizeNow, identities: member.identities, kibPerDocument: member.spec.profile.kibPerDocument })
    const stalled = slot.jobType === 'incremental' && plan.stallFrom !== undefined && createdAt >= plan.stallFrom
    if (stalled) counts = { ...counts, indexed: 0, deleted: 0, volume: 0 }
    if (slot === plan.massDeletionJob) {
      // The source lost access to a large part of itself: the full sync upserts what is left and
      // deletes the rest from the index.
      const deleted = Math.round(counts.total * randomBetween(random, 0.35, 0.45))
      const total = counts.total - deleted
      const indexed = Math.round(total * randomBetween(random, 0.97, 1))
      counts = { indexed, deleted, volume: Math.round((counts.volume * indexed) / Math.max(1, counts.indexed)), total }
    }
    const duration = Math.min(syncDurationMs(random, slot.jobType, counts.indexed), limit < now ? limit - startedAt - 30 * SECOND : Number.POSITIVE_INFINITY)
    let host = hostFor(random, plan, startedAt + duration, now)

    // How it ends: the connector's own trouble first, then its pod's.
    let failure: { message: string; fraction: number } | undefined
    if (family === 'content' && plan.failure && createdAt >= plan.failure.since) {
      failure = { message: plan.failure.message, fraction: randomBetween(random, 0, 0.2) }
    } else if (slot !== plan.massDeletionJob && !stalled && random() < hostFailureRate(host) && !mustComplete) {
      const idle = host === FLAKY_WORKER_HOSTNAME && random() < 0.6
      const message = idle ? IDLE_JOB_ERROR : random() < 0.7 ? pick(random, member.spec.errors.slice(1).length > 0 ? member.spec.errors.slice(1) : member.spec.errors) : pick(random, COMMON_ERRORS.filter((m) => m !== IDLE_JOB_ERROR))
      failure = { message, fraction: message === IDLE_JOB_ERROR || random() < 0.5 ? randomBetween(random, 0.05, 0.9) : 0 }
    }
    const canceled = !failure && slot.trigger === 'on_demand' && random() < 0.05 && !mustComplete ? randomBetween(random, 0.05, 0.8) : undefined
    const endFraction = failure?.fraction ?? canceled ?? 1
    const lastActive = startedAt + duration * endFraction
    // The idle-job cleanup fails a job 5 to 10 minutes after its last heartbeat.
    const endsAt = failure?.message === IDLE_JOB_ERROR ? lastActive + randomBetween(random, 5, 10) * MINUTE : lastActive + randomBetween(random, 0.2, 3) * SECOND

    job.started_at = stamp(startedAt)
    entry.startedMs = startedAt
    if (endsAt >= now && host !== plan.ownHost && !(LIVE_WORKER_HOSTNAMES as readonly string[]).includes(host)) host = pick(random, LIVE_WORKER_HOSTNAMES)
    job.worker_hostname = host
    if (endsAt >= now) {
      // Still running on a live pod (how it ends is the worker's to decide): `_stats` every 10 s.
      const progress = Math.min(1, (now - startedAt) / duration)
      job.status = 'in_progress'
      job.last_seen = stamp(Math.max(startedAt, now - ((now - startedAt) % (10 * SECOND))))
      setCounts(job, counts, progress)
      job.total_document_count = 0
      busyUntil[family] = Number.POSITIVE_INFINITY
      continue
    }
    busyUntil[family] = endsAt
    entry.endedMs = endsAt
    if (failure) {
      job.status = 'error'
      job.error = failure.message
      job.last_seen = stamp(lastActive)
      job.completed_at = stamp(endsAt)
      setCounts(job, counts, failure.fraction)
    } else if (canceled !== undefined) {
      const requestedAt = startedAt + duration * canceled
      job.status = 'canceled'
      job.cancelation_requested_at = stamp(requestedAt)
      job.canceled_at = stamp(endsAt)
      job.completed_at = job.canceled_at
      job.last_seen = job.canceled_at
      setCounts(job, counts, canceled)
    } else {
      job.status = 'completed'
      job.completed_at = stamp(endsAt)
      job.last_seen = job.completed_at
      setCounts(job, counts)
      if (family === 'content') {
        lastTotal = counts.total
        if (!stalled) cursor = syncCursorAfter(member.spec.serviceType, random, formatMicros(Math.floor(endsAt) * 1000))
        else cursor ??= syncCursorAfter(member.spec.serviceType, random, formatMicros(Math.floor(startedAt) * 1000))
      }
    }
  }
  return { jobs, cursor, scheduledAt }
}


// Patterns across a connector's sync jobs that no single job shows, each a pure rule with named
// thresholds that returns the jobs showing it and a sentence:
// - cursor stall: consecutive completed incremental syncs that started from the same sync cursor. The
//   service hands the connector's `sync_cursor` to `_claim` for incremental jobs, which copies it into
//   the job's snapshot, and writes the new cursor back only when a content sync completes
//   (elastic/connectors `protocol/connectors.py` `sync_starts`/`sync_done`); an unchanged cursor means
//   the syncs in between did not advance it;
// - mass deletion: a completed full sync that deleted a far larger share of the index than its previous
//   full syncs did (a full sync deletes what the source no longer shows: lost permissions or narrower
//   sync rules look like this);
// - config blame: a failure streak whose first failure is the first sync after a snapshot change
//   (snapshot-changes.ts), compared with the last successful sync of the family;
// - overrun forecast: a running full sync that, at its live rate (indexed documents / time since it was
//   claimed), will not reach the previous full sync's document total before the next content schedule
//   tick — and the service creates that scheduled job without checking for a running one
//   (`services/job_scheduling.py` `_try_schedule_sync`), so it will queue behind.
// Rules that only compare jobs take no clock; the forecast takes `now`.
import type { JobType, SyncJob, SyncJobConnector } from '../../contract/es-connector-types.ts'
import { endedAt, failureStreak, familyOf, JOB_FAMILIES, type HealthConnector, type HealthJob } from './connector-health.ts'
import { formatCount, formatDuration } from './format.ts'
import { nextRun } from './schedules.ts'
import { describeParts, hasFullSnapshot, snapshotChanges, snapshotsInOrder, stableJson, type SnapshotChange, type SnapshotJob } from './snapshot-changes.ts'
import { formatUtc, parseTimestamp } from './time.ts'
import { compareCodeUnits } from './compare.ts'

/** Completed incremental syncs from one cursor before it counts as stalled. */
export const CURSOR_STALL_MIN_SYNCS = 3
/** A full sync's deleted share must reach this many times the median of its predecessors'. */
export const MASS_DELETION_FACTOR = 5
/** … and at least this share of the index (so 0.1 % → 0.6 % is not news). */
export const MASS_DELETION_MIN_SHARE = 0.1
/** … and at least this many documents. */
export const MASS_DELETION_MIN_DOCUMENTS = 100
/** Previous completed full syncs needed to know what is usual. */
export const MASS_DELETION_MIN_HISTORY = 3
/** How many previous full syncs make the usual share. */
export const MASS_DELETION_HISTORY = 10
/** A live rate is noise before the worker has reported for this long (it reports every 10 s). */
export const OVERRUN_MIN_ELAPSED_MS = 60_000

export type InsightKind = 'cursor-stall' | 'mass-deletion' | 'config-blame' | 'overrun'

export interface Insight {
  kind: InsightKind
  connectorId: string
  /** The jobs that show it, oldest first. */
  jobIds: string[]
  /** When it showed (epoch ms): the newest stalled sync's end, the deletion, the first failure, the expected end. */
  at: number | undefined
  sentence: string
}

/** The fields the rules read: a list row's counters plus, where snapshots were read, the connector snapshot. */
export type InsightJob = HealthJob &
  Pick<SyncJob, 'deleted_document_count' | 'total_document_count'> & {
    connector: Pick<SyncJobConnector, 'id'> & Partial<Pick<SyncJobConnector, 'filtering' | 'pipeline' | 'index_name' | 'configuration' | 'sync_cursor'>>
  }

function byConnector<T extends { connector: { id: string } }>(jobs: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>()
  for (const job of jobs) {
    const list = groups.get(job.connector.id)
    if (list) list.push(job)
    else groups.set(job.connector.id, [job])
  }
  return groups
}

const created = (job: { created_at: string }) => parseTimestamp(job.created_at) ?? 0
const byCreation = <T extends { created_at: string; id: string }>(jobs: readonly T[]): T[] =>
  [...jobs].sort((a, b) => created(a) - created(b) || compareCodeUnits(a.id, b.id))

/**
 * Per connector, the newest run of at least `minSyncs` consecutive completed incremental syncs that
 * started from the same cursor. Syncs whose snapshot has no cursor (list rows, sources without one)
 * are skipped.
 */
export function cursorStalls(jobs: readonly InsightJob[], minSyncs = CURSOR_STALL_MIN_SYNCS): Insight[] {
  const insights: Insight[] = []
  for (const [connectorId, own] of byConnector(jobs)) {
    const incrementals = byCreation(own).filter(
      (job) => job.job_type === 'incremental' && job.status === 'completed' && job.connector.sync_cursor !== undefined && job.connector.sync_cursor !== null,
    )
    let run: InsightJob[] = []
    let newest: InsightJob[] = []
    for (const job of incrementals) {
      if (run.length > 0 && stableJson(run[0]!.connector.sync_cursor) !== stableJson(job.connector.sync_cursor)) run = []
      run.push(job)
      if (run.length >= minSyncs) newest = run
    }
    if (newest.length === 0) continue
    const indexed = newest.reduce((sum, job) => sum + job.indexed_document_count, 0)
    const meaning =
      indexed === 0
        ? 'none indexed anything, so the source may simply be quiet'
        : `they indexed ${formatCount(indexed)} documents between them, so each may be reading the same changes again`
    insights.push({
      kind: 'cursor-stall',
      connectorId,
      jobIds: newest.map((job) => job.id),
      at: endedAt(newest.at(-1)!),
      sentence: `The sync cursor stopped moving: ${newest.length} completed incremental syncs in a row started from the same cursor; ${meaning}.`,
    })
  }
  return insights
}

/** The share of the index a full sync deleted: deleted / (deleted + documents left), in [0, 1]. */
export function deletedShare(job: Pick<InsightJob, 'deleted_document_count' | 'total_document_count'>): number {
  const before = job.deleted_document_count + job.total_document_count
  return before > 0 ? job.deleted_document_count / before : 0
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}

const percent = (share: number) => `${(share * 100).toFixed(share < 0.01 ? 2 : 1).replace(/\.0+$/, '')} %`

/**
 * Completed full syncs that deleted far more of the index than usual for their connector: a share of
 * at least MASS_DELETION_FACTOR × the median of its previous MASS_DELETION_HISTORY completed full
 * syncs, at least MASS_DELETION_MIN_SHARE and MASS_DELETION_MIN_DOCUMENTS, with at least
 * MASS_DELETION_MIN_HISTORY syncs to compare with. The share is taken of deleted + remaining documents
 * (`total_document_count` counts the index after the sync), so a sync that emptied the index is 100 %.
 */
export function massDeletions(jobs: readonly InsightJob[]): Insight[] {
  const insights: Insight[] = []
  for (const [connectorId, own] of byConnector(jobs)) {
    const fulls = byCreation(own).filter((job) => job.job_type === 'full' && job.status === 'completed')
    fulls.forEach((job, index) => {
      const history = fulls.slice(Math.max(0, index - MASS_DELETION_HISTORY), index)
      if (history.length < MASS_DELETION_MIN_HISTORY) return
      const share = deletedShare(job)
      const usual = median(history.map(deletedShare))
      if (job.deleted_document_count < MASS_DELETION_MIN_DOCUMENTS || share < MASS_DELETION_MIN_SHARE || share < MASS_DELETION_FACTOR * usual) return
      insights.push({
        kind: 'mass-deletion',
        connectorId,
        jobIds: [job.id],
        at: endedAt(job),
        sentence: `A full sync deleted ${formatCount(job.deleted_document_count)} documents, ${percent(share)} of the index, where its previous ${history.length} full syncs deleted ${percent(usual)} (median): check the source’s permissions and the sync rules.`,
      })
    })
  }
  return insights
}

/**
 * Failure streaks (per connector and family) that began with the first sync after a snapshot change:
 * the last successful sync of the family and the first failure both have full snapshots, and they
 * differ. The change's time is the creation of the first job that carried it.
 */
export function configBlame(jobs: readonly InsightJob[]): Insight[] {
  const insights: Insight[] = []
  for (const [connectorId, own] of byConnector(jobs)) {
    for (const family of JOB_FAMILIES) {
      const streak = failureStreak(own, family)
      if (!streak) continue
      const firstFailure = own.find((job) => job.id === streak.jobIds[0])!
      const lastSuccess = own
        .filter((job) => familyOf(job.job_type) === family && job.status === 'completed' && (endedAt(job) ?? 0) <= (streak.since ?? 0))
        .sort((a, b) => (endedAt(a) ?? 0) - (endedAt(b) ?? 0))
        .at(-1)
      if (!lastSuccess || !hasFullSnapshot(lastSuccess) || !hasFullSnapshot(firstFailure)) continue
      const changes = snapshotChanges(lastSuccess, firstFailure)
      if (changes.length === 0) continue
      const carrier = firstCarrier(own, lastSuccess, firstFailure)
      const changedAt = parseTimestamp(carrier.created_at)
      const when = changedAt === undefined ? '' : ` on ${formatUtc(changedAt)}`
      const since = streak.count === 1 ? 'the first sync after it failed' : `the ${streak.count} syncs since it all failed`
      insights.push({
        kind: 'config-blame',
        connectorId,
        jobIds: streak.jobIds,
        at: streak.since,
        sentence: `Failing since ${describeParts(changes)} changed${when}: ${since} (${summarise(changes)}).`,
      })
    }
  }
  return insights
}

/** The first job after the last success whose snapshot differs from it: the change reached syncs then. */
function firstCarrier(jobs: readonly InsightJob[], lastSuccess: InsightJob, firstFailure: InsightJob): SnapshotJob {
  const between = snapshotsInOrder(jobs).filter((job) => created(job) > created(lastSuccess) && created(job) <= created(firstFailure))
  return between.find((job) => snapshotChanges(lastSuccess, job).length > 0) ?? firstFailure
}

/** Up to three changes in words, then how many more. */
function summarise(changes: readonly SnapshotChange[]): string {
  const shown = changes.slice(0, 3).map((item) => item.text)
  return changes.length > 3 ? `${shown.join('; ')}; ${changes.length - 3} more` : shown.join('; ')
}

/** The connector fields the forecast reads. */
export type ForecastConnector = Pick<HealthConnector, 'id' | 'scheduling' | 'features'>

const CONTENT_SCHEDULES: readonly JobType[] = ['full', 'incremental']

/** The next tick of the connector's enabled content schedules after `now`; malformed ones are skipped. */
function nextContentTick(connector: ForecastConnector, now: number): { at: number; jobType: JobType } | undefined {
  const ticks = CONTENT_SCHEDULES.flatMap((jobType) => {
    const entry = connector.scheduling[jobType]
    if (!entry?.enabled) return []
    const next = nextRun(entry.interval, now)
    return next.ok && next.value !== undefined ? [{ at: next.value, jobType }] : []
  })
  return ticks.sort((a, b) => a.at - b.at)[0]
}

/**
 * Running full syncs that will still run when the next content schedule comes due: remaining documents
 * (the previous completed full sync's `total_document_count` minus those indexed so far) at the live
 * rate (indexed / time from `started_at` to the last heartbeat) end after the tick. Needs
 * OVERRUN_MIN_ELAPSED_MS of running, a rate above zero and a previous total above what is indexed.
 */
export function overrunForecasts(jobs: readonly InsightJob[], connectors: readonly ForecastConnector[], now: number): Insight[] {
  const insights: Insight[] = []
  const groups = byConnector(jobs)
  for (const connector of connectors) {
    const own = byCreation(groups.get(connector.id) ?? [])
    for (const job of own.filter((candidate) => candidate.job_type === 'full' && candidate.status === 'in_progress')) {
      const started = parseTimestamp(job.started_at)
      if (started === undefined) continue
      const measuredAt = Math.min(now, parseTimestamp(job.last_seen) ?? now)
      const elapsed = measuredAt - started
      if (elapsed < OVERRUN_MIN_ELAPSED_MS || job.indexed_document_count <= 0) continue
      const previous = own.filter((candidate) => candidate.job_type === 'full' && candidate.status === 'completed' && created(candidate) < created(job)).at(-1)
      if (!previous || previous.total_document_count <= job.indexed_document_count) continue
      const rate = job.indexed_document_count / elapsed
      const remaining = previous.total_document_count - job.indexed_document_count
      const expectedEnd = measuredAt + remaining / rate
      const tick = nextContentTick(connector, now)
      if (!tick || expectedEnd <= tick.at) continue
      insights.push({
        kind: 'overrun',
        connectorId: connector.id,
        jobIds: [job.id],
        at: expectedEnd,
        sentence:
          `This full sync will still be running when the ${tick.jobType} schedule comes due at ${formatUtc(tick.at)}: ` +
          `at ${formatCount(Math.round(rate * 1000))} documents/s it needs about ${formatDuration(expectedEnd - now)} more to reach the previous full sync’s ` +
          `${formatCount(previous.total_document_count)} documents. The service will create the scheduled sync anyway, and it will wait behind this one.`,
      })
    }
  }
  return insights
}

/** Every rule over one jobs window: what the overview lists under "insights", newest first. */
export function connectorInsights(jobs: readonly InsightJob[], connectors: readonly ForecastConnector[], now: number): Insight[] {
  return [...cursorStalls(jobs), ...massDeletions(jobs), ...configBlame(jobs), ...overrunForecasts(jobs, connectors, now)].sort((a, b) => (b.at ?? 0) - (a.at ?? 0))
}

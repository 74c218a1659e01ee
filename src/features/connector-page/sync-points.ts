// The points the connector page's charts draw: its last CHART_SYNCS finished syncs (those that ran —
// a job canceled before any worker started it has no duration and indexed nothing), oldest first,
// each with its duration and document counts, and the sentences that say what the charts show.
import type { JobType, SyncJobRow } from '../../../contract/es-connector-types.ts'
import { formatCount, formatDuration } from '../../lib/format.ts'
import { JOB_TYPE_LABELS, STATUS_LABELS } from '../../lib/labels.ts'
import { intervalMs, jobIntervals } from '../../lib/durations.ts'
import { formatUtc } from '../../lib/time.ts'
import { compareCodeUnits } from '../../lib/compare.ts'

export const CHART_SYNCS = 30

export type FinishedStatus = 'completed' | 'error' | 'canceled'

export interface SyncPoint {
  id: string
  jobType: JobType
  status: FinishedStatus
  started: number
  ended: number
  durationMs: number
  indexed: number
  deleted: number
}

const FINISHED = new Set<string>(['completed', 'error', 'canceled'])

/** Newest-first rows → the last `limit` finished syncs that started, oldest first. */
export function syncPoints(rows: readonly SyncJobRow[], limit = CHART_SYNCS): SyncPoint[] {
  const points: SyncPoint[] = []
  for (const row of rows) {
    if (!FINISHED.has(row.status)) continue
    // The same run time as the jobs list and the job page (lib/durations.ts).
    const run = jobIntervals(row).run
    if (run?.to === undefined) continue
    points.push({
      id: row.id,
      jobType: row.job_type,
      status: row.status as FinishedStatus,
      started: run.from,
      ended: run.to,
      durationMs: intervalMs(run, run.to),
      indexed: row.indexed_document_count,
      deleted: row.deleted_document_count,
    })
  }
  return points
    .sort((a, b) => a.started - b.started || compareCodeUnits(a.id, b.id))
    .slice(-limit)
}

/** "Full sync, Completed, ended 2026-…": what every point's name starts with. */
export function pointHeading(point: SyncPoint): string {
  return `Job ${point.id}: ${JOB_TYPE_LABELS[point.jobType]} sync, ${STATUS_LABELS[point.status]}, ended ${formatUtc(point.ended)}`
}

export function durationName(point: SyncPoint): string {
  return `${pointHeading(point)}, ran ${formatDuration(point.durationMs)}`
}

export function documentsName(point: SyncPoint): string {
  return `${pointHeading(point)}, ${formatCount(point.indexed)} indexed, ${formatCount(point.deleted)} deleted`
}

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}

function span(points: readonly SyncPoint[]): string {
  return `${plural(points.length, 'finished sync')}, from ${formatUtc(points[0]!.started)} to ${formatUtc(points.at(-1)!.ended)}`
}

/** The duration chart in words. */
export function durationSummary(points: readonly SyncPoint[]): string {
  if (points.length === 0) return 'No finished sync to chart yet.'
  const longest = points.reduce((top, point) => (point.durationMs > top.durationMs ? point : top))
  const failed = points.filter((point) => point.status === 'error').length
  const canceled = points.filter((point) => point.status === 'canceled').length
  const outcomes = [failed > 0 ? `${failed} failed` : '', canceled > 0 ? `${canceled} canceled` : ''].filter(Boolean).join(', ')
  return (
    `${span(points)}: median duration ${formatDuration(median(points.map((point) => point.durationMs)))}, ` +
    `longest ${formatDuration(longest.durationMs)} (job ${longest.id}, ${STATUS_LABELS[longest.status].toLowerCase()})` +
    `${outcomes ? `; ${outcomes}` : '; all completed'}.`
  )
}

/** The documents chart in words. */
export function documentsSummary(points: readonly SyncPoint[]): string {
  if (points.length === 0) return 'No finished sync to chart yet.'
  const indexed = points.reduce((sum, point) => sum + point.indexed, 0)
  const deleted = points.reduce((sum, point) => sum + point.deleted, 0)
  const mostIndexed = points.reduce((top, point) => (point.indexed > top.indexed ? point : top))
  const mostDeleted = points.reduce((top, point) => (point.deleted > top.deleted ? point : top))
  const indexedPart = indexed === 0 ? 'none indexed any document' : `${formatCount(indexed)} documents indexed (most: ${formatCount(mostIndexed.indexed)} by job ${mostIndexed.id})`
  const deletedPart = deleted === 0 ? 'none deleted any' : `${formatCount(deleted)} deleted (most: ${formatCount(mostDeleted.deleted)} by job ${mostDeleted.id})`
  return `${span(points)}: ${indexedPart}; ${deletedPart}.`
}

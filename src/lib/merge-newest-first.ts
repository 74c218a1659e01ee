// Several newest-first streams of sync jobs merged into one newest-first list, with paging that
// stays correct across them. The list API filters on one status and one connector per request
// (es-connector-api.md), so a view of `status=error,canceled` over three connectors is up to six
// streams; this module decides which streams to read (planStreams) and merges what was read
// (mergeStreams). Pure: the reading itself is api/sync-job-pages.ts's.
//
// Why page k needs at most `from + size` rows of each stream: the first `from + size` rows of the
// merged list are the newest `from + size` of the union, and no stream can contribute more than
// that many of them. A stream Elasticsearch cuts at its 10,000-result window (RESULT_WINDOW) may
// hide rows that belong on the page; mergeStreams says so instead of showing a wrong page as right.
import type { SyncJobRow, SyncStatus } from '../../contract/es-connector-types.ts'
import { parseTimestamp } from './time.ts'

/**
 * Above this many (status × connector) combinations the list reads one stream per status without
 * the connector filter and keeps the chosen connectors' jobs itself: fewer, wider requests.
 */
export const MAX_FANOUT_STREAMS = 8

/** One stream: the API filters of one request sequence (undefined = not filtered on). */
export interface StreamSpec {
  status?: SyncStatus
  connectorId?: string
}

export interface StreamPlan {
  streams: StreamSpec[]
  /** The connectors the merge keeps when the streams are wider than the view (null: the streams are exact). */
  keepConnectors: ReadonlySet<string> | null
}

/**
 * The streams for a view: one per (status × connector) while that is at most MAX_FANOUT_STREAMS,
 * otherwise one per status with the connectors kept client-side. `connectorIds` null means every
 * connector; an empty array means none (e.g. a service type no connector has): no stream at all.
 */
export function planStreams(statuses: readonly SyncStatus[], connectorIds: readonly string[] | null): StreamPlan {
  const byStatus: (SyncStatus | undefined)[] = statuses.length > 0 ? [...statuses] : [undefined]
  if (connectorIds === null) return { streams: byStatus.map((status) => spec(status, undefined)), keepConnectors: null }
  if (connectorIds.length === 0) return { streams: [], keepConnectors: null }
  if (connectorIds.length === 1 || byStatus.length * connectorIds.length <= MAX_FANOUT_STREAMS) {
    return { streams: byStatus.flatMap((status) => connectorIds.map((id) => spec(status, id))), keepConnectors: null }
  }
  return { streams: byStatus.map((status) => spec(status, undefined)), keepConnectors: new Set(connectorIds) }
}

function spec(status: SyncStatus | undefined, connectorId: string | undefined): StreamSpec {
  const stream: StreamSpec = {}
  if (status) stream.status = status
  if (connectorId) stream.connectorId = connectorId
  return stream
}

/** Newest first by `created_at`, ties by id, so every reader of the same jobs sees one order. */
export function compareNewestFirst(a: Pick<SyncJobRow, 'id' | 'created_at'>, b: Pick<SyncJobRow, 'id' | 'created_at'>): number {
  const ta = parseTimestamp(a.created_at) ?? 0
  const tb = parseTimestamp(b.created_at) ?? 0
  if (ta !== tb) return tb - ta
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0
}

/** What was read of one stream: its matching rows newest first (at most `from + size` are needed). */
export interface StreamRead<T extends Pick<SyncJobRow, 'id' | 'created_at'> = SyncJobRow> {
  stream: StreamSpec
  rows: readonly T[]
  /** Matching jobs: the API's count (capped at the window as the API caps it), or the rows kept client-side. */
  count: number
  /** False when `count` is only a lower bound (client-side filtering stopped reading before the end). */
  countExact: boolean
  /** The 10,000-result window stopped the reading before the stream ended. */
  cut: boolean
}

export interface MergedRows<T> {
  kind: 'rows' | 'out-of-range' | 'beyond-window'
  /** The page, newest first. */
  jobs: T[]
  /** The sum of the streams' counts. */
  count: number
  countExact: boolean
  /** Streams cut by the window whose missing rows could belong on this page. */
  cut: StreamSpec[]
}

/**
 * Page `page` (from 1) of `size` of the merged streams. A cut stream affects the page when the page
 * reaches past its oldest row read: older rows of that stream might rank among the page's.
 */
export function mergeStreams<T extends Pick<SyncJobRow, 'id' | 'created_at'>>(reads: readonly StreamRead<T>[], page: number, size: number): MergedRows<T> {
  const from = (page - 1) * size
  const seen = new Set<string>()
  const merged: T[] = []
  // A job that changed status between two requests can show up in two streams: keep it once.
  for (const row of reads.flatMap((read) => read.rows).sort(compareNewestFirst)) {
    if (seen.has(row.id)) continue
    seen.add(row.id)
    merged.push(row)
  }
  const count = reads.reduce((sum, read) => sum + read.count, 0)
  const countExact = reads.every((read) => read.countExact)
  const jobs = merged.slice(from, from + size)
  const last = jobs.at(-1)
  const cut = reads
    .filter((read) => {
      if (!read.cut) return false
      const oldest = read.rows.at(-1)
      // Nothing on the page, or the page runs past the oldest row this stream could give.
      return last === undefined || oldest === undefined || compareNewestFirst(last, oldest) >= 0
    })
    .map((read) => read.stream)
  if (jobs.length === 0 && from > 0) return { kind: cut.length > 0 ? 'beyond-window' : 'out-of-range', jobs, count, countExact, cut }
  return { kind: 'rows', jobs, count, countExact, cut }
}

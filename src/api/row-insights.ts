// The two per-connector reads behind the overview's insight flags that the jobs window cannot show,
// because its rows carry no connector snapshot (SYNC_JOB_ROW_FILTER, contract/read-filters.ts):
// - the cursor read: a connector's newest completed incremental syncs with only the sync cursor their
//   claim copied into the snapshot (lib/connector-insights.ts cursorStalls);
// - the snapshot read: a failing family's newest jobs with the snapshot parts a change comparison
//   reads — sync rules, pipeline, index name and, of each configuration field, its value, label and
//   `sensitive` flag — and nothing else (lib/connector-insights.ts configBlame). Sensitive values reach
//   the browser only as the dashboard server's fingerprints (server/redact-secrets.ts; a field whose
//   flag is missing is redacted too).
// Both are small (tens of jobs, a narrow filter_path) and made only for rows on screen that could show
// the insight (the overview's row-insight-reads.ts decides which, and when to read again).
import { queryOptions } from '@tanstack/react-query'
import type { JobType, ListSyncJobsParams, SyncStatus } from '../../contract/es-connector-types.ts'
import type { InsightJob } from '../lib/connector-insights.ts'
import { countMayBeCapped, detectOrder } from '../lib/paging.ts'
import { parseTimestamp } from '../lib/time.ts'
import { fleetKeys } from './fleet.ts'
import { listSyncJobs } from './sync-jobs.ts'
import { compareCodeUnits } from '../lib/compare.ts'

/** Completed incremental syncs read for the cursor rule (it needs three in a row from one cursor). */
export const CURSOR_READ_SIZE = 20
/** Jobs of a failing family read beyond its failure streak, to reach the last success before it. */
export const SNAPSHOT_READ_MARGIN = 10
/** The most jobs a snapshot read asks for (the connector page reads 50 with everything). */
export const SNAPSHOT_READ_MAX = 40

/** The job fields every rule reads (the ids, order, type, outcome and end). */
const JOB_FIELDS = ['id', 'created_at', 'status', 'job_type', 'started_at', 'completed_at', 'canceled_at', 'last_seen', 'indexed_document_count', 'connector.id']

const paths = (fields: readonly string[]) => ['count', ...fields.map((field) => `results.${field}`)].join(',')

export const CURSOR_FILTER = paths([...JOB_FIELDS, 'connector.sync_cursor'])
export const SNAPSHOT_FILTER = paths([
  ...JOB_FIELDS,
  'connector.index_name',
  'connector.filtering.rules',
  'connector.filtering.advanced_snippet.value',
  'connector.pipeline',
  'connector.configuration.*.value',
  'connector.configuration.*.label',
  'connector.configuration.*.sensitive',
])

/** The job types of each family, as the list's `job_type` filter takes them. */
export const FAMILY_TYPES = { content: ['full', 'incremental'], access_control: ['access_control'] } as const satisfies Record<string, readonly JobType[]>
export type SnapshotFamily = keyof typeof FAMILY_TYPES

const byNewest = <T extends { created_at: string; id: string }>(jobs: readonly T[]) =>
  [...jobs].sort((a, b) => (parseTimestamp(b.created_at) ?? 0) - (parseTimestamp(a.created_at) ?? 0) || compareCodeUnits(b.id, a.id))

/**
 * The newest `size` jobs matching `params`, newest first, whichever order the server lists in (the first
 * page shows it; on an oldest-first server the newest are at the end). Empty when an oldest-first
 * server holds too many to page to the newest.
 */
export async function fetchNewestJobs(params: Omit<ListSyncJobsParams, 'from'> & { size: number }, signal?: AbortSignal): Promise<InsightJob[]> {
  const first = await listSyncJobs({ ...params, from: 0 }, signal)
  const results = first.results ?? []
  if (first.count <= results.length || detectOrder(results) !== 'asc') return byNewest(results) as unknown as InsightJob[]
  if (countMayBeCapped(first.count)) return []
  const last = await listSyncJobs({ ...params, from: Math.max(0, first.count - params.size) }, signal)
  return byNewest(last.results ?? []) as unknown as InsightJob[]
}

const COMPLETED: SyncStatus = 'completed'

/** A connector's newest completed incremental syncs with their cursors. */
export function fetchCursorJobs(connectorId: string, signal?: AbortSignal): Promise<InsightJob[]> {
  return fetchNewestJobs({ connector_id: connectorId, status: COMPLETED, job_type: ['incremental'], size: CURSOR_READ_SIZE, filter_path: CURSOR_FILTER }, signal)
}

/** How many jobs of a family to read for a failure streak of `streak` (unknown length: the most). */
export const snapshotReadSize = (streak: number | undefined) => Math.min(SNAPSHOT_READ_MAX, streak === undefined ? SNAPSHOT_READ_MAX : streak + SNAPSHOT_READ_MARGIN)

/** A family's newest jobs with the snapshot parts the change comparison reads. */
export async function fetchSnapshotJobs(connectorId: string, family: SnapshotFamily, size: number, signal?: AbortSignal): Promise<InsightJob[]> {
  const jobs = await fetchNewestJobs({ connector_id: connectorId, job_type: FAMILY_TYPES[family], size, filter_path: SNAPSHOT_FILTER }, signal)
  // Response filtering drops an emptied object: a snapshot without configuration fields has an empty
  // configuration, not none (the comparison reads a missing one as "no snapshot").
  return jobs.map((job) => (job.connector.configuration ? job : { ...job, connector: { ...job.connector, configuration: {} } }))
}

const rowInsightKeys = {
  all: [...fleetKeys.all, 'row-insights'] as const,
  /** `version` names what the read reflects (the connector's newest finished job): a new one reads again. */
  cursor: (connectorId: string, version: string) => [...rowInsightKeys.all, 'cursor', connectorId, version] as const,
  snapshots: (connectorId: string, family: SnapshotFamily, version: string, size: number) => [...rowInsightKeys.all, 'snapshots', connectorId, family, version, size] as const,
}

/** Kept until what they reflect changes (a new key), not refreshed on a timer: old syncs do not change. */
const settled = { staleTime: Infinity, retry: 1 } as const

export const rowInsightQueries = {
  cursor: (connectorId: string, version: string) =>
    queryOptions({ queryKey: rowInsightKeys.cursor(connectorId, version), queryFn: ({ signal }) => fetchCursorJobs(connectorId, signal), ...settled }),
  snapshots: (connectorId: string, family: SnapshotFamily, version: string, size: number) =>
    queryOptions({
      queryKey: rowInsightKeys.snapshots(connectorId, family, version, size),
      queryFn: ({ signal }) => fetchSnapshotJobs(connectorId, family, size, signal),
      ...settled,
    }),
}

// How many jobs each status has under the current connector and job-type filters: one `size=0`
// request per status (the API filters on a single status), all in parallel, read as one query
// (api/sync-jobs.ts countByStatus): nine queries meant nine observers set up in one task and up to
// nine re-renders of the page as their answers came in. They refresh less often than the rows
// (polling.ts countsRefetchInterval), and a view over several connectors does not fan out into a count
// per connector and status: its chips count every connector, and the page says so.
import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { syncJobQueries } from '../../api/queries.ts'
import { COUNTED_STATUSES } from '../../api/sync-jobs.ts'
import type { SyncStatus } from '../../../contract/es-connector-types.ts'
import type { NewestFirstPage } from '../../api/sync-job-pages.ts'
import { toListFilters, type JobFilters } from '../../lib/job-filters.ts'
import { countsRefetchInterval } from './polling.ts'

/** undefined while loading, null when the count failed. */
export type StatusCounts = Record<SyncStatus | '', number | undefined | null>

export interface StatusCountsResult {
  counts: StatusCounts
  /** "connector": counted for the one chosen connector (or every connector when none is); "all-connectors": the view covers several, the counts do not narrow to them. */
  scope: 'connector' | 'all-connectors'
}

const LOADING = Object.fromEntries(COUNTED_STATUSES.map((status) => [status, undefined])) as StatusCounts
const FAILED = Object.fromEntries(COUNTED_STATUSES.map((status) => [status, null])) as StatusCounts

/**
 * `connectorIds`: the view's resolved connectors (null = every connector). `enabled` lets the page
 * hold the counts back until its rows are in: they would otherwise queue ahead of the rows on the
 * browser's six connections and the server's single thread.
 */
export function useStatusCounts(
  filters: Pick<JobFilters, 'jobTypes'>,
  connectorIds: readonly string[] | null | undefined,
  /** The rows on screen: the counts' pace follows them (polling.ts). */
  rowsPage: Pick<NewestFirstPage, 'jobs'> | undefined,
  enabled = true,
): StatusCountsResult {
  const single = connectorIds?.length === 1 ? connectorIds[0] : undefined
  const scope = connectorIds === null || single !== undefined ? 'connector' : 'all-connectors'
  const counts = useQuery({
    ...syncJobQueries.countsByStatus(toListFilters({ connectorId: single, jobTypes: filters.jobTypes })),
    placeholderData: keepPreviousData,
    enabled,
    refetchInterval: countsRefetchInterval(rowsPage),
    refetchIntervalInBackground: false,
  })
  return { counts: counts.data ?? (counts.isError ? FAILED : LOADING), scope }
}

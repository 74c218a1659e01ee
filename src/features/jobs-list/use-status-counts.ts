// How many jobs each status has under the current connector and job-type filters: one `size=0`
// request per status (the API filters on a single status), all in parallel, polled with the list.
import { keepPreviousData, useQueries } from '@tanstack/react-query'
import { syncJobQueries } from '../../api/queries.ts'
import { SYNC_STATUSES, type SyncStatus } from '../../../contract/es-connector-types.ts'
import { toListFilters, type JobFilters } from '../../lib/job-filters.ts'

/** undefined while loading, null when the count failed. */
export type StatusCounts = Record<SyncStatus | '', number | undefined | null>

export const COUNTED_STATUSES: readonly (SyncStatus | '')[] = ['', ...SYNC_STATUSES]

/**
 * `enabled` lets the page hold the eight counts back until its rows are in: they would otherwise
 * queue ahead of the rows on the browser's six connections and the server's single thread.
 */
export function useStatusCounts(filters: Pick<JobFilters, 'connectorId' | 'jobTypes'>, refetchInterval: number, enabled = true): StatusCounts {
  const base = toListFilters({ connectorId: filters.connectorId, status: '', jobTypes: filters.jobTypes })
  return useQueries({
    queries: COUNTED_STATUSES.map((status) => ({
      ...syncJobQueries.count(status ? { ...base, status } : base),
      placeholderData: keepPreviousData,
      enabled,
      refetchInterval,
      refetchIntervalInBackground: false,
    })),
    combine: (results) =>
      Object.fromEntries(
        COUNTED_STATUSES.map((status, index) => {
          const result = results[index]
          return [status, result?.data ?? (result?.isError ? null : undefined)]
        }),
      ) as StatusCounts,
  })
}

// The failed jobs behind the failure groups: the newest FAILURE_SAMPLE failures of the view (its
// connectors, job types and created filter; every failure group, not only the one chosen), read
// like the list (merged newest first) and refreshed at the counts' slower pace.
import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { syncJobQueries } from '../../api/queries.ts'
import type { NewestFirstPage } from '../../api/sync-job-pages.ts'
import type { ConnectorSummary } from '../../../contract/es-connector-types.ts'
import { groupFailures } from '../../lib/failure-groups.ts'
import { toViewParams, type JobFilters } from '../../lib/job-filters.ts'
import { countInterval } from './polling.ts'

/** The failures grouped: the newest this many of the view. */
export const FAILURE_SAMPLE = 500

/** Whether the view shows failed jobs at all (every status, or `error` among them). */
export function includesFailures(filters: Pick<JobFilters, 'statuses' | 'stuck'>): boolean {
  return !filters.stuck && (filters.statuses.length === 0 || filters.statuses.includes('error'))
}

export function useFailureGroups(filters: JobFilters, connectors: ConnectorSummary[] | undefined, rowsPage: NewestFirstPage | undefined, enabled: boolean) {
  const view = toViewParams({ ...filters, statuses: ['error'], error: '', page: 1, size: FAILURE_SAMPLE }, connectors)
  const shown = includesFailures(filters)
  const query = useQuery({
    ...syncJobQueries.view(view ?? { statuses: ['error'], connectorIds: [], jobTypes: [], created: null, stuck: false, error: '', page: 1, size: 1 }),
    enabled: enabled && shown && view !== undefined,
    placeholderData: keepPreviousData,
    refetchInterval: countInterval(rowsPage),
    refetchIntervalInBackground: false,
    select: (page) => ({ groups: groupFailures(page.jobs), sampled: page.jobs.length, count: page.count }),
  })
  return { shown, ...query }
}

// The page of jobs the list shows: newest first on any server, merged across the view's statuses
// and connectors (api/sync-job-pages.ts fetchViewPage), polled fast while a job on it moves and
// slowly otherwise, paused in a hidden tab (the query client's default), and kept on screen while
// the next page or filter loads so nothing flashes empty. A service type waits for the connector
// list, which says which connectors it stands for.
import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { syncJobQueries } from '../../api/queries.ts'
import type { ConnectorSummary } from '../../../contract/es-connector-types.ts'
import { toViewParams, type JobFilters } from '../../lib/job-filters.ts'
import { rowsRefetchInterval } from './polling.ts'

/** Stands for the view while the connector list it needs is not in; never fetched. */
const WAITING = { statuses: [], connectorIds: [], jobTypes: [], created: null, stuck: false, error: '', page: 1, size: 1 }

export function useJobList(filters: JobFilters, connectors: ConnectorSummary[] | undefined) {
  const params = toViewParams(filters, connectors)
  return useQuery({
    ...syncJobQueries.view(params ?? WAITING),
    enabled: params !== undefined,
    placeholderData: keepPreviousData,
    // Its own pace, backed off when requests are slow or failing (polling.ts). A merged page is a
    // NewestFirstPage; the cast only bridges Query's invariance in its data type.
    refetchInterval: (query) => rowsRefetchInterval(query as unknown as Parameters<typeof rowsRefetchInterval>[0]),
    refetchIntervalInBackground: false,
  })
}

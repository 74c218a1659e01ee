// The page of jobs the list shows: newest first on any server, polled fast while a job on it moves
// and slowly otherwise, paused in a hidden tab (the query client's default), and kept on screen
// while the next page or filter loads so nothing flashes empty.
import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { syncJobQueries } from '../../api/queries.ts'
import { toPageParams, type JobFilters } from '../../lib/job-filters.ts'
import { pollInterval } from './polling.ts'

export function useJobList(filters: JobFilters) {
  return useQuery({
    ...syncJobQueries.page(toPageParams(filters)),
    placeholderData: keepPreviousData,
    refetchInterval: (query) => pollInterval(query.state.data),
    refetchIntervalInBackground: false,
  })
}

// The page of jobs the list shows: newest first on any server, polled fast while a job on it moves
// and slowly otherwise, paused in a hidden tab (the query client's default), and kept on screen
// while the next page or filter loads so nothing flashes empty.
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query'
import type { JobFilters } from '../../lib/job-filters.ts'
import { jobListParams, newestFirstPageQuery, pollInterval } from './newest-first-page.ts'

export function useJobList(filters: JobFilters) {
  const client = useQueryClient()
  return useQuery({
    ...newestFirstPageQuery(client, jobListParams(filters)),
    placeholderData: keepPreviousData,
    refetchInterval: (query) => pollInterval(query.state.data),
    refetchIntervalInBackground: false,
  })
}

export type JobList = ReturnType<typeof useJobList>

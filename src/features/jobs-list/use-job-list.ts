// The page of jobs the list shows: newest first on any server, polled fast while a job on it moves
// and slowly otherwise, paused in a hidden tab (the query client's default), and kept on screen
// while the next page or filter loads so nothing flashes empty.
//
// A large page (500 or 1,000 jobs, several MB with every job's connector snapshot) is slow to
// arrive and parse, while only its first screenful is visible at first. So on a first load the
// newest HEAD_ROWS of the page are fetched alongside it and shown until the whole page is in.
import { keepPreviousData, useQuery, useQueryClient, type QueryObserverResult } from '@tanstack/react-query'
import { useRef } from 'react'
import type { EsError } from '../../api/es-error.ts'
import { toListFilters, type JobFilters } from '../../lib/job-filters.ts'
import { HEAD_ROWS, VIRTUAL_THRESHOLD } from './large-page.ts'
import { newestFirstPageQuery, pollInterval, type JobListPage } from './newest-first-page.ts'


export interface JobList {
  data: JobListPage | undefined
  /** Only the head of a large page is shown; the rest is on its way. */
  partial: boolean
  isPending: boolean
  isError: boolean
  error: EsError | null
  isFetching: boolean
  /** Showing the previous page or filters while the new ones load. */
  isPlaceholderData: boolean
  dataUpdatedAt: number
  refetch: () => Promise<QueryObserverResult<JobListPage, EsError>>
}

export function useJobList(filters: JobFilters): JobList {
  const client = useQueryClient()
  const params = { filters: toListFilters(filters), page: filters.page, size: filters.size }
  const fullOptions = newestFirstPageQuery(client, params)
  // The head only helps a first load: later, the previous page stays on screen until the new one is in.
  const hadData = useRef(false)
  const wantsHead = filters.size > VIRTUAL_THRESHOLD && !hadData.current && client.getQueryData(fullOptions.queryKey) === undefined
  // Declared first so its request goes out first: the server answers in order, and the head is
  // the small one.
  const head = useQuery({ ...newestFirstPageQuery(client, { ...params, limit: HEAD_ROWS }), enabled: wantsHead })
  const full = useQuery({
    ...fullOptions,
    // After the head: parsing several MB would otherwise hold the main thread before the head is painted.
    enabled: !wantsHead || head.data !== undefined || head.isError,
    placeholderData: keepPreviousData,
    refetchInterval: (query) => pollInterval(query.state.data),
    refetchIntervalInBackground: false,
  })
  if (full.data !== undefined) hadData.current = true
  const data = full.data ?? (wantsHead && !full.isError ? head.data : undefined)
  return {
    data,
    partial: full.data === undefined && data !== undefined,
    isPending: data === undefined && !full.isError,
    isError: full.isError,
    error: full.error,
    isFetching: full.isFetching,
    isPlaceholderData: full.isPlaceholderData,
    dataUpdatedAt: full.data ? full.dataUpdatedAt : head.dataUpdatedAt,
    refetch: full.refetch,
  }
}

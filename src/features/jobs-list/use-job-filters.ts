// The jobs list's filters and paging, read from and written to the URL (the only place they live).
// Every change pushes a history entry, so Back and Forward walk the operator's views.
import { useCallback, useEffect, useMemo } from 'react'
import { useSearchParams } from 'react-router'
import {
  changeFilters,
  changePage,
  changePageSize,
  clearFilters,
  parseJobFilters,
  writeJobFilters,
  type FilterChange,
  type JobFilters,
} from '../../lib/job-filters.ts'

const SYNC = { flushSync: true } as const

export interface JobFiltersApi {
  filters: JobFilters
  setFilters: (change: FilterChange) => void
  setPage: (page: number) => void
  setPageSize: (size: number) => void
  clear: () => void
}

export function useJobFilters(): JobFiltersApi {
  const [searchParams, setSearchParams] = useSearchParams()
  const filters = useMemo(() => parseJobFilters(searchParams), [searchParams])

  // A hand-edited or stale link with invalid values: show the canonical URL, without a new entry.
  useEffect(() => {
    const canonical = writeJobFilters(searchParams, filters)
    if (canonical.toString() !== searchParams.toString()) setSearchParams(canonical, { replace: true })
  }, [searchParams, filters, setSearchParams])

  // flushSync: a controlled checkbox or select must show the operator's choice at once; inside the
  // router's default transition it would flip back until the navigation commits (and Playwright's
  // `check()` sees that).
  const setFilters = useCallback((change: FilterChange) => setSearchParams((prev) => changeFilters(prev, change), SYNC), [setSearchParams])
  const setPage = useCallback((page: number) => setSearchParams((prev) => changePage(prev, page), SYNC), [setSearchParams])
  const setPageSize = useCallback((size: number) => setSearchParams((prev) => changePageSize(prev, size), SYNC), [setSearchParams])
  const clear = useCallback(() => setSearchParams((prev) => clearFilters(prev), SYNC), [setSearchParams])

  return { filters, setFilters, setPage, setPageSize, clear }
}

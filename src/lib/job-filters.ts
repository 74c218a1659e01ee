// URL search params ⇄ the jobs list's filters and paging. The URL is the only place this state
// lives (a view can be shared, reloaded and walked with Back/Forward); anything in it that is not a
// valid value is dropped rather than trusted, so a hand-edited link never crashes the page.
import { JOB_TYPES, SYNC_STATUSES, type JobType, type SyncStatus } from '../../contract/es-connector-types.ts'
import type { SyncJobPageParams } from '../api/sync-job-pages.ts'
import type { SyncJobListFilters } from '../api/sync-jobs.ts'

/** The sizes the pager offers; a link may ask for any other size from 1 to MAX_PAGE_SIZE. */
export const PAGE_SIZES = [25, 50, 100, 500, 1000] as const
export const DEFAULT_PAGE_SIZE = 50
export const MAX_PAGE_SIZE = 1000
/** Far beyond any real page count; keeps absurd numbers from reaching the paging math. */
export const MAX_PAGE = 1_000_000
/** Elasticsearch ids are at most 512 bytes; longer text is not an id. */
const MAX_ID_LENGTH = 512

export const FILTER_PARAMS = { connector: 'connector_id', status: 'status', jobType: 'job_type', page: 'page', size: 'size' } as const

export interface JobFilters {
  /** "" = every connector. */
  connectorId: string
  /** "" = every status (the API filters on one status at most). */
  status: SyncStatus | ''
  /** Empty = every job type; otherwise in JOB_TYPES order, without duplicates. */
  jobTypes: JobType[]
  /** From 1. */
  page: number
  /** From 1 to MAX_PAGE_SIZE. */
  size: number
}

export const DEFAULT_FILTERS: JobFilters = { connectorId: '', status: '', jobTypes: [], page: 1, size: DEFAULT_PAGE_SIZE }

export function parseStatus(value: string | null): SyncStatus | '' {
  const lower = value?.trim().toLowerCase() ?? ''
  return (SYNC_STATUSES as readonly string[]).includes(lower) ? (lower as SyncStatus) : ''
}

export function parseJobTypes(value: string | null): JobType[] {
  if (!value) return []
  const wanted = new Set(value.split(',').map((part) => part.trim().toLowerCase()))
  return JOB_TYPES.filter((type) => wanted.has(type))
}

export function parsePage(value: string | null): number {
  if (!value || !/^\d+$/.test(value.trim())) return 1
  const page = Number(value.trim())
  return Number.isSafeInteger(page) && page >= 1 ? Math.min(page, MAX_PAGE) : 1
}

/** Any whole number of rows from 1 to MAX_PAGE_SIZE, not only the pager's choices: a link may ask for 10. */
export function parsePageSize(value: string | null): number {
  if (!value || !/^\d+$/.test(value.trim())) return DEFAULT_PAGE_SIZE
  const size = Number(value.trim())
  return size >= 1 && size <= MAX_PAGE_SIZE ? size : DEFAULT_PAGE_SIZE
}

export function parseConnectorId(value: string | null): string {
  const id = value?.trim() ?? ''
  return id.length <= MAX_ID_LENGTH ? id : ''
}

export function parseJobFilters(params: URLSearchParams): JobFilters {
  return {
    connectorId: parseConnectorId(params.get(FILTER_PARAMS.connector)),
    status: parseStatus(params.get(FILTER_PARAMS.status)),
    jobTypes: parseJobTypes(params.get(FILTER_PARAMS.jobType)),
    page: parsePage(params.get(FILTER_PARAMS.page)),
    size: parsePageSize(params.get(FILTER_PARAMS.size)),
  }
}

/**
 * Writes `filters` into a copy of `prev` in canonical form: defaults and empty filters are left out
 * (so `/jobs` stays `/jobs`), invalid leftovers are removed, unrelated params are kept.
 */
export function writeJobFilters(prev: URLSearchParams, filters: JobFilters): URLSearchParams {
  const next = new URLSearchParams(prev)
  const set = (key: string, value: string) => (value ? next.set(key, value) : next.delete(key))
  set(FILTER_PARAMS.connector, filters.connectorId)
  set(FILTER_PARAMS.status, filters.status)
  set(FILTER_PARAMS.jobType, JOB_TYPES.filter((type) => filters.jobTypes.includes(type)).join(','))
  set(FILTER_PARAMS.page, filters.page > 1 ? String(filters.page) : '')
  set(FILTER_PARAMS.size, filters.size !== DEFAULT_PAGE_SIZE ? String(filters.size) : '')
  return next
}

export type FilterChange = Partial<Pick<JobFilters, 'connectorId' | 'status' | 'jobTypes'>>

/** A filter change: what the operator sees changes, so paging starts again at page 1. */
export function changeFilters(prev: URLSearchParams, change: FilterChange): URLSearchParams {
  return writeJobFilters(prev, { ...parseJobFilters(prev), ...change, page: 1 })
}

export function changePage(prev: URLSearchParams, page: number): URLSearchParams {
  return writeJobFilters(prev, { ...parseJobFilters(prev), page: Math.min(Math.max(1, Math.floor(page)), MAX_PAGE) })
}

/** A new page size starts at page 1: the old page number means other jobs at another size. */
export function changePageSize(prev: URLSearchParams, size: number): URLSearchParams {
  return writeJobFilters(prev, { ...parseJobFilters(prev), size, page: 1 })
}

/** Clears connector, status and job type; keeps the page size. */
export function clearFilters(prev: URLSearchParams): URLSearchParams {
  return changeFilters(prev, { connectorId: '', status: '', jobTypes: [] })
}

export function hasFilters(filters: JobFilters): boolean {
  return filters.connectorId !== '' || filters.status !== '' || filters.jobTypes.length > 0
}

/** The API's list filters (everything but paging). */
export function toListFilters(filters: Pick<JobFilters, 'connectorId' | 'status' | 'jobTypes'>): SyncJobListFilters {
  const params: SyncJobListFilters = {}
  if (filters.connectorId) params.connector_id = filters.connectorId
  if (filters.status) params.status = filters.status
  // All three types selected means no filter at all: leave the parameter out.
  if (filters.jobTypes.length > 0 && filters.jobTypes.length < JOB_TYPES.length) params.job_type = filters.jobTypes
  return params
}

/** The newest-first page the URL asks for, as the query factory's page takes it. */
export function toPageParams(filters: JobFilters): SyncJobPageParams {
  return { filters: toListFilters(filters), page: filters.page, size: filters.size }
}

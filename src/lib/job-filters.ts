// URL search params ⇄ the jobs list's filters and paging. The URL is the only place this state
// lives (a view can be shared, reloaded and walked with Back/Forward); anything in it that is not a
// valid value is dropped rather than trusted, so a hand-edited link never crashes the page, and the
// valid values beside it are kept. `status` and `connector_id` are comma lists (the list fans out
// over them, see api/sync-job-pages.ts); `service_type`, `created`, `stuck` and `error` have no API
// filter and are applied while the streams are merged.
import { JOB_TYPES, SYNC_STATUSES, type JobType, type SyncStatus } from '../../contract/es-connector-types.ts'
import type { ViewPageParams } from '../api/sync-job-pages.ts'
import type { SyncJobListFilters } from '../api/sync-jobs.ts'
import { parseTimestamp } from './time.ts'

/** The sizes the pager offers; a link may ask for any other size from 1 to MAX_PAGE_SIZE. */
export const PAGE_SIZES = [25, 50, 100, 500, 1000] as const
export const DEFAULT_PAGE_SIZE = 50
export const MAX_PAGE_SIZE = 1000
/** Far beyond any real page count; keeps absurd numbers from reaching the paging math. */
export const MAX_PAGE = 1_000_000
/** Elasticsearch ids are at most 512 bytes; longer text is not an id. */
const MAX_ID_LENGTH = 512
/** More connectors than a link can sensibly carry; the rest of a longer list is dropped. */
export const MAX_CONNECTOR_IDS = 100
/** A failure group's key (see failure-groups.ts): a short hex hash. */
const ERROR_KEY = /^[0-9a-f]{1,16}$/

export const FILTER_PARAMS = {
  connector: 'connector_id',
  status: 'status',
  jobType: 'job_type',
  serviceType: 'service_type',
  created: 'created',
  stuck: 'stuck',
  error: 'error',
  page: 'page',
  size: 'size',
} as const

/** "Created within": the last hour, day or week before now, or a fixed range (epoch ms, either end open). */
export type CreatedWithin = { kind: 'last'; span: CreatedSpan } | { kind: 'range'; from: number | undefined; to: number | undefined }

export const CREATED_SPANS = { '1h': 3_600_000, '24h': 86_400_000, '7d': 7 * 86_400_000 } as const
export type CreatedSpan = keyof typeof CREATED_SPANS

export interface JobFilters {
  /** Empty = every connector; otherwise without duplicates, in the URL's order. */
  connectorIds: string[]
  /** Empty = every status; otherwise in SYNC_STATUSES order, without duplicates. */
  statuses: SyncStatus[]
  /** Empty = every job type; otherwise in JOB_TYPES order, without duplicates. */
  jobTypes: JobType[]
  /** "" = any; otherwise every connector of this service type (resolved through the connector list). */
  serviceType: string
  created: CreatedWithin | null
  /** Only jobs with an attention flag (lib/stuck.ts). */
  stuck: boolean
  /** "" = any; otherwise only failures whose message has this group key (lib/failure-groups.ts). */
  error: string
  /** From 1. */
  page: number
  /** From 1 to MAX_PAGE_SIZE. */
  size: number
}

export const DEFAULT_FILTERS: JobFilters = {
  connectorIds: [],
  statuses: [],
  jobTypes: [],
  serviceType: '',
  created: null,
  stuck: false,
  error: '',
  page: 1,
  size: DEFAULT_PAGE_SIZE,
}

export function parseStatuses(value: string | null): SyncStatus[] {
  if (!value) return []
  const wanted = new Set(value.split(',').map((part) => part.trim().toLowerCase()))
  return SYNC_STATUSES.filter((status) => wanted.has(status))
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

/** One connector id (the create form's `?connector_id=`); "" when absent or too long to be an id. */
export function parseConnectorId(value: string | null): string {
  const id = value?.trim() ?? ''
  return id.length <= MAX_ID_LENGTH ? id : ''
}

export function parseConnectorIds(value: string | null): string[] {
  if (!value) return []
  const ids = value
    .split(',')
    .map((part) => part.trim())
    .filter((id) => id !== '' && id.length <= MAX_ID_LENGTH)
  return [...new Set(ids)].slice(0, MAX_CONNECTOR_IDS)
}

export function parseServiceType(value: string | null): string {
  const type = value?.trim() ?? ''
  return type.length <= MAX_ID_LENGTH ? type : ''
}

/** `1h`, `24h`, `7d`, or `from..to` with ISO timestamps (one end may be left out; from must not follow to). */
export function parseCreated(value: string | null): CreatedWithin | null {
  const text = value?.trim() ?? ''
  if (text in CREATED_SPANS) return { kind: 'last', span: text as CreatedSpan }
  const parts = text.split('..')
  if (parts.length !== 2) return null
  const [fromText = '', toText = ''] = parts.map((part) => part.trim())
  const from = fromText ? parseTimestamp(fromText) : undefined
  const to = toText ? parseTimestamp(toText) : undefined
  if ((fromText && from === undefined) || (toText && to === undefined)) return null
  if (from === undefined && to === undefined) return null
  if (from !== undefined && to !== undefined && from > to) return null
  return { kind: 'range', from, to }
}

const isoOrEmpty = (ms: number | undefined) => (ms === undefined ? '' : new Date(ms).toISOString())

export function writeCreated(created: CreatedWithin | null): string {
  if (!created) return ''
  if (created.kind === 'last') return created.span
  return `${isoOrEmpty(created.from)}..${isoOrEmpty(created.to)}`
}

/** The epoch-ms bounds a "created within" filter stands for at `now` (both inclusive). */
export function createdBounds(created: CreatedWithin, now: number): { from: number | undefined; to: number | undefined } {
  return created.kind === 'last' ? { from: now - CREATED_SPANS[created.span], to: undefined } : { from: created.from, to: created.to }
}

export function parseJobFilters(params: URLSearchParams): JobFilters {
  const error = params.get(FILTER_PARAMS.error)?.trim().toLowerCase() ?? ''
  return {
    connectorIds: parseConnectorIds(params.get(FILTER_PARAMS.connector)),
    statuses: parseStatuses(params.get(FILTER_PARAMS.status)),
    jobTypes: parseJobTypes(params.get(FILTER_PARAMS.jobType)),
    serviceType: parseServiceType(params.get(FILTER_PARAMS.serviceType)),
    created: parseCreated(params.get(FILTER_PARAMS.created)),
    stuck: ['1', 'true', 'yes'].includes(params.get(FILTER_PARAMS.stuck)?.trim().toLowerCase() ?? ''),
    error: ERROR_KEY.test(error) ? error : '',
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
  set(FILTER_PARAMS.connector, [...new Set(filters.connectorIds)].join(','))
  set(FILTER_PARAMS.status, SYNC_STATUSES.filter((status) => filters.statuses.includes(status)).join(','))
  set(FILTER_PARAMS.jobType, JOB_TYPES.filter((type) => filters.jobTypes.includes(type)).join(','))
  set(FILTER_PARAMS.serviceType, filters.serviceType)
  set(FILTER_PARAMS.created, writeCreated(filters.created))
  set(FILTER_PARAMS.stuck, filters.stuck ? '1' : '')
  set(FILTER_PARAMS.error, filters.error)
  set(FILTER_PARAMS.page, filters.page > 1 ? String(filters.page) : '')
  set(FILTER_PARAMS.size, filters.size !== DEFAULT_PAGE_SIZE ? String(filters.size) : '')
  return next
}

/** The filters proper: everything but paging. */
export type ViewFilters = Omit<JobFilters, 'page' | 'size'>
export type FilterChange = Partial<ViewFilters>

/** A filter change: what the operator sees changes, so paging starts again at page 1. */
export function changeFilters(prev: URLSearchParams, change: FilterChange): URLSearchParams {
  return writeJobFilters(prev, { ...parseJobFilters(prev), ...change, page: 1 })
}

/** Replaces every filter with `view`'s (a view link); keeps the page size. */
export function applyView(prev: URLSearchParams, view: FilterChange): URLSearchParams {
  const { page: _page, size: _size, ...none } = DEFAULT_FILTERS
  return changeFilters(prev, { ...none, ...view })
}

export function changePage(prev: URLSearchParams, page: number): URLSearchParams {
  return writeJobFilters(prev, { ...parseJobFilters(prev), page: Math.min(Math.max(1, Math.floor(page)), MAX_PAGE) })
}

/** A new page size starts at page 1: the old page number means other jobs at another size. */
export function changePageSize(prev: URLSearchParams, size: number): URLSearchParams {
  return writeJobFilters(prev, { ...parseJobFilters(prev), size, page: 1 })
}

/** Clears every filter; keeps the page size. */
export function clearFilters(prev: URLSearchParams): URLSearchParams {
  return applyView(prev, {})
}

export function hasFilters(filters: ViewFilters): boolean {
  return (
    filters.connectorIds.length > 0 ||
    filters.statuses.length > 0 ||
    filters.jobTypes.length > 0 ||
    filters.serviceType !== '' ||
    filters.created !== null ||
    filters.stuck ||
    filters.error !== ''
  )
}

/** Whether two sets of filters select the same jobs (a view link is current when they do). */
export function sameFilters(a: ViewFilters, b: ViewFilters): boolean {
  return writeJobFilters(new URLSearchParams(), { ...a, page: 1, size: DEFAULT_PAGE_SIZE }).toString() === writeJobFilters(new URLSearchParams(), { ...b, page: 1, size: DEFAULT_PAGE_SIZE }).toString()
}

/** The API's list filters for one status and one connector at most (everything but paging). */
export function toListFilters(filters: { connectorId?: string; status?: SyncStatus | ''; jobTypes: readonly JobType[] }): SyncJobListFilters {
  const params: SyncJobListFilters = {}
  if (filters.connectorId) params.connector_id = filters.connectorId
  if (filters.status) params.status = filters.status
  // All three types selected means no filter at all: leave the parameter out.
  if (filters.jobTypes.length > 0 && filters.jobTypes.length < JOB_TYPES.length) params.job_type = [...filters.jobTypes]
  return params
}

/**
 * The connectors a view covers: null for every connector, else the chosen ones — narrowed to the
 * service type's connectors when one is chosen (every connector of that type when none is).
 * Undefined while a service type waits for the connector list.
 */
export function resolveConnectorIds(
  filters: Pick<JobFilters, 'connectorIds' | 'serviceType'>,
  connectors: readonly { id: string; service_type?: string | null }[] | undefined,
): string[] | null | undefined {
  if (!filters.serviceType) return filters.connectorIds.length > 0 ? filters.connectorIds : null
  if (!connectors) return undefined
  const ofType = connectors.filter((connector) => connector.service_type === filters.serviceType).map((connector) => connector.id)
  return filters.connectorIds.length > 0 ? filters.connectorIds.filter((id) => ofType.includes(id)) : ofType
}

/** The view query's parameters for these filters; undefined while the connectors they need are not in. */
export function toViewParams(
  filters: JobFilters,
  connectors: readonly { id: string; service_type?: string | null }[] | undefined,
): ViewPageParams | undefined {
  const connectorIds = resolveConnectorIds(filters, connectors)
  if (connectorIds === undefined) return undefined
  const jobTypes = filters.jobTypes.length < JOB_TYPES.length ? filters.jobTypes : []
  const { statuses, created, stuck, error, page, size } = filters
  return { statuses, connectorIds, jobTypes, created, stuck, error, page, size }
}

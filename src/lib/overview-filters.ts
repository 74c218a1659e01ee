// URL search params ⇄ the connectors overview's filters, sort and chart period. As with the jobs
// list (job-filters.ts) the URL is the only place this state lives; a value that is not valid is
// dropped and the rest kept, so a hand-edited link never breaks the page, and defaults are left out
// so `/connectors` stays `/connectors`.
import { HEALTH_STATES, type HealthState } from './connector-health.ts'
import type { OutcomePeriod } from './outcome-buckets.ts'

export const OVERVIEW_PARAMS = { health: 'health', serviceType: 'service_type', search: 'q', sort: 'sort', direction: 'dir', period: 'period' } as const

/** How each health state is spelled in a URL. */
export const HEALTH_SLUGS: Record<HealthState, string> = {
  'Service down': 'service_down',
  Failing: 'failing',
  Late: 'late',
  'Never synced': 'never_synced',
  Healthy: 'healthy',
}

export const OVERVIEW_SORTS = ['severity', 'name', 'freshness', 'streak'] as const
export type OverviewSort = (typeof OVERVIEW_SORTS)[number]
export type SortDirection = 'asc' | 'desc'

/**
 * Each sort's natural direction: worst first, A → Z, stalest data first, longest failure streak first.
 * "asc" always means the order the sort names; "desc" reverses it.
 */
export const DEFAULT_DIRECTION: Record<OverviewSort, SortDirection> = { severity: 'asc', name: 'asc', freshness: 'asc', streak: 'desc' }

export const OUTCOME_PERIOD_VALUES: readonly OutcomePeriod[] = ['24h', '7d']

export interface OverviewFilters {
  /** Empty = every state; otherwise in HEALTH_STATES order, without duplicates. */
  health: HealthState[]
  /** "" = every service type. */
  serviceType: string
  /** Matched against name, id and index name; "" = no search. */
  search: string
  sort: OverviewSort
  direction: SortDirection
  period: OutcomePeriod
}

export const DEFAULT_OVERVIEW: OverviewFilters = { health: [], serviceType: '', search: '', sort: 'severity', direction: 'asc', period: '24h' }

/** Longer text is not a search anyone typed. */
export const MAX_SEARCH_LENGTH = 200
/** Service types are Elasticsearch keywords such as `sharepoint_online`. */
const SERVICE_TYPE = /^[A-Za-z0-9_.:-]{1,100}$/

export function parseHealth(value: string | null): HealthState[] {
  if (!value) return []
  const wanted = new Set(value.split(',').map((part) => part.trim().toLowerCase()))
  return HEALTH_STATES.filter((state) => wanted.has(HEALTH_SLUGS[state]))
}

export function parseServiceType(value: string | null): string {
  const type = value?.trim() ?? ''
  return SERVICE_TYPE.test(type) ? type : ''
}

export function parseSearch(value: string | null): string {
  const text = value?.trim() ?? ''
  return text.length <= MAX_SEARCH_LENGTH ? text : ''
}

export function parseSort(value: string | null): OverviewSort {
  const lower = value?.trim().toLowerCase() ?? ''
  return (OVERVIEW_SORTS as readonly string[]).includes(lower) ? (lower as OverviewSort) : DEFAULT_OVERVIEW.sort
}

export function parseDirection(value: string | null, sort: OverviewSort): SortDirection {
  const lower = value?.trim().toLowerCase()
  return lower === 'asc' || lower === 'desc' ? lower : DEFAULT_DIRECTION[sort]
}

export function parsePeriod(value: string | null): OutcomePeriod {
  const lower = value?.trim().toLowerCase() ?? ''
  return (OUTCOME_PERIOD_VALUES as readonly string[]).includes(lower) ? (lower as OutcomePeriod) : DEFAULT_OVERVIEW.period
}

export function parseOverviewFilters(params: URLSearchParams): OverviewFilters {
  const sort = parseSort(params.get(OVERVIEW_PARAMS.sort))
  return {
    health: parseHealth(params.get(OVERVIEW_PARAMS.health)),
    serviceType: parseServiceType(params.get(OVERVIEW_PARAMS.serviceType)),
    search: parseSearch(params.get(OVERVIEW_PARAMS.search)),
    sort,
    direction: parseDirection(params.get(OVERVIEW_PARAMS.direction), sort),
    period: parsePeriod(params.get(OVERVIEW_PARAMS.period)),
  }
}

/**
 * Writes `filters` into a copy of `prev` in canonical form: defaults and empty values are left out,
 * invalid leftovers removed, unrelated params kept. The direction is written only when it is not
 * the sort's natural one.
 */
export function writeOverviewFilters(prev: URLSearchParams, filters: OverviewFilters): URLSearchParams {
  const next = new URLSearchParams(prev)
  const set = (key: string, value: string) => (value ? next.set(key, value) : next.delete(key))
  set(OVERVIEW_PARAMS.health, HEALTH_STATES.filter((state) => filters.health.includes(state)).map((state) => HEALTH_SLUGS[state]).join(','))
  set(OVERVIEW_PARAMS.serviceType, parseServiceType(filters.serviceType))
  set(OVERVIEW_PARAMS.search, parseSearch(filters.search))
  set(OVERVIEW_PARAMS.sort, filters.sort === DEFAULT_OVERVIEW.sort ? '' : filters.sort)
  set(OVERVIEW_PARAMS.direction, filters.direction === DEFAULT_DIRECTION[filters.sort] ? '' : filters.direction)
  set(OVERVIEW_PARAMS.period, filters.period === DEFAULT_OVERVIEW.period ? '' : filters.period)
  return next
}

/** Changes some of the filters, keeping the rest as the URL has them. */
export function changeOverview(prev: URLSearchParams, change: Partial<OverviewFilters>): URLSearchParams {
  return writeOverviewFilters(prev, { ...parseOverviewFilters(prev), ...change })
}

/**
 * A click on a sortable header: the same column flips its direction, another column starts in its
 * natural direction.
 */
export function nextSort(current: Pick<OverviewFilters, 'sort' | 'direction'>, sort: OverviewSort): Pick<OverviewFilters, 'sort' | 'direction'> {
  if (current.sort !== sort) return { sort, direction: DEFAULT_DIRECTION[sort] }
  return { sort, direction: current.direction === 'asc' ? 'desc' : 'asc' }
}

/** Clears health, service type and search; keeps the sort and the chart period. */
export function clearOverviewFilters(prev: URLSearchParams): URLSearchParams {
  return changeOverview(prev, { health: [], serviceType: '', search: '' })
}

export function hasOverviewFilters(filters: Pick<OverviewFilters, 'health' | 'serviceType' | 'search'>): boolean {
  return filters.health.length > 0 || filters.serviceType !== '' || filters.search !== ''
}

/** Whether a connector matches the search: every word in its name, id or index name (case-insensitive). */
export function matchesSearch(connector: { id: string; name?: string | null; index_name?: string | null }, search: string): boolean {
  const words = search.toLowerCase().split(/\s+/).filter(Boolean)
  if (words.length === 0) return true
  const haystack = [connector.name ?? '', connector.id, connector.index_name ?? ''].join('\n').toLowerCase()
  return words.every((word) => haystack.includes(word))
}

// The overview's rows from what was read: each connector's health (lib/connector-health.ts) from the
// jobs window, joined with that connector's own newest jobs where they were read because the window
// lacks its history; then filtered, counted per state and sorted as the URL asks. Health is the
// expensive part (schedules are read with croner), so a row is kept and reused, the same object, until
// its connector document, its jobs or the clock changes (RowCache).
import type { SyncJobRow } from '../../../contract/es-connector-types.ts'
import type { FleetConnector, JobWindow } from '../../api/fleet.ts'
import type { NewestFirstPage } from '../../api/sync-job-pages.ts'
import { compareHealth, connectorHealth, HEALTH_STATES, OUTCOME_STRIP_LENGTH, type ConnectorHealth, type HealthState } from '../../lib/connector-health.ts'
import { matchesSearch, type OverviewFilters, type OverviewSort, type SortDirection } from '../../lib/overview-filters.ts'
import { compareCodeUnits, compareNames } from '../../lib/compare.ts'
import { yieldToMain } from '../../lib/yield-to-main.ts'

export interface FleetRow {
  connector: FleetConnector
  health: ConnectorHealth
  /** The row's history was read on its own (the window lacks it). */
  ownHistory: boolean
}

/** Window jobs per connector id. */
export function jobsByConnector(jobs: readonly SyncJobRow[]): Map<string, SyncJobRow[]> {
  const groups = new Map<string, SyncJobRow[]>()
  for (const job of jobs) {
    const list = groups.get(job.connector.id)
    if (list) list.push(job)
    else groups.set(job.connector.id, [job])
  }
  return groups
}

const isFinished = (job: SyncJobRow) => job.status === 'completed' || job.status === 'error' || job.status === 'canceled'

/**
 * Whether the window holds too little of a connector's history to show it whole: the window does not
 * hold every job, and fewer than a full outcome strip of this connector's finished syncs are in it.
 */
export function lacksHistory(window: JobWindow, own: readonly SyncJobRow[] | undefined): boolean {
  if (window.complete) return false
  return (own ?? []).filter(isFinished).length < OUTCOME_STRIP_LENGTH
}

interface CacheEntry {
  connector: FleetConnector
  window: JobWindow
  history: NewestFirstPage | undefined
  now: number
  row: FleetRow
}

/**
 * Per connector id, the last row built and what it was built from. A row that still holds is the same
 * object, so the memoised row components skip it on a refresh that changed nothing of it.
 */
export type RowCache = Map<string, CacheEntry>

function mergeJobs(windowJobs: readonly SyncJobRow[], history: readonly SyncJobRow[]): SyncJobRow[] {
  const byId = new Map(windowJobs.map((job) => [job.id, job]))
  // The connector's own read is the one asked for it: its copy of a job wins.
  for (const job of history) byId.set(job.id, job)
  return [...byId.values()]
}

/** A connector's row: the cache's while it still holds, else measured now and cached. */
function rowFor(
  connector: FleetConnector,
  own: () => readonly SyncJobRow[],
  window: JobWindow,
  histories: ReadonlyMap<string, NewestFirstPage>,
  now: number,
  cache: RowCache,
): FleetRow {
  const history = histories.get(connector.id)
  const cached = cache.get(connector.id)
  if (cached && cached.connector === connector && cached.window === window && cached.history === history && cached.now === now) return cached.row
  const jobs = history ? mergeJobs(own(), history.jobs) : own()
  // The jobs stop before this connector's oldest one: its streak may go on further back.
  const capped = history ? history.count > jobs.length : !window.complete
  const row = { connector, health: connectorHealth(connector, jobs, now, { capped }), ownHistory: history !== undefined }
  cache.set(connector.id, { connector, window, history, now, row })
  return row
}

/** Every connector's row, worst first (compareHealth); reuses the cache's entries that still hold. */
export function buildRows(
  connectors: readonly FleetConnector[],
  window: JobWindow,
  histories: ReadonlyMap<string, NewestFirstPage>,
  now: number,
  cache: RowCache,
): FleetRow[] {
  // Grouped only if a row is measured here: after fillRowCache, none is.
  let groups: Map<string, SyncJobRow[]> | undefined
  const ownJobs = (id: string) => () => (groups ??= jobsByConnector(window.jobs)).get(id) ?? []
  const rows = connectors.map((connector) => rowFor(connector, ownJobs(connector.id), window, histories, now, cache))
  return rows.sort((a, b) => compareHealth(a.health, b.health))
}

/**
 * How long one task may spend measuring health before it yields. Lighthouse counts a task as blocking
 * from 50 ms after multiplying it by 4; 1,000 connectors took over a second in one task before.
 */
export const HEALTH_SLICE_MS = 8

/**
 * Measures, a slice of connectors per task, the rows that buildRows would, into `cache`, from the
 * task after the call; then buildRows finds every row there. False when `stopped()` turned true
 * between two slices: the inputs changed, and the rest is left unmeasured.
 */
export async function fillRowCache(
  connectors: readonly FleetConnector[],
  window: JobWindow,
  histories: ReadonlyMap<string, NewestFirstPage>,
  now: number,
  cache: RowCache,
  stopped: () => boolean,
  sliceMs = HEALTH_SLICE_MS,
): Promise<boolean> {
  await yieldToMain()
  if (stopped()) return false
  let sliceStart = performance.now()
  const groups = jobsByConnector(window.jobs)
  for (const connector of connectors) {
    if (performance.now() - sliceStart >= sliceMs) {
      await yieldToMain()
      if (stopped()) return false
      sliceStart = performance.now()
    }
    rowFor(connector, () => groups.get(connector.id) ?? [], window, histories, now, cache)
  }
  return true
}

/** Rows matching the service type and the search (the health filter aside: the chips count these). */
export function matchingRows(rows: readonly FleetRow[], filters: Pick<OverviewFilters, 'serviceType' | 'search'>): FleetRow[] {
  return rows.filter(
    (row) => (filters.serviceType === '' || row.connector.service_type === filters.serviceType) && matchesSearch(row.connector, filters.search),
  )
}

export function countByState(rows: readonly FleetRow[]): Record<HealthState, number> {
  const counts = Object.fromEntries(HEALTH_STATES.map((state) => [state, 0])) as Record<HealthState, number>
  for (const row of rows) counts[row.health.state] += 1
  return counts
}

/** The longest failure streak of any family; 0 when nothing fails. */
export function streakLength(health: ConnectorHealth): number {
  return Math.max(0, ...Object.values(health.streaks).map((streak) => streak?.count ?? 0))
}

const byName = (a: FleetRow, b: FleetRow) =>
  compareNames(a.health.name, b.health.name) || compareCodeUnits(a.connector.id, b.connector.id)

const COMPARATORS: Record<OverviewSort, (a: FleetRow, b: FleetRow) => number> = {
  severity: (a, b) => compareHealth(a.health, b.health),
  name: byName,
  // Stalest first; never fresh (no successful content sync known) before everything.
  freshness: (a, b) => (a.health.freshAsOf ?? -Infinity) - (b.health.freshAsOf ?? -Infinity) || compareHealth(a.health, b.health),
  // Fewest failures in a row first, so that "desc" (the natural direction) puts the longest first.
  streak: (a, b) => streakLength(a.health) - streakLength(b.health) || -compareHealth(a.health, b.health),
}

export function sortRows(rows: readonly FleetRow[], sort: OverviewSort, direction: SortDirection): FleetRow[] {
  const compare = COMPARATORS[sort]
  return rows.toSorted(direction === 'asc' ? compare : (a, b) => compare(b, a))
}

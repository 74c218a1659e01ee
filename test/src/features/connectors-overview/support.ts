// Helpers for the overview's component tests: a small fleet placed in time around the real clock (the
// page measures health at the time of its latest answer), loaded into the emulator; and the table, its
// rows and their health as a person reads them.
import { screen, within } from '@testing-library/react'
import type { Connector, JobType, SchedulingEntry, SyncJob, SyncStatus } from '../../../../contract/es-connector-types.ts'
import type { Emulator } from '../../../../server/emulator/app.ts'
import { connector, syncJob } from '../../../support/factories.ts'
import { useEmulator } from '../../support/emulator.ts'
import { renderRoute } from '../../support/render.tsx'

export const MINUTE = 60_000
export const HOUR = 60 * MINUTE
export const DAY = 24 * HOUR
export const HOURLY = '0 0 * * * ?'

/** ISO time `ms` before now. */
export const ago = (ms: number) => new Date(Date.now() - ms).toISOString()

const OFF: SchedulingEntry = { enabled: false, interval: '0 0 0 * * ?' }

/** A connected connector whose service checked in `lastSeenAgo` before now (never when null). */
export function fleetConnector(
  id: string,
  { name = id, serviceType = 'google_drive', lastSeenAgo = MINUTE, schedules = {} }: { name?: string; serviceType?: string; lastSeenAgo?: number | null; schedules?: Partial<Record<JobType, string>> } = {},
): Connector {
  const entry = (type: JobType): SchedulingEntry => (schedules[type] === undefined ? OFF : { enabled: true, interval: schedules[type] })
  const base = connector({
    id,
    name,
    service_type: serviceType,
    index_name: `search-${id}`,
    scheduling: { full: entry('full'), incremental: entry('incremental'), access_control: entry('access_control') },
  })
  return lastSeenAgo === null ? base : { ...base, last_seen: ago(lastSeenAgo) }
}

/** A full sync of `connectorId` that ended `endedAgo` before now after running 10 minutes. */
export function finishedJob(id: string, connectorId: string, status: Extract<SyncStatus, 'completed' | 'error' | 'canceled'>, endedAgo: number, extra: Partial<SyncJob> = {}): SyncJob {
  return syncJob({
    id,
    connector: { id: connectorId, index_name: `search-${connectorId}`, service_type: 'google_drive' },
    status,
    created_at: ago(endedAgo + 11 * MINUTE),
    started_at: ago(endedAgo + 10 * MINUTE),
    completed_at: ago(endedAgo),
    last_seen: ago(endedAgo),
    worker_hostname: 'worker-a',
    indexed_document_count: status === 'completed' ? 120 : 0,
    ...(status === 'canceled' ? { canceled_at: ago(endedAgo) } : {}),
    ...(status === 'error' ? { error: `SyncError: ${id} failed\nTraceback (most recent call last): …` } : {}),
    ...extra,
  })
}

/** A job waiting for a worker, created `createdAgo` before now. */
export function pendingJob(id: string, connectorId: string, createdAgo: number): SyncJob {
  return syncJob({ id, connector: { id: connectorId, index_name: `search-${connectorId}`, service_type: 'google_drive' }, created_at: ago(createdAgo) })
}

export function loadFleet(emulator: Emulator, connectors: Connector[], jobs: SyncJob[]): void {
  emulator.store.loadSeed({ connectors, jobs })
}

/**
 * One connector in each state: "Down" (its service last checked in an hour ago), "Failer" (its last
 * three syncs failed), "Tardy" (an hourly schedule whose last run made no job), "Fresh" (no sync yet)
 * and "Good" (synced ten minutes ago, on demand).
 */
export function everyState(): { connectors: Connector[]; jobs: SyncJob[] } {
  return {
    connectors: [
      fleetConnector('down', { name: 'Down', serviceType: 'network_drive', lastSeenAgo: HOUR }),
      fleetConnector('failer', { name: 'Failer', serviceType: 'confluence' }),
      fleetConnector('tardy', { name: 'Tardy', serviceType: 'postgresql', schedules: { full: HOURLY } }),
      fleetConnector('fresh', { name: 'Fresh', serviceType: 'github' }),
      fleetConnector('good', { name: 'Good', serviceType: 'google_drive' }),
    ],
    jobs: [
      finishedJob('down-1', 'down', 'completed', 30 * MINUTE),
      finishedJob('failer-0', 'failer', 'completed', 5 * HOUR),
      finishedJob('failer-1', 'failer', 'error', 3 * HOUR),
      finishedJob('failer-2', 'failer', 'error', 2 * HOUR),
      finishedJob('failer-3', 'failer', 'error', HOUR),
      finishedJob('tardy-1', 'tardy', 'completed', 5 * HOUR, { trigger_method: 'scheduled' }),
      finishedJob('good-1', 'good', 'completed', 10 * MINUTE),
    ],
  }
}

export const overviewTable = () => screen.getByRole('table', { name: 'Connectors' })

/** Data rows of the table. */
export const bodyRows = () =>
  within(overviewTable())
    .getAllByRole('row')
    .filter((row) => within(row).queryAllByRole('cell').length > 0)

/** The connector names shown, top to bottom. */
export const shownNames = () => bodyRows().map((row) => within(row).getAllByRole('link')[0]?.textContent ?? '')

/** The row of the connector named `name`. */
export function rowOf(name: string): HTMLElement {
  const row = bodyRows().find((candidate) => within(candidate).queryByRole('link', { name }) !== null)
  if (!row) throw new Error(`no row for ${name} among ${shownNames().join(', ')}`)
  return row
}

const HEALTH_WORDS = ['Service down', 'Failing', 'Late', 'Never synced', 'Healthy']

/** The health word the row shows. */
export function healthOf(name: string): string {
  const words = HEALTH_WORDS.filter((word) => within(rowOf(name)).queryByText(word, { selector: '.health-badge' }) !== null)
  if (words.length !== 1) throw new Error(`row ${name} shows ${words.length} health words`)
  return words[0]!
}

export const searchOf = (router: { state: { location: { search: string } } }) => new URLSearchParams(router.state.location.search)

/** everyState()'s connectors in the overview's own order, worst first. */
export const EVERY_STATE_WORST_FIRST = ['Down', 'Failer', 'Tardy', 'Fresh', 'Good']

/** The fleet of one connector per state (everyState) in a fresh emulator, and the overview at `url`. */
export function useEveryStateFleet(url = '/connectors') {
  const emulator = useEmulator({ connectors: 0 })
  const fleet = everyState()
  loadFleet(emulator, fleet.connectors, fleet.jobs)
  return renderRoute(url)
}

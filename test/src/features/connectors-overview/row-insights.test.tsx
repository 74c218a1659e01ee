// The two row flags the jobs window cannot show by itself — a sync cursor that stopped moving and
// failures that began with a snapshot change — come from small per-connector reads through msw into
// the emulator: only for connectors that could show them (completed incremental syncs; a failure
// streak), only while their row is on screen, with a narrow filter_path, and not again on a refresh
// that brought nothing new.
import { act, screen, waitFor, within } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { ConnectorConfiguration, SyncJob } from '../../../../contract/es-connector-types.ts'
import { useEmulator } from '../../support/emulator.ts'
import { mswServer } from '../../support/msw-server.ts'
import { renderRoute } from '../../support/render.tsx'
import { finishedJob, fleetConnector, HOUR, loadFleet, rowOf } from './support.ts'

/** A configuration of one plain setting and one secret, as Elasticsearch copies it into a job. */
const configuration = (host: string, password: string): ConnectorConfiguration =>
  ({
    host: { label: 'Host', value: host, sensitive: false, display: 'text', order: 1 },
    password: { label: 'Password', value: password, sensitive: true, display: 'text', order: 2 },
  }) as unknown as ConnectorConfiguration

/** An incremental sync that claimed with `cursor`, ended `endedAgo` before now. */
const incremental = (id: string, connectorId: string, endedAgo: number, cursor: Record<string, unknown>): SyncJob =>
  finishedJob(id, connectorId, 'completed', endedAgo, {
    job_type: 'incremental',
    connector: { id: connectorId, index_name: `search-${connectorId}`, service_type: 'salesforce', sync_cursor: cursor } as SyncJob['connector'],
  })

/** A full sync of `connectorId` with a snapshot of host `host`. */
const full = (id: string, connectorId: string, status: 'completed' | 'error', endedAgo: number, host: string): SyncJob =>
  finishedJob(id, connectorId, status, endedAgo, {
    connector: { id: connectorId, index_name: `search-${connectorId}`, service_type: 'mysql', configuration: configuration(host, 'secret-value-Z7') } as SyncJob['connector'],
  })

function fleet(): { connectors: ReturnType<typeof fleetConnector>[]; jobs: SyncJob[] } {
  const stuck = { updated: '2026-01-01T00:00:00Z' }
  return {
    connectors: [
      fleetConnector('stalled', { name: 'Stalled', serviceType: 'salesforce' }),
      fleetConnector('moving', { name: 'Moving', serviceType: 'salesforce' }),
      fleetConnector('changed', { name: 'Changed', serviceType: 'mysql' }),
      fleetConnector('broken', { name: 'Broken', serviceType: 'mysql' }),
      fleetConnector('quiet', { name: 'Quiet', serviceType: 'mysql' }),
    ],
    jobs: [
      ...[4, 3, 2, 1].map((hours) => incremental(`stalled-${hours}`, 'stalled', hours * HOUR, stuck)),
      ...[4, 3, 2, 1].map((hours) => incremental(`moving-${hours}`, 'moving', hours * HOUR, { updated: `2026-01-0${hours}T00:00:00Z` })),
      full('changed-ok', 'changed', 'completed', 5 * HOUR, 'db-1.internal'),
      full('changed-1', 'changed', 'error', 3 * HOUR, 'db-2.internal'),
      full('changed-2', 'changed', 'error', HOUR, 'db-2.internal'),
      full('broken-ok', 'broken', 'completed', 5 * HOUR, 'db-1.internal'),
      full('broken-1', 'broken', 'error', HOUR, 'db-1.internal'),
      full('quiet-1', 'quiet', 'completed', HOUR, 'db-1.internal'),
    ],
  }
}

interface Read {
  connectorId: string
  filterPath: string
  jobType: string | null
}

/** The per-connector job reads made from now on (the jobs window has no connector_id). */
function connectorReads(): Read[] {
  const reads: Read[] = []
  mswServer.events.on('request:start', ({ request }) => {
    const url = new URL(request.url)
    const connectorId = url.searchParams.get('connector_id')
    if (connectorId) reads.push({ connectorId, filterPath: url.searchParams.get('filter_path') ?? '', jobType: url.searchParams.get('job_type') })
  })
  return reads
}

/** How many reads of the jobs window (no connector_id) start from now on. */
function windowReadCount(): () => number {
  let count = 0
  mswServer.events.on('request:start', ({ request }) => {
    const url = new URL(request.url)
    if (url.pathname.endsWith('/_connector/_sync_job') && !url.searchParams.has('connector_id')) count += 1
  })
  return () => count
}

const flagsOf = (name: string) => [...rowOf(name).querySelectorAll('.insight-flags li')].map((item) => item.textContent ?? '')

afterEach(() => vi.unstubAllGlobals())

describe('insight flags that need a connector’s own reads', () => {
  it('flags a stalled cursor and failures since a change, reading only connectors that could show them, once', async () => {
    const emulator = useEmulator({ connectors: 0 })
    const { connectors, jobs } = fleet()
    loadFleet(emulator, connectors, jobs)
    const reads = connectorReads()
    const { user } = renderRoute('/connectors')

    const stalled = await waitFor(() => within(rowOf('Stalled')).getByRole('link', { name: 'Cursor not moving' }), { timeout: 10_000 })
    expect(stalled.getAttribute('href')).toBe('/jobs/stalled-1')
    expect(flagsOf('Stalled')[0]).toContain('4 completed incremental syncs in a row started from the same cursor')

    const blamed = await waitFor(() => within(rowOf('Changed')).getByRole('link', { name: 'Failing since a change' }))
    expect(blamed.getAttribute('href')).toBe('/jobs/changed-2')
    expect(flagsOf('Changed')[0]).toContain('Failing since the configuration changed')
    expect(flagsOf('Changed')[0]).toContain('Host: "db-1.internal" → "db-2.internal"')
    // The secret is the same in every job: no change is read into it, and its value is nowhere.
    expect(flagsOf('Changed')[0]).not.toContain('Password')
    expect(document.body.textContent).not.toContain('secret-value-Z7')

    // A cursor that moves, a failure without a change, and a healthy full-only connector: no flag.
    expect(flagsOf('Moving')).toEqual([])
    expect(flagsOf('Broken')).toEqual([])
    expect(flagsOf('Quiet')).toEqual([])

    const byConnector = (id: string) => reads.filter((read) => read.connectorId === id)
    // Cursor reads: completed incremental syncs, with the cursor and no other snapshot part.
    for (const id of ['stalled', 'moving']) {
      expect(byConnector(id)).toHaveLength(1)
      expect(byConnector(id)[0]!.jobType).toBe('incremental')
      expect(byConnector(id)[0]!.filterPath).toContain('results.connector.sync_cursor')
      expect(byConnector(id)[0]!.filterPath).not.toContain('configuration')
    }
    // Snapshot reads: the failing family's jobs, each configuration field's value, label and flag only.
    for (const id of ['changed', 'broken']) {
      expect(byConnector(id)).toHaveLength(1)
      expect(byConnector(id)[0]!.jobType).toBe('full,incremental')
      expect(byConnector(id)[0]!.filterPath).toContain('results.connector.configuration.*.value')
      expect(byConnector(id)[0]!.filterPath).not.toContain('sync_cursor')
    }
    expect(byConnector('quiet')).toEqual([])

    // A refresh that brings no new job reads none of them again.
    const before = reads.length
    const windowReads = windowReadCount()
    await user.click(screen.getByRole('button', { name: /Refresh/ }))
    await waitFor(() => expect(windowReads()).toBeGreaterThan(0))
    await new Promise((resolve) => setTimeout(resolve, 500))
    expect(reads.length).toBe(before)
  })

  it('reads nothing for a row until it comes on screen', async () => {
    vi.stubGlobal('IntersectionObserver', FakeObserver)
    const emulator = useEmulator({ connectors: 0 })
    const { connectors, jobs } = fleet()
    loadFleet(emulator, connectors, jobs)
    const reads = connectorReads()
    renderRoute('/connectors')
    await waitFor(() => expect(rowOf('Stalled')).toBeTruthy(), { timeout: 10_000 })
    // Time for the rules' module to load and any read to start.
    await new Promise((resolve) => setTimeout(resolve, 500))
    expect(reads).toEqual([])
    expect(flagsOf('Stalled')).toEqual([])

    act(() => FakeObserver.current!.show(rowOf('Stalled')))
    await waitFor(() => within(rowOf('Stalled')).getByRole('link', { name: 'Cursor not moving' }))
    expect(reads.map((read) => read.connectorId)).toEqual(['stalled'])
    expect(flagsOf('Changed')).toEqual([])
  })
})

/** An IntersectionObserver the test drives: rows are on screen when the test says so. */
class FakeObserver {
  static current: FakeObserver | undefined
  readonly callback: IntersectionObserverCallback
  constructor(callback: IntersectionObserverCallback) {
    this.callback = callback
    FakeObserver.current = this
  }
  observe() {}
  unobserve() {}
  disconnect() {}
  show(target: Element) {
    this.callback([{ target, isIntersecting: true } as IntersectionObserverEntry], this as unknown as IntersectionObserver)
  }
}

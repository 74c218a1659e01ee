// A connector whose history the jobs window lacks is read on its own — only while its row is on
// screen: no request for rows off screen, one for a row that comes on screen, and its health then
// comes from its own jobs instead of the connector document.
import { act, screen, waitFor, within } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { SyncJob } from '../../../../contract/es-connector-types.ts'
import { SYNC_JOB_ROW_FILTER } from '../../../../contract/read-filters.ts'
import { useEmulator } from '../../support/emulator.ts'
import { mswServer } from '../../support/msw-server.ts'
import { renderRoute } from '../../support/render.tsx'
import { ago, DAY, finishedJob, fleetConnector, healthOf, loadFleet, MINUTE, rowOf } from './support.ts'

/** An IntersectionObserver the test drives: rows are on screen when the test says so. */
class FakeObserver {
  static current: FakeObserver | undefined
  readonly targets = new Set<Element>()
  readonly callback: IntersectionObserverCallback
  constructor(callback: IntersectionObserverCallback) {
    this.callback = callback
    FakeObserver.current = this
  }
  observe(target: Element) {
    this.targets.add(target)
  }
  unobserve(target: Element) {
    this.targets.delete(target)
  }
  disconnect() {
    this.targets.clear()
  }
  show(target: Element) {
    this.callback([{ target, isIntersecting: true } as IntersectionObserverEntry], this as unknown as IntersectionObserver)
  }
}

afterEach(() => vi.unstubAllGlobals())

/**
 * The connector ids of the per-connector history reads made from now on: list rows, as the jobs list
 * reads them (the insight flags' own reads, with their narrow filter_path, are row-insights.test.tsx's).
 */
function historyReads(): string[] {
  const ids: string[] = []
  mswServer.events.on('request:start', ({ request }) => {
    const params = new URL(request.url).searchParams
    const id = params.get('connector_id')
    if (id && params.get('filter_path') === SYNC_JOB_ROW_FILTER) ids.push(id)
  })
  return ids
}

describe('a connector’s own history', () => {
  it('is read only for a row on screen whose history the window lacks', async () => {
    vi.stubGlobal('IntersectionObserver', FakeObserver)
    const emulator = useEmulator({ connectors: 0 })
    // 1,000 syncs of Busy over the last five days fill the first page; the second reaches back past
    // eight days, so the window stops there, before Weekly's syncs of three weeks ago.
    const recent = Array.from({ length: 1000 }, (_, index) => finishedJob(`busy-${index}`, 'busy', 'completed', (index + 1) * 7 * MINUTE))
    const old = Array.from({ length: 1000 }, (_, index) => finishedJob(`old-${index}`, 'busy', 'completed', 9 * DAY + index * MINUTE))
    const weekly: SyncJob[] = [
      finishedJob('weekly-1', 'weekly', 'completed', 24 * DAY),
      finishedJob('weekly-2', 'weekly', 'error', 23 * DAY),
      finishedJob('weekly-3', 'weekly', 'error', 22 * DAY),
      finishedJob('weekly-4', 'weekly', 'error', 21 * DAY),
    ]
    loadFleet(
      emulator,
      [
        fleetConnector('busy', { name: 'Busy' }),
        // What the service wrote after Weekly's last sync: the window holds none of its jobs.
        { ...fleetConnector('weekly', { name: 'Weekly' }), last_sync_status: 'error', last_sync_error: 'SyncError: weekly-4 failed', last_synced: ago(21 * DAY) },
      ],
      [...recent, ...old, ...weekly],
    )
    const reads = historyReads()
    renderRoute('/connectors')
    await waitFor(() => expect(healthOf('Weekly')).toBe('Failing'))
    // From the connector document: one failure known, maybe more.
    expect(within(rowOf('Weekly')).getByText('1+ in a row')).toBeTruthy()
    expect(rowOf('Weekly').textContent).toContain('from the connector document')
    expect(reads).toEqual([])

    act(() => FakeObserver.current!.show(rowOf('Weekly')))
    await waitFor(() => expect(within(rowOf('Weekly')).getByText('3 in a row')).toBeTruthy())
    expect(reads).toEqual(['weekly'])
    const strip = within(rowOf('Weekly')).getByRole('list', { name: 'Last 4 outcomes of Weekly, oldest first' })
    expect(within(strip).getAllByRole('link')).toHaveLength(4)

    // Busy's history is in the window: its row coming on screen reads nothing.
    act(() => FakeObserver.current!.show(rowOf('Busy')))
    await act(() => new Promise((resolve) => setTimeout(resolve, 50)))
    expect(reads).toEqual(['weekly'])
    expect(screen.getByRole('table', { name: 'Connectors' })).toBeTruthy()
  })
})

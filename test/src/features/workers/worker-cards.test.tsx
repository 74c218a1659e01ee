// On a narrow screen the workers page is still the "Workers" table, of one column: a card per host with
// its link to its jobs and its facts labelled (running now, freshest heartbeat, completed, failed,
// failure rate against the others with the host-blame flag, documents per second), so nothing scrolls
// sideways. jsdom has no matchMedia: the narrow screen is a stand-in answering the page's media query
// (the layout itself is checked in Chromium by e2e, page-widths.spec.ts).
import { screen, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { SyncJob } from '../../../../contract/es-connector-types.ts'
import { NARROW_QUERY } from '../../../../src/hooks/use-narrow-screen.ts'
import { useEmulator } from '../../support/emulator.ts'
import { renderRoute } from '../../support/render.tsx'
import { ago, finishedJob, fleetConnector, HOUR, loadFleet, MINUTE, pendingJob } from '../connectors-overview/support.ts'

const original = Object.getOwnPropertyDescriptor(window, 'matchMedia')

beforeEach(() => {
  Object.defineProperty(window, 'matchMedia', {
    configurable: true,
    value: (query: string) => ({
      matches: query === NARROW_QUERY,
      media: query,
      onchange: null,
      addEventListener: () => {},
      removeEventListener: () => {},
      addListener: () => {},
      removeListener: () => {},
      dispatchEvent: () => false,
    }),
  })
})

afterEach(() => {
  if (original) Object.defineProperty(window, 'matchMedia', original)
  else Reflect.deleteProperty(window, 'matchMedia')
})

function fleetOfHosts(): SyncJob[] {
  const jobs: SyncJob[] = []
  for (let index = 0; index < 10; index++) {
    jobs.push(finishedJob(`a-${index}`, 'docs', 'completed', (index + 1) * HOUR, { worker_hostname: 'host-a', indexed_document_count: 6000 }))
    jobs.push(finishedJob(`b-${index}`, 'docs', 'completed', (index + 1) * HOUR + MINUTE, { worker_hostname: 'host-b', indexed_document_count: 6000 }))
  }
  for (let index = 0; index < 8; index++) {
    jobs.push(finishedJob(`bad-${index}`, 'docs', index < 5 ? 'error' : 'completed', (index + 1) * HOUR + 2 * MINUTE, { worker_hostname: 'host-bad' }))
  }
  jobs.push({ ...pendingJob('run-1', 'docs', 3 * MINUTE), status: 'in_progress', started_at: ago(2 * MINUTE), last_seen: ago(5_000), worker_hostname: 'host-a' })
  return jobs
}

/** A card's facts, term → value text. */
const factsOf = (card: HTMLElement) =>
  Object.fromEntries([...card.querySelectorAll('dt')].map((term) => [term.textContent, term.nextElementSibling?.textContent]))

describe('workers page on a narrow screen', () => {
  it('shows one card per host in a one-column "Workers" table, with no sideways-scrolling region', async () => {
    const emulator = useEmulator({ connectors: 0 })
    loadFleet(emulator, [fleetConnector('docs', { name: 'Docs' })], fleetOfHosts())
    const { user, router } = renderRoute('/workers')
    const table = await screen.findByRole('table', { name: 'Workers' })
    expect(screen.queryByRole('region', { name: 'Workers table, scrollable' })).toBeNull()
    expect(within(table).getAllByRole('columnheader').map((header) => header.textContent)).toEqual(['Host'])
    const rows = within(table).getAllByRole('row').slice(1)
    // Flagged first, then by name; one cell per host.
    expect(rows.map((row) => within(row).getAllByRole('cell')).map((cells) => cells.length)).toEqual([1, 1, 1])
    expect(rows.map((row) => within(row).getByRole('link').textContent)).toEqual(['host-bad', 'host-a', 'host-b'])

    const bad = factsOf(rows[0]!)
    expect(bad).toEqual({
      'Running now': '0',
      'Freshest heartbeat': expect.stringMatching(/ago$/),
      Completed: '3',
      Failed: '5',
      'Failure rate': expect.stringMatching(/^63 % \(others 0 %\)Fails far more often\. host-bad failed 5 of 8 finished jobs/),
      'Documents/s': expect.any(String),
    })
    expect(rows[0]!.getAttribute('data-flagged')).toBe('true')
    expect(factsOf(rows[1]!)).toEqual({
      'Running now': '1',
      'Freshest heartbeat': expect.stringMatching(/s ago|just now/),
      Completed: '10',
      Failed: '0',
      'Failure rate': '0 % (others 28 %)',
      'Documents/s': '10/s',
    })

    // The host's link still opens its jobs, and its card is marked as the current one.
    await user.click(within(table).getByRole('link', { name: 'Jobs of host-bad' }))
    expect(router.state.location.search).toBe('?host=host-bad')
    expect(await screen.findByRole('list', { name: 'Jobs run by host-bad' })).toBeTruthy()
    expect(within(screen.getByRole('table', { name: 'Workers' })).getAllByRole('row')[1]!.getAttribute('aria-current')).toBe('true')
  })
})

// On a narrow screen (a phone) the overview's table is one column of cards: each connector's name
// linking to its page, its health in words with the reason, what it does now, data fresh as of, the
// last outcome with its error's first line, the last outcomes as links to their jobs, the service's
// check-in and its jobs — and, with no column headers to click, a "Sort by" control that writes the
// URL. The wide table stays a table of columns.
import { screen, waitFor, within } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { useEmulator } from '../../support/emulator.ts'
import { renderRoute } from '../../support/render.tsx'
import { everyState, healthOf, loadFleet, overviewTable, rowOf, searchOf, shownNames } from './support.ts'

/** A window as narrow as a phone's, as matchMedia answers the overview's card query. */
function phoneWidth(): void {
  vi.stubGlobal('matchMedia', (query: string) => ({
    matches: query.includes('max-width'),
    media: query,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
  }))
}

/** The card's facts, term → text. */
function factsOf(name: string): Record<string, string> {
  const terms = [...rowOf(name).querySelectorAll('dt')]
  return Object.fromEntries(terms.map((term) => [term.textContent ?? '', term.nextElementSibling?.textContent ?? '']))
}

afterEach(() => vi.unstubAllGlobals())

describe('connectors overview on a phone', () => {
  it('shows each connector as a card with its health, activity, freshness, last outcome and outcomes', async () => {
    phoneWidth()
    const emulator = useEmulator({ connectors: 0 })
    const fleet = everyState()
    loadFleet(emulator, fleet.connectors, fleet.jobs)
    const { user, router } = renderRoute('/connectors')
    await waitFor(() => expect(shownNames()).toEqual(['Down', 'Failer', 'Tardy', 'Fresh', 'Good']))

    // One column: no sortable headers, one cell per connector.
    expect(within(overviewTable()).getAllByRole('columnheader').map((header) => header.textContent)).toEqual(['Connector'])
    expect(within(overviewTable()).queryByRole('button')).toBeNull()
    expect(['Down', 'Failer', 'Tardy', 'Fresh', 'Good'].map(healthOf)).toEqual(['Service down', 'Failing', 'Late', 'Never synced', 'Healthy'])

    const failer = rowOf('Failer')
    expect(within(failer).getAllByRole('cell')).toHaveLength(1)
    expect(within(failer).getByRole('link', { name: 'Failer' }).getAttribute('href')).toBe('/connectors/failer')
    expect(within(failer).getByText('3 in a row')).toBeTruthy()
    const facts = factsOf('Failer')
    expect(Object.keys(facts)).toEqual(['Now', 'Data fresh as of', 'Last outcome', 'Last 20 outcomes', 'Service check-in'])
    expect(facts.Now).toBe('Idle')
    expect(facts['Data fresh as of']).toMatch(/^5 h ago$/)
    expect(facts['Last outcome']).toMatch(/^Failed full 1 h agoSyncError: failer-3 failed$/)
    expect(facts['Service check-in']).toMatch(/ago$/)
    const strip = within(failer).getByRole('list', { name: 'Last 4 outcomes of Failer, oldest first' })
    expect(within(strip).getAllByRole('link').map((link) => link.getAttribute('href'))).toEqual(['/jobs/failer-0', '/jobs/failer-1', '/jobs/failer-2', '/jobs/failer-3'])
    expect(within(failer).getByRole('link', { name: 'Sync jobs of Failer' }).getAttribute('href')).toBe('/jobs?connector_id=failer')
    expect(factsOf('Fresh')).toMatchObject({ 'Data fresh as of': 'never', 'Last outcome': 'No sync finished', 'Last 20 outcomes': 'None yet' })

    // Sorting without headers: the control writes the URL and orders the cards.
    await user.selectOptions(screen.getByLabelText('Sort by'), 'Name')
    expect(searchOf(router).get('sort')).toBe('name')
    await waitFor(() => expect(shownNames()).toEqual(['Down', 'Failer', 'Fresh', 'Good', 'Tardy']))
  })

  it('keeps the columns on a wide screen', async () => {
    const emulator = useEmulator({ connectors: 0 })
    const fleet = everyState()
    loadFleet(emulator, fleet.connectors, fleet.jobs)
    renderRoute('/connectors')
    await waitFor(() => expect(shownNames()).toHaveLength(5))
    expect(within(overviewTable()).getAllByRole('columnheader')).toHaveLength(9)
    expect(screen.queryByLabelText('Sort by')).toBeNull()
  })
})

// On a narrow screen the list is still the "Sync jobs" table, of one column: a card per job with
// its id, status and flags, connector, creation and the first line of its error; the filters fold
// behind one button that says how many are set. jsdom has no matchMedia: the narrow screen is a
// stand-in answering the list's media query (the layout itself is checked in Chromium by e2e).
import { screen, waitFor, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { NARROW_QUERY } from '../../../../src/hooks/use-narrow-screen.ts'
import { useEmulator } from '../../support/emulator.ts'
import { renderRoute } from '../../support/render.tsx'
import { syncableConnector } from '../../../support/connectors.ts'
import { bodyRows, expectIds, jobsTable, newestIds, searchOf } from './support.ts'

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

describe('jobs list on a narrow screen', () => {
  it('shows one card per job in a one-column "Sync jobs" table', async () => {
    const emulator = useEmulator()
    const connector = syncableConnector(emulator)
    const id = emulator.store.createSyncJob({ id: connector.id, job_type: 'incremental' })
    emulator.store.claimSyncJob(id, { worker_hostname: 'w' })
    emulator.store.setSyncJobError(id, 'ThrottledError: the source throttled the connector\nTraceback (most recent call last): …')
    renderRoute('/jobs')
    await waitFor(() => expect(bodyRows()[0]?.textContent).toContain(id))

    expect(within(jobsTable()).getAllByRole('columnheader').map((th) => th.textContent)).toEqual(['Sync job'])
    const card = bodyRows()[0] as HTMLElement
    expect(within(card).getAllByRole('cell')).toHaveLength(1)
    expect(within(card).getAllByRole('link')[0]?.textContent).toBe(id)
    expect(within(card).getByText('Failed')).toBeTruthy()
    expect(card.textContent).toContain(connector.name)
    expect(card.textContent).toContain(connector.id)
    expect(card.textContent).toMatch(/Created (just now|.* ago)/)
    expect(card.textContent).toContain('Incremental')
    // The error's first line, its full text on hover.
    const error = within(card).getByText('ThrottledError: the source throttled the connector')
    expect(error.getAttribute('title')).toContain('Traceback')
    expect(card.textContent).not.toContain('Traceback')
  })

  it('draws the folded filters when first unfolded, and keeps the same controls when folded again', async () => {
    const emulator = useEmulator()
    const { user } = renderRoute('/jobs')
    await expectIds(newestIds(emulator, { size: 50 }))
    const toggle = screen.getByRole('button', { name: /^Filters/ })
    const fields = document.getElementById(toggle.getAttribute('aria-controls') ?? '') as HTMLElement
    // The element the toggle controls is there, hidden and empty, until the first unfold.
    expect(fields.hidden).toBe(true)
    expect(fields.childElementCount).toBe(0)

    await user.click(toggle)
    const status = within(fields).getByRole('combobox', { name: 'Status' })
    await user.click(toggle)
    expect(fields.hidden).toBe(true)
    expect(fields.contains(status)).toBe(true)
    await user.click(toggle)
    expect(within(fields).getByRole('combobox', { name: 'Status' })).toBe(status)
  })

  it('folds the filters behind one button that says how many are set', async () => {
    const emulator = useEmulator()
    const { user, router } = renderRoute('/jobs?status=error&job_type=full')
    await expectIds(newestIds(emulator, { status: 'error', job_type: ['full'], size: 50 }))
    const toggle = screen.getByRole('button', { name: /^Filters/ })
    expect(toggle.textContent).toMatch(/2 active/)
    expect(toggle.getAttribute('aria-expanded')).toBe('false')
    expect(screen.queryByRole('combobox', { name: 'Status' })).toBeNull()

    await user.click(toggle)
    expect(toggle.getAttribute('aria-expanded')).toBe('true')
    const fields = document.getElementById(toggle.getAttribute('aria-controls') ?? '') as HTMLElement
    await user.click(within(fields).getByRole('button', { name: 'Clear filters' }))
    expect(router.state.location.search).toBe('')
    expect(toggle.textContent).toMatch(/none set/)
    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'completed')
    expect(searchOf(router).get('status')).toBe('completed')
    expect(toggle.textContent).toMatch(/1 active/)
  })
})

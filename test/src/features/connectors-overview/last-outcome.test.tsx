// The overview's "Last outcome": a connector whose content syncs fail and whose newest access-control
// sync completed later shows both, each named by its family, so "Completed" never stands alone beside
// "Failing"; a connector whose families agree shows its newest sync alone. Through msw into the emulator.
import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { useEmulator } from '../../support/emulator.ts'
import { renderRoute } from '../../support/render.tsx'
import { finishedJob, fleetConnector, healthOf, HOUR, loadFleet, MINUTE, rowOf, shownNames } from './support.ts'

describe('last outcome on the connectors overview', () => {
  it('shows each family’s newest outcome when they differ, and the newest sync alone when they agree', async () => {
    const emulator = useEmulator({ connectors: 0 })
    loadFleet(
      emulator,
      [fleetConnector('mixed', { name: 'Mixed' }), fleetConnector('agreed', { name: 'Agreed' })],
      [
        finishedJob('mixed-ok', 'mixed', 'completed', 5 * HOUR),
        finishedJob('mixed-f1', 'mixed', 'error', 3 * HOUR),
        finishedJob('mixed-f2', 'mixed', 'error', 2 * HOUR),
        // Later than every content sync: alone it would read "Completed" beside "Failing".
        finishedJob('mixed-acl', 'mixed', 'completed', 30 * MINUTE, { job_type: 'access_control' }),
        finishedJob('agreed-full', 'agreed', 'completed', 2 * HOUR),
        finishedJob('agreed-acl', 'agreed', 'completed', 40 * MINUTE, { job_type: 'access_control' }),
      ],
    )
    renderRoute('/connectors')
    await waitFor(() => expect(shownNames()).toEqual(['Mixed', 'Agreed']))
    expect(healthOf('Mixed')).toBe('Failing')

    const mixed = rowOf('Mixed')
    const outcomes = within(mixed).getByRole('list', { name: 'Last outcome of each family' })
    const items = within(outcomes).getAllByRole('listitem')
    expect(items.map((item) => item.querySelector('.outcome-family')?.textContent)).toEqual(['Content:', 'Access control:'])
    expect(items[0]!.textContent).toMatch(/^Content: Failed full 2 h agoSyncError: mixed-f2 failed$/)
    expect(items[1]!.textContent).toMatch(/^Access control: Completed access control 30 min ago$/)
    expect(within(mixed).getByRole('link', { name: 'Last content sync, failed: job mixed-f2' }).getAttribute('href')).toBe('/jobs/mixed-f2')
    expect(within(mixed).getByRole('link', { name: 'Last access control sync, completed: job mixed-acl' }).getAttribute('href')).toBe('/jobs/mixed-acl')
    expect(within(mixed).queryByRole('link', { name: /^Last sync,/ })).toBeNull()

    const agreed = rowOf('Agreed')
    expect(healthOf('Agreed')).toBe('Healthy')
    expect(within(agreed).getByRole('link', { name: 'Last sync, completed: job agreed-acl' }).getAttribute('href')).toBe('/jobs/agreed-acl')
    expect(agreed.querySelector('.outcome-family')).toBeNull()
    expect(screen.queryAllByText('Content:')).toHaveLength(1)
  })
})

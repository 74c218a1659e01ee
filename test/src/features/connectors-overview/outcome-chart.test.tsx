// The chart of sync outcomes: a bar per hour (or day, a toggle written to the URL), each a button named
// with its period and counts; choosing one lists that period's jobs grouped by connector, each linking
// to its job; the numbers are also a table.
import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { useEmulator } from '../../support/emulator.ts'
import { renderRoute } from '../../support/render.tsx'
import { everyState, loadFleet, searchOf } from './support.ts'

/** The chart's code loads after the table is painted; its first load in a test worker is slow. */
const FIRST_LOAD = { timeout: 12_000 }

const chart = () => screen.getByRole('group', { name: /^Sync outcomes per/ })
const bars = () => within(chart()).getAllByRole('button')

describe('outcome chart', () => {
  it('lists the jobs of a chosen bar grouped by connector, each linking to its job', async () => {
    const emulator = useEmulator({ connectors: 0 })
    const fleet = everyState()
    loadFleet(emulator, fleet.connectors, fleet.jobs)
    const { user } = renderRoute('/connectors')
    await screen.findByRole('group', { name: /^Sync outcomes per hour/ }, FIRST_LOAD)
    expect(bars()).toHaveLength(24)
    // The summary counts the whole period: the fleet's 7 finished syncs, 3 of them failed.
    expect(screen.getByText(/^Last 24 hours, per hour: 4 completed, 3 failed, 0 canceled\./)).toBeTruthy()

    // Failer's three failures ended an hour apart: three bars with one failure each; the newest holds failer-3.
    const failed = bars().filter((bar) => /1 failed/.test(bar.getAttribute('aria-label') ?? ''))
    expect(failed).toHaveLength(3)
    const newest = failed.at(-1)!
    await user.click(newest)
    expect(newest.getAttribute('aria-pressed')).toBe('true')
    const period = newest.getAttribute('aria-label')!.replace(/: \d+ completed.*$/, '')
    const list = screen.getByRole('region', { name: `Jobs that ended ${period}` })
    expect(within(list).getByRole('link', { name: 'Failer' }).getAttribute('href')).toBe('/connectors/failer')
    expect(within(list).getByRole('link', { name: 'failer-3' }).getAttribute('href')).toBe('/jobs/failer-3')

    await user.click(within(list).getByRole('button', { name: 'Close' }))
    expect(screen.queryByRole('region', { name: `Jobs that ended ${period}` })).toBeNull()
  })

  it('switches to days over the last week, in the URL, with the numbers as a table', async () => {
    const emulator = useEmulator({ connectors: 0 })
    const fleet = everyState()
    loadFleet(emulator, fleet.connectors, fleet.jobs)
    const { user, router } = renderRoute('/connectors')
    await screen.findByRole('group', { name: /^Sync outcomes per hour/ }, FIRST_LOAD)
    await user.click(screen.getByRole('button', { name: 'Last 7 days' }))
    expect(searchOf(router).get('period')).toBe('7d')
    await waitFor(() => expect(bars()).toHaveLength(7))
    expect(screen.getByText(/^Last 7 days, per day: 4 completed, 3 failed, 0 canceled\./)).toBeTruthy()
    const table = screen.getByRole('table', { name: 'Sync outcomes per day' })
    expect(within(table).getAllByRole('row')).toHaveLength(8)
  })
})

// The list by keyboard: each row is one tab stop (its job link), the arrow keys reach the row's
// other controls and the rows above and below, and a skip link leads past the rows to the pager.
import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { useEmulator } from '../../support/emulator.ts'
import { renderRoute } from '../../support/render.tsx'
import { syncableConnector } from '../../../support/connectors.ts'
import { bodyRows, expectIds, newestIds } from './support.ts'

const link = (row: HTMLElement | undefined) => within(row as HTMLElement).getAllByRole('link')[0]
const copy = (row: HTMLElement | undefined) => within(row as HTMLElement).getByRole('button', { name: /^Copy/ })

describe('jobs list by keyboard', () => {
  it('Tab goes from job to job: one tab stop per row', async () => {
    const emulator = useEmulator()
    const { user } = renderRoute('/jobs?size=10')
    await expectIds(newestIds(emulator, { size: 10 }))
    await waitFor(() => expect(copy(bodyRows()[0]).tabIndex).toBe(-1))
    const rows = bodyRows()
    link(rows[0])?.focus()
    for (const row of rows.slice(1)) {
      await user.tab()
      expect(document.activeElement).toBe(link(row))
    }
    // Past the last row: the pager.
    await user.tab()
    expect(screen.getByRole('navigation', { name: 'Pagination' }).contains(document.activeElement)).toBe(true)
  })

  it('rows drawn a slice at a time get one tab stop each too', async () => {
    const emulator = useEmulator({ jobs: 60 })
    renderRoute('/jobs?size=50')
    // The first rows come with the page, the rest a slice per task (hooks/use-rendered-count.ts).
    await expectIds(newestIds(emulator, { size: 50 }))
    const rows = bodyRows()
    expect(rows).toHaveLength(50)
    await waitFor(() => expect(rows.every((row) => copy(row).tabIndex === -1)).toBe(true))
    expect(rows.every((row) => link(row)?.tabIndex === 0)).toBe(true)
  })

  it('the arrow keys move within a row and between rows', async () => {
    const emulator = useEmulator()
    const connector = syncableConnector(emulator)
    // A failed job with a long error: its row holds the link, Copy, the created time and More.
    const failed = emulator.store.createSyncJob({ id: connector.id })
    emulator.store.claimSyncJob(failed, { worker_hostname: 'w' })
    emulator.store.setSyncJobError(failed, 'Connection refused by the upstream API after 3 retries, giving up for now')
    const { user } = renderRoute('/jobs?size=10')
    await waitFor(() => expect(bodyRows()[0]?.textContent).toContain(failed))
    const rows = bodyRows()
    await waitFor(() => expect(copy(rows[0]).tabIndex).toBe(-1))

    link(rows[0])?.focus()
    await user.keyboard('{ArrowRight}')
    expect(document.activeElement).toBe(copy(rows[0]))
    await user.keyboard('{End}')
    expect(document.activeElement).toBe(within(rows[0] as HTMLElement).getByRole('button', { name: /More/ }))
    expect(document.activeElement?.getAttribute('tabindex')).toBe('-1')
    await user.keyboard('{Home}')
    expect(document.activeElement).toBe(link(rows[0]))

    await user.keyboard('{ArrowRight}{ArrowDown}')
    expect(document.activeElement).toBe(copy(rows[1]))
    await user.keyboard('{ArrowDown}{ArrowLeft}')
    expect(document.activeElement).toBe(link(rows[2]))
    await user.keyboard('{ArrowUp}')
    expect(document.activeElement).toBe(link(rows[1]))
    // From a control, Tab leaves the row for the next one.
    await user.keyboard('{ArrowRight}')
    await user.tab()
    expect(document.activeElement).toBe(link(rows[2]))
  })

  it('a skip link before the rows leads to the pager', async () => {
    const emulator = useEmulator()
    const { user } = renderRoute('/jobs')
    await expectIds(newestIds(emulator, { size: 50 }))
    const chips = within(screen.getByRole('group', { name: 'Job counts' })).getAllByRole('button')
    chips.at(-1)?.focus()
    await user.tab()
    const skip = screen.getByRole('link', { name: 'Skip to pagination' })
    expect(document.activeElement).toBe(skip)
    await user.keyboard('{Enter}')
    const pager = screen.getByRole('navigation', { name: 'Pagination' })
    expect(document.activeElement).toBe(pager)
    await user.tab()
    expect(pager.contains(document.activeElement)).toBe(true)
  })
})

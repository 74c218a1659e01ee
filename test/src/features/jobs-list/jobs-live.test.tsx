// Live refresh: the freshness line, the manual refresh, the polling pace, and rows that update in
// place (the same row element for the same job).
import { focusManager } from '@tanstack/react-query'
import { act, screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { APP_STALE_TIME_MS } from '../../../../src/app/query-client.ts'
import { useEmulator } from '../../support/emulator.ts'
import { renderRoute } from '../../support/render.tsx'
import { syncableConnector } from '../../../support/connectors.ts'
import { bodyRows, expectIds, newestIds } from './support.ts'

describe('live refresh', () => {
  it('says when the list was updated and refreshes on demand, keeping unchanged rows in place', async () => {
    const emulator = useEmulator()
    const { user } = renderRoute('/jobs')
    await expectIds(newestIds(emulator, { size: 50 }))
    expect(screen.getByText(/^Updated \d+ s ago/)).toBeTruthy()
    const firstRow = bodyRows()[0]

    const id = emulator.store.createSyncJob({ id: syncableConnector(emulator).id })
    await user.click(screen.getByRole('button', { name: 'Refresh' }))
    await waitFor(() => expect(bodyRows()[0]?.textContent).toContain(id))
    // The job that was first is now second, in the very same row element.
    expect(bodyRows()[1]).toBe(firstRow)
  })

  it('polls fast while the page shows a moving job and slowly otherwise', async () => {
    const emulator = useEmulator()
    const { user } = renderRoute('/jobs')
    await expectIds(newestIds(emulator, { size: 50 }))
    expect(screen.getByText(/every 5 s while the tab is visible/)).toBeTruthy()
    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'completed')
    await expectIds(newestIds(emulator, { status: 'completed', size: 50 }))
    await waitFor(() => expect(screen.getByText(/every 20 s while the tab is visible/)).toBeTruthy())
  })

  it('refreshes when the operator comes back to the tab', async () => {
    const emulator = useEmulator()
    // Only finished jobs on screen: the list polls every 20 s, longer than this test waits, so only
    // the return to the tab can bring the new job in.
    renderRoute('/jobs?status=completed')
    await expectIds(newestIds(emulator, { status: 'completed', size: 50 }))
    expect(screen.getByText(/every 20 s/)).toBeTruthy()
    act(() => focusManager.setFocused(false))
    const id = emulator.store.createSyncJob({ id: syncableConnector(emulator).id })
    emulator.store.writeSyncJob(id, { status: 'completed' })
    // Away long enough for the rows to be stale: a return within APP_STALE_TIME_MS reads nothing.
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(Date.now() + APP_STALE_TIME_MS + 1)
    try {
      act(() => focusManager.setFocused(true))
      await waitFor(() => expect(bodyRows()[0]?.textContent).toContain(id))
    } finally {
      vi.useRealTimers()
      act(() => focusManager.setFocused(undefined))
    }
  })

  it('shows a status change after a refresh', async () => {
    const emulator = useEmulator()
    const id = emulator.store.createSyncJob({ id: syncableConnector(emulator).id })
    const { user } = renderRoute('/jobs')
    await waitFor(() => expect(bodyRows()[0]?.textContent).toContain(id))
    expect(within(bodyRows()[0] as HTMLElement).getByText('Pending')).toBeTruthy()
    emulator.store.claimSyncJob(id, { worker_hostname: 'worker-test-1' })
    await user.click(screen.getByRole('button', { name: 'Refresh' }))
    await waitFor(() => expect(within(bodyRows()[0] as HTMLElement).getByText('In progress')).toBeTruthy())
    expect(bodyRows()[0]?.textContent).toContain('worker-test-1')
  })
})

// Cancel active syncs through msw into the emulator: the dialog counts the connector's pending,
// running and suspended jobs; confirming requests a cancel for each and reports every outcome — done
// (canceled, or cancel requested for a running one), refused with Elasticsearch's reason, not found.
import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { useEmulator } from '../../support/emulator.ts'
import { syncableConnector } from '../../../support/connectors.ts'
import { jobOf, renderConnector, settleActiveJobs } from './support.ts'

const ago = (ms: number) => new Date(Date.now() - ms).toISOString()

describe('connector page: Cancel active syncs', () => {
  it('cancels its pending, running and suspended jobs and reports each outcome', async () => {
    const emulator = useEmulator()
    const connector = syncableConnector(emulator)
    settleActiveJobs(emulator, connector.id)
    const pending = jobOf(emulator, connector.id)
    const running = jobOf(emulator, connector.id, { status: 'in_progress', started_at: ago(60_000), worker_hostname: 'worker-1' })
    const suspended = jobOf(emulator, connector.id, { status: 'suspended', started_at: ago(600_000) }, 'access_control')
    const finishing = jobOf(emulator, connector.id, { status: 'in_progress', started_at: ago(60_000), worker_hostname: 'worker-2' }, 'incremental')
    const vanishing = jobOf(emulator, connector.id)
    const { user } = await renderConnector(connector.id, new RegExp(connector.name))

    await user.click(screen.getByRole('button', { name: 'Cancel active syncs' }))
    const dialog = await screen.findByRole('dialog', { name: 'Cancel the active syncs of this connector?' })
    await within(dialog).findByRole('button', { name: 'Cancel 5 syncs' })
    expect(dialog.textContent).toContain('2 pending jobs, 2 running jobs and 1 suspended job')

    // While the dialog is open, one job finishes and another is deleted.
    emulator.store.writeSyncJob(finishing, { status: 'completed', completed_at: new Date().toISOString() })
    emulator.store.deleteSyncJob(vanishing)
    await user.click(within(dialog).getByRole('button', { name: 'Cancel 5 syncs' }))

    const report = await screen.findByRole('region', { name: /^Cancel active syncs: 5 jobs/ })
    expect(report.textContent).toContain('3 done, 1 refused, 1 not found')
    await waitFor(() => expect(document.activeElement).toBe(report))
    const line = (id: string) => within(report).getByRole('link', { name: id }).closest('li')!
    expect(line(pending).textContent).toMatch(/: Canceled$/)
    expect(line(suspended).textContent).toMatch(/: Canceled$/)
    expect(line(running).textContent).toContain('Cancel requested')
    expect(line(finishing).textContent).toMatch(/Refused by Elasticsearch \(status_exception\): .*completed/)
    expect(line(vanishing).textContent).toMatch(/Not found \(resource_not_found_exception\)/)

    // What the API says now.
    const status = (id: string) => emulator.store.getSyncJob(id).status
    expect(status(pending)).toBe('canceled')
    expect(status(suspended)).toBe('canceled')
    expect(status(running)).toBe('canceling')
    expect(status(finishing)).toBe('completed')
  })

  it('says there is nothing to cancel when it has no active sync', async () => {
    const emulator = useEmulator()
    const connector = syncableConnector(emulator)
    settleActiveJobs(emulator, connector.id)
    const { user } = await renderConnector(connector.id, new RegExp(connector.name))
    await user.click(screen.getByRole('button', { name: 'Cancel active syncs' }))
    const dialog = await screen.findByRole('dialog')
    expect(await within(dialog).findByText(/there is nothing to cancel/)).toBeTruthy()
    await user.click(within(dialog).getByRole('button', { name: 'Close' }))
    expect(screen.queryByRole('dialog')).toBeNull()
  })
})

// Sync now through msw into the emulator: it creates exactly one on-demand job of the chosen type,
// offers only the types the connector's features allow, and asks the create form's duplicate question
// when a job of that type is already pending or running — starting nothing until it is answered.
import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { useEmulator } from '../../support/emulator.ts'
import { syncableConnector } from '../../../support/connectors.ts'
import { jobOf, jobsWithStatus, renderConnector, settleActiveJobs } from './support.ts'

describe('connector page: Sync now', () => {
  it('creates one on-demand full sync and links to it', async () => {
    const emulator = useEmulator()
    const connector = syncableConnector(emulator)
    settleActiveJobs(emulator, connector.id)
    const { user } = await renderConnector(connector.id, new RegExp(connector.name))
    await user.click(screen.getByRole('button', { name: 'Sync now' }))
    const notice = await screen.findByText(/Started a full sync/)
    const pending = jobsWithStatus(emulator, connector.id, 'pending')
    expect(pending).toHaveLength(1)
    expect(pending[0]).toMatchObject({ job_type: 'full', trigger_method: 'on_demand' })
    expect(within(notice).getByRole('link', { name: pending[0]!.id }).getAttribute('href')).toBe(`/jobs/${pending[0]!.id}`)
    // The page's own data refreshes: the new job is in its table.
    await waitFor(() => expect(within(screen.getByRole('table', { name: /^Its last/ })).getByRole('link', { name: pending[0]!.id })).toBeTruthy())
  })

  it('offers the sync types the connector’s features allow, and starts the chosen one', async () => {
    const emulator = useEmulator()
    const connector = syncableConnector(emulator)
    settleActiveJobs(emulator, connector.id)
    emulator.store.updateConnectorFeatures(connector.id, { incremental_sync: { enabled: true }, document_level_security: { enabled: false } })
    const { user } = await renderConnector(connector.id, new RegExp(connector.name))
    const type = screen.getByRole('combobox', { name: 'Sync type' })
    expect(within(type).getAllByRole('option').map((option) => option.textContent)).toEqual(['Full', 'Incremental'])
    await user.selectOptions(type, 'Incremental')
    await user.click(screen.getByRole('button', { name: 'Sync now' }))
    await screen.findByText(/Started an incremental sync/)
    expect(jobsWithStatus(emulator, connector.id, 'pending').map((job) => job.job_type)).toEqual(['incremental'])
  })

  it('asks the duplicate question when a job of that type is pending, and starts one only when confirmed', async () => {
    const emulator = useEmulator()
    const connector = syncableConnector(emulator)
    settleActiveJobs(emulator, connector.id)
    const existing = jobOf(emulator, connector.id)
    const { user } = await renderConnector(connector.id, new RegExp(connector.name))
    const syncNow = screen.getByRole('button', { name: 'Sync now' })
    await user.click(syncNow)
    const question = await screen.findByRole('alert')
    expect(question.textContent).toContain('This connector already has a full sync pending or running.')
    expect(within(question).getByRole('link', { name: existing }).getAttribute('href')).toBe(`/jobs/${existing}`)
    expect(jobsWithStatus(emulator, connector.id, 'pending')).toHaveLength(1)

    await user.click(within(question).getByRole('button', { name: 'Don’t start' }))
    expect(screen.queryByRole('alert')).toBeNull()
    expect(document.activeElement).toBe(syncNow)
    expect(jobsWithStatus(emulator, connector.id, 'pending')).toHaveLength(1)

    await user.click(syncNow)
    await user.click(within(await screen.findByRole('alert')).getByRole('button', { name: 'Start another sync anyway' }))
    await screen.findByText(/Started a full sync/)
    expect(jobsWithStatus(emulator, connector.id, 'pending')).toHaveLength(2)
  })
})

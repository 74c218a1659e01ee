// The two ways to stop a job a worker owns, offered by Cancel and by Mark as failed alike: "Request
// cancel" (the worker acknowledges) and "Force: mark as failed" (`_error`, with a warning that a worker
// may still run), the second preselected when the job has been canceling for over a minute without a
// heartbeat. Through msw into the emulator; what each choice did is read back from the emulator.
import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { useEmulator } from '../../support/emulator.ts'
import { renderJob } from './render-job.ts'
import { createJob } from './support.ts'

const ago = (ms: number) => new Date(Date.now() - ms).toISOString()
const radio = (name: RegExp) => within(screen.getByRole('group', { name: 'How to stop this job' })).getByRole('radio', { name }) as HTMLInputElement

describe('two ways to stop a job', () => {
  it('Cancel on a reporting job preselects the request, and force asks for a message with a warning', async () => {
    const emulator = useEmulator()
    const id = createJob(emulator, { status: 'in_progress', started_at: ago(30_000), last_seen: ago(3_000), worker_hostname: 'w' })
    const { user } = await renderJob(id)
    await user.click(screen.getByRole('button', { name: 'Cancel' }))
    expect(radio(/^Request cancel/).checked).toBe(true)
    expect(radio(/^Force: mark as failed/).checked).toBe(false)
    expect(screen.queryByLabelText('Error message')).toBeNull()

    await user.click(radio(/^Force: mark as failed/))
    const dialog = screen.getByRole('dialog', { name: `Mark sync job ${id} as failed?` })
    expect(dialog.textContent).toContain('A worker may still be running it.')
    await user.type(within(dialog).getByLabelText('Error message'), 'Host rebooted')
    await user.click(within(dialog).getByRole('button', { name: 'Mark as failed' }))
    await waitFor(() => expect(emulator.store.getSyncJob(id).status).toBe('error'))
    expect(emulator.store.getSyncJob(id).error).toBe('Host rebooted')
  })

  it('Mark as failed can still send a cancel request instead', async () => {
    const emulator = useEmulator()
    const id = createJob(emulator, { status: 'in_progress', started_at: ago(30_000), last_seen: ago(3_000), worker_hostname: 'w' })
    const { user } = await renderJob(id)
    await user.click(screen.getByRole('button', { name: 'Mark as failed' }))
    expect(radio(/^Force: mark as failed/).checked).toBe(true)
    await user.click(radio(/^Request cancel/))
    const dialog = screen.getByRole('dialog', { name: `Cancel sync job ${id}?` })
    expect(dialog.textContent).toContain('two phases')
    await user.click(within(dialog).getByRole('button', { name: 'Cancel job' }))
    await waitFor(() => expect(emulator.store.getSyncJob(id).status).toBe('canceling'))
  })

  it('preselects force for a job canceling for over a minute without a heartbeat, where a request cannot help', async () => {
    const emulator = useEmulator()
    const id = createJob(emulator, { status: 'canceling', started_at: ago(600_000), last_seen: ago(120_000), cancelation_requested_at: ago(90_000), worker_hostname: 'w' })
    const { user } = await renderJob(id)
    await user.click(screen.getByRole('button', { name: 'Mark as failed' }))
    expect(radio(/^Force: mark as failed/).checked).toBe(true)
    expect(radio(/^Request cancel/).disabled).toBe(true)
    const dialog = screen.getByRole('dialog', { name: `Mark sync job ${id} as failed?` })
    expect(dialog.textContent).toContain('its worker has not reported for over a minute')
    await user.type(within(dialog).getByLabelText('Error message'), 'Worker gone')
    await user.click(within(dialog).getByRole('button', { name: 'Mark as failed' }))
    await waitFor(() => expect(emulator.store.getSyncJob(id).status).toBe('error'))
  })

  it('preselects force when Cancel is pressed on a running job whose worker has been silent for over a minute', async () => {
    const emulator = useEmulator()
    const id = createJob(emulator, { status: 'in_progress', started_at: ago(600_000), last_seen: ago(180_000), worker_hostname: 'w' })
    const { user } = await renderJob(id)
    await user.click(screen.getByRole('button', { name: 'Cancel' }))
    expect(radio(/^Force: mark as failed/).checked).toBe(true)
    expect(radio(/^Request cancel/).disabled).toBe(false)
  })
})

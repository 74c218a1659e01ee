// After an action, focus lands on its outcome rather than on the body: a confirmed Cancel (whose
// opener is now disabled) and Mark as failed focus the success notice; Run again opens the new job
// with focus on its heading.
import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { useEmulator } from '../../support/emulator.ts'
import { renderJob } from './render-job.ts'
import { createJob, settleActiveJobs } from './support.ts'

describe('focus after an action', () => {
  it('a confirmed Cancel focuses its outcome, not the body', async () => {
    const emulator = useEmulator()
    const id = createJob(emulator)
    const { user } = await renderJob(id)
    await user.click(screen.getByRole('button', { name: 'Cancel' }))
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Cancel job' }))
    const notice = await screen.findByText(/Canceled: the job will not run/)
    // The opener can no longer take focus back: the job is canceled.
    expect((screen.getByRole('button', { name: 'Cancel' }) as HTMLButtonElement).disabled).toBe(true)
    await waitFor(() => expect(document.activeElement).toBe(notice))
  })

  it('Mark as failed focuses its outcome', async () => {
    const emulator = useEmulator()
    const id = createJob(emulator, { status: 'in_progress', started_at: new Date().toISOString(), worker_hostname: 'w' })
    const { user } = await renderJob(id)
    await user.click(screen.getByRole('button', { name: 'Mark as failed' }))
    const dialog = screen.getByRole('dialog')
    await user.type(within(dialog).getByLabelText('Error message'), 'gone')
    await user.click(within(dialog).getByRole('button', { name: 'Mark as failed' }))
    const notice = await screen.findByText(/Marked as failed/)
    await waitFor(() => expect(document.activeElement).toBe(notice))
  })

  it('closing a dialog without acting gives focus back to its button', async () => {
    const emulator = useEmulator()
    const id = createJob(emulator)
    const { user } = await renderJob(id)
    const cancel = screen.getByRole('button', { name: 'Cancel' })
    await user.click(cancel)
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Keep the job' }))
    expect(document.activeElement).toBe(cancel)
  })

  it('Run again focuses the new job’s heading', async () => {
    const emulator = useEmulator()
    const id = createJob(emulator, { status: 'completed' }, 'incremental')
    settleActiveJobs(emulator, emulator.store.getSyncJob(id).connector.id, 'incremental')
    const { user, router } = await renderJob(id)
    await user.click(screen.getByRole('button', { name: 'Run again' }))
    await waitFor(() => expect(router.state.location.pathname).not.toBe(`/jobs/${id}`))
    await screen.findByRole('button', { name: 'Copy id' })
    const heading = screen.getByRole('heading', { level: 1 })
    expect(heading.textContent).not.toContain(id)
    await waitFor(() => expect(document.activeElement).toBe(heading))
  })
})

// What the operator typed into the Claim and Mark as failed dialogs stays until the action succeeds:
// closing the dialog with Escape or its close button, or leaving the page, loses nothing; each job
// keeps its own draft.
import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { useEmulator } from '../../support/emulator.ts'
import { renderJob } from './render-job.ts'
import { createJob } from './support.ts'

/** Escape as the browser reports it to a modal dialog: a cancelable `cancel` event. */
function pressEscape(dialog: HTMLElement) {
  fireEvent(dialog, new Event('cancel', { cancelable: true }))
}

const running = () => ({ status: 'in_progress' as const, started_at: new Date().toISOString(), worker_hostname: 'worker-a' })
const valueOf = (element: HTMLElement) => (element as HTMLInputElement | HTMLTextAreaElement).value

describe('Claim keeps its draft', () => {
  it('through Escape and Close, until a claim succeeds', async () => {
    const emulator = useEmulator()
    const id = createJob(emulator)
    const { user } = await renderJob(id)

    await user.click(screen.getByRole('button', { name: 'Claim' }))
    let dialog = screen.getByRole('dialog', { name: /Claim sync job/ })
    await user.type(within(dialog).getByLabelText('Worker hostname'), 'worker-draft')
    await user.click(within(dialog).getByLabelText('Sync cursor'))
    await user.paste('{"page": 7}')
    pressEscape(dialog)
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())

    await user.click(screen.getByRole('button', { name: 'Claim' }))
    dialog = screen.getByRole('dialog', { name: /Claim sync job/ })
    expect(valueOf(within(dialog).getByLabelText('Worker hostname'))).toBe('worker-draft')
    expect(valueOf(within(dialog).getByLabelText('Sync cursor'))).toBe('{"page": 7}')
    await user.click(within(dialog).getByRole('button', { name: 'Close' }))

    await user.click(screen.getByRole('button', { name: 'Claim' }))
    dialog = screen.getByRole('dialog', { name: /Claim sync job/ })
    expect(valueOf(within(dialog).getByLabelText('Worker hostname'))).toBe('worker-draft')
    await user.click(within(dialog).getByRole('button', { name: 'Claim' }))
    expect(await screen.findByText(/Claimed for worker worker-draft/)).toBeTruthy()
    expect(emulator.store.getSyncJob(id).connector.sync_cursor).toEqual({ page: 7 })

    // Sent: the draft is done with. Should the job wait for a worker again, the form starts empty.
    emulator.store.writeSyncJob(id, { status: 'pending' })
    await waitFor(() => expect((screen.getByRole('button', { name: 'Claim' }) as HTMLButtonElement).disabled).toBe(false), { timeout: 8_000 })
    await user.click(screen.getByRole('button', { name: 'Claim' }))
    dialog = screen.getByRole('dialog', { name: /Claim sync job/ })
    expect(valueOf(within(dialog).getByLabelText('Worker hostname'))).toBe('')
    expect(valueOf(within(dialog).getByLabelText('Sync cursor'))).toBe('')
  })

  it('per job: another job’s dialog starts empty, and the first job’s draft outlives leaving its page', async () => {
    const emulator = useEmulator()
    const first = createJob(emulator)
    const second = createJob(emulator)
    const { user, router } = await renderJob(first)
    await user.click(screen.getByRole('button', { name: 'Claim' }))
    await user.type(within(screen.getByRole('dialog')).getByLabelText('Worker hostname'), 'for-the-first')
    pressEscape(screen.getByRole('dialog'))
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())

    await router.navigate(`/jobs/${second}`)
    expect((await screen.findByRole('heading', { level: 1, name: new RegExp(second) })).textContent).toContain(second)
    await waitFor(() => expect((screen.getByRole('button', { name: 'Claim' }) as HTMLButtonElement).disabled).toBe(false))
    await user.click(screen.getByRole('button', { name: 'Claim' }))
    expect(valueOf(within(screen.getByRole('dialog')).getByLabelText('Worker hostname'))).toBe('')
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Close' }))

    await router.navigate(`/jobs/${first}`)
    await screen.findByRole('heading', { level: 1, name: new RegExp(first) })
    await waitFor(() => expect((screen.getByRole('button', { name: 'Claim' }) as HTMLButtonElement).disabled).toBe(false))
    await user.click(screen.getByRole('button', { name: 'Claim' }))
    expect(valueOf(within(screen.getByRole('dialog')).getByLabelText('Worker hostname'))).toBe('for-the-first')
  })
})

describe('Mark as failed keeps its draft', () => {
  it('through Escape and "Keep the job", until marking the job succeeds', async () => {
    const emulator = useEmulator()
    const id = createJob(emulator, running())
    const { user } = await renderJob(id)

    await user.click(screen.getByRole('button', { name: 'Mark as failed' }))
    let dialog = screen.getByRole('dialog')
    await user.type(within(dialog).getByLabelText('Error message'), 'Worker pod evicted')
    pressEscape(dialog)
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())

    await user.click(screen.getByRole('button', { name: 'Mark as failed' }))
    dialog = screen.getByRole('dialog')
    expect(valueOf(within(dialog).getByLabelText('Error message'))).toBe('Worker pod evicted')
    await user.click(within(dialog).getByRole('button', { name: 'Keep the job' }))

    await user.click(screen.getByRole('button', { name: 'Mark as failed' }))
    dialog = screen.getByRole('dialog')
    expect(valueOf(within(dialog).getByLabelText('Error message'))).toBe('Worker pod evicted')
    await user.click(within(dialog).getByRole('button', { name: 'Mark as failed' }))
    expect(await screen.findByText(/Marked as failed/)).toBeTruthy()
    expect(emulator.store.getSyncJob(id).error).toBe('Worker pod evicted')
  })
})

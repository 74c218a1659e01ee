// The action bar follows the state rules per status, says why a button is disabled, and turns
// everything off in read-only mode.
import { screen, waitFor } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { SYNC_STATUSES, type SyncStatus } from '../../../../contract/es-connector-types.ts'
import type { Emulator } from '../../../../server/emulator/app.ts'
import { useEmulator } from '../../support/emulator.ts'
import { renderRoute } from '../../support/render.tsx'
import { createJob } from './support.ts'

const BUTTONS = ['Claim', 'Check in', 'Cancel', 'Mark as failed', 'Delete', 'Run again'] as const

const ENABLED: Record<SyncStatus, readonly (typeof BUTTONS)[number][]> = {
  pending: ['Claim', 'Cancel', 'Delete', 'Run again'],
  suspended: ['Claim', 'Cancel', 'Delete', 'Run again'],
  in_progress: ['Check in', 'Cancel', 'Mark as failed', 'Delete', 'Run again'],
  canceling: ['Check in', 'Mark as failed', 'Delete', 'Run again'],
  completed: ['Delete', 'Run again'],
  canceled: ['Delete', 'Run again'],
  error: ['Delete', 'Run again'],
}

async function renderWithStatus(emulator: Emulator, status: SyncStatus) {
  const id = createJob(emulator, { status })
  renderRoute(`/jobs/${id}`)
  // The config arrives after the job; wait until the rules no longer wait for it.
  await screen.findByRole('button', { name: 'Copy id' })
  await waitFor(() => expect(screen.queryByText(/Checking whether this Syncboard may change jobs/)).toBeNull())
  return Object.fromEntries(BUTTONS.map((name) => [name, screen.getByRole('button', { name })])) as Record<(typeof BUTTONS)[number], HTMLButtonElement>
}

describe('action rules on the job page', () => {
  for (const status of SYNC_STATUSES) {
    it(`enables ${ENABLED[status].join(', ')} for a ${status} job and explains the rest`, async () => {
      const buttons = await renderWithStatus(useEmulator(), status)
      const enabled = BUTTONS.filter((name) => ENABLED[status].includes(name))
      const disabled = BUTTONS.filter((name) => !ENABLED[status].includes(name))
      for (const name of enabled) {
        expect(buttons[name].disabled, `${name} on ${status}`).toBe(false)
        expect(buttons[name].getAttribute('aria-describedby')).toBeNull()
      }
      for (const name of disabled) {
        expect(buttons[name].disabled, `${name} on ${status}`).toBe(true)
        const reason = document.getElementById(buttons[name].getAttribute('aria-describedby') ?? '')
        expect(reason?.textContent, `${name} on ${status} says why`).toMatch(/Cannot .+: .+/)
        expect(reason?.textContent).toContain(name)
      }
    })
  }

  it('words a finished job the way an operator reads it', async () => {
    const buttons = await renderWithStatus(useEmulator(), 'completed')
    const reason = document.getElementById(buttons.Cancel.getAttribute('aria-describedby')!)
    expect(reason?.textContent).toContain('Cannot cancel a completed job: it has already finished.')
  })

  it('disables every action in read-only mode, saying why once', async () => {
    const buttons = await renderWithStatus(useEmulator({}, { readOnly: true, mode: 'embedded' }), 'in_progress')
    for (const name of BUTTONS) {
      expect(buttons[name].disabled).toBe(true)
      const reason = document.getElementById(buttons[name].getAttribute('aria-describedby')!)
      expect(reason?.textContent).toContain('Syncboard is in read-only mode')
    }
    expect(screen.getAllByText(/Syncboard is in read-only mode/)).toHaveLength(1)
  })
})

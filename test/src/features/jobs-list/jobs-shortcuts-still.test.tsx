// The jobs list's keyboard shortcuts (j / k / x / Enter / / / ?, none while typing in a field) and a
// list that keeps still while the operator reads: with a row selected, new jobs wait behind "N new
// jobs" while the rows on screen still update in place. Through msw into the emulator.
import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import type { Emulator } from '../../../../server/emulator/app.ts'
import { syncableConnectors } from '../../../support/connectors.ts'
import { useEmulator } from '../../support/emulator.ts'
import { renderRoute } from '../../support/render.tsx'
import { bodyRows, expectIds, shownIds } from './support.ts'

function freshConnector(emulator: Emulator) {
  const connector = syncableConnectors(emulator)[1] ?? syncableConnectors(emulator)[0]
  if (!connector) throw new Error('no syncable connector')
  for (const job of emulator.store.listSyncJobs({ from: 0, size: 1000, connector_id: connector.id }).results) emulator.store.deleteSyncJob(job.id)
  return connector
}

const linkOf = (id: string) => screen.getByRole('link', { name: id })

describe('keyboard shortcuts', () => {
  it('j and k move between rows, x selects, ? lists the shortcuts, Enter opens from the checkbox', async () => {
    const emulator = useEmulator()
    const connector = freshConnector(emulator)
    const ids = [0, 1, 2].map(() => emulator.store.createSyncJob({ id: connector.id }))
    const { user, router } = renderRoute(`/jobs?connector_id=${encodeURIComponent(connector.id)}`)
    const shown = ids.toReversed()
    await expectIds(shown)

    await user.keyboard('j')
    expect(document.activeElement).toBe(linkOf(shown[0] as string))
    await user.keyboard('jj')
    expect(document.activeElement).toBe(linkOf(shown[2] as string))
    await user.keyboard('j')
    expect(document.activeElement).toBe(linkOf(shown[2] as string))
    await user.keyboard('k')
    expect(document.activeElement).toBe(linkOf(shown[1] as string))

    await user.keyboard('x')
    expect((screen.getByRole('checkbox', { name: `Select job ${shown[1]}` }) as HTMLInputElement).checked).toBe(true)
    expect(screen.getByRole('group', { name: '1 job selected' })).toBeTruthy()
    await user.keyboard('x')
    expect((screen.getByRole('checkbox', { name: `Select job ${shown[1]}` }) as HTMLInputElement).checked).toBe(false)

    await user.keyboard('?')
    const help = screen.getByRole('dialog', { name: 'Keyboard shortcuts' })
    expect(help.textContent).toContain('Select or unselect the focused job')
    await user.click(within(help).getByRole('button', { name: 'Close' }))
    expect(screen.queryByRole('dialog')).toBeNull()

    // Enter on the row's checkbox opens its job.
    screen.getByRole('checkbox', { name: `Select job ${shown[0]}` }).focus()
    await user.keyboard('{Enter}')
    await waitFor(() => expect(router.state.location.pathname).toBe(`/jobs/${shown[0]}`))
  })

  it('/ goes to the connector filter, and no shortcut fires while typing in it', async () => {
    const emulator = useEmulator()
    const connector = freshConnector(emulator)
    const id = emulator.store.createSyncJob({ id: connector.id })
    const { user } = renderRoute(`/jobs?connector_id=${encodeURIComponent(connector.id)}`)
    await expectIds([id])
    await user.keyboard('/')
    const field = screen.getByLabelText('Connector')
    expect(document.activeElement).toBe(field)
    await user.keyboard('jx?')
    expect(document.activeElement).toBe(field)
    expect(screen.queryByRole('dialog')).toBeNull()
    expect(screen.queryByRole('group', { name: /selected$/ })).toBeNull()
  })
})

describe('a list that keeps still', () => {
  it('holds the rows while one is selected: new jobs wait behind a button, the rows still update in place', async () => {
    const emulator = useEmulator()
    const connector = freshConnector(emulator)
    const ids = [0, 1, 2].map(() => emulator.store.createSyncJob({ id: connector.id }))
    const { user } = renderRoute(`/jobs?connector_id=${encodeURIComponent(connector.id)}`)
    const shown = ids.toReversed()
    await expectIds(shown)
    await user.click(screen.getByRole('checkbox', { name: `Select job ${shown[2]}` }))

    const arrived = emulator.store.createSyncJob({ id: connector.id })
    emulator.store.cancelSyncJob(shown[0] as string)
    await user.click(screen.getByRole('button', { name: 'Refresh' }))
    const button = await screen.findByRole('button', { name: '1 new job' })
    expect(shownIds()).toEqual(shown)
    // The canceled job's row shows it in place.
    await waitFor(() => expect(bodyRows()[0]?.textContent).toContain('Canceled'))

    await user.click(button)
    await expectIds([arrived, ...shown])
    expect(screen.queryByRole('button', { name: /new job/ })).toBeNull()
  })

  it('follows the data when nothing holds it', async () => {
    const emulator = useEmulator()
    const connector = freshConnector(emulator)
    const first = emulator.store.createSyncJob({ id: connector.id })
    const { user } = renderRoute(`/jobs?connector_id=${encodeURIComponent(connector.id)}`)
    await expectIds([first])
    const arrived = emulator.store.createSyncJob({ id: connector.id })
    await user.click(screen.getByRole('button', { name: 'Refresh' }))
    await expectIds([arrived, first])
    expect(screen.queryByRole('button', { name: /new job/ })).toBeNull()
  })
})

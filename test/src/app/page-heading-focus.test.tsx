// Arriving on a page puts focus on its heading — the list, a job, the create form — so keyboard and
// screen reader users start at the new content instead of on the body; the first page of a visit and
// a page that merely re-renders leave focus alone.
import { screen, waitFor } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { useEmulator } from '../support/emulator.ts'
import { renderRoute } from '../support/render.tsx'
import { syncableConnector } from '../../support/connectors.ts'

const h1 = () => screen.getByRole('heading', { level: 1 })

describe('focus on arrival', () => {
  it('opening a job from the list focuses the job’s heading', async () => {
    const emulator = useEmulator()
    const id = emulator.store.createSyncJob({ id: syncableConnector(emulator).id })
    const { user } = renderRoute('/jobs')
    await user.click(await screen.findByRole('link', { name: id }))
    await screen.findByRole('button', { name: 'Copy id' })
    await waitFor(() => expect(document.activeElement).toBe(h1()))
    expect(h1().textContent).toContain(id)
    expect(h1().getAttribute('tabindex')).toBe('-1')
  })

  it('going back to the list focuses the list’s heading', async () => {
    const emulator = useEmulator()
    const id = emulator.store.createSyncJob({ id: syncableConnector(emulator).id })
    const { user } = renderRoute(`/jobs/${id}`)
    await user.click(await screen.findByRole('link', { name: '← All sync jobs' }))
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('heading', { level: 1, name: 'Sync jobs' })))
  })

  it('the header’s "Sync jobs" link focuses the list’s heading too', async () => {
    const emulator = useEmulator()
    const id = emulator.store.createSyncJob({ id: syncableConnector(emulator).id })
    const { user } = renderRoute(`/jobs/${id}`)
    await screen.findByRole('button', { name: 'Copy id' })
    await user.click(screen.getByRole('link', { name: 'Sync jobs' }))
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('heading', { level: 1, name: 'Sync jobs' })))
  })

  it('"New sync job" focuses the create form’s heading', async () => {
    useEmulator()
    const { user } = renderRoute('/jobs')
    await user.click(await screen.findByRole('link', { name: 'New sync job' }))
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('heading', { level: 1, name: 'New sync job' })))
  })

  it('leaves focus alone on the first page of a visit', async () => {
    const emulator = useEmulator()
    const id = emulator.store.createSyncJob({ id: syncableConnector(emulator).id })
    renderRoute(`/jobs/${id}`)
    await screen.findByRole('button', { name: 'Copy id' })
    expect(document.activeElement).toBe(document.body)
  })
})

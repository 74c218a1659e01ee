// What a row shows: the job link, connector name and id, numbers, and the error as text with its
// full form on demand (and its first line under a failed job's status).
import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { useEmulator } from '../../support/emulator.ts'
import { renderRoute } from '../../support/render.tsx'
import { syncableConnector } from '../../../support/connectors.ts'
import { bodyRows, columnTexts } from './support.ts'

describe('jobs table', () => {
  it('links each row to its job with the id as link text, and joins the connector name', async () => {
    const emulator = useEmulator()
    const connector = syncableConnector(emulator)
    const id = emulator.store.createSyncJob({ id: connector.id, job_type: 'incremental', trigger_method: 'scheduled' })
    emulator.store.writeSyncJob(id, { indexed_document_count: 1234567, deleted_document_count: 42, indexed_document_volume: 2048 })
    const { user, router } = renderRoute('/jobs')
    await waitFor(() => expect(bodyRows()[0]?.textContent).toContain(id))
    const row = bodyRows()[0] as HTMLElement
    expect(within(row).getByRole('link', { name: id }).getAttribute('href')).toBe(`/jobs/${id}`)
    expect(columnTexts('Connector')[0]).toBe(`${connector.name}${connector.service_type} · ${connector.id}`)
    expect(columnTexts('Job type')[0]).toBe('Incremental')
    expect(columnTexts('Trigger')[0]).toBe('Scheduled')
    expect(columnTexts('Indexed')[0]).toBe('1,234,567')
    expect(columnTexts('Deleted')[0]).toBe('42')
    expect(columnTexts('Volume')[0]).toBe('2.0 GiB')
    const indexedCell = within(row).getAllByRole('cell')[8]
    expect(indexedCell?.className).toContain('num')

    await user.click(within(row).getByRole('link', { name: id }))
    await waitFor(() => expect(router.state.location.pathname).toBe(`/jobs/${id}`))
  })

  it('shows an error as text, truncated, with the full text on demand', async () => {
    const emulator = useEmulator()
    const connector = syncableConnector(emulator)
    const id = emulator.store.createSyncJob({ id: connector.id })
    const error = '<img src=x onerror="alert(1)"> Connection refused by the upstream API after 3 retries'
    emulator.store.claimSyncJob(id, { worker_hostname: 'w' })
    emulator.store.setSyncJobError(id, error)
    const { user } = renderRoute('/jobs')
    await waitFor(() => expect(bodyRows()[0]?.textContent).toContain(id))
    const row = bodyRows()[0] as HTMLElement
    expect(row.querySelector('img')).toBeNull()
    expect(row.textContent).toContain(error)
    const more = within(row).getByRole('button', { name: /More/ })
    expect(more.getAttribute('aria-expanded')).toBe('false')
    await user.click(more)
    expect(within(row).getByRole('button', { name: /Less/ }).getAttribute('aria-expanded')).toBe('true')
  })

  it('shows the first line of a failed job’s error under its status, where the wide table has room', async () => {
    const emulator = useEmulator()
    const connector = syncableConnector(emulator)
    const id = emulator.store.createSyncJob({ id: connector.id })
    emulator.store.claimSyncJob(id, { worker_hostname: 'w' })
    emulator.store.setSyncJobError(id, 'UnauthorizedException: the token expired\n  at fetch (client.py:12)')
    renderRoute('/jobs')
    await waitFor(() => expect(bodyRows()[0]?.textContent).toContain(id))
    const status = within(bodyRows()[0] as HTMLElement).getAllByRole('cell')[1] as HTMLElement
    expect(status.textContent).toBe('FailedUnauthorizedException: the token expired')
    // The Error column says it in full, so screen readers skip this copy.
    expect(within(status).getByText('UnauthorizedException: the token expired').getAttribute('aria-hidden')).toBe('true')
  })

  it('shows the attention flag of a job with no heartbeat, in words', async () => {
    const emulator = useEmulator()
    const connector = syncableConnector(emulator)
    const id = emulator.store.createSyncJob({ id: connector.id })
    emulator.store.claimSyncJob(id, { worker_hostname: 'w' })
    emulator.store.writeSyncJob(id, { last_seen: new Date(Date.now() - 130_000).toISOString() })
    renderRoute('/jobs')
    await waitFor(() => expect(bodyRows()[0]?.textContent).toContain(id))
    expect(within(bodyRows()[0] as HTMLElement).getByText(/no heartbeat for 2 min/)).toBeTruthy()
    expect(screen.getAllByText(/Heartbeat/).length).toBeGreaterThan(0)
  })

  it('says when a job belongs to a connector that is no longer listed', async () => {
    const emulator = useEmulator()
    const connector = syncableConnector(emulator)
    const id = emulator.store.createSyncJob({ id: connector.id })
    emulator.store.deleteConnector(connector.id, { hard: true, deleteSyncJobs: false })
    renderRoute('/jobs')
    await waitFor(() => expect(bodyRows()[0]?.textContent).toContain(id))
    await waitFor(() => expect(columnTexts('Connector')[0]).toContain('Unknown connector'))
    expect(columnTexts('Connector')[0]).toContain(connector.id)
  })
})

// One duration model for both pages: the list and the job page give a job the same run time (a
// suspended job's too), and the list's durations and stuck flags stand still while the list cannot
// be refreshed, like the job page's.
import { screen, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { useEmulator } from '../support/emulator.ts'
import { advanceUntil } from '../support/fake-time.ts'
import { mswServer } from '../support/msw-server.ts'
import { renderRoute } from '../support/render.tsx'
import { syncableConnector } from '../../support/connectors.ts'

const MINUTE = 60_000
const ago = (ms: number) => new Date(Date.now() - ms).toISOString()

/** The text of a column of the list's row for a job, by the column's header. */
function listCell(id: string, header: string): string {
  const table = screen.getByRole('table', { name: 'Sync jobs' })
  const headers = within(table).getAllByRole('columnheader').map((th) => th.textContent)
  const row = within(table).getByRole('link', { name: id }).closest('tr')
  if (!row) throw new Error(`no row for ${id}`)
  return within(row).getAllByRole('cell')[headers.indexOf(header)]?.textContent ?? ''
}

/** The value next to a term of the job page's durations. */
const pageFact = (term: string) => within(screen.getByRole('region', { name: 'Timeline' })).getByText(term, { selector: 'dt' }).nextElementSibling?.textContent

afterEach(() => vi.useRealTimers())

describe('one duration model', () => {
  it('gives a suspended job the same run time on the list and on its page, and its suspension on the page', async () => {
    const emulator = useEmulator()
    const id = emulator.store.createSyncJob({ id: syncableConnector(emulator).id })
    emulator.store.writeSyncJob(id, { status: 'suspended', started_at: ago(189 * MINUTE), last_seen: ago(180 * MINUTE), worker_hostname: 'gone' })
    const { user } = renderRoute('/jobs')
    await screen.findByRole('link', { name: id })
    expect(listCell(id, 'Duration')).toBe('9m 00s')
    // No worker owns a suspended job: there is no heartbeat to age.
    expect(listCell(id, 'Heartbeat')).toBe('—')

    await user.click(screen.getByRole('link', { name: id }))
    // The job page's code loads on first visit.
    await screen.findByRole('region', { name: 'Timeline' }, { timeout: 10_000 })
    expect(pageFact('Ran for')).toBe('9m 00s')
    expect(pageFact('Suspended for')).toMatch(/^3h 0[01]m so far$/)
  })

  it('shows no heartbeat age for a pending job on the list either', async () => {
    const emulator = useEmulator()
    const id = emulator.store.createSyncJob({ id: syncableConnector(emulator).id })
    renderRoute('/jobs')
    await screen.findByRole('link', { name: id })
    expect(listCell(id, 'Heartbeat')).toBe('—')
  })

  it('stops the list’s durations and flags while the list cannot be refreshed', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'], shouldAdvanceTime: true })
    const emulator = useEmulator()
    const id = emulator.store.createSyncJob({ id: syncableConnector(emulator).id })
    emulator.store.writeSyncJob(id, { status: 'in_progress', started_at: ago(2 * MINUTE), last_seen: ago(5_000), worker_hostname: 'w' })
    let down = false
    mswServer.use(http.get('*/es/_connector/_sync_job', () => (down ? HttpResponse.error() : undefined)))
    renderRoute('/jobs')
    await screen.findByRole('link', { name: id })

    down = true
    await vi.advanceTimersByTimeAsync(4_000)
    expect(await screen.findByText(/Showing the jobs as they were at the last successful refresh/)).toBeTruthy()
    const duration = listCell(id, 'Duration')
    const heartbeat = listCell(id, 'Heartbeat')
    await vi.advanceTimersByTimeAsync(2 * MINUTE)
    expect(listCell(id, 'Duration')).toBe(duration)
    expect(listCell(id, 'Heartbeat')).toBe(heartbeat)
    expect(listCell(id, 'Status')).not.toMatch(/no heartbeat/)

    down = false
    emulator.store.checkInSyncJob(id)
    // Two minutes of failures backed the polling off: the next read comes at its own pace.
    const waited = await advanceUntil(() => screen.queryByText(/Showing the jobs as they were/) === null, 'the list recovers')
    const minutes = Math.floor((4 * MINUTE + 4_000 + waited) / MINUTE)
    expect(listCell(id, 'Duration')).toMatch(new RegExp(`^(${minutes}|${minutes + 1})m \\d\\ds$`))
  })
})

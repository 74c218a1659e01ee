// The header says whether the cluster answers right now, from the app's own requests: it turns to
// "Cluster unreachable" while they fail and back once one is answered — in embedded mode and with a
// real cluster whose name it already knows. A job page opened during an outage says it could not load
// and tries again by itself, instead of "Loading…".
import { screen, waitFor } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { useEmulator } from '../support/emulator.ts'
import { mswServer } from '../support/msw-server.ts'
import { renderRoute } from '../support/render.tsx'
import { syncableConnector } from '../../support/connectors.ts'

/** Every `/es` request fails like a dead network while `outage.down` is set; otherwise the emulator answers. */
function outage(down: boolean) {
  const state = { down }
  mswServer.use(http.all(/^https?:\/\/[^/]+\/es(?:\/|\?|$)/, () => (state.down ? HttpResponse.error() : undefined)))
  return state
}

const badge = () => document.querySelector('.cluster-badge')

afterEach(() => vi.useRealTimers())

describe('cluster status in the header', () => {
  it('turns to "Cluster unreachable" while requests fail, and back when they are answered', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'], shouldAdvanceTime: true })
    const emulator = useEmulator()
    // A pending job on the list: it refreshes every few seconds.
    emulator.store.createSyncJob({ id: syncableConnector(emulator).id })
    const cluster = outage(false)
    renderRoute('/jobs')
    expect(await screen.findByText('Embedded demo cluster')).toBeTruthy()

    cluster.down = true
    await vi.advanceTimersByTimeAsync(16_000)
    await waitFor(() => expect(badge()?.textContent).toBe('Cluster unreachable'))
    expect(badge()?.getAttribute('data-state')).toBe('error')
    expect(screen.queryByText('Embedded demo cluster')).toBeNull()

    cluster.down = false
    await vi.advanceTimersByTimeAsync(16_000)
    await waitFor(() => expect(badge()?.textContent).toBe('Embedded demo cluster'))
    expect(badge()?.getAttribute('data-state')).toBe('ok')
  })

  it('does not keep showing a real cluster’s name as connected while it is down', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'], shouldAdvanceTime: true })
    const emulator = useEmulator({}, { readOnly: false, mode: 'remote' })
    emulator.store.createSyncJob({ id: syncableConnector(emulator).id })
    const cluster = outage(false)
    renderRoute('/jobs')
    expect(await screen.findByText(/· Elasticsearch \d+\.\d+\.\d+/)).toBeTruthy()

    cluster.down = true
    await vi.advanceTimersByTimeAsync(16_000)
    await waitFor(() => expect(badge()?.textContent).toBe('Cluster unreachable'))

    cluster.down = false
    await vi.advanceTimersByTimeAsync(16_000)
    expect(await screen.findByText(/· Elasticsearch \d+\.\d+\.\d+/)).toBeTruthy()
  })

  it('says a refusal is not an outage: a 404 leaves the cluster connected', async () => {
    useEmulator()
    renderRoute('/jobs/no-such-job')
    expect(await screen.findByRole('heading', { name: 'No such sync job' })).toBeTruthy()
    expect(badge()?.textContent).toBe('Embedded demo cluster')
  })
})

describe('a job page opened during an outage', () => {
  it('says it could not load and when it tries again — not "Loading…" — and loads by itself once the cluster is back', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'], shouldAdvanceTime: true })
    const emulator = useEmulator()
    const id = emulator.store.createSyncJob({ id: syncableConnector(emulator).id })
    const cluster = outage(true)
    renderRoute(`/jobs/${id}`)
    expect(await screen.findByText('Not loaded: the last attempt failed')).toBeTruthy()
    expect(screen.getByText('trying again every 15 s')).toBeTruthy()
    expect(screen.queryByText(/Loading/)).toBeNull()
    await waitFor(() => expect(badge()?.textContent).toBe('Cluster unreachable'))

    // The next attempt fails too: the page keeps saying so (it does not flip back to "Loading…").
    await vi.advanceTimersByTimeAsync(15_500)
    expect(screen.getByText('Not loaded: the last attempt failed')).toBeTruthy()
    expect(screen.queryByText(/Loading/)).toBeNull()

    cluster.down = false
    await vi.advanceTimersByTimeAsync(15_500)
    expect(await screen.findByRole('button', { name: 'Copy id' })).toBeTruthy()
    expect(screen.getByRole('heading', { level: 1 }).textContent).toContain(id)
    await waitFor(() => expect(badge()?.textContent).toBe('Embedded demo cluster'))
  })
})

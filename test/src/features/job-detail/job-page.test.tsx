import { screen, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { useEmulator } from '../../support/emulator.ts'
import { mswServer } from '../../support/msw-server.ts'
import { renderRoute } from '../../support/render.tsx'
import { MASK } from '../../../../src/lib/mask.ts'
import { REDACTED_MARKER } from '../../../../contract/syncboard-protocol.ts'
import { esErrorBody } from '../../../support/es-error.ts'
import { createJob } from './support.ts'

const SECRET = 'very-secret-api-key-XYZ123'
const SECRET_DEFAULT = 'secret-default-value-ABC'

describe('job page', () => {
  it('shows the job: heading with id, status, connector, timeline, counters, snapshot', async () => {
    const emulator = useEmulator()
    const id = createJob(emulator, {
      status: 'in_progress',
      started_at: new Date(Date.now() - 120_000).toISOString(),
      last_seen: new Date(Date.now() - 5_000).toISOString(),
      worker_hostname: 'worker-test-7',
      indexed_document_count: 12_345,
      deleted_document_count: 7,
      total_document_count: 20_000,
      indexed_document_volume: 42,
      metadata: { batch: 'nightly-run' },
    })
    renderRoute(`/jobs/${id}`)
    await screen.findByRole('button', { name: 'Copy id' })
    const heading = screen.getByRole('heading', { level: 1 })
    expect(heading.textContent).toContain(id)
    expect(screen.getAllByText('In progress').length).toBeGreaterThan(0)
    expect(screen.getByText('worker-test-7')).toBeTruthy()
    expect(screen.getByText('12,345')).toBeTruthy()
    expect(screen.getByText('20,000')).toBeTruthy()
    expect(screen.getByText('42.0 MiB')).toBeTruthy()
    expect(screen.getByText('Started (claimed)')).toBeTruthy()
    expect(screen.getByText('Since last heartbeat')).toBeTruthy()
    expect(within(screen.getByRole('region', { name: 'Metadata' })).getByText(/nightly-run/)).toBeTruthy()
    const job = emulator.store.getSyncJob(id)
    const connectorLink = screen.getByRole('link', { name: 'All sync jobs of this connector' })
    expect(connectorLink.getAttribute('href')).toBe(`/jobs?connector_id=${encodeURIComponent(job.connector.id)}`)
    expect(screen.getAllByText(job.connector.index_name!).length).toBeGreaterThan(0)
    // The connector's name comes from the connector itself, not the snapshot.
    const connector = emulator.store.getConnector(job.connector.id)
    expect(await screen.findByText(connector.name)).toBeTruthy()
    expect(screen.getByRole('table', { name: 'Sync rules' })).toBeTruthy()
    expect(screen.getByRole('button', { name: 'Copy id' })).toBeTruthy()
    expect(screen.getByRole('button', { name: 'Copy JSON' })).toBeTruthy()
  })

  it('masks every sensitive configuration value: the secret is nowhere in the document, raw JSON included', async () => {
    const emulator = useEmulator()
    const id = createJob(emulator)
    const job = emulator.store.getSyncJob(id)
    emulator.store.writeSyncJob(id, {
      connector: {
        ...job.connector,
        configuration: {
          api_key: { label: 'API key', value: SECRET, sensitive: true, default_value: SECRET_DEFAULT, order: 1 },
          host: { label: 'Host', value: 'db.internal.example', sensitive: false, order: 2 },
          empty_secret: { label: 'Empty secret', value: '', sensitive: true, order: 3 },
        },
      },
    })
    const { container } = renderRoute(`/jobs/${id}`)
    const config = await screen.findByRole('table', { name: 'Configuration' })
    expect(within(config).getByText('db.internal.example')).toBeTruthy()
    expect(within(config).getByText('hidden (sensitive)')).toBeTruthy()
    expect(within(config).getByText('not set')).toBeTruthy()
    expect(screen.getByText(/"host"/, { selector: 'pre' })).toBeTruthy()
    expect(container.ownerDocument.documentElement.outerHTML).not.toContain(SECRET)
    expect(container.ownerDocument.documentElement.outerHTML).not.toContain(SECRET_DEFAULT)
    // The page gets the server's placeholder (the msw mount redacts like the server) and never shows it as a value.
    expect(container.ownerDocument.documentElement.outerHTML).not.toContain(REDACTED_MARKER)
    expect(container.ownerDocument.documentElement.outerHTML).not.toContain('fingerprint')
  })

  it('copies the masked JSON, never the secret', async () => {
    const emulator = useEmulator()
    const id = createJob(emulator)
    const job = emulator.store.getSyncJob(id)
    emulator.store.writeSyncJob(id, {
      connector: { ...job.connector, configuration: { api_key: { label: 'API key', value: SECRET, sensitive: true } } },
    })
    const { user } = renderRoute(`/jobs/${id}`)
    await user.click(await screen.findByRole('button', { name: 'Copy JSON' }))
    expect(await screen.findByRole('button', { name: /Copied/ })).toBeTruthy()
    const copied = await navigator.clipboard.readText()
    expect(JSON.parse(copied).id).toBe(id)
    expect(copied).toContain(MASK)
    expect(copied).not.toContain(SECRET)
  })

  it('keeps refreshing an active job: a change made by a worker shows up by itself', async () => {
    const emulator = useEmulator()
    const id = createJob(emulator, { status: 'in_progress', started_at: new Date().toISOString(), worker_hostname: 'w' })
    renderRoute(`/jobs/${id}`)
    expect(await screen.findByText('refreshing every few seconds while the job is active')).toBeTruthy()
    emulator.store.writeSyncJob(id, { indexed_document_count: 31_337, last_seen: new Date().toISOString() })
    // The next poll (every 2.5 s) brings it; no click, no reload.
    expect(await screen.findByText('31,337', {}, { timeout: 8_000 })).toBeTruthy()
  })

  it('says a finished job is no longer refreshed', async () => {
    const emulator = useEmulator()
    const id = createJob(emulator, { status: 'completed', completed_at: new Date().toISOString() })
    renderRoute(`/jobs/${id}`)
    expect(await screen.findByText('not refreshing: the job has finished')).toBeTruthy()
  })

  it('measures live throughput from successive refreshes of a running job', async () => {
    const emulator = useEmulator()
    const id = createJob(emulator, {
      status: 'in_progress',
      started_at: new Date().toISOString(),
      worker_hostname: 'w',
      indexed_document_count: 100,
      indexed_document_volume: 1,
    })
    const { user } = renderRoute(`/jobs/${id}`)
    expect(await screen.findByText(/measuring/)).toBeTruthy()
    emulator.store.writeSyncJob(id, { indexed_document_count: 5_100, indexed_document_volume: 11 })
    // A check in refreshes the job at once: a second sample.
    await user.click(await screen.findByRole('button', { name: 'Check in' }))
    const rate = await screen.findByText(/documents$/)
    expect(rate.closest('p')?.textContent).toMatch(/Throughput .+\/s documents · .+\/s \(over the last \d+ s\)/)
  })

  it('renders markup in an error message as text, whitespace kept', async () => {
    const emulator = useEmulator()
    const message = '<img src=x onerror=alert(1)>\n  second line'
    const id = createJob(emulator, { status: 'error', error: message })
    const { container } = renderRoute(`/jobs/${id}`)
    const errorText = await screen.findByText((_, element) => element?.tagName === 'PRE' && element.textContent === message)
    expect(errorText).toBeTruthy()
    expect(container.querySelector('img[src="x"]')).toBeNull()
    expect(container.ownerDocument.querySelectorAll('img').length).toBe(
      container.ownerDocument.querySelectorAll('img[src="/favicon.svg"]').length,
    )
  })

  it('folds a long error and expands it on demand', async () => {
    const emulator = useEmulator()
    const lines = Array.from({ length: 30 }, (_, index) => `  at frame ${index} (worker.py:${index})`)
    const id = createJob(emulator, { status: 'error', error: `Traceback:\n${lines.join('\n')}` })
    const { user } = renderRoute(`/jobs/${id}`)
    const toggle = await screen.findByRole('button', { name: 'Show the full error' })
    const errorRegion = screen.getByRole('region', { name: 'Error' })
    expect(within(errorRegion).queryByText(/frame 29/)).toBeNull()
    await user.click(toggle)
    expect(toggle.getAttribute('aria-expanded')).toBe('true')
    expect(within(errorRegion).getByText(/frame 29/)).toBeTruthy()
  })

  it('says "No such sync job" for an unknown id, with a way back', async () => {
    useEmulator()
    renderRoute('/jobs/does-not-exist')
    expect(await screen.findByRole('heading', { name: 'No such sync job' })).toBeTruthy()
    expect(screen.getByText('does-not-exist')).toBeTruthy()
    expect(screen.getByRole('link', { name: 'Back to the sync jobs' }).getAttribute('href')).toBe('/jobs')
  })

  it('shows a failed load with Elasticsearch reason and a retry that works', async () => {
    const emulator = useEmulator()
    const id = createJob(emulator)
    // Every read fails (the route's prefetch and the page's own) until the operator retries.
    let failing = true
    mswServer.use(
      http.get('*/es/_connector/_sync_job/:id', () =>
        failing ? HttpResponse.json(esErrorBody(500, 'illegal_state_exception', 'shard failure XYZ'), { status: 500 }) : undefined,
      ),
    )
    const { user } = renderRoute(`/jobs/${id}`)
    expect(await screen.findByText(/shard failure XYZ/)).toBeTruthy()
    failing = false
    await user.click(screen.getByRole('button', { name: 'Retry' }))
    expect(await screen.findByRole('heading', { level: 1, name: new RegExp(id) })).toBeTruthy()
    expect(await screen.findByRole('button', { name: 'Claim' })).toBeTruthy()
  })
})

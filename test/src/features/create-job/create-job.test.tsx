// The create form: preselection, exactly one job per submit (double click included), the duplicate
// guard, Elasticsearch's refusals with the form kept, and network failures.
import { screen, waitFor, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import type { Emulator } from '../../../../server/emulator/app.ts'
import { useEmulator } from '../../support/emulator.ts'
import { mswServer } from '../../support/msw-server.ts'
import { renderRoute } from '../../support/render.tsx'
import { syncableConnectors } from '../../../support/connectors.ts'
import { esErrorBody } from '../../../support/es-error.ts'

/** A syncable connector with no pending or running job of the given type (so no duplicate question). */
function quietConnector(emulator: Emulator, jobType: 'full' | 'incremental' | 'access_control' = 'access_control') {
  const connector = syncableConnectors(emulator).find((entry) =>
    ['pending', 'in_progress'].every(
      (status) => emulator.store.listSyncJobs({ from: 0, size: 0, connector_id: entry.id, job_type: [jobType], status: status as 'pending' }).count === 0,
    ),
  )
  if (!connector) throw new Error('no quiet connector in the seed')
  return connector
}

const jobsOf = (emulator: Emulator, connectorId: string) => emulator.store.listSyncJobs({ from: 0, size: 1000, connector_id: connectorId })

async function renderForm(url: string) {
  const view = renderRoute(url)
  await screen.findByRole('heading', { name: 'New sync job' })
  // The connector list has arrived once the picker stops saying it is loading.
  await waitFor(() => expect(screen.getByRole('combobox', { name: 'Connector' }).getAttribute('placeholder')).not.toMatch(/Loading/))
  return view
}

describe('create a sync job', () => {
  it('preselects ?connector_id=, creates exactly one job on a double click, and opens it', async () => {
    const emulator = useEmulator()
    const connector = quietConnector(emulator)
    const before = jobsOf(emulator, connector.id).count
    const { user, router } = await renderForm(`/jobs/new?connector_id=${encodeURIComponent(connector.id)}`)
    expect((screen.getByRole('combobox', { name: 'Connector' }) as HTMLInputElement).value).toBe(connector.name || connector.id)
    await user.selectOptions(screen.getByLabelText('Job type'), 'access_control')
    expect((screen.getByLabelText('Trigger method') as HTMLSelectElement).value).toBe('on_demand')
    await user.dblClick(screen.getByRole('button', { name: 'Start sync' }))
    await waitFor(() => expect(router.state.location.pathname).not.toBe('/jobs/new'))
    const after = jobsOf(emulator, connector.id)
    expect(after.count).toBe(before + 1)
    const created = after.results.find((job) => router.state.location.pathname === `/jobs/${encodeURIComponent(job.id)}`)
    expect(created?.job_type).toBe('access_control')
    expect(created?.trigger_method).toBe('on_demand')
    expect(created?.status).toBe('pending')
    expect(await screen.findByText(/Sync job started/)).toBeTruthy()
  })

  it('sends the chosen trigger method', async () => {
    const emulator = useEmulator()
    const connector = quietConnector(emulator)
    const { user, router } = await renderForm(`/jobs/new?connector_id=${encodeURIComponent(connector.id)}`)
    await user.selectOptions(screen.getByLabelText('Job type'), 'access_control')
    await user.selectOptions(screen.getByLabelText('Trigger method'), 'scheduled')
    await user.click(screen.getByRole('button', { name: 'Start sync' }))
    await waitFor(() => expect(router.state.location.pathname).not.toBe('/jobs/new'))
    const id = decodeURIComponent(router.state.location.pathname.replace('/jobs/', ''))
    expect(emulator.store.getSyncJob(id).trigger_method).toBe('scheduled')
  })

  it('lets the operator search and pick the connector', async () => {
    const emulator = useEmulator()
    const connector = quietConnector(emulator)
    const { user, router } = await renderForm('/jobs/new')
    const picker = screen.getByRole('combobox', { name: 'Connector' })
    await user.type(picker, connector.id)
    await user.keyboard('{Enter}')
    await user.selectOptions(screen.getByLabelText('Job type'), 'access_control')
    await user.click(screen.getByRole('button', { name: 'Start sync' }))
    await waitFor(() => expect(router.state.location.pathname).not.toBe('/jobs/new'))
    expect(jobsOf(emulator, connector.id).results.some((job) => router.state.location.pathname.endsWith(encodeURIComponent(job.id)))).toBe(true)
  })

  it('requires a connector and sends nothing without one', async () => {
    const emulator = useEmulator()
    const before = emulator.store.listSyncJobs({ from: 0, size: 0 }).count
    const { user } = await renderForm('/jobs/new')
    await user.click(screen.getByRole('button', { name: 'Start sync' }))
    expect(screen.getByText('Choose the connector to sync.')).toBeTruthy()
    expect(screen.getByRole('combobox', { name: 'Connector' }).getAttribute('aria-invalid')).toBe('true')
    expect(emulator.store.listSyncJobs({ from: 0, size: 0 }).count).toBe(before)
  })

  it('asks before starting a second pending or running job of the same connector and type', async () => {
    const emulator = useEmulator()
    const connector = quietConnector(emulator)
    const existing = emulator.store.createSyncJob({ id: connector.id, job_type: 'access_control' })
    const before = jobsOf(emulator, connector.id).count
    const { user, router } = await renderForm(`/jobs/new?connector_id=${encodeURIComponent(connector.id)}`)
    await user.selectOptions(screen.getByLabelText('Job type'), 'access_control')
    await user.click(screen.getByRole('button', { name: 'Start sync' }))
    const warning = await screen.findByRole('alert')
    expect(warning.textContent).toMatch(/already has an access control sync pending or running/)
    expect(within(warning).getByRole('link', { name: existing }).getAttribute('href')).toBe(`/jobs/${encodeURIComponent(existing)}`)
    expect(jobsOf(emulator, connector.id).count).toBe(before)
    // Going back starts nothing; asking again and confirming starts exactly one more.
    await user.click(within(warning).getByRole('button', { name: 'Don’t start' }))
    expect(screen.queryByRole('alert')).toBeNull()
    await user.click(screen.getByRole('button', { name: 'Start sync' }))
    await user.dblClick(await screen.findByRole('button', { name: 'Start another sync anyway' }))
    await waitFor(() => expect(router.state.location.pathname).not.toBe('/jobs/new'))
    expect(jobsOf(emulator, connector.id).count).toBe(before + 1)
  })

  it('does not ask when the other job of that type has finished', async () => {
    const emulator = useEmulator()
    const connector = quietConnector(emulator)
    const done = emulator.store.createSyncJob({ id: connector.id, job_type: 'access_control' })
    emulator.store.writeSyncJob(done, { status: 'completed' })
    const before = jobsOf(emulator, connector.id).count
    const { user, router } = await renderForm(`/jobs/new?connector_id=${encodeURIComponent(connector.id)}`)
    await user.selectOptions(screen.getByLabelText('Job type'), 'access_control')
    await user.click(screen.getByRole('button', { name: 'Start sync' }))
    await waitFor(() => expect(router.state.location.pathname).not.toBe('/jobs/new'))
    expect(jobsOf(emulator, connector.id).count).toBe(before + 1)
  })

  it.each([
    [404, 'resource_not_found_exception', "Connector with id 'ghost' does not exist."],
    [400, 'status_exception', 'Cannot start a sync for connector [x] with no index attached. Set the [index_name] property for the connector to enable syncing data.'],
    [400, 'status_exception', 'Cannot start a sync for connector [x] with [service_type] not defined. Set the service type of your connector before starting the sync.'],
  ])('shows Elasticsearch refusal %s %s with its reason and keeps the form', async (status, type, reason) => {
    const emulator = useEmulator()
    const connector = quietConnector(emulator)
    const before = jobsOf(emulator, connector.id).count
    mswServer.use(http.post('*/es/_connector/_sync_job', () => HttpResponse.json(esErrorBody(status, type, reason), { status }), { once: true }))
    const { user, router } = await renderForm(`/jobs/new?connector_id=${encodeURIComponent(connector.id)}`)
    await user.selectOptions(screen.getByLabelText('Job type'), 'access_control')
    await user.selectOptions(screen.getByLabelText('Trigger method'), 'scheduled')
    await user.click(screen.getByRole('button', { name: 'Start sync' }))
    expect(await screen.findByText(type)).toBeTruthy()
    expect(screen.getByText(reason, { exact: false })).toBeTruthy()
    expect(router.state.location.pathname).toBe('/jobs/new')
    expect((screen.getByLabelText('Job type') as HTMLSelectElement).value).toBe('access_control')
    expect((screen.getByLabelText('Trigger method') as HTMLSelectElement).value).toBe('scheduled')
    expect((screen.getByRole('combobox', { name: 'Connector' }) as HTMLInputElement).value).toBe(connector.name || connector.id)
    expect(jobsOf(emulator, connector.id).count).toBe(before)
    // The operator can try again once the cause is fixed.
    await user.click(screen.getByRole('button', { name: 'Start sync' }))
    await waitFor(() => expect(router.state.location.pathname).not.toBe('/jobs/new'))
    expect(jobsOf(emulator, connector.id).count).toBe(before + 1)
  })

  it("marks the connector field when Elasticsearch does not know it (preselected unknown id)", async () => {
    useEmulator()
    const { user } = await renderForm('/jobs/new?connector_id=no-such-connector')
    await user.click(screen.getByRole('button', { name: 'Start sync' }))
    expect(await screen.findByText(/Connector with id 'no-such-connector' does not exist/)).toBeTruthy()
    expect(screen.getByRole('combobox', { name: 'Connector' }).getAttribute('aria-invalid')).toBe('true')
  })

  it('shows the real refusal for a connector without an index', async () => {
    const emulator = useEmulator()
    emulator.store.putConnector('bare-connector', { name: 'Bare', service_type: 'jira' })
    const { user } = await renderForm('/jobs/new?connector_id=bare-connector')
    expect(screen.getByText(/no index attached/)).toBeTruthy()
    await user.click(screen.getByRole('button', { name: 'Start sync' }))
    expect(await screen.findByText(/Cannot start a sync for connector \[bare-connector\] with no index attached/)).toBeTruthy()
  })

  it('reports a network failure and keeps the form', async () => {
    const emulator = useEmulator()
    const connector = quietConnector(emulator)
    mswServer.use(http.post('*/es/_connector/_sync_job', () => HttpResponse.error()))
    const { user, router } = await renderForm(`/jobs/new?connector_id=${encodeURIComponent(connector.id)}`)
    await user.selectOptions(screen.getByLabelText('Job type'), 'access_control')
    await user.click(screen.getByRole('button', { name: 'Start sync' }))
    expect(await screen.findByText('network_error')).toBeTruthy()
    expect(router.state.location.pathname).toBe('/jobs/new')
    expect((screen.getByLabelText('Job type') as HTMLSelectElement).value).toBe('access_control')
  })

  it('starts nothing when the duplicate check fails, and says so', async () => {
    const emulator = useEmulator()
    const connector = quietConnector(emulator)
    const before = jobsOf(emulator, connector.id).count
    mswServer.use(http.get('*/es/_connector/_sync_job', () => HttpResponse.json(esErrorBody(403, 'security_exception', 'action [cluster:monitor/xpack/connector/sync_job/list] is unauthorized'), { status: 403 })))
    const { user } = await renderForm(`/jobs/new?connector_id=${encodeURIComponent(connector.id)}`)
    await user.click(screen.getByRole('button', { name: 'Start sync' }))
    expect(await screen.findByText(/Could not check whether this connector already has a sync running/)).toBeTruthy()
    expect(screen.getByText('security_exception')).toBeTruthy()
    expect(jobsOf(emulator, connector.id).count).toBe(before)
  })
})

describe('create in read-only mode', () => {
  it('disables "Start sync" and says why', async () => {
    useEmulator({}, { readOnly: true, mode: 'embedded' })
    renderRoute('/jobs/new')
    const reason = await screen.findByText('Syncboard is in read-only mode: it cannot start syncs.')
    const button = screen.getByRole('button', { name: 'Start sync' }) as HTMLButtonElement
    expect(button.disabled).toBe(true)
    expect(button.getAttribute('aria-describedby')).toBe(reason.id)
  })
})

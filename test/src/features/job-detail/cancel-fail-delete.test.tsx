// Cancel (two phases), mark as failed (message required) and delete (then back to the list):
// confirmation, success, Elasticsearch's refusals and network failures, each reported in its dialog.
import { screen, waitFor, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { afterEach, describe, expect, it } from 'vitest'
import type { Emulator } from '../../../../server/emulator/app.ts'
import { useEmulator } from '../../support/emulator.ts'
import { mswServer } from '../../support/msw-server.ts'
import { renderJob } from './render-job.ts'
import { esErrorBody } from '../../../support/es-error.ts'
import { countRequests, createJob, settleActiveJobs } from './support.ts'

afterEach(() => mswServer.events.removeAllListeners())

const running = () => ({ status: 'in_progress' as const, started_at: new Date().toISOString(), worker_hostname: 'worker-a' })

describe('Cancel', () => {
  it('cancels a pending job at once after confirming', async () => {
    const emulator = useEmulator()
    const id = createJob(emulator)
    const { user } = await renderJob(id)
    await user.click(screen.getByRole('button', { name: 'Cancel' }))
    const dialog = screen.getByRole('dialog', { name: `Cancel sync job ${id}?` })
    expect(within(dialog).getByText(/becomes/).textContent).toMatch(/Canceled at once/)
    expect(emulator.store.getSyncJob(id).status).toBe('pending')
    await user.click(within(dialog).getByRole('button', { name: 'Cancel job' }))
    expect(await screen.findByText(/Canceled: the job will not run/)).toBeTruthy()
    expect(emulator.store.getSyncJob(id).status).toBe('canceled')
    await waitFor(() => expect((screen.getByRole('button', { name: 'Cancel' }) as HTMLButtonElement).disabled).toBe(true))
  })

  it('explains the two phases for a running job and requests the cancel', async () => {
    const emulator = useEmulator()
    const id = createJob(emulator, running())
    const { user } = await renderJob(id)
    await user.click(screen.getByRole('button', { name: 'Cancel' }))
    const dialog = screen.getByRole('dialog')
    expect(within(dialog).getByText(/two phases/)).toBeTruthy()
    expect(within(dialog).getByText(/its worker notices/)).toBeTruthy()
    await user.click(within(dialog).getByRole('button', { name: 'Cancel job' }))
    expect(await screen.findByText(/Cancel requested: the job shows/)).toBeTruthy()
    expect(emulator.store.getSyncJob(id).status).toBe('canceling')
  })

  it('keeps the job when the operator goes back', async () => {
    const emulator = useEmulator()
    const id = createJob(emulator)
    const { user } = await renderJob(id)
    await user.click(screen.getByRole('button', { name: 'Cancel' }))
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Keep the job' }))
    expect(screen.queryByRole('dialog')).toBeNull()
    expect(emulator.store.getSyncJob(id).status).toBe('pending')
  })

  it("shows Elasticsearch's invalid-transition refusal in the dialog", async () => {
    const emulator = useEmulator()
    const id = createJob(emulator)
    const { user } = await renderJob(id)
    // Someone else canceled it meanwhile; the page still shows it pending.
    emulator.store.cancelSyncJob(id)
    await user.click(screen.getByRole('button', { name: 'Cancel' }))
    const dialog = screen.getByRole('dialog')
    await user.click(within(dialog).getByRole('button', { name: 'Cancel job' }))
    expect(await within(dialog).findByText('status_exception')).toBeTruthy()
    expect(within(dialog).getByText(/Invalid transition attempt from \[canceled\] to \[canceling\]/)).toBeTruthy()
    expect(within(dialog).getByText(/Cancel failed/)).toBeTruthy()
  })

  it('reports a network failure', async () => {
    const emulator = useEmulator()
    const id = createJob(emulator)
    mswServer.use(http.put('*/es/_connector/_sync_job/:id/_cancel', () => HttpResponse.error()))
    const { user } = await renderJob(id)
    await user.click(screen.getByRole('button', { name: 'Cancel' }))
    const dialog = screen.getByRole('dialog')
    await user.click(within(dialog).getByRole('button', { name: 'Cancel job' }))
    expect(await within(dialog).findByText('network_error')).toBeTruthy()
    expect(emulator.store.getSyncJob(id).status).toBe('pending')
  })

  it('sends a single cancel on a double click', async () => {
    const emulator = useEmulator()
    const id = createJob(emulator, running())
    const cancels = countRequests(mswServer, 'PUT', /\/_cancel$/)
    const { user } = await renderJob(id)
    await user.click(screen.getByRole('button', { name: 'Cancel' }))
    await user.dblClick(within(screen.getByRole('dialog')).getByRole('button', { name: 'Cancel job' }))
    expect(await screen.findByText(/Cancel requested: the job shows/)).toBeTruthy()
    expect(cancels.count).toBe(1)
  })
})

describe('Mark as failed', () => {
  it('requires an error message before sending anything', async () => {
    const emulator = useEmulator()
    const id = createJob(emulator, running())
    const { user } = await renderJob(id)
    await user.click(screen.getByRole('button', { name: 'Mark as failed' }))
    const dialog = screen.getByRole('dialog', { name: `Mark sync job ${id} as failed?` })
    await user.click(within(dialog).getByRole('button', { name: 'Mark as failed' }))
    expect(within(dialog).getByText(/Enter the error message/)).toBeTruthy()
    expect(within(dialog).getByLabelText('Error message').getAttribute('aria-invalid')).toBe('true')
    expect(emulator.store.getSyncJob(id).status).toBe('in_progress')
  })

  it('stores the message and the job shows it as text', async () => {
    const emulator = useEmulator()
    const id = createJob(emulator, running())
    const { user } = await renderJob(id)
    await user.click(screen.getByRole('button', { name: 'Mark as failed' }))
    const dialog = screen.getByRole('dialog')
    await user.type(within(dialog).getByLabelText('Error message'), 'Worker pod <b>evicted</b>')
    await user.click(within(dialog).getByRole('button', { name: 'Mark as failed' }))
    expect(await screen.findByText(/Marked as failed/)).toBeTruthy()
    const job = emulator.store.getSyncJob(id)
    expect(job.status).toBe('error')
    expect(job.error).toBe('Worker pod <b>evicted</b>')
    const errorRegion = await screen.findByRole('region', { name: 'Error' })
    expect(within(errorRegion).getByText('Worker pod <b>evicted</b>')).toBeTruthy()
    expect(errorRegion.querySelector('b')).toBeNull()
  })

  it("shows Elasticsearch's refusal and keeps the message", async () => {
    const emulator = useEmulator()
    const id = createJob(emulator, running())
    mswServer.use(
      http.put(
        '*/es/_connector/_sync_job/:id/_error',
        () =>
          HttpResponse.json(
            esErrorBody(400, 'status_exception', 'Invalid transition attempt from [pending] to [error]. Such a ConnectorSyncStatus transition is not supported by the Connector Protocol.'),
            { status: 400 },
          ),
        { once: true },
      ),
    )
    const { user } = await renderJob(id)
    await user.click(screen.getByRole('button', { name: 'Mark as failed' }))
    const dialog = screen.getByRole('dialog')
    const message = within(dialog).getByLabelText('Error message') as HTMLTextAreaElement
    await user.type(message, 'zombie')
    await user.click(within(dialog).getByRole('button', { name: 'Mark as failed' }))
    expect(await within(dialog).findByText('status_exception')).toBeTruthy()
    expect(within(dialog).getByText(/from \[pending\] to \[error\]/)).toBeTruthy()
    expect(message.value).toBe('zombie')
    expect(emulator.store.getSyncJob(id).status).toBe('in_progress')
  })

  it('reports a network failure', async () => {
    const emulator = useEmulator()
    const id = createJob(emulator, running())
    mswServer.use(http.put('*/es/_connector/_sync_job/:id/_error', () => HttpResponse.error()))
    const { user } = await renderJob(id)
    await user.click(screen.getByRole('button', { name: 'Mark as failed' }))
    const dialog = screen.getByRole('dialog')
    await user.type(within(dialog).getByLabelText('Error message'), 'gone')
    await user.click(within(dialog).getByRole('button', { name: 'Mark as failed' }))
    expect(await within(dialog).findByText('network_error')).toBeTruthy()
  })
})

describe('Delete', () => {
  it('confirms naming the job, warns while active, deletes and returns to the list', async () => {
    const emulator = useEmulator()
    const id = createJob(emulator, running())
    const { user, router } = await renderJob(id)
    await user.click(screen.getByRole('button', { name: 'Delete' }))
    const dialog = screen.getByRole('dialog', { name: `Delete sync job ${id}?` })
    expect(within(dialog).getByText(/Still active/)).toBeTruthy()
    await user.click(within(dialog).getByRole('button', { name: 'Delete job' }))
    await waitFor(() => expect(router.state.location.pathname).toBe('/jobs'))
    expect(() => emulator.store.getSyncJob(id)).toThrow(id)
    // The list says what just happened.
    expect(await screen.findByText(`Deleted sync job ${id}.`)).toBeTruthy()
  })

  it('does not warn for a finished job', async () => {
    const emulator = useEmulator()
    const id = createJob(emulator, { status: 'completed', completed_at: new Date().toISOString() })
    const { user } = await renderJob(id)
    await user.click(screen.getByRole('button', { name: 'Delete' }))
    expect(within(screen.getByRole('dialog')).queryByText(/Still active/)).toBeNull()
  })

  it('shows a 404 when the job is already gone, and stays on the page', async () => {
    const emulator = useEmulator()
    const id = createJob(emulator, { status: 'completed' })
    const { user, router } = await renderJob(id)
    emulator.store.deleteSyncJob(id)
    await user.click(screen.getByRole('button', { name: 'Delete' }))
    const dialog = screen.getByRole('dialog')
    await user.click(within(dialog).getByRole('button', { name: 'Delete job' }))
    expect(await within(dialog).findByText('resource_not_found_exception')).toBeTruthy()
    expect(router.state.location.pathname).toBe(`/jobs/${id}`)
  })

  it('reports a network failure', async () => {
    const emulator = useEmulator()
    const id = createJob(emulator, { status: 'completed' })
    mswServer.use(http.delete('*/es/_connector/_sync_job/:id', () => HttpResponse.error()))
    const { user } = await renderJob(id)
    await user.click(screen.getByRole('button', { name: 'Delete' }))
    const dialog = screen.getByRole('dialog')
    await user.click(within(dialog).getByRole('button', { name: 'Delete job' }))
    expect(await within(dialog).findByText('network_error')).toBeTruthy()
    expect(emulator.store.getSyncJob(id).status).toBe('completed')
  })
})

describe('Run again', () => {
  it('starts a new on-demand job of the same connector and type, then opens it', async () => {
    const emulator = useEmulator()
    const id = createJob(emulator, { status: 'completed', trigger_method: 'scheduled' }, 'incremental')
    const connectorId = emulator.store.getSyncJob(id).connector.id
    settleActiveJobs(emulator, connectorId, 'incremental')
    const before = emulator.store.listSyncJobs({ from: 0, size: 0, connector_id: connectorId }).count
    const { user, router } = await renderJob(id)
    await user.click(screen.getByRole('button', { name: 'Run again' }))
    await waitFor(() => expect(router.state.location.pathname).not.toBe(`/jobs/${id}`))
    const newId = decodeURIComponent(router.state.location.pathname.replace('/jobs/', ''))
    const created = emulator.store.getSyncJob(newId)
    expect(created.connector.id).toBe(connectorId)
    expect(created.job_type).toBe('incremental')
    expect(created.trigger_method).toBe('on_demand')
    expect(created.status).toBe('pending')
    expect(emulator.store.listSyncJobs({ from: 0, size: 0, connector_id: connectorId }).count).toBe(before + 1)
    expect(await screen.findByText(/Started a new incremental sync/)).toBeTruthy()
    expect((await screen.findByRole('heading', { level: 1 })).textContent).toContain(newId)
  })

  it("shows Elasticsearch's refusal under the bar", async () => {
    const emulator = useEmulator()
    const id = createJob(emulator, { status: 'completed' })
    settleActiveJobs(emulator, emulator.store.getSyncJob(id).connector.id, 'full')
    mswServer.use(
      http.post('*/es/_connector/_sync_job', () =>
        HttpResponse.json(esErrorBody(404, 'resource_not_found_exception', "Connector with id 'gone' does not exist."), { status: 404 }),
      ),
    )
    const { user, router } = await renderJob(id)
    await user.click(screen.getByRole('button', { name: 'Run again' }))
    expect(await screen.findByText(/Connector with id 'gone' does not exist/)).toBeTruthy()
    expect(screen.getByText(/Run again failed/)).toBeTruthy()
    expect(router.state.location.pathname).toBe(`/jobs/${id}`)
  })
})

/** A connector with a full sync pending and another running, and a finished full sync to run again. */
function busyConnector(emulator: Emulator) {
  const finished = createJob(emulator, { status: 'completed', completed_at: new Date().toISOString() })
  const connectorId = emulator.store.getSyncJob(finished).connector.id
  settleActiveJobs(emulator, connectorId, 'full')
  const pending = createJob(emulator)
  createJob(emulator, running())
  return { finished, connectorId, pending, count: () => emulator.store.listSyncJobs({ from: 0, size: 0, connector_id: connectorId, job_type: ['full'] }).count }
}

describe('Run again’s duplicate guard', () => {
  it('asks the create form’s question before starting a third full sync, and starts nothing until answered', async () => {
    const emulator = useEmulator()
    const { finished, count } = busyConnector(emulator)
    const before = count()
    const creates = countRequests(mswServer, 'POST', /\/_connector\/_sync_job$/)
    const { user, router } = await renderJob(finished)
    await user.click(screen.getByRole('button', { name: 'Run again' }))
    const question = await screen.findByRole('alert')
    expect(question.textContent).toMatch(/already has 2 full syncs pending or running/)
    // The question is the outcome of the click: it has focus.
    expect(question.contains(document.activeElement)).toBe(true)
    expect(creates.count).toBe(0)
    expect(count()).toBe(before)
    expect(router.state.location.pathname).toBe(`/jobs/${finished}`)

    // Not starting leaves everything as it was and gives focus back to Run again.
    await user.click(within(question).getByRole('button', { name: 'Don’t start' }))
    expect(screen.queryByRole('alert')).toBeNull()
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Run again' }))
    expect(count()).toBe(before)

    // Asking again and confirming starts exactly one more.
    await user.click(screen.getByRole('button', { name: 'Run again' }))
    await user.dblClick(await screen.findByRole('button', { name: 'Start another sync anyway' }))
    await waitFor(() => expect(router.state.location.pathname).not.toBe(`/jobs/${finished}`))
    expect(count()).toBe(before + 1)
    expect(creates.count).toBe(1)
  })

  it('links to a job already pending or running', async () => {
    const emulator = useEmulator()
    const { finished, connectorId } = busyConnector(emulator)
    const { user } = await renderJob(finished)
    await user.click(screen.getByRole('button', { name: 'Run again' }))
    const question = await screen.findByRole('alert')
    const example = within(question).getAllByRole('link')[0]!
    const exampleId = decodeURIComponent(example.getAttribute('href')!.replace('/jobs/', ''))
    expect(['pending', 'in_progress']).toContain(emulator.store.getSyncJob(exampleId).status)
    expect(within(question).getByRole('link', { name: 'all jobs of this connector' }).getAttribute('href')).toBe(`/jobs?connector_id=${encodeURIComponent(connectorId)}`)
  })

  it('starts nothing when the check fails, and says so under the bar', async () => {
    const emulator = useEmulator()
    const { finished, count } = busyConnector(emulator)
    const before = count()
    const { user } = await renderJob(finished)
    mswServer.use(http.get('*/es/_connector/_sync_job', () => HttpResponse.json(esErrorBody(403, 'security_exception', 'action [cluster:monitor/xpack/connector/sync_job/list] is unauthorized'), { status: 403 })))
    await user.click(screen.getByRole('button', { name: 'Run again' }))
    expect(await screen.findByText(/Checking for running syncs before Run again failed/)).toBeTruthy()
    expect(screen.getByText('security_exception')).toBeTruthy()
    expect(count()).toBe(before)
  })
})


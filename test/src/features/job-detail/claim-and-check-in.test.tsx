// Claim (with the cursor checked before anything is sent) and check in: success, Elasticsearch's
// refusals and network failures, reported where the action happened with the input kept.
import { screen, waitFor, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { afterEach, describe, expect, it } from 'vitest'
import { useEmulator } from '../../support/emulator.ts'
import { mswServer } from '../../support/msw-server.ts'
import { renderJob } from './render-job.ts'
import { esErrorBody } from '../../../support/es-error.ts'
import { countRequests, createJob } from './support.ts'

afterEach(() => mswServer.events.removeAllListeners())

async function openClaim(user: Awaited<ReturnType<typeof renderJob>>['user']) {
  await user.click(screen.getByRole('button', { name: 'Claim' }))
  return screen.getByRole('dialog', { name: /Claim sync job/ })
}

describe('Claim', () => {
  it('claims for the named worker with a JSON cursor, reports it and refreshes the job', async () => {
    const emulator = useEmulator()
    const id = createJob(emulator)
    const { user } = await renderJob(id)
    const dialog = await openClaim(user)
    await user.type(within(dialog).getByLabelText('Worker hostname'), 'worker-42')
    await user.click(within(dialog).getByLabelText('Sync cursor'))
    await user.paste('{"cursor": "2024-06-01", "page": 3}')
    await user.click(within(dialog).getByRole('button', { name: 'Claim' }))
    expect(await screen.findByText(/Claimed for worker worker-42/)).toBeTruthy()
    const job = emulator.store.getSyncJob(id)
    expect(job.status).toBe('in_progress')
    expect(job.worker_hostname).toBe('worker-42')
    expect(job.connector.sync_cursor).toEqual({ cursor: '2024-06-01', page: 3 })
    expect(screen.queryByRole('dialog')).toBeNull()
    // The page shows the refreshed job: now it can be checked in, no longer claimed.
    await waitFor(() => expect((screen.getByRole('button', { name: 'Check in' }) as HTMLButtonElement).disabled).toBe(false))
    expect((screen.getByRole('button', { name: 'Claim' }) as HTMLButtonElement).disabled).toBe(true)
    expect(screen.getAllByText('worker-42').length).toBeGreaterThan(0)
    // The snapshot's sync cursor, as the claim left it.
    expect(within(screen.getByRole('region', { name: 'Connector snapshot' })).getByText(/"cursor": "2024-06-01"/)).toBeTruthy()
  })

  it.each([
    ['not JSON', '{cursor: abc}', /not valid JSON/i],
    ['an array', '[1, 2]', /must be a JSON object.*not an array/],
    ['a string', '"abc"', /not a string/],
    ['a number', '42', /not a number/],
    ['null', 'null', /not null/],
  ])('refuses a cursor that is %s before sending anything, keeping the input', async (_kind, text, message) => {
    const emulator = useEmulator()
    const id = createJob(emulator)
    const { user } = await renderJob(id)
    const dialog = await openClaim(user)
    await user.type(within(dialog).getByLabelText('Worker hostname'), 'worker-1')
    const cursor = within(dialog).getByLabelText('Sync cursor') as HTMLTextAreaElement
    await user.click(cursor)
    await user.paste(text)
    await user.click(within(dialog).getByRole('button', { name: 'Claim' }))
    expect(within(dialog).getByText(message)).toBeTruthy()
    expect(cursor.getAttribute('aria-invalid')).toBe('true')
    expect(cursor.value).toBe(text)
    // Nothing reached Elasticsearch: the job is untouched.
    const job = emulator.store.getSyncJob(id)
    expect(job.status).toBe('pending')
    expect(job.worker_hostname).toBeUndefined()
  })

  it('requires a worker hostname', async () => {
    const emulator = useEmulator()
    const id = createJob(emulator)
    const { user } = await renderJob(id)
    const dialog = await openClaim(user)
    await user.click(within(dialog).getByRole('button', { name: 'Claim' }))
    expect(within(dialog).getByText(/Enter the hostname/)).toBeTruthy()
    expect(within(dialog).getByLabelText('Worker hostname').getAttribute('aria-invalid')).toBe('true')
    expect(emulator.store.getSyncJob(id).status).toBe('pending')
  })

  it('shows Elasticsearch refusal in the dialog, keeps the input, and lets the operator retry', async () => {
    const emulator = useEmulator()
    const id = createJob(emulator)
    mswServer.use(
      http.put(
        '*/es/_connector/_sync_job/:id/_claim',
        () => HttpResponse.json(esErrorBody(400, 'x_content_parse_exception', '[1:20] [claim_connector_sync_job] unknown field [bogus]'), { status: 400 }),
        { once: true },
      ),
    )
    const { user } = await renderJob(id)
    const dialog = await openClaim(user)
    const hostname = within(dialog).getByLabelText('Worker hostname') as HTMLInputElement
    await user.type(hostname, 'worker-9')
    await user.click(within(dialog).getByRole('button', { name: 'Claim' }))
    expect(await within(dialog).findByText('x_content_parse_exception')).toBeTruthy()
    expect(within(dialog).getByText(/unknown field \[bogus\]/)).toBeTruthy()
    expect(hostname.value).toBe('worker-9')
    expect(emulator.store.getSyncJob(id).status).toBe('pending')
    await user.click(within(dialog).getByRole('button', { name: 'Claim' }))
    expect(await screen.findByText(/Claimed for worker worker-9/)).toBeTruthy()
    expect(emulator.store.getSyncJob(id).worker_hostname).toBe('worker-9')
  })

  it('reports a network failure in the dialog', async () => {
    const emulator = useEmulator()
    const id = createJob(emulator)
    mswServer.use(http.put('*/es/_connector/_sync_job/:id/_claim', () => HttpResponse.error()))
    const { user } = await renderJob(id)
    const dialog = await openClaim(user)
    await user.type(within(dialog).getByLabelText('Worker hostname'), 'worker-1')
    await user.click(within(dialog).getByRole('button', { name: 'Claim' }))
    expect(await within(dialog).findByText('network_error')).toBeTruthy()
    expect(within(dialog).getByText('Cluster unreachable')).toBeTruthy()
  })

  it('sends one claim on a double click', async () => {
    const emulator = useEmulator()
    const id = createJob(emulator)
    const claims = countRequests(mswServer, 'PUT', /\/_claim$/)
    const { user } = await renderJob(id)
    const dialog = await openClaim(user)
    await user.type(within(dialog).getByLabelText('Worker hostname'), 'worker-1')
    await user.dblClick(within(dialog).getByRole('button', { name: 'Claim' }))
    expect(await screen.findByText(/Claimed for worker worker-1/)).toBeTruthy()
    expect(claims.count).toBe(1)
  })

  it('stops the operator when the job changes under an open dialog', async () => {
    const emulator = useEmulator()
    const id = createJob(emulator)
    const { user } = await renderJob(id)
    const dialog = await openClaim(user)
    await user.type(within(dialog).getByLabelText('Worker hostname'), 'worker-late')
    // A real worker claims it meanwhile; the page's next poll brings the change.
    emulator.store.claimSyncJob(id, { worker_hostname: 'worker-fast' })
    expect(await within(dialog).findByText(/The job changed while this was open/, {}, { timeout: 8_000 })).toBeTruthy()
    expect(within(dialog).getByText(/a worker has already claimed it/)).toBeTruthy()
    expect((within(dialog).getByRole('button', { name: 'Claim' }) as HTMLButtonElement).disabled).toBe(true)
    // What the operator typed is still there.
    expect((within(dialog).getByLabelText('Worker hostname') as HTMLInputElement).value).toBe('worker-late')
    expect(emulator.store.getSyncJob(id).worker_hostname).toBe('worker-fast')
  })

  it('closes without claiming', async () => {
    const emulator = useEmulator()
    const id = createJob(emulator)
    const { user } = await renderJob(id)
    const dialog = await openClaim(user)
    await user.click(within(dialog).getByRole('button', { name: 'Close' }))
    expect(screen.queryByRole('dialog')).toBeNull()
    expect(emulator.store.getSyncJob(id).status).toBe('pending')
  })
})

const longAgo = () => new Date(Date.now() - 10 * 60_000).toISOString()

describe('Check in', () => {
  it('updates the heartbeat and the page shows it', async () => {
    const emulator = useEmulator()
    const id = createJob(emulator, { status: 'in_progress', started_at: longAgo(), last_seen: longAgo(), worker_hostname: 'w' })
    const { user } = await renderJob(id)
    expect((await screen.findAllByText(/no heartbeat for 10 min/)).length).toBeGreaterThan(0)
    const before = emulator.store.getSyncJob(id).last_seen
    await user.click(screen.getByRole('button', { name: 'Check in' }))
    expect(await screen.findByText(/Checked in at/)).toBeTruthy()
    expect(emulator.store.getSyncJob(id).last_seen).not.toBe(before)
    await waitFor(() => expect(screen.queryAllByText(/no heartbeat for 10 min/)).toHaveLength(0))
  })

  it('shows a refusal under the action bar', async () => {
    const emulator = useEmulator()
    const id = createJob(emulator, { status: 'in_progress', started_at: longAgo(), worker_hostname: 'w' })
    mswServer.use(
      http.put('*/es/_connector/_sync_job/:id/_check_in', ({ params }) =>
        HttpResponse.json(esErrorBody(404, 'resource_not_found_exception', `connector sync job [${String(params.id)}] not found`), { status: 404 }),
      ),
    )
    const { user } = await renderJob(id)
    await user.click(screen.getByRole('button', { name: 'Check in' }))
    expect(await screen.findByText('resource_not_found_exception')).toBeTruthy()
    expect(screen.getByText(/Check in failed/)).toBeTruthy()
    expect(screen.getByText(new RegExp(`connector sync job \\[${id}\\] not found`))).toBeTruthy()
  })

  it('reports a network failure', async () => {
    const emulator = useEmulator()
    const id = createJob(emulator, { status: 'in_progress', started_at: longAgo(), worker_hostname: 'w' })
    mswServer.use(http.put('*/es/_connector/_sync_job/:id/_check_in', () => HttpResponse.error()))
    const { user } = await renderJob(id)
    await user.click(screen.getByRole('button', { name: 'Check in' }))
    expect(await screen.findByText('network_error')).toBeTruthy()
  })
})

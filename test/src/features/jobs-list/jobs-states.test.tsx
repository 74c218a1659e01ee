// Every way the list can have no rows says what happened and what to do: loading, no jobs at all,
// no match, and each kind of failure (with a working retry and filters that stay usable).
import { screen, waitFor, within } from '@testing-library/react'
import { delay, http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { useEmulator } from '../../support/emulator.ts'
import { mswServer } from '../../support/msw-server.ts'
import { renderRoute } from '../../support/render.tsx'
import { esErrorBody } from '../../../support/es-error.ts'
import { bodyRows, expectIds, jobsTable, newestIds, searchOf } from './support.ts'

/** Makes the list endpoint fail with `respond()` until `healed` is set. */
function failList(respond: () => Response) {
  const state = { healed: false }
  mswServer.use(
    http.get('*/es/_connector/_sync_job', () => {
      if (state.healed) return undefined
      return respond()
    }),
  )
  return state
}

describe('jobs list states', () => {
  it('shows a busy skeleton table while the first page loads', async () => {
    useEmulator()
    mswServer.use(http.get('*/es/_connector/_sync_job', async () => delay('infinite')))
    renderRoute('/jobs')
    const table = await screen.findByRole('table', { name: 'Sync jobs' })
    expect(table.getAttribute('aria-busy')).toBe('true')
    expect(bodyRows()).toEqual([])
    expect(table.querySelectorAll('tbody.skeleton tr').length).toBeGreaterThan(0)
  })

  it('says there are no sync jobs yet and offers to start one', async () => {
    useEmulator({ jobs: 0 })
    renderRoute('/jobs')
    const notice = await screen.findByRole('region', { name: 'No sync jobs yet' })
    expect(within(notice).getByRole('link', { name: 'New sync job' }).getAttribute('href')).toBe('/jobs/new')
    expect(jobsTable().getAttribute('aria-busy')).toBeNull()
  })

  it('says nothing matches the filters and clears them', async () => {
    const emulator = useEmulator()
    const { user, router } = renderRoute('/jobs?connector_id=no-such-connector&status=error')
    const notice = await screen.findByRole('region', { name: 'No sync jobs match these filters' })
    await user.click(within(notice).getByRole('button', { name: 'Clear filters' }))
    expect(router.state.location.search).toBe('')
    await expectIds(newestIds(emulator, { size: 50 }))
  })

  it.each([
    [
      '401',
      () => HttpResponse.json(esErrorBody(401, 'security_exception', 'missing authentication credentials for REST request [/_connector/_sync_job]'), { status: 401 }),
      'The cluster refused the credentials',
      /ES_API_KEY/,
    ],
    [
      '403',
      () =>
        HttpResponse.json(esErrorBody(403, 'security_exception', 'action [cluster:monitor/xpack/connector/sync_job/list] is unauthorized for user [viewer]'), {
          status: 403,
        }),
      'Missing privileges',
      /monitor_connector/,
    ],
    [
      '400 no handler (Elasticsearch < 8.12)',
      () => HttpResponse.json({ error: 'no handler found for uri [/_connector/_sync_job?from=0&size=50] and method [GET]', status: 400 }, { status: 400 }),
      'This cluster has no connector API',
      /8\.12/,
    ],
    ['503', () => HttpResponse.json(esErrorBody(503, 'cluster_block_exception', 'blocked by: [SERVICE_UNAVAILABLE/1/state not recovered];'), { status: 503 }), 'The cluster is busy', /try again/i],
    ['network failure', () => HttpResponse.error(), 'Cluster unreachable', /Check that the cluster is up/],
  ])('%s: explains the failure, keeps the filters usable and retries', async (_name, respond, title, advice) => {
    const emulator = useEmulator()
    const failure = failList(respond)
    const { user, router } = renderRoute('/jobs')
    const alert = await screen.findByRole('alert')
    expect(within(alert).getByText(title)).toBeTruthy()
    expect(alert.textContent).toMatch(advice)
    expect(screen.queryByRole('table', { name: 'Sync jobs' })).toBeNull()

    // The filters still work while the cluster fails.
    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'completed')
    expect(searchOf(router).get('status')).toBe('completed')

    failure.healed = true
    await user.click(within(await screen.findByRole('alert')).getByRole('button', { name: 'Retry' }))
    await expectIds(newestIds(emulator, { status: 'completed', size: 50 }))
    expect(screen.queryByRole('alert')).toBeNull()
  })

  it('says a cold load during an outage did not load, not "Loading…", and loads once the cluster answers', async () => {
    const emulator = useEmulator()
    const failure = failList(() => HttpResponse.error())
    const { user } = renderRoute('/jobs')
    await screen.findByRole('alert')
    expect(screen.getByText(/Not loaded: the last attempt failed/)).toBeTruthy()
    expect(screen.queryByText(/Loading…/)).toBeNull()
    failure.healed = true
    await user.click(within(screen.getByRole('alert')).getByRole('button', { name: 'Retry' }))
    await expectIds(newestIds(emulator, { size: 50 }))
    expect(screen.getByText(/^Updated .* ago$/)).toBeTruthy()
  })

  it('keeps the rows of the last good refresh when a refresh fails', async () => {
    const emulator = useEmulator()
    const { user } = renderRoute('/jobs')
    await expectIds(newestIds(emulator, { size: 50 }))
    failList(() => HttpResponse.json(esErrorBody(503, 'unavailable_shards_exception', 'primary shard is not active'), { status: 503 }))
    await user.click(screen.getByRole('button', { name: 'Refresh' }))
    const alert = await screen.findByRole('alert')
    expect(within(alert).getByText('The cluster is busy')).toBeTruthy()
    expect(screen.getByText(/Showing the jobs as they were at the last successful refresh/)).toBeTruthy()
    expect(screen.getByText(/ago, the last refresh failed/)).toBeTruthy()
    await expectIds(newestIds(emulator, { size: 50 }))
  })

  it('links "New sync job" to the create form with the connector filter', async () => {
    useEmulator()
    renderRoute('/jobs?connector_id=abc')
    const link = await screen.findByRole('link', { name: 'New sync job' })
    expect(link.getAttribute('href')).toBe('/jobs/new?connector_id=abc')
  })

  it('shows "New sync job" disabled with the reason in read-only mode', async () => {
    useEmulator({}, { readOnly: true, mode: 'embedded' })
    renderRoute('/jobs')
    const button = await screen.findByRole('button', { name: 'New sync job' })
    await waitFor(() => expect(button.getAttribute('aria-disabled')).toBe('true'))
    const reason = document.getElementById(button.getAttribute('aria-describedby') ?? '')
    expect(reason?.textContent).toMatch(/Read-only mode/)
    expect(screen.queryByRole('link', { name: 'New sync job' })).toBeNull()
  })
})

// Every state of the overview says what happened: each connector's health in words (one of the five,
// with the failure streak and since when), a schedule that cannot be read, all healthy, no connectors,
// loading, the fleet banners, and each way the cluster can fail (with a working retry).
import { screen, waitFor, within } from '@testing-library/react'
import { delay, http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { useEmulator } from '../../support/emulator.ts'
import { mswServer } from '../../support/msw-server.ts'
import { renderRoute } from '../../support/render.tsx'
import { esErrorBody } from '../../../support/es-error.ts'
import { bodyRows, DAY, everyState, finishedJob, fleetConnector, healthOf, HOUR, HOURLY, loadFleet, MINUTE, overviewTable, pendingJob, rowOf, shownNames } from './support.ts'

describe('connectors overview states', () => {
  it('shows each connector’s health in words, worst first, with the streak and since when', async () => {
    const emulator = useEmulator({ connectors: 0 })
    const fleet = everyState()
    loadFleet(emulator, fleet.connectors, fleet.jobs)
    renderRoute('/connectors')
    await waitFor(() => expect(shownNames()).toEqual(['Down', 'Failer', 'Tardy', 'Fresh', 'Good']))
    expect(['Down', 'Failer', 'Tardy', 'Fresh', 'Good'].map(healthOf)).toEqual(['Service down', 'Failing', 'Late', 'Never synced', 'Healthy'])

    const failer = rowOf('Failer')
    expect(within(failer).getByText('3 in a row')).toBeTruthy()
    expect(failer.textContent).toMatch(/since 3 h ago/)
    expect(failer.textContent).toContain('SyncError: failer-3 failed')
    expect(failer.textContent).not.toContain('Traceback')
    // Each row links to its connector with its name, and its last 20 outcomes link to their jobs.
    expect(within(failer).getByRole('link', { name: 'Failer' }).getAttribute('href')).toBe('/connectors/failer')
    const strip = within(failer).getByRole('list', { name: 'Last 4 outcomes of Failer, oldest first' })
    expect(within(strip).getAllByRole('link').map((link) => link.getAttribute('href'))).toEqual(['/jobs/failer-0', '/jobs/failer-1', '/jobs/failer-2', '/jobs/failer-3'])
    expect(within(strip).getAllByRole('link')[3]?.getAttribute('aria-label')).toMatch(/^Failed full sync failer-3, ended /)

    expect(rowOf('Down').textContent).toMatch(/has not checked in for 1 h/)
    expect(rowOf('Tardy').textContent).toMatch(/No full sync was created for the tick/)
    expect(within(rowOf('Good')).getByText('On demand only')).toBeTruthy()

    // The chips count each state once.
    const chips = screen.getByRole('group', { name: 'Connectors by health' })
    for (const state of ['Service down', 'Failing', 'Late', 'Never synced', 'Healthy']) {
      expect(within(chips).getByRole('button', { name: `${state} 1` })).toBeTruthy()
    }
    expect(screen.queryByText(/connectors are healthy/)).toBeNull()
  })

  it('says what a connector is doing now: syncing (linking to the job) or queued', async () => {
    const emulator = useEmulator({ connectors: 0 })
    const running = { ...pendingJob('run-1', 'busy', 2 * MINUTE), status: 'in_progress' as const, started_at: new Date(Date.now() - MINUTE).toISOString(), worker_hostname: 'worker-a' }
    loadFleet(emulator, [fleetConnector('busy', { name: 'Busy' }), fleetConnector('waiting', { name: 'Waiting' })], [running, pendingJob('wait-1', 'waiting', 5 * MINUTE)])
    renderRoute('/connectors')
    await waitFor(() => expect(within(rowOf('Busy')).getByRole('link', { name: 'Syncing' }).getAttribute('href')).toBe('/jobs/run-1'))
    expect(within(rowOf('Waiting')).getByRole('link', { name: 'Queued' }).getAttribute('href')).toBe('/jobs/wait-1')
  })

  it('says so when every connector is healthy', async () => {
    const emulator = useEmulator({ connectors: 0 })
    loadFleet(emulator, [fleetConnector('a', { name: 'Alpha' }), fleetConnector('b', { name: 'Beta' })], [finishedJob('a-1', 'a', 'completed', HOUR), finishedJob('b-1', 'b', 'completed', 2 * HOUR)])
    renderRoute('/connectors')
    expect(await screen.findByText(/All 2 connectors are healthy/)).toBeTruthy()
    expect(['Alpha', 'Beta'].map(healthOf)).toEqual(['Healthy', 'Healthy'])
  })

  it('keeps the row of a connector whose schedule cannot be read, and says why', async () => {
    const emulator = useEmulator({ connectors: 0 })
    loadFleet(emulator, [fleetConnector('odd', { name: 'Odd', schedules: { full: 'every tuesday' } })], [finishedJob('odd-1', 'odd', 'completed', HOUR)])
    renderRoute('/connectors')
    await waitFor(() => expect(healthOf('Odd')).toBe('Healthy'))
    expect(rowOf('Odd').textContent).toMatch(/Full: cannot be read — A Quartz cron has 6 or 7 fields \(seconds first\); "every tuesday" has 2\./)
  })

  it('warns when nobody picks up jobs and when a connector missed a scheduled sync', async () => {
    const emulator = useEmulator({ connectors: 0 })
    loadFleet(
      emulator,
      [fleetConnector('tardy', { name: 'Tardy', lastSeenAgo: HOUR, schedules: { full: HOURLY } })],
      [finishedJob('t-1', 'tardy', 'completed', DAY), pendingJob('p-1', 'tardy', 20 * MINUTE)],
    )
    renderRoute('/connectors')
    const nobody = await screen.findByRole('region', { name: 'Nobody is picking up jobs' })
    expect(nobody.textContent).toMatch(/1 sync job is pending, and no connector service has checked in for 1 h/)
    expect(within(nobody).getByRole('link', { name: 'See the pending jobs' }).getAttribute('href')).toBe('/jobs?status=pending')
    const missed = screen.getByRole('region', { name: '1 connector missed a scheduled sync' })
    expect(within(missed).getByRole('link', { name: 'Tardy' }).getAttribute('href')).toBe('/connectors/tardy')
  })

  it('draws fifty rows at a time', async () => {
    const emulator = useEmulator({ connectors: 0 })
    const connectors = Array.from({ length: 60 }, (_, index) => fleetConnector(`c-${String(index).padStart(2, '0')}`, { name: `Connector ${String(index).padStart(2, '0')}` }))
    loadFleet(emulator, connectors, [])
    const { user } = renderRoute('/connectors')
    await waitFor(() => expect(bodyRows()).toHaveLength(50))
    expect(screen.getByText('Showing 50 of 60 connectors.')).toBeTruthy()
    await user.click(screen.getByRole('button', { name: 'Show 10 more' }))
    expect(bodyRows()).toHaveLength(60)
    expect(screen.queryByRole('button', { name: /^Show \d+ more$/ })).toBeNull()
  })

  it('says there are no connectors yet', async () => {
    useEmulator({ connectors: 0 })
    renderRoute('/connectors')
    expect(await screen.findByRole('region', { name: 'No connectors yet' })).toBeTruthy()
    expect(screen.queryByRole('table', { name: 'Connectors' })).toBeNull()
  })

  it('shows a busy table while the fleet loads', async () => {
    useEmulator({ connectors: 4, jobs: 20 })
    mswServer.use(http.get('*/es/_connector/_sync_job', async () => delay('infinite')))
    renderRoute('/connectors')
    await waitFor(() => expect(overviewTable().getAttribute('aria-busy')).toBe('true'))
    expect(bodyRows()).toEqual([])
    expect(screen.getByText(/Reading the connectors and their newest sync jobs/)).toBeTruthy()
  })

  it.each([
    ['401', () => HttpResponse.json(esErrorBody(401, 'security_exception', 'missing authentication credentials for REST request [/_connector]'), { status: 401 }), 'The cluster refused the credentials', /ES_API_KEY/],
    [
      '403',
      () => HttpResponse.json(esErrorBody(403, 'security_exception', 'action [cluster:monitor/xpack/connector/list] is unauthorized for user [viewer]'), { status: 403 }),
      'Missing privileges',
      /monitor_connector/,
    ],
    ['no connector API', () => HttpResponse.json({ error: 'no handler found for uri [/_connector?from=0&size=1000] and method [GET]', status: 400 }, { status: 400 }), 'This cluster has no connector API', /8\.12/],
    ['network failure', () => HttpResponse.error(), 'Cluster unreachable', /Check that the cluster is up/],
  ])('%s: explains the failure and retries', async (_name, respond, title, advice) => {
    useEmulator({ connectors: 0 })
    const state = { healed: false }
    mswServer.use(http.get('*/es/_connector', () => (state.healed ? undefined : respond())))
    const { user } = renderRoute('/connectors')
    const alert = await screen.findByRole('alert')
    expect(within(alert).getByText(title)).toBeTruthy()
    expect(alert.textContent).toMatch(advice)
    expect(screen.queryByRole('table', { name: 'Connectors' })).toBeNull()

    state.healed = true
    await user.click(within(alert).getByRole('button', { name: 'Retry' }))
    expect(await screen.findByRole('region', { name: 'No connectors yet' })).toBeTruthy()
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull())
  })

  it('keeps the last good rows when a refresh fails', async () => {
    const emulator = useEmulator({ connectors: 0 })
    loadFleet(emulator, [fleetConnector('a', { name: 'Alpha' })], [finishedJob('a-1', 'a', 'completed', HOUR)])
    const { user } = renderRoute('/connectors')
    await waitFor(() => expect(healthOf('Alpha')).toBe('Healthy'))
    mswServer.use(http.get('*/es/_connector/_sync_job', () => HttpResponse.json(esErrorBody(503, 'unavailable_shards_exception', 'primary shard is not active'), { status: 503 })))
    await user.click(screen.getByRole('button', { name: 'Refresh' }))
    const alert = await screen.findByRole('alert')
    expect(within(alert).getByText('The cluster is busy')).toBeTruthy()
    expect(screen.getByText(/Showing the connectors as they were at the last successful refresh/)).toBeTruthy()
    expect(healthOf('Alpha')).toBe('Healthy')
  })
})

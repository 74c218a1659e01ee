// The connector page through msw into the emulator: its heading with the health in words and since
// when, its facts and schedules, the charts whose every bar is a link to its job, the jobs table with
// the way to the filtered list, an unknown id, a cluster error, and read-only mode.
import { screen, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { useEmulator } from '../../support/emulator.ts'
import { mswServer } from '../../support/msw-server.ts'
import { renderRoute } from '../../support/render.tsx'
import { syncableConnector } from '../../../support/connectors.ts'
import { esErrorBody } from '../../../support/es-error.ts'
import { HEALTH_STATES } from '../../../../src/lib/connector-health.ts'
import { jobOf, renderConnector, settleActiveJobs } from './support.ts'

const ago = (ms: number) => new Date(Date.now() - ms).toISOString()

describe('connector page', () => {
  it('heads the page with the name and the health in words, since when, and says what the connector is', async () => {
    const emulator = useEmulator()
    const connector = syncableConnector(emulator)
    // Its service last checked in an hour ago: three missed heartbeats make it "Service down".
    emulator.store.writeConnector(connector.id, { last_seen: ago(3_600_000) })
    emulator.store.updateConnectorScheduling(connector.id, { full: { enabled: true, interval: '0 0 * * * ?' } })
    await renderConnector(connector.id, new RegExp(connector.name))
    const heading = screen.getByRole('heading', { level: 1, name: new RegExp(connector.name) })
    expect(heading.textContent).toContain('Service down')
    // Exactly one health state in the heading.
    expect(HEALTH_STATES.filter((state) => heading.textContent?.includes(state))).toEqual(['Service down'])
    expect(screen.getByText(/has not checked in for 1 h/)).toBeTruthy()
    expect(screen.getByText(connector.service_type!)).toBeTruthy()
    expect(screen.getByText(connector.index_name!)).toBeTruthy()
    expect(screen.getByText('Last check-in')).toBeTruthy()
    const schedules = screen.getByRole('heading', { name: 'Schedules' }).parentElement!
    expect(schedules.textContent).toMatch(/Full: Every hour — next run in \d+ min/)
    expect(document.title).toContain(connector.name)
  })

  it('says Failing, since the first failure of the streak, with the error', async () => {
    const emulator = useEmulator()
    const connector = syncableConnector(emulator)
    emulator.store.checkInConnector(connector.id)
    settleActiveJobs(emulator, connector.id)
    const failedAt = ago(60_000)
    jobOf(emulator, connector.id, {
      status: 'error',
      started_at: ago(120_000),
      completed_at: failedAt,
      error: 'Source unreachable: connection refused',
      worker_hostname: 'worker-1',
    })
    await renderConnector(connector.id, new RegExp(connector.name))
    expect(screen.getByRole('heading', { level: 1 }).textContent).toMatch(/Failing$/)
    expect(screen.getByText(/Source unreachable: connection refused/)).toBeTruthy()
  })

  it('charts the last finished syncs: each bar a link to its job with a name, a summary in words and a table', async () => {
    const emulator = useEmulator()
    const connector = syncableConnector(emulator)
    settleActiveJobs(emulator, connector.id)
    const id = jobOf(emulator, connector.id, {
      status: 'completed',
      started_at: ago(600_000),
      completed_at: ago(420_000),
      indexed_document_count: 1234,
      deleted_document_count: 56,
    })
    await renderConnector(connector.id, new RegExp(connector.name))
    const durationBar = await screen.findByRole('link', { name: new RegExp(`^Job ${id}: Full sync, Completed, .*ran 3m 00s$`) })
    expect(durationBar.getAttribute('href')).toBe(`/jobs/${id}`)
    const documentsBar = screen.getByRole('link', { name: new RegExp(`^Job ${id}: .*1,234 indexed, 56 deleted$`) })
    expect(documentsBar.getAttribute('href')).toBe(`/jobs/${id}`)
    expect(screen.getByRole('heading', { name: /^Duration of its/ }).parentElement!.textContent).toMatch(/median duration/)
    expect(screen.getByRole('heading', { name: /^Documents indexed and deleted/ }).parentElement!.textContent).toMatch(/documents indexed/)
    expect(screen.getByRole('table', { name: 'Documents per sync', hidden: true }).textContent).toContain('1,234')
  })

  it('lists its newest jobs, each linking to its job, and links to the jobs list filtered by it', async () => {
    const emulator = useEmulator()
    const connector = syncableConnector(emulator)
    const id = jobOf(emulator, connector.id, { status: 'pending' })
    await renderConnector(connector.id, new RegExp(connector.name))
    const table = screen.getByRole('table', { name: /^Its last \d+ sync jobs$/ })
    expect(within(table).getByRole('link', { name: id }).getAttribute('href')).toBe(`/jobs/${id}`)
    const all = screen.getByRole('link', { name: /jobs in the jobs list/ })
    expect(all.getAttribute('href')).toContain(`connector_id=${encodeURIComponent(connector.id)}`)
  })

  it('says so for an unknown id, with the way back to the connectors', async () => {
    useEmulator()
    renderRoute('/connectors/no-such-connector')
    expect(await screen.findByRole('heading', { level: 1, name: 'No such connector' })).toBeTruthy()
    expect(screen.getByText('no-such-connector')).toBeTruthy()
    expect(screen.getByRole('link', { name: 'Back to the connectors' }).getAttribute('href')).toBe('/connectors')
  })

  it('shows a cluster error in the error panel, with Retry', async () => {
    useEmulator()
    mswServer.use(
      http.get(/\/es\/_connector\/some-connector$/, () =>
        HttpResponse.json(esErrorBody(403, 'security_exception', 'action [cluster:admin/xpack/connector/get] is unauthorized'), { status: 403 }),
      ),
    )
    renderRoute('/connectors/some-connector')
    const alert = await screen.findByRole('alert')
    expect(alert.textContent).toContain('security_exception')
    expect(within(alert).getByRole('button', { name: 'Retry' })).toBeTruthy()
  })

  it('disables both actions in read-only mode and says why', async () => {
    const emulator = useEmulator({}, { readOnly: true, mode: 'embedded' })
    const connector = syncableConnector(emulator)
    await renderConnector(connector.id, new RegExp(connector.name))
    const reason = screen.getByText(/read-only mode: it cannot start or cancel syncs/)
    for (const name of ['Sync now', 'Cancel active syncs']) {
      const button = screen.getByRole('button', { name })
      expect((button as HTMLButtonElement).disabled).toBe(true)
      expect(button.getAttribute('aria-describedby')).toBe(reason.id)
    }
  })
})

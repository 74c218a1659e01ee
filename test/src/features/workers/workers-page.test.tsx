// The workers page: every host seen in the jobs window with what it runs now, its freshest heartbeat,
// its completed and failed jobs and failure rate against the other hosts (flagged when far worse), and
// a link to its jobs, which the page lists.
import { screen, waitFor, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import type { SyncJob } from '../../../../contract/es-connector-types.ts'
import { useEmulator } from '../../support/emulator.ts'
import { mswServer } from '../../support/msw-server.ts'
import { renderRoute } from '../../support/render.tsx'
import { esErrorBody } from '../../../support/es-error.ts'
import { ago, finishedJob, fleetConnector, HOUR, loadFleet, MINUTE, pendingJob } from '../connectors-overview/support.ts'

function fleetOfHosts(): SyncJob[] {
  const jobs: SyncJob[] = []
  for (let index = 0; index < 10; index++) {
    jobs.push(finishedJob(`a-${index}`, 'docs', 'completed', (index + 1) * HOUR, { worker_hostname: 'host-a', indexed_document_count: 6000 }))
    jobs.push(finishedJob(`b-${index}`, 'docs', 'completed', (index + 1) * HOUR + MINUTE, { worker_hostname: 'host-b', indexed_document_count: 6000 }))
  }
  for (let index = 0; index < 8; index++) {
    jobs.push(finishedJob(`bad-${index}`, 'docs', index < 5 ? 'error' : 'completed', (index + 1) * HOUR + 2 * MINUTE, { worker_hostname: 'host-bad' }))
  }
  jobs.push({ ...pendingJob('run-1', 'docs', 3 * MINUTE), status: 'in_progress', started_at: ago(2 * MINUTE), last_seen: ago(5_000), worker_hostname: 'host-a' })
  return jobs
}

const workersTable = () => screen.getByRole('table', { name: 'Workers' })
const rowOfHost = (host: string) => within(workersTable()).getByRole('link', { name: `Jobs of ${host}` }).closest('tr') as HTMLElement
const cells = (row: HTMLElement) => within(row).getAllByRole('cell').map((cell) => cell.textContent)

describe('workers page', () => {
  it('shows each host, flags the one that fails far more often, and lists a host’s jobs', async () => {
    const emulator = useEmulator({ connectors: 0 })
    loadFleet(emulator, [fleetConnector('docs', { name: 'Docs' })], fleetOfHosts())
    const { user, router } = renderRoute('/workers')
    await screen.findByRole('table', { name: 'Workers' })
    const hosts = within(workersTable()).getAllByRole('link').map((link) => link.textContent)
    // Flagged first, then by name.
    expect(hosts).toEqual(['host-bad', 'host-a', 'host-b'])

    const bad = rowOfHost('host-bad')
    expect(cells(bad).slice(0, 4)).toEqual(['0', expect.stringMatching(/ago$/), '3', '5'])
    expect(bad.textContent).toMatch(/63 % \(others 0 %\)/)
    expect(bad.textContent).toMatch(/Fails far more often\. host-bad failed 5 of 8 finished jobs/)
    const a = rowOfHost('host-a')
    // One job running now; 6,000 documents in 10 minutes each: 10/s.
    expect(cells(a)).toEqual(['1', expect.stringMatching(/s ago|just now/), '10', '0', '0 % (others 28 %)', '10/s'])
    expect(a.textContent).not.toMatch(/Fails far more often/)

    await user.click(within(workersTable()).getByRole('link', { name: 'Jobs of host-bad' }))
    expect(router.state.location.search).toBe('?host=host-bad')
    const jobs = await screen.findByRole('list', { name: 'Jobs run by host-bad' })
    // The section takes focus: on a phone it sits below the hosts, off screen.
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Jobs of host-bad' }))
    expect(screen.getByText(/^8 jobs in the window, newest first: 5 failed, 3 completed\.$/)).toBeTruthy()
    const items = within(jobs).getAllByRole('listitem')
    expect(items).toHaveLength(8)
    // Each job links to its page by its id, and to its connector.
    const links = within(jobs).getAllByRole('link').filter((link) => link.getAttribute('href')?.startsWith('/jobs/'))
    expect(links.map((link) => [link.textContent, link.getAttribute('href')])).toEqual(Array.from({ length: 8 }, (_, index) => [`bad-${index}`, `/jobs/bad-${index}`]))
    expect(within(jobs).getAllByRole('link', { name: 'Docs' })).toHaveLength(8)
    expect(items[0]!.textContent).toMatch(/Failed.*Full · on demand · ended 1 h ago.*SyncError: bad-0 failed$/)
    expect(items[0]!.textContent).not.toContain('Traceback')
    expect(items[7]!.textContent).toMatch(/Completed.*ended 8 h ago$/)
  })

  it('says when no job was claimed yet', async () => {
    const emulator = useEmulator({ connectors: 0 })
    loadFleet(emulator, [fleetConnector('docs', { name: 'Docs' })], [pendingJob('p-1', 'docs', MINUTE)])
    renderRoute('/workers')
    expect(await screen.findByRole('region', { name: 'No worker has claimed a job' })).toBeTruthy()
  })

  it('explains a cluster failure', async () => {
    useEmulator({ connectors: 0 })
    mswServer.use(http.get('*/es/_connector/_sync_job', () => HttpResponse.json(esErrorBody(403, 'security_exception', 'action [cluster:monitor/xpack/connector/sync_job/list] is unauthorized for user [viewer]'), { status: 403 })))
    renderRoute('/workers')
    const alert = await screen.findByRole('alert')
    expect(within(alert).getByText('Missing privileges')).toBeTruthy()
    await waitFor(() => expect(screen.queryByRole('table', { name: 'Workers' })).toBeNull())
  })
})

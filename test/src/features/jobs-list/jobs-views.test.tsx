// Views across statuses and connectors, through msw into the emulator: a multi-status URL shows the
// merged jobs newest first; the status chips choose one or several; a view link writes its URL and
// is marked current (Needs attention keeps only flagged jobs); several connectors are chosen and
// removed; the service-type filter lists every connector of that type; the failures are
// grouped by message, explained where known, and each group narrows the list to its jobs.
import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import type { SyncJob, SyncStatus } from '../../../../contract/es-connector-types.ts'
import type { Emulator } from '../../../../server/emulator/app.ts'
import { failureKey } from '../../../../src/lib/failure-groups.ts'
import { compareNewestFirst } from '../../../../src/lib/merge-newest-first.ts'
import { attentionFlags } from '../../../../src/lib/stuck.ts'
import { useEmulator } from '../../support/emulator.ts'
import { renderRoute } from '../../support/render.tsx'
import { bodyRows, expectIds, searchOf } from './support.ts'

/** The emulator's jobs of these statuses and connectors, merged newest first (the reference answer). */
function mergedIds(emulator: Emulator, statuses: readonly SyncStatus[], keep: (job: SyncJob) => boolean = () => true): string[] {
  return (statuses.length > 0 ? statuses : [undefined])
    .flatMap((status) => emulator.store.listSyncJobs({ from: 0, size: 1000, status }).results)
    .filter(keep)
    .sort(compareNewestFirst)
    .map((job) => job.id)
}

const statusesOf = (router: Parameters<typeof searchOf>[0]) => new Set(searchOf(router).get('status')?.split(',') ?? [])

describe('jobs list views', () => {
  it('shows the merged jobs of several statuses newest first, and the pager counts them all', async () => {
    const emulator = useEmulator({ jobs: 80 })
    const { user } = renderRoute('/jobs?status=pending,completed,error&size=10')
    const expected = mergedIds(emulator, ['pending', 'completed', 'error'])
    expect(expected.length).toBeGreaterThan(20)
    await expectIds(expected.slice(0, 10))
    const pager = screen.getByRole('navigation', { name: 'Pagination' })
    await waitFor(() => expect(pager.textContent).toMatch(new RegExp(`1–10 of ${expected.length} jobs, newest first`)))
    expect((screen.getByRole('combobox', { name: 'Status' }) as HTMLSelectElement).value).toBe('several')
    await user.click(within(pager).getByRole('button', { name: 'Next' }))
    await expectIds(expected.slice(10, 20))
  })

  it('chooses one status per chip click, and several with Ctrl-click or the Choose several toggle', async () => {
    const emulator = useEmulator({ jobs: 80 })
    const { user, router } = renderRoute('/jobs')
    await waitFor(() => expect(bodyRows().length).toBeGreaterThan(0))
    const chips = screen.getByRole('group', { name: 'Job counts' })
    const chip = (label: string) => within(chips).getByRole('button', { name: new RegExp(`^${label}\\b`) })

    await user.click(chip('Completed'))
    expect(statusesOf(router)).toEqual(new Set(['completed']))
    await user.keyboard('{Control>}')
    await user.click(chip('Failed'))
    await user.keyboard('{/Control}')
    expect(statusesOf(router)).toEqual(new Set(['completed', 'error']))
    await expectIds(mergedIds(emulator, ['completed', 'error']).slice(0, 50))
    expect(chip('Completed').getAttribute('aria-pressed')).toBe('true')
    expect(chip('Failed').getAttribute('aria-pressed')).toBe('true')

    // A plain click chooses only that one again.
    await user.click(chip('Pending'))
    expect(statusesOf(router)).toEqual(new Set(['pending']))

    // With the toggle on, a click (or Enter) adds and removes.
    await user.click(screen.getByRole('button', { name: 'Choose several' }))
    chip('Canceled').focus()
    await user.keyboard('{Enter}')
    expect(statusesOf(router)).toEqual(new Set(['pending', 'canceled']))
    await user.click(chip('Pending'))
    expect(statusesOf(router)).toEqual(new Set(['canceled']))
    await user.click(chip('All'))
    expect(searchOf(router).has('status')).toBe(false)
  })

  it('opens a view from its link: its URL, its jobs, marked current', async () => {
    const emulator = useEmulator({ jobs: 80 })
    const { user, router } = renderRoute('/jobs?job_type=full')
    await waitFor(() => expect(bodyRows().length).toBeGreaterThan(0))
    const views = screen.getByRole('navigation', { name: 'Views' })
    await user.click(within(views).getByRole('link', { name: 'Active' }))
    expect(router.state.location.search).toBe('?status=pending%2Cin_progress%2Ccanceling%2Csuspended')
    await expectIds(mergedIds(emulator, ['pending', 'in_progress', 'canceling', 'suspended']))
    expect(within(views).getByRole('link', { name: 'Active' }).getAttribute('aria-current')).toBe('page')
    expect(within(views).getByRole('link', { name: 'Queued' }).getAttribute('aria-current')).toBeNull()

    await user.click(within(views).getByRole('link', { name: 'Queued' }))
    expect(searchOf(router).get('status')).toBe('pending')
    await expectIds(mergedIds(emulator, ['pending']))

    // Needs attention: the active jobs with a stuck flag only (the seed has some, and some without).
    await user.click(within(views).getByRole('link', { name: 'Needs attention' }))
    expect(searchOf(router).get('stuck')).toBe('1')
    const active: SyncStatus[] = ['pending', 'in_progress', 'canceling', 'suspended']
    const flagged = mergedIds(emulator, active, (job) => attentionFlags(job, Date.now()).length > 0)
    expect(flagged.length).toBeGreaterThan(0)
    await expectIds(flagged)
  })

  it('takes several connectors: one chosen, another added, each removable', async () => {
    const emulator = useEmulator({ jobs: 80 })
    const { user, router } = renderRoute('/jobs')
    await waitFor(() => expect(bodyRows().length).toBeGreaterThan(0))
    const [a, b] = emulator.store.listConnectors({ from: 0, size: 10 }).results
    if (!a || !b) throw new Error('seed with fewer than two connectors')
    await user.type(screen.getByRole('combobox', { name: 'Connector' }), `${a.id}{Enter}`)
    expect(searchOf(router).get('connector_id')).toBe(a.id)
    await user.click(screen.getByRole('button', { name: 'Add another connector' }))
    const add = screen.getByRole('combobox', { name: 'Add connector' })
    expect(document.activeElement).toBe(add)
    await user.type(add, `${b.id}{Enter}`)
    expect(searchOf(router).get('connector_id')).toBe(`${a.id},${b.id}`)
    await expectIds(mergedIds(emulator, [], (job) => job.connector.id === a.id || job.connector.id === b.id).slice(0, 50))
    // The chips cannot narrow to two connectors without a count per connector: they say so.
    expect(screen.getByText(/Counts cover every connector/)).toBeTruthy()

    await user.click(screen.getByRole('button', { name: `Remove connector ${a.name}` }))
    expect(searchOf(router).get('connector_id')).toBe(b.id)
    await expectIds(mergedIds(emulator, [], (job) => job.connector.id === b.id).slice(0, 50))
  })

  it('filters by service type: every connector of that type', async () => {
    const emulator = useEmulator({ jobs: 80, connectors: 6 })
    const { user, router } = renderRoute('/jobs')
    await waitFor(() => expect(bodyRows().length).toBeGreaterThan(0))
    const connectors = emulator.store.listConnectors({ from: 0, size: 100 }).results
    const type = connectors[0]?.service_type ?? ''
    const ofType = new Set(connectors.filter((connector) => connector.service_type === type).map((connector) => connector.id))
    const select = screen.getByRole('combobox', { name: 'Service type' })
    await waitFor(() => expect(within(select).getAllByRole('option').length).toBeGreaterThan(1))
    await user.selectOptions(select, type)
    expect(searchOf(router).get('service_type')).toBe(type)
    const expected = mergedIds(emulator, [], (job) => ofType.has(job.connector.id))
    expect(expected.length).toBeGreaterThan(0)
    expect(expected.length).toBeLessThan(mergedIds(emulator, []).length)
    await expectIds(expected.slice(0, 50))
  })

  it('keeps the failures panel in place while it reads, and says when the view has none', async () => {
    const emulator = useEmulator({ jobs: 200 })
    expect(emulator.store.listSyncJobs({ from: 0, size: 1, status: 'error' }).count).toBeGreaterThan(0)
    // A view that includes failed jobs and holds none: created in the first second of 1970.
    renderRoute('/jobs?created=' + encodeURIComponent(`${new Date(0).toISOString()}..${new Date(1000).toISOString()}`))
    // Its place is kept whatever the answer: here it ends saying there are none, without a fold button.
    const panel = await screen.findByRole('region', { name: 'Failures by message' })
    await waitFor(() => expect(panel.getAttribute('aria-busy')).toBe('false'))
    expect(panel.textContent).toContain('No failed jobs in this view.')
    expect(within(panel).queryByRole('button')).toBeNull()
  })

  it('groups the failures by message, explains known ones, and narrows the list to a group', async () => {
    // The seed's history follows the connectors' schedules up to "now", so which failures the newest
    // 200 jobs hold changes with the time of day (at 10:30 UTC they hold no 401). Pinned to a time that does.
    const seededAt = Date.parse('2026-11-26T11:00:00Z')
    const emulator = useEmulator({ jobs: 200, now: () => seededAt })
    const { user, router } = renderRoute('/jobs?status=error')
    const failed = emulator.store.listSyncJobs({ from: 0, size: 1000, status: 'error' }).results
    const byMessage = new Map<string, SyncJob[]>()
    for (const job of failed) byMessage.set(job.error ?? '', [...(byMessage.get(job.error ?? '') ?? []), job])
    const panel = await screen.findByRole('region', { name: 'Failures by message' })
    await user.click(await within(panel).findByRole('button', { name: 'Show the messages' }))
    await waitFor(() => expect(within(panel).getAllByRole('listitem').length).toBe(Math.min(byMessage.size, 5)))
    expect(panel.textContent).toContain(`${byMessage.size} different messages across ${failed.length} failed jobs`)

    // The largest group first, with its job count.
    const [message, jobs] = [...byMessage].sort((a, b) => b[1].length - a[1].length)[0] ?? ['', []]
    const first = within(panel).getAllByRole('listitem')[0]
    if (!first) throw new Error('no group')
    expect(first.textContent).toContain(message)
    expect(first.textContent).toContain(`${jobs.length} ${jobs.length === 1 ? 'job' : 'jobs'}`)

    // The 401 of the seed's sources reads as refused credentials, with the next step.
    const unauthorized = [...byMessage.keys()].find((text) => /401/.test(text))
    expect(unauthorized).toBeDefined()
    expect(panel.textContent).toMatch(/Expired or revoked credentials\..*Next step: Renew the token/s)

    await user.click(within(first).getByRole('link', { name: /^Show (this job|these \d+ jobs)/ }))
    expect(searchOf(router).get('error')).toBe(failureKey(message))
    await expectIds(jobs.toSorted(compareNewestFirst).map((job) => job.id).slice(0, 50))
    await user.click(within(panel).getByRole('link', { name: 'Show every failure' }))
    expect(searchOf(router).has('error')).toBe(false)
  })
})

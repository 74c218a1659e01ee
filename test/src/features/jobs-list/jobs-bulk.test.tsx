// Selection and bulk actions on the jobs list, through msw into the emulator: checkboxes named after
// their job, shift-click ranges, select all on the page, a selection that survives a refresh and is
// cleared by a filter change; each action's confirmation (what happens, what is skipped and why), its
// results per job, Stop, and "Retry the failed ones", which re-sends only what failed.
import { screen, waitFor, within } from '@testing-library/react'
import { delay, http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import type { Emulator } from '../../../../server/emulator/app.ts'
import { syncableConnectors } from '../../../support/connectors.ts'
import { useEmulator } from '../../support/emulator.ts'
import { mswServer } from '../../support/msw-server.ts'
import { renderRoute } from '../../support/render.tsx'
import { expectIds, searchOf } from './support.ts'

/** A fresh connector's own jobs, so the list filtered to it holds exactly what the test made. */
function freshConnector(emulator: Emulator) {
  const connector = syncableConnectors(emulator)[1] ?? syncableConnectors(emulator)[0]
  if (!connector) throw new Error('no syncable connector')
  for (const job of emulator.store.listSyncJobs({ from: 0, size: 1000, connector_id: connector.id }).results) emulator.store.deleteSyncJob(job.id)
  return connector
}

function makeJob(emulator: Emulator, connectorId: string, status: 'pending' | 'in_progress' | 'completed' | 'error', jobType: 'full' | 'incremental' = 'full'): string {
  const id = emulator.store.createSyncJob({ id: connectorId, job_type: jobType })
  if (status === 'pending') return id
  emulator.store.claimSyncJob(id, { worker_hostname: 'worker-1' })
  if (status === 'completed') emulator.store.writeSyncJob(id, { status: 'completed', completed_at: new Date().toISOString() })
  if (status === 'error') emulator.store.setSyncJobError(id, 'boom')
  return id
}

const statusOf = (emulator: Emulator, id: string) => emulator.store.listSyncJobs({ from: 0, size: 1000 }).results.find((job) => job.id === id)?.status
const box = (id: string) => screen.getByRole('checkbox', { name: `Select job ${id}` }) as HTMLInputElement
const toolbar = () => screen.getByRole('group', { name: /selected$/ })

async function openList(emulator: Emulator, connectorId: string, ids: string[]) {
  const view = renderRoute(`/jobs?connector_id=${encodeURIComponent(connectorId)}`)
  await expectIds(ids.toReversed())
  return view
}

describe('selection', () => {
  it('names each checkbox after its job; shift-click selects a range; select all on the page; Clear', async () => {
    const emulator = useEmulator()
    const connector = freshConnector(emulator)
    const ids = [0, 1, 2, 3, 4].map(() => makeJob(emulator, connector.id, 'pending'))
    const { user } = await openList(emulator, connector.id, ids)
    const shown = ids.toReversed()

    expect(screen.queryByRole('group', { name: /selected$/ })).toBeNull()
    await user.click(box(shown[0] as string))
    expect(toolbar().textContent).toContain('1 job selected')
    await user.keyboard('{Shift>}')
    await user.click(box(shown[3] as string))
    await user.keyboard('{/Shift}')
    expect(shown.map((id) => box(id).checked)).toEqual([true, true, true, true, false])
    expect(within(toolbar()).getByRole('button', { name: 'Cancel 4 of 4' })).toBeTruthy()

    const all = screen.getByRole('checkbox', { name: 'Select all on this page' }) as HTMLInputElement
    expect(all.indeterminate).toBe(true)
    await user.click(all)
    expect(shown.every((id) => box(id).checked)).toBe(true)
    expect(toolbar().textContent).toContain('5 jobs selected')
    await user.click(within(toolbar()).getByRole('button', { name: 'Clear selection' }))
    expect(shown.some((id) => box(id).checked)).toBe(false)
  })

  it('keeps the selection across a refresh that changes a status, and clears it when the filters change', async () => {
    const emulator = useEmulator()
    const connector = freshConnector(emulator)
    const ids = [makeJob(emulator, connector.id, 'pending'), makeJob(emulator, connector.id, 'pending')]
    const { user, router } = await openList(emulator, connector.id, ids)
    await user.click(box(ids[0] as string))
    expect(within(toolbar()).getByRole('button', { name: 'Cancel 1 of 1' })).toBeTruthy()

    emulator.store.cancelSyncJob(ids[0] as string)
    await user.click(screen.getByRole('button', { name: 'Refresh' }))
    // The job is still selected, with its new status: it can no longer be canceled.
    await waitFor(() => expect(within(toolbar()).getByRole('button', { name: 'Cancel 0 of 1' })).toBeTruthy())
    expect(box(ids[0] as string).checked).toBe(true)

    await router.navigate(`/jobs?connector_id=${encodeURIComponent(connector.id)}&status=pending`)
    await waitFor(() => expect(searchOf(router).get('status')).toBe('pending'))
    await waitFor(() => expect(screen.queryByRole('group', { name: /selected$/ })).toBeNull())
  })

  it('selects every job the view matches', async () => {
    const emulator = useEmulator()
    const connector = freshConnector(emulator)
    const ids = Array.from({ length: 30 }, () => makeJob(emulator, connector.id, 'pending'))
    const { user } = renderRoute(`/jobs?connector_id=${encodeURIComponent(connector.id)}&size=25`)
    await waitFor(() => expect(screen.getByRole('checkbox', { name: 'Select all on this page' })).toBeTruthy())
    await user.click(screen.getByRole('checkbox', { name: 'Select all on this page' }))
    expect(toolbar().textContent).toContain('25 jobs selected')
    await user.click(within(toolbar()).getByRole('button', { name: 'Select all 30 matching' }))
    await waitFor(() => expect(toolbar().textContent).toContain('30 jobs selected'))
    expect(within(toolbar()).getByRole('button', { name: 'Delete 30 of 30' })).toBeTruthy()
    expect(ids).toHaveLength(30)
  })
})

describe('bulk actions', () => {
  it('cancels only the jobs that can be, after a confirmation that says what is skipped and why', async () => {
    const emulator = useEmulator()
    const connector = freshConnector(emulator)
    const pending = [makeJob(emulator, connector.id, 'pending'), makeJob(emulator, connector.id, 'pending')]
    const done = makeJob(emulator, connector.id, 'completed')
    const { user } = await openList(emulator, connector.id, [...pending, done])
    await user.click(screen.getByRole('checkbox', { name: 'Select all on this page' }))
    await user.click(within(toolbar()).getByRole('button', { name: 'Cancel 2 of 3' }))

    const dialog = screen.getByRole('dialog', { name: 'Cancel 2 of 3 selected jobs?' })
    expect(dialog.textContent).toContain('2 pending or suspended jobs become Canceled at once')
    expect(dialog.textContent).toContain('1 job: Cannot cancel a completed job: it has already finished.')
    await user.click(within(dialog).getByRole('button', { name: 'Cancel 2 jobs' }))

    const results = await screen.findByRole('region', { name: 'Cancel of 2 jobs' })
    await waitFor(() => expect(results.textContent).toContain('Finished'))
    expect(results.textContent).toContain('2 done')
    expect(pending.map((id) => statusOf(emulator, id))).toEqual(['canceled', 'canceled'])
    expect(statusOf(emulator, done)).toBe('completed')
  })

  it('marks running jobs failed with one message, required before anything is sent', async () => {
    const emulator = useEmulator()
    const connector = freshConnector(emulator)
    const running = [makeJob(emulator, connector.id, 'in_progress'), makeJob(emulator, connector.id, 'in_progress')]
    const { user } = await openList(emulator, connector.id, running)
    await user.click(screen.getByRole('checkbox', { name: 'Select all on this page' }))
    await user.click(within(toolbar()).getByRole('button', { name: 'Mark as failed 2 of 2' }))
    const dialog = screen.getByRole('dialog', { name: 'Mark 2 of 2 selected jobs as failed?' })
    expect(dialog.textContent).toContain('A worker may still be running these jobs')
    await user.click(within(dialog).getByRole('button', { name: 'Mark 2 jobs as failed' }))
    expect(within(dialog).getByText(/Enter the error message/)).toBeTruthy()
    expect(running.map((id) => statusOf(emulator, id))).toEqual(['in_progress', 'in_progress'])

    await user.type(within(dialog).getByLabelText('Error message'), 'Worker pod evicted')
    await user.click(within(dialog).getByRole('button', { name: 'Mark 2 jobs as failed' }))
    const results = await screen.findByRole('region', { name: 'Mark as failed of 2 jobs' })
    await waitFor(() => expect(results.textContent).toContain('2 done'))
    for (const id of running) {
      const job = emulator.store.listSyncJobs({ from: 0, size: 1000 }).results.find((each) => each.id === id)
      expect([job?.status, job?.error]).toEqual(['error', 'Worker pod evicted'])
    }
  })

  it('reports a job deleted meanwhile as not found, and Elasticsearch’s refusal in its words', async () => {
    const emulator = useEmulator()
    const connector = freshConnector(emulator)
    const [gone, refused, fine] = [makeJob(emulator, connector.id, 'pending'), makeJob(emulator, connector.id, 'pending'), makeJob(emulator, connector.id, 'pending')] as [string, string, string]
    const { user } = await openList(emulator, connector.id, [gone, refused, fine])
    await user.click(screen.getByRole('checkbox', { name: 'Select all on this page' }))
    // The jobs change behind the list's back.
    emulator.store.deleteSyncJob(gone)
    emulator.store.cancelSyncJob(refused)
    await user.click(within(toolbar()).getByRole('button', { name: 'Cancel 3 of 3' }))
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Cancel 3 jobs' }))
    const results = await screen.findByRole('region', { name: 'Cancel of 3 jobs' })
    await waitFor(() => expect(results.textContent).toContain('Finished'))
    expect(results.textContent).toContain('1 done, 1 refused, 1 not found')
    expect(results.textContent).toContain(`${refused} — Refused: Invalid transition attempt from [canceled] to [canceling]`)
    expect(results.textContent).toContain(`${gone} — Not found (${gone})`)
    // A refusal may be retried; nothing that was done is sent again.
    expect(within(results).getByRole('button', { name: 'Retry the failed ones (1)' })).toBeTruthy()
  })

  it('runs again one job per connector and job type, and skips a family already pending unless asked', async () => {
    const emulator = useEmulator()
    const connector = freshConnector(emulator)
    const failed = [makeJob(emulator, connector.id, 'error'), makeJob(emulator, connector.id, 'error'), makeJob(emulator, connector.id, 'error', 'incremental')]
    const { user } = await openList(emulator, connector.id, failed)
    const before = emulator.store.listSyncJobs({ from: 0, size: 0, connector_id: connector.id }).count
    await user.click(screen.getByRole('checkbox', { name: 'Select all on this page' }))
    await user.click(within(toolbar()).getByRole('button', { name: 'Run again 3 of 3' }))
    const dialog = screen.getByRole('dialog', { name: 'Run again 3 of 3 selected jobs?' })
    expect(dialog.textContent).toContain('2 new on-demand syncs')
    await waitFor(() => expect(dialog.textContent).toContain('No connector has a sync of that type pending or running.'))
    await user.click(within(dialog).getByRole('button', { name: 'Start 2 syncs' }))
    const results = await screen.findByRole('region', { name: /^Run again: 2 new syncs/ })
    await waitFor(() => expect(results.textContent).toContain('2 done'))
    const pending = emulator.store.listSyncJobs({ from: 0, size: 100, connector_id: connector.id, status: 'pending' }).results
    expect(pending.map((job) => job.job_type).sort()).toEqual(['full', 'incremental'])
    expect(emulator.store.listSyncJobs({ from: 0, size: 0, connector_id: connector.id }).count).toBe(before + 2)

    // Again: both families now have a pending job, so nothing starts.
    await user.click(within(results).getByRole('button', { name: 'Close' }))
    await waitFor(() => expect(screen.getAllByRole('checkbox', { name: /^Select job / })).toHaveLength(5))
    for (const id of failed) await user.click(box(id))
    await user.click(within(toolbar()).getByRole('button', { name: 'Run again 3 of 3' }))
    // The confirmation already says which families the duplicate guard will skip.
    const again = screen.getByRole('dialog')
    await waitFor(() => expect(again.textContent).toContain('2 of the 2 new syncs would join one of its kind already pending or running'))
    expect(again.textContent).toContain('full (re-runs 2 jobs) — already has 1 sync of this type pending or running: skipped')
    await user.click(within(again).getByRole('button', { name: 'Start 2 syncs' }))
    const second = await screen.findByRole('region', { name: /^Run again: 2 new syncs/ })
    await waitFor(() => expect(second.textContent).toContain('2 skipped'))
    expect(second.textContent).toContain('already has 1 full sync pending or running')
    expect(emulator.store.listSyncJobs({ from: 0, size: 0, connector_id: connector.id }).count).toBe(before + 2)
  })

  it('starts a sync where one of its kind is already pending when the operator insists', async () => {
    const emulator = useEmulator()
    const connector = freshConnector(emulator)
    const failed = makeJob(emulator, connector.id, 'error')
    const waiting = makeJob(emulator, connector.id, 'pending')
    const { user } = await openList(emulator, connector.id, [failed, waiting])
    await user.click(box(failed))
    await user.click(within(toolbar()).getByRole('button', { name: 'Run again 1 of 1' }))
    const dialog = screen.getByRole('dialog')
    await user.click(within(dialog).getByRole('checkbox', { name: /Start even where the connector already has a sync/ }))
    await user.click(within(dialog).getByRole('button', { name: 'Start 1 sync' }))
    const results = await screen.findByRole('region', { name: /^Run again: 1 new sync/ })
    await waitFor(() => expect(results.textContent).toContain('1 done'))
    expect(emulator.store.listSyncJobs({ from: 0, size: 0, connector_id: connector.id, status: 'pending', job_type: ['full'] }).count).toBe(2)
  })

  it('stops: requests in flight finish, the rest is not started', async () => {
    const emulator = useEmulator()
    const connector = freshConnector(emulator)
    const ids = Array.from({ length: 10 }, () => makeJob(emulator, connector.id, 'pending'))
    const { user } = await openList(emulator, connector.id, ids)
    mswServer.use(
      http.put(/\/_cancel$/, async () => {
        await delay(150)
        return undefined
      }),
    )
    await user.click(screen.getByRole('checkbox', { name: 'Select all on this page' }))
    await user.click(within(toolbar()).getByRole('button', { name: 'Cancel 10 of 10' }))
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Cancel 10 jobs' }))
    const results = await screen.findByRole('region', { name: 'Cancel of 10 jobs' })
    await user.click(within(results).getByRole('button', { name: 'Stop' }))
    await waitFor(() => expect(results.textContent).toContain('Finished'))
    const canceled = ids.filter((id) => statusOf(emulator, id) === 'canceled').length
    // Four were in flight when Stop was pressed (bounded concurrency); they finished.
    expect(canceled).toBe(4)
    expect(results.textContent).toContain('4 done, 6 not started')

    // Retry runs only the six never started.
    await user.click(within(results).getByRole('button', { name: 'Retry the failed ones (6)' }))
    await waitFor(() => expect(results.textContent).toContain('10 done'))
    expect(ids.every((id) => statusOf(emulator, id) === 'canceled')).toBe(true)
  })

  it('retries only the failed ones: an overloaded answer is retried, the done ones are not sent again', async () => {
    const emulator = useEmulator()
    const connector = freshConnector(emulator)
    const ids = [makeJob(emulator, connector.id, 'pending'), makeJob(emulator, connector.id, 'pending'), makeJob(emulator, connector.id, 'pending')]
    const { user } = await openList(emulator, connector.id, ids)
    const sent: string[] = []
    mswServer.use(
      http.put(/\/_cancel$/, ({ request }) => {
        sent.push(decodeURIComponent(new URL(request.url).pathname.split('/').at(-2) ?? ''))
        return undefined
      }),
      http.put(
        new RegExp(`${ids[1]}/_cancel$`),
        () => HttpResponse.json({ error: { type: 'es_rejected_execution_exception', reason: 'rejected execution' }, status: 429 }, { status: 429 }),
        { once: true },
      ),
    )
    await user.click(screen.getByRole('checkbox', { name: 'Select all on this page' }))
    await user.click(within(toolbar()).getByRole('button', { name: 'Cancel 3 of 3' }))
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Cancel 3 jobs' }))
    const results = await screen.findByRole('region', { name: 'Cancel of 3 jobs' })
    await waitFor(() => expect(results.textContent).toContain('2 done, 1 failed'))
    expect(results.textContent).toContain('Failed: es_rejected_execution_exception: rejected execution')
    expect(statusOf(emulator, ids[1] as string)).toBe('pending')

    await user.click(within(results).getByRole('button', { name: 'Retry the failed ones (1)' }))
    await waitFor(() => expect(results.textContent).toContain('3 done'))
    expect(ids.map((id) => statusOf(emulator, id))).toEqual(['canceled', 'canceled', 'canceled'])
    // Each job's cancel reached the cluster once; the retried one a second time after its refusal.
    expect(sent.filter((id) => id === ids[0]).length + sent.filter((id) => id === ids[2]).length).toBe(2)
  })

  it('disables every bulk action in read-only mode, saying why', async () => {
    const emulator = useEmulator({}, { readOnly: true, mode: 'embedded' })
    const connector = freshConnector(emulator)
    const ids = [makeJob(emulator, connector.id, 'pending')]
    const { user } = await openList(emulator, connector.id, ids)
    await user.click(box(ids[0] as string))
    const cancel = within(toolbar()).getByRole('button', { name: 'Cancel 1 of 1' })
    expect(cancel.getAttribute('aria-disabled')).toBe('true')
    await user.click(cancel)
    expect(screen.queryByRole('dialog')).toBeNull()
    expect(toolbar().textContent).toContain('Read-only mode: this server refuses changes.')
  })
})

describe('incident replay', () => {
  it('shows the syncs it would start, starts them under its name, and narrows the list to what it created', async () => {
    // The earlier tests' actions are this tab's too (jsdom keeps sessionStorage for the file).
    sessionStorage.clear()
    const emulator = useEmulator()
    const connector = freshConnector(emulator)
    const failed = [makeJob(emulator, connector.id, 'error'), makeJob(emulator, connector.id, 'error'), makeJob(emulator, connector.id, 'error', 'incremental')]
    const completed = makeJob(emulator, connector.id, 'completed')
    const { user, router } = await openList(emulator, connector.id, [...failed, completed])
    const before = new Set(emulator.store.listSyncJobs({ from: 0, size: 100, connector_id: connector.id }).results.map((job) => job.id))

    await user.click(screen.getByRole('button', { name: 'Re-run failed syncs' }))
    const dialog = await screen.findByRole('dialog', { name: /^Replay of 3 failed syncs, \d\d:\d\d(–\d\d:\d\d)?\?$/ })
    // Nothing has started before the operator confirms.
    expect(emulator.store.listSyncJobs({ from: 0, size: 0, connector_id: connector.id }).count).toBe(before.size)
    expect(dialog.textContent).toContain(`${connector.name} — full (re-runs 2 jobs)`)
    expect(dialog.textContent).toContain(`${connector.name} — incremental (re-runs 1 job)`)
    await user.click(within(dialog).getByRole('button', { name: 'Start 2 syncs' }))

    const results = await screen.findByRole('region', { name: /^Replay of 3 failed syncs/ })
    await waitFor(() => expect(results.textContent).toContain('Finished · 2 done'))
    const created = emulator.store.listSyncJobs({ from: 0, size: 100, connector_id: connector.id }).results.filter((job) => !before.has(job.id))
    expect(created.map((job) => job.job_type).toSorted()).toEqual(['full', 'incremental'])

    await user.click(within(results).getByRole('link', { name: 'Show the jobs it created' }))
    await waitFor(() => expect(searchOf(router).get('action')).toBeTruthy())
    await expectIds(created.map((job) => job.id))
    expect(screen.getByText(/^Recent actions in this tab \(1\)/)).toBeTruthy()
  })
})

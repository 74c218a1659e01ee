// Counts per status under the connector and job-type filters; a chip sets the status filter; the
// current status's chip and the pager never disagree.
import { act, screen, waitFor, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { SYNC_STATUSES } from '../../../../contract/es-connector-types.ts'
import { STATUS_LABELS } from '../../../../src/lib/labels.ts'
import { useEmulator } from '../../support/emulator.ts'
import { mswServer } from '../../support/msw-server.ts'
import { renderRoute } from '../../support/render.tsx'
import { esErrorBody } from '../../../support/es-error.ts'
import { syncableConnector } from '../../../support/connectors.ts'
import { syncJobKeys } from '../../../../src/api/queries.ts'
import { countOf, expectIds, newestIds, searchOf } from './support.ts'

const chips = () => screen.getByRole('group', { name: 'Job counts' })
const pager = () => screen.getByRole('navigation', { name: 'Pagination' })
/** The pager's "1–40 of 40 jobs, newest first". */
const total = () => within(pager()).getByText(/ jobs?(, newest first)?$/).textContent ?? ''
const chip = (label: string) => within(chips()).getByRole('button', { name: new RegExp(`^${label} `) })

describe('status chips', () => {
  it('count every status from the emulator', async () => {
    const emulator = useEmulator({ jobs: 80 })
    renderRoute('/jobs')
    await waitFor(() => expect(chip('All').textContent).toBe(`All ${countOf(emulator)}`))
    for (const status of SYNC_STATUSES) {
      await waitFor(() => expect(chip(STATUS_LABELS[status]).textContent).toBe(`${STATUS_LABELS[status]} ${countOf(emulator, { status })}`))
    }
  })

  it('follow the connector and job-type filters', async () => {
    const emulator = useEmulator({ jobs: 80 })
    const connectorId = newestIds(emulator).map((id) => emulator.store.getSyncJob(id).connector.id)[0] ?? ''
    renderRoute(`/jobs?connector_id=${connectorId}&job_type=full`)
    const expected = countOf(emulator, { connector_id: connectorId, job_type: ['full'] })
    await waitFor(() => expect(chip('All').textContent).toBe(`All ${expected}`))
    const completed = countOf(emulator, { connector_id: connectorId, job_type: ['full'], status: 'completed' })
    await waitFor(() => expect(chip('Completed').textContent).toBe(`Completed ${completed}`))
  })

  it('set the status filter, marking the current one', async () => {
    const emulator = useEmulator({ jobs: 80 })
    const { user, router } = renderRoute('/jobs')
    await expectIds(newestIds(emulator, { size: 50 }))
    expect(chip('All').getAttribute('aria-pressed')).toBe('true')

    await user.click(chip('Completed'))
    expect(searchOf(router).get('status')).toBe('completed')
    await expectIds(newestIds(emulator, { status: 'completed', size: 50 }))
    expect(chip('Completed').getAttribute('aria-pressed')).toBe('true')
    expect(chip('All').getAttribute('aria-pressed')).toBe('false')
    expect((screen.getByRole('combobox', { name: 'Status' }) as HTMLSelectElement).value).toBe('completed')

    await user.click(chip('All'))
    expect(searchOf(router).has('status')).toBe(false)
  })

  it.each([
    ['All', ''],
    ['Completed', 'completed'],
  ] as const)('the %s chip and the pager agree when a job arrives between their requests: the chip shows the page’s count', async (label, status) => {
    // Finished jobs only, so the list polls slowly and only the refetches below ask again.
    const emulator = useEmulator({ jobs: 0 })
    const connector = syncableConnector(emulator)
    const finishedJob = () => emulator.store.writeSyncJob(emulator.store.createSyncJob({ id: connector.id }), { status: 'completed' })
    for (let n = 0; n < 3; n += 1) finishedJob()
    const { queryClient } = renderRoute(status ? `/jobs?status=${status}` : '/jobs')
    const query = status ? { status } : {}
    const before = countOf(emulator, query)
    const agreement = () => ({ chip: chip(label).textContent?.split(' ').at(-1), pager: /of (\d+) jobs?/.exec(total())?.[1] })
    await waitFor(() => expect(agreement()).toEqual({ chip: `${before}`, pager: `${before}` }))
    await waitFor(() => expect(queryClient.isFetching()).toBe(0))

    // Only the counts hear of the new job: the chip stays with the page the pager counts.
    finishedJob()
    await act(() => queryClient.refetchQueries({ queryKey: syncJobKeys.counts() }))
    const { chip: chipCount, pager: pagerCount } = agreement()
    expect(chipCount).toBe(pagerCount)

    // The page hears of it (and of the next one): chip and pager move together.
    finishedJob()
    await act(() => queryClient.refetchQueries({ queryKey: syncJobKeys.lists() }))
    await waitFor(() => expect(agreement()).toEqual({ chip: `${before + 2}`, pager: `${before + 2}` }))
  })

  it('show a dash, not a number, for a count that failed', async () => {
    const emulator = useEmulator()
    mswServer.use(
      http.get('*/es/_connector/_sync_job', ({ request }) => {
        const params = new URL(request.url).searchParams
        if (params.get('size') === '0' && params.get('status') === 'error') {
          return HttpResponse.json(esErrorBody(500, 'exception', 'boom'), { status: 500 })
        }
        return undefined
      }),
    )
    renderRoute('/jobs')
    await waitFor(() => expect(chip('Failed').textContent).toBe('Failed —'))
    await waitFor(() => expect(chip('All').textContent).toBe(`All ${countOf(emulator)}`))
  })
})

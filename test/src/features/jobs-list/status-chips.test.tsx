// Counts per status under the connector and job-type filters; a chip sets the status filter.
import { screen, waitFor, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { SYNC_STATUSES } from '../../../../contract/es-connector-types.ts'
import { STATUS_LABELS } from '../../../../src/lib/labels.ts'
import { useEmulator } from '../../support/emulator.ts'
import { mswServer } from '../../support/msw-server.ts'
import { renderRoute } from '../../support/render.tsx'
import { esErrorBody } from '../../../support/es-error.ts'
import { countOf, expectIds, newestIds, searchOf } from './support.ts'

const chips = () => screen.getByRole('group', { name: 'Job counts' })
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

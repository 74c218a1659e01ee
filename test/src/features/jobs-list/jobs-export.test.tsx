// Exporting the jobs list's view, through msw and the emulator: the file holds exactly the API's jobs
// of a multi-status view (every page, newest first, connector names joined, no connector snapshot),
// named after the filters. The browser's download (object URL + click) is
// the only thing replaced: it hands the Blob to the test.
import { screen, waitFor } from '@testing-library/react'
import { delay, http } from 'msw'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { Emulator } from '../../../../server/emulator/app.ts'
import { compareNewestFirst } from '../../../../src/lib/merge-newest-first.ts'
import { csvField, EXPORT_COLUMNS } from '../../../../src/lib/jobs-export.ts'
import { useEmulator } from '../../support/emulator.ts'
import { mswServer } from '../../support/msw-server.ts'
import { renderRoute } from '../../support/render.tsx'
import { bodyRows } from './support.ts'

let saved: { name: string; blob: Blob }[] = []
let lastBlob: Blob | undefined

beforeEach(() => {
  saved = []
  URL.createObjectURL = vi.fn<(blob: Blob) => string>((blob) => {
    lastBlob = blob
    return 'blob:test'
  })
  URL.revokeObjectURL = vi.fn<(url: string) => void>()
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    if (lastBlob) saved.push({ name: this.download, blob: lastBlob })
  })
})
afterEach(() => vi.restoreAllMocks())

function apiJobs(emulator: Emulator, statuses: ('error' | 'canceled' | 'completed')[]) {
  return statuses.flatMap((status) => emulator.store.listSyncJobs({ from: 0, size: 1000, status }).results).sort(compareNewestFirst)
}

describe('jobs list export', () => {
  it('saves every job of a multi-status view as CSV, equal to the API’s jobs, named after the filters', async () => {
    const emulator = useEmulator({ jobs: 120, connectors: 4 })
    const { user } = renderRoute('/jobs?status=error,canceled,completed&size=10')
    await waitFor(() => expect(bodyRows().length).toBe(10))
    const expected = apiJobs(emulator, ['error', 'canceled', 'completed'])
    expect(expected.length).toBeGreaterThan(10)

    await user.click(screen.getByRole('button', { name: 'Export' }))
    await user.click(screen.getByRole('button', { name: 'Export as CSV' }))
    await waitFor(() => expect(saved).toHaveLength(1))
    const file = saved[0]!
    expect(file.name).toMatch(/^syncboard-jobs-status-canceled,completed,error-\d{4}-\d\d-\d\dT\d{4}Z\.csv$/)
    const lines = (await file.blob.text()).trimEnd().split('\r\n')
    expect(lines[0]).toBe(EXPORT_COLUMNS.join(','))
    // Each line starts with id,status,job_type,trigger_method,connector_id,connector_name (names have
    // no commas); an id starting with '-' is written with the formula guard's leading quote.
    const connectors = new Map(emulator.store.listConnectors({ from: 0, size: 100 }).results.map((c) => [c.id, c.name]))
    expect(lines.slice(1).map((line) => line.split(',').slice(0, 6).join(','))).toEqual(
      expected.map((job) => [job.id, job.status, job.job_type, job.trigger_method, job.connector.id, connectors.get(job.connector.id) ?? ''].map(csvField).join(',')),
    )
    expect(screen.getByText(new RegExp(`Saved ${expected.length} jobs as syncboard-jobs-status-`))).toBeTruthy()
  })

  it('saves JSON without the connector snapshot', async () => {
    const emulator = useEmulator({ jobs: 60, connectors: 3 })
    const { user } = renderRoute('/jobs?status=error,completed')
    await waitFor(() => expect(bodyRows().length).toBeGreaterThan(0))
    await user.click(screen.getByRole('button', { name: 'Export' }))
    await user.click(screen.getByRole('button', { name: 'Export as JSON' }))
    await waitFor(() => expect(saved).toHaveLength(1))
    const rows = JSON.parse(await saved[0]!.blob.text()) as Record<string, unknown>[]
    expect(rows.map((row) => row.id)).toEqual(apiJobs(emulator, ['error', 'completed']).map((job) => job.id))
    for (const row of rows) {
      expect(Object.keys(row)).toEqual([...EXPORT_COLUMNS])
      expect(row).not.toHaveProperty('connector')
      expect(row).not.toHaveProperty('configuration')
    }
  })

  it('asks the API with filter_path for the jobs’ own fields only', async () => {
    useEmulator({ jobs: 40, connectors: 2 })
    const asked: string[] = []
    const original = globalThis.fetch
    vi.spyOn(globalThis, 'fetch').mockImplementation((input, init) => {
      const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url
      if (url.includes('filter_path=count%2Cresults.id%2Cresults.status%2Cresults.job_type%2Cresults.trigger_method')) asked.push(url)
      return original(input, init)
    })
    const { user } = renderRoute('/jobs')
    await waitFor(() => expect(bodyRows().length).toBeGreaterThan(0))
    await user.click(screen.getByRole('button', { name: 'Export' }))
    await user.click(screen.getByRole('button', { name: 'Export as CSV' }))
    await waitFor(() => expect(saved).toHaveLength(1))
    expect(asked.length).toBeGreaterThan(0)
    expect(asked.every((url) => !decodeURIComponent(url).includes('results.connector.name') && decodeURIComponent(url).includes('results.connector.id'))).toBe(true)
  })

  it('shows its progress while reading, and Cancel export stops it without saving anything', async () => {
    useEmulator({ jobs: 1200, connectors: 2 })
    // The export's second thousand never answers, so the read is caught half-way.
    mswServer.use(
      http.get('*/es/_connector/_sync_job', async ({ request }) => {
        const url = new URL(request.url)
        if (url.searchParams.get('filter_path')?.startsWith('count,results.id,results.status,results.job_type,results.trigger_method') && url.searchParams.get('from') === '1000') {
          await delay('infinite')
        }
        return undefined
      }),
    )
    const { user } = renderRoute('/jobs')
    await waitFor(() => expect(bodyRows().length).toBeGreaterThan(0))
    await user.click(screen.getByRole('button', { name: 'Export' }))
    await user.click(screen.getByRole('button', { name: 'Export as JSON' }))
    await screen.findByText('Reading 1,000 of 1,200 jobs…')
    const progress = screen.getByRole('progressbar', { name: 'Export progress' })
    expect(progress.getAttribute('value')).toBe('1000')
    expect(progress.getAttribute('max')).toBe('1200')
    expect(screen.getByRole('button', { name: 'Export' }).hasAttribute('disabled')).toBe(true)
    await user.click(screen.getByRole('button', { name: 'Cancel export' }))
    await screen.findByText('Export canceled.')
    expect(saved).toEqual([])
    expect(screen.getByRole('button', { name: 'Export' }).hasAttribute('disabled')).toBe(false)
  })
})

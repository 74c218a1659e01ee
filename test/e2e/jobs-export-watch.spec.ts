// Export and watch in Chromium, on the worker-less server (jobs move only when this spec moves them):
// the CSV a multi-status view downloads holds exactly the API's jobs of those statuses, newest first,
// with their connectors' names; a watched job stays watched over a reload, and when it is canceled
// through the API the tab's title counts it until the job is opened from the header's list. No axe
// violations with the export's result or the watched-jobs list open.
import { readFile } from 'node:fs/promises'
import { AxeBuilder } from '@axe-core/playwright'
import { expect, test, type APIRequestContext, type Page } from '@playwright/test'
import type { Connector, ListResponse, SyncJob } from '../../contract/es-connector-types.ts'
import { compareNewestFirst } from '../../src/lib/merge-newest-first.ts'
import { csvField, EXPORT_COLUMNS } from '../../src/lib/jobs-export.ts'
import { isSyncable } from '../support/connectors.ts'
import { esGet } from './job-e2e-helpers.ts'
import { servers } from './support/servers.ts'

test.use({ baseURL: servers.noWorker })

const origin = new URL(servers.noWorker).origin

async function esChange<T>(request: APIRequestContext, method: 'POST' | 'PUT', path: string, data?: unknown): Promise<T> {
  const response = await request.fetch(`/es${path}`, { method, data, headers: { origin } })
  expect(response.ok(), `${method} ${path}: ${await response.text()}`).toBe(true)
  return (await response.json()) as T
}

async function expectNoViolations(page: Page) {
  const found = await new AxeBuilder({ page }).analyze()
  expect(found.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`)).toEqual([])
}

async function jobsWithStatus(request: APIRequestContext, status: string): Promise<SyncJob[]> {
  return (await esGet<ListResponse<SyncJob>>(request, `/_connector/_sync_job?status=${status}&size=1000`)).body.results
}

test('a multi-status view downloads as CSV holding exactly the API’s jobs', async ({ page, request }) => {
  await page.goto('/jobs?status=error,canceled&size=10')
  await expect(page.getByRole('table', { name: 'Sync jobs' }).getByRole('row').nth(10)).toBeVisible()
  await page.getByRole('button', { name: 'Export', exact: true }).click()
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export as CSV' }).click()])
  expect(download.suggestedFilename()).toMatch(/^syncboard-jobs-status-canceled,error-\d{4}-\d\d-\d\dT\d{4}Z\.csv$/)
  const text = await readFile(await download.path(), 'utf8')

  const expected = [...(await jobsWithStatus(request, 'error')), ...(await jobsWithStatus(request, 'canceled'))].sort(compareNewestFirst)
  const names = new Map((await esGet<ListResponse<Connector>>(request, '/_connector?size=100')).body.results.map((c) => [c.id, c.name]))
  const lines = text.trimEnd().split('\r\n')
  expect(lines[0]).toBe(EXPORT_COLUMNS.join(','))
  expect(lines).toHaveLength(expected.length + 1)
  // id,status,job_type,trigger_method,connector_id,connector_name lead each line (the seed's names hold no comma).
  expect(lines.slice(1).map((line) => line.split(',').slice(0, 6).join(','))).toEqual(
    expected.map((job) => [job.id, job.status, job.job_type, job.trigger_method, job.connector.id, names.get(job.connector.id) ?? ''].map(csvField).join(',')),
  )
  // No connector snapshot in the file.
  expect(text).not.toContain('configuration')
  await expect(page.getByText(new RegExp(`Saved ${expected.length} jobs as syncboard-jobs-status-canceled,error-`))).toBeVisible()
  await expectNoViolations(page)
})

test('watching survives a reload, and a watched job canceled through the API is counted in the title until opened', async ({ page, request }) => {
  const { body } = await esGet<ListResponse<Connector>>(request, '/_connector?size=100')
  const connector = body.results.find(isSyncable)
  if (!connector) throw new Error('no syncable connector')
  const { id } = await esChange<{ id: string }>(request, 'POST', '/_connector/_sync_job', { id: connector.id, job_type: 'full', trigger_method: 'on_demand' })

  await page.goto(`/jobs/${encodeURIComponent(id)}`)
  const watch = page.getByRole('button', { name: /Watch/ })
  await expect(watch).toHaveAttribute('aria-pressed', 'false')
  await watch.click()
  await expect(watch).toHaveAttribute('aria-pressed', 'true')
  // The watcher's first read: the baseline, kept with the watch.
  await expect.poll(() => page.evaluate(() => localStorage.getItem('syncboard.watched-jobs') ?? '')).toContain('"status":"pending"')

  await page.reload()
  await expect(page.getByRole('button', { name: /Watch/ })).toHaveAttribute('aria-pressed', 'true')

  // Away from the job's page first: news of the job the operator has open is read at once (the
  // watcher acknowledges it), so a cancel seen there would never reach the title.
  await page.goto('/jobs')
  await expect(page).toHaveTitle('Sync jobs · Syncboard')
  await esChange(request, 'PUT', `/_connector/_sync_job/${encodeURIComponent(id)}/_cancel`)
  expect((await esGet<SyncJob>(request, `/_connector/_sync_job/${encodeURIComponent(id)}`)).body.status).toBe('canceled')
  // The watcher reads the job again when the app loads.
  await page.reload()
  await expect(page).toHaveTitle('(1) Sync jobs · Syncboard')
  await page.getByText(/1 watched/).click()
  await expectNoViolations(page)
  await page.getByRole('list', { name: 'Watched jobs' }).getByRole('link', { name: id }).click()
  await expect(page.getByRole('heading', { level: 1 })).toContainText(id)
  await expect(page).not.toHaveTitle(/^\(\d+\)/)
})

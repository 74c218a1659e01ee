// The connector page in Chromium against the embedded cluster without its worker (jobs move only when
// we move them): Sync now and Cancel active syncs change what the API says (the job they start is
// deleted again, so the shared server keeps its seed), and the page has no axe violations in light and
// dark at 1440 and 390 px — charts, change timeline, the table alternative, the cancel dialog, an
// unknown id — and is never wider than the window.
import { AxeBuilder } from '@axe-core/playwright'
import { expect, test, type APIRequestContext, type Page } from '@playwright/test'
import type { Connector, ListResponse, SyncJob, SyncStatus } from '../../contract/es-connector-types.ts'
import { isSyncable } from '../support/connectors.ts'
import { esGet, getJob } from './job-e2e-helpers.ts'
import { servers } from './support/servers.ts'

test.use({ baseURL: servers.noWorker })

const ACTIVE: readonly SyncStatus[] = ['pending', 'in_progress', 'suspended', 'canceling']

async function connectors(request: APIRequestContext): Promise<Connector[]> {
  return (await esGet<ListResponse<Connector>>(request, '/_connector?size=100')).body.results
}

async function jobsOf(request: APIRequestContext, connectorId: string, status?: SyncStatus): Promise<SyncJob[]> {
  const query = new URLSearchParams({ connector_id: connectorId, size: '100' })
  if (status) query.set('status', status)
  return (await esGet<ListResponse<SyncJob>>(request, `/_connector/_sync_job?${query.toString()}`)).body.results ?? []
}

async function activeJobs(request: APIRequestContext, connectorId: string): Promise<SyncJob[]> {
  return (await Promise.all(ACTIVE.map((status) => jobsOf(request, connectorId, status)))).flat()
}

/** A syncable connector with no active job at all, so that what the spec starts is all there is to cancel. */
async function idleConnector(request: APIRequestContext): Promise<Connector> {
  for (const connector of await connectors(request)) {
    if (isSyncable(connector) && (await activeJobs(request, connector.id)).length === 0) return connector
  }
  throw new Error('the seed has no syncable connector without active jobs')
}

/** The connector with the most jobs: its charts and change timeline have the most to show. */
async function busiestConnector(request: APIRequestContext): Promise<Connector> {
  let best: { connector: Connector; count: number } | undefined
  for (const connector of await connectors(request)) {
    const { body } = await esGet<ListResponse<SyncJob>>(request, `/_connector/_sync_job?connector_id=${encodeURIComponent(connector.id)}&size=0`)
    if (!best || body.count > best.count) best = { connector, count: body.count }
  }
  return best!.connector
}

async function openConnector(page: Page, connector: Connector) {
  await page.goto(`/connectors/${encodeURIComponent(connector.id)}`)
  await expect(page.getByRole('heading', { level: 1 })).toContainText(connector.name)
  await expect(page.getByRole('button', { name: 'Sync now' })).toBeEnabled()
}

/** Deletes a job with a same-origin request from the page, as the app itself would send it. */
async function deleteJob(page: Page, id: string) {
  const status = await page.evaluate(async (jobId) => {
    const response = await fetch(`/es/_connector/_sync_job/${encodeURIComponent(jobId)}`, { method: 'DELETE', headers: { accept: 'application/json' } })
    return response.status
  }, id)
  expect(status).toBe(200)
}

async function expectNoViolations(page: Page, what: string) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze()
  const summary = results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)
  expect(summary, what).toEqual([])
}

async function expectNoWiderThanWindow(page: Page, what: string) {
  const widths = await page.evaluate(() => ({ page: document.documentElement.scrollWidth, window: window.innerWidth }))
  expect(widths.page, what).toBeLessThanOrEqual(widths.window)
}

test('Sync now starts a job and Cancel active syncs cancels it, as the API says', async ({ page, request }) => {
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(error.message))
  const connector = await idleConnector(request)
  await openConnector(page, connector)

  await page.getByRole('button', { name: 'Sync now' }).click()
  const started = page.getByText(/Started a full sync/)
  await expect(started).toBeVisible()
  const id = (await started.getByRole('link').textContent())!.trim()
  try {
    const job = await getJob(request, id)
    expect(job).toMatchObject({ status: 'pending', job_type: 'full', trigger_method: 'on_demand' })
    expect(job.connector.id).toBe(connector.id)
    expect((await activeJobs(request, connector.id)).map((active) => active.id)).toEqual([id])

    // Again: the duplicate question, and nothing starts when it is declined.
    await page.getByRole('button', { name: 'Sync now' }).click()
    const question = page.getByRole('alert').filter({ hasText: 'already has a full sync pending or running' })
    await expect(question).toBeVisible()
    await question.getByRole('button', { name: 'Don’t start' }).click()
    await expect(question).toBeHidden()
    expect((await activeJobs(request, connector.id)).map((active) => active.id)).toEqual([id])

    await page.getByRole('button', { name: 'Cancel active syncs' }).click()
    const dialog = page.getByRole('dialog', { name: 'Cancel the active syncs of this connector?' })
    await expect(dialog).toContainText('1 sync will get a cancel request: 1 pending job, 0 running jobs and 0 suspended jobs')
    await dialog.getByRole('button', { name: 'Cancel 1 sync' }).click()
    const report = page.getByRole('region', { name: /^Cancel active syncs: 1 job — 1 done, 0 refused, 0 not found/ })
    await expect(report).toBeVisible()
    await expect(report).toBeFocused()
    await expect(report.getByRole('listitem')).toContainText(`${id} (was Pending): Canceled`)
    expect((await getJob(request, id)).status).toBe('canceled')
    expect(await activeJobs(request, connector.id)).toEqual([])
  } finally {
    await deleteJob(page, id)
  }
  expect(errors).toEqual([])
})

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} theme`, () => {
    test.use({ colorScheme })

    for (const [width, height] of [
      [1440, 900],
      [390, 844],
    ] as const) {
      test(`no axe violations and nothing wider than the window at ${width} px`, async ({ page, request }) => {
        await page.setViewportSize({ width, height })
        const connector = await busiestConnector(request)
        await openConnector(page, connector)
        await expect(page.getByRole('heading', { name: 'What changed between its syncs' })).toBeVisible()
        await expect(page.getByRole('link', { name: /^Job .*, ran / }).first()).toBeVisible()
        await expectNoWiderThanWindow(page, 'connector page')
        await expectNoViolations(page, `connector page at ${width} px`)

        for (const toggle of await page.getByText('Show the numbers as a table').all()) await toggle.click()
        await expect(page.getByRole('table', { name: 'Sync durations' })).toBeVisible()
        await expectNoWiderThanWindow(page, 'tables open')
        await expectNoViolations(page, `connector page with its chart tables at ${width} px`)

        await page.getByRole('button', { name: 'Cancel active syncs' }).click()
        const dialog = page.getByRole('dialog')
        await expect(dialog.getByRole('button', { name: 'Keep them' })).toBeVisible()
        await expect(dialog.getByText(/will get a cancel request|nothing to cancel/)).toBeVisible()
        await expectNoViolations(page, `cancel dialog at ${width} px`)
        await dialog.getByRole('button', { name: 'Keep them' }).click()
        await expect(dialog).toBeHidden()

        await page.goto('/connectors/no-such-connector-a11y')
        await expect(page.getByRole('heading', { level: 1, name: 'No such connector' })).toBeVisible()
        await expectNoViolations(page, `no such connector at ${width} px`)
      })
    }
  })
}

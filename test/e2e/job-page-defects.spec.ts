// The job page in a real Chromium, for what jsdom cannot show: on a 390 px phone (mobile emulation,
// where content wider than the screen widens the layout viewport) the job page with a masked
// configuration value and its Claim dialog fit the window; focus lands on the page heading when a job
// is opened and on the outcome after a confirmed Cancel; Escape keeps what was typed into Claim; and
// the header says the cluster is unreachable while requests fail — a job opened meanwhile says it
// could not load, and loads by itself once the cluster answers again.
import { expect, test, type APIRequestContext, type Page } from '@playwright/test'
import type { ListResponse, SyncJob, SyncStatus } from '../../contract/es-connector-types.ts'
import { esGet, firstJob, quietConnector, waitForJobPage } from './job-e2e-helpers.ts'
import { servers } from './support/servers.ts'

test.use({ baseURL: servers.noWorker })

/** The server's placeholder for a sensitive configuration value (see contract/syncboard-protocol.ts). */
const isMasked = (value: unknown) => typeof value === 'object' && value !== null && 'syncboard_redacted' in value

/** A job in `status` whose connector snapshot shows a masked configuration value, if the seed has one. */
async function jobWithMaskedValue(request: APIRequestContext, status: SyncStatus): Promise<SyncJob | undefined> {
  const { body } = await esGet<ListResponse<SyncJob>>(request, `/_connector/_sync_job?status=${status}&size=100`)
  return body.results.find((job) => Object.values(job.connector.configuration ?? {}).some((field) => isMasked(field?.value)))
}

/** Starts a pending job through the create form (on a connector with no other one, so no duplicate question). */
async function startJob(page: Page, request: APIRequestContext): Promise<string> {
  const connector = await quietConnector(request, 'incremental')
  await page.goto(`/jobs/new?connector_id=${encodeURIComponent(connector.id)}`)
  await expect(page.getByRole('combobox', { name: 'Connector' })).toHaveValue(connector.name || connector.id)
  await page.getByLabel('Job type').selectOption({ label: 'Incremental' })
  await page.getByRole('button', { name: 'Start sync' }).click()
  return waitForJobPage(page)
}

/** Deletes the job the page shows, so the shared server keeps its seed for the other specs. */
async function deleteShownJob(page: Page) {
  await page.getByRole('button', { name: 'Delete' }).click()
  await page.getByRole('dialog').getByRole('button', { name: 'Delete job' }).click()
  await expect(page).toHaveURL(/\/jobs$/)
}

test.describe('on a 390 px phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 3 })

  test('a job page with a masked configuration value, and its Claim dialog, are no wider than the window', async ({ page, request }) => {
    const job = (await jobWithMaskedValue(request, 'pending')) ?? (await jobWithMaskedValue(request, 'suspended'))
    expect(job, 'the seed has a pending or suspended job with a sensitive configuration value').toBeTruthy()
    await page.goto(`/jobs/${encodeURIComponent(job!.id)}`)
    await expect(page.getByRole('heading', { level: 1 })).toContainText(job!.id)
    await expect(page.getByRole('table', { name: 'Configuration' }).getByText('hidden (sensitive)').first()).toBeAttached()

    const widths = () => page.evaluate(() => ({ document: document.documentElement.scrollWidth, layoutViewport: window.innerWidth }))
    // A wider document would widen the phone's layout viewport past the screen.
    expect(await widths()).toEqual({ document: 390, layoutViewport: 390 })

    await page.getByRole('button', { name: 'Claim' }).click()
    const dialog = page.getByRole('dialog', { name: /Claim sync job/ })
    await expect(dialog).toBeVisible()
    const box = (await dialog.boundingBox())!
    expect(box.x).toBeGreaterThanOrEqual(0)
    expect(box.x + box.width).toBeLessThanOrEqual(390)
    expect(await widths()).toEqual({ document: 390, layoutViewport: 390 })
    await page.keyboard.press('Escape')
    await expect(dialog).toBeHidden()
  })
})

test('opening a job from the list focuses its heading; a confirmed Cancel focuses its outcome', async ({ page, request }) => {
  await page.goto('/jobs')
  const link = page.getByRole('table', { name: 'Sync jobs' }).locator('tbody a[href^="/jobs/"]').first()
  const id = (await link.textContent())!.trim()
  await link.click()
  const heading = page.getByRole('heading', { level: 1 })
  await expect(heading).toContainText(id)
  await expect(heading).toBeFocused()

  const started = await startJob(page, request)
  await expect(page.getByRole('heading', { level: 1 })).toContainText(started)
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused()
  await page.getByRole('button', { name: 'Cancel' }).click()
  await page.getByRole('dialog').getByRole('button', { name: 'Cancel job' }).click()
  const outcome = page.getByText('Canceled: the job will not run.')
  await expect(outcome).toBeVisible()
  // The Cancel button is disabled now; focus must not fall to the body.
  await expect(page.getByRole('button', { name: 'Cancel' })).toBeDisabled()
  await expect(outcome).toBeFocused()
  await deleteShownJob(page)
})

test('Escape and Close keep what was typed into Claim', async ({ page, request }) => {
  const id = await startJob(page, request)
  await expect(page.getByRole('heading', { level: 1 })).toContainText(id)
  await page.getByRole('button', { name: 'Claim' }).click()
  let dialog = page.getByRole('dialog', { name: /Claim sync job/ })
  await dialog.getByLabel('Worker hostname').fill('e2e-draft-host')
  await dialog.getByLabel('Sync cursor').fill('{"page": 2}')
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
  // Focus goes back to the button that opened the dialog.
  await expect(page.getByRole('button', { name: 'Claim' })).toBeFocused()

  await page.getByRole('button', { name: 'Claim' }).click()
  dialog = page.getByRole('dialog', { name: /Claim sync job/ })
  await expect(dialog.getByLabel('Worker hostname')).toHaveValue('e2e-draft-host')
  await expect(dialog.getByLabel('Sync cursor')).toHaveValue('{"page": 2}')
  await dialog.getByRole('button', { name: 'Close' }).click()
  await page.getByRole('button', { name: 'Claim' }).click()
  await expect(page.getByRole('dialog').getByLabel('Worker hostname')).toHaveValue('e2e-draft-host')
  await page.keyboard.press('Escape')
  await deleteShownJob(page)
})

test('the header says the cluster is unreachable while requests fail; a job opened meanwhile loads by itself once it answers', async ({ page, request }) => {
  test.setTimeout(90_000)
  const pending = await firstJob(request, 'pending')
  expect(pending, 'the seed has a pending job').toBeTruthy()
  const badge = page.locator('.cluster-badge')
  await page.goto(`/jobs/${encodeURIComponent(pending!.id)}`)
  await expect(badge).toHaveText('Embedded demo cluster')

  // The page polls a pending job every few seconds; its requests now fail (after the client's retries).
  await page.route('**/es/**', (route) => route.abort('failed'))
  await expect(badge).toHaveText('Cluster unreachable', { timeout: 30_000 })
  await page.unroute('**/es/**')
  await expect(badge).toHaveText('Embedded demo cluster', { timeout: 30_000 })

  // A cold load during the outage: no "Loading…" beside "Cluster unreachable", and no reload needed.
  await page.route('**/es/**', (route) => route.abort('failed'))
  await page.goto(`/jobs/${encodeURIComponent(pending!.id)}`)
  await expect(page.getByText('Not loaded: the last attempt failed')).toBeVisible({ timeout: 30_000 })
  await expect(page.getByText('trying again every 15 s')).toBeVisible()
  await expect(badge).toHaveText('Cluster unreachable')
  await expect(page.getByText(/Loading/)).toHaveCount(0)
  await page.unroute('**/es/**')
  await expect(page.getByRole('button', { name: 'Copy id' })).toBeVisible({ timeout: 30_000 })
  await expect(badge).toHaveText('Embedded demo cluster')
})

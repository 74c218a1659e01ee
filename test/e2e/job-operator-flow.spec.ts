// An operator's flows on the embedded cluster without its worker (jobs move only when we move them):
// create → claim (a bad cursor first) → check in → mark as failed; create → cancel → delete; and an
// unknown job id. Every step is checked through the API afterwards, not only on screen.
import { expect, test, type Page } from '@playwright/test'
import { servers } from './support/servers.ts'
import { countJobs, getJob, quietConnector, waitForJobPage } from './job-e2e-helpers.ts'

test.use({ baseURL: servers.noWorker })

function watchErrors(page: Page): string[] {
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(error.message))
  return errors
}

test('create → claim (bad cursor first) → check in → mark as failed', async ({ page, request }) => {
  const errors = watchErrors(page)
  const connector = await quietConnector(request, 'full')
  const before = await countJobs(request, connector.id, 'full')

  // Create, preselected from the connector's context.
  await page.goto(`/jobs/new?connector_id=${encodeURIComponent(connector.id)}`)
  await expect(page.getByRole('combobox', { name: 'Connector' })).toHaveValue(connector.name || connector.id)
  await page.getByLabel('Job type').selectOption({ label: 'Full' })
  await expect(page.getByLabel('Trigger method')).toHaveValue('on_demand')
  await page.getByRole('button', { name: 'Start sync' }).click()
  const id = await waitForJobPage(page)
  await expect(page.getByRole('heading', { level: 1 })).toContainText(id)
  await expect(page.getByText('Sync job started')).toBeVisible()
  expect(await countJobs(request, connector.id, 'full')).toBe(before + 1)
  expect((await getJob(request, id)).status).toBe('pending')

  // Claim with a cursor that is JSON but not an object: refused before anything is sent.
  await page.getByRole('button', { name: 'Claim' }).click()
  const claim = page.getByRole('dialog', { name: /Claim sync job/ })
  await expect(claim).toBeVisible()
  await claim.getByLabel('Worker hostname').fill('e2e-worker-01')
  await claim.getByLabel('Sync cursor').fill('["not", "an", "object"]')
  await claim.getByRole('button', { name: 'Claim' }).click()
  await expect(claim.getByText(/must be a JSON object/)).toBeVisible()
  await expect(claim.getByLabel('Sync cursor')).toHaveAttribute('aria-invalid', 'true')
  expect((await getJob(request, id)).status).toBe('pending')
  await claim.getByLabel('Sync cursor').fill('{oops')
  await claim.getByRole('button', { name: 'Claim' }).click()
  await expect(claim.getByText(/Not valid JSON/)).toBeVisible()
  expect((await getJob(request, id)).status).toBe('pending')
  // The hostname the operator typed survived both refusals.
  await expect(claim.getByLabel('Worker hostname')).toHaveValue('e2e-worker-01')
  await claim.getByLabel('Sync cursor').fill('{"cursor": "e2e-2026"}')
  await claim.getByRole('button', { name: 'Claim' }).click()
  await expect(page.getByText('Claimed for worker e2e-worker-01')).toBeVisible()
  await expect(claim).toBeHidden()
  const claimed = await getJob(request, id)
  expect(claimed.status).toBe('in_progress')
  expect(claimed.worker_hostname).toBe('e2e-worker-01')
  expect(claimed.connector.sync_cursor).toEqual({ cursor: 'e2e-2026' })
  await expect(page.locator('.job-status-row')).toContainText('In progress')
  await expect(page.getByRole('button', { name: 'Claim' })).toBeDisabled()

  // Check in: the heartbeat moves.
  await expect(page.getByRole('button', { name: 'Check in' })).toBeEnabled()
  await page.getByRole('button', { name: 'Check in' }).click()
  await expect(page.getByText(/Checked in at/)).toBeVisible()
  await expect.poll(async () => (await getJob(request, id)).last_seen).not.toBe(claimed.last_seen)

  // Mark as failed: the message is required, then confirmed, then shown as text.
  await page.getByRole('button', { name: 'Mark as failed' }).click()
  const fail = page.getByRole('dialog', { name: /as failed\?/ })
  await fail.getByRole('button', { name: 'Mark as failed' }).click()
  await expect(fail.getByText(/Enter the error message/)).toBeVisible()
  expect((await getJob(request, id)).status).toBe('in_progress')
  await fail.getByLabel('Error message').fill('e2e: worker pod <evicted>\n  no heartbeat since claim')
  await fail.getByRole('button', { name: 'Mark as failed' }).click()
  await expect(page.getByText('Marked as failed')).toBeVisible()
  const failed = await getJob(request, id)
  expect(failed.status).toBe('error')
  expect(failed.error).toBe('e2e: worker pod <evicted>\n  no heartbeat since claim')
  await expect(page.getByRole('region', { name: 'Error' })).toContainText('worker pod <evicted>')
  await expect(page.getByText('not refreshing: the job has finished')).toBeVisible()
  for (const name of ['Claim', 'Check in', 'Cancel', 'Mark as failed']) await expect(page.getByRole('button', { name, exact: true })).toBeDisabled()
  expect(errors).toEqual([])
})

test('create → cancel → delete', async ({ page, request }) => {
  const errors = watchErrors(page)
  const connector = await quietConnector(request, 'incremental')
  const before = await countJobs(request, connector.id, 'incremental')

  // Create, choosing the connector by typing its name in the picker.
  await page.goto('/jobs/new')
  const picker = page.getByRole('combobox', { name: 'Connector' })
  await picker.fill(connector.id)
  await picker.press('Enter')
  await expect(page.getByText(connector.index_name ?? '')).toBeVisible()
  await page.getByLabel('Job type').selectOption({ label: 'Incremental' })
  await page.getByRole('button', { name: 'Start sync' }).click()
  const id = await waitForJobPage(page)
  await expect(page.getByRole('heading', { level: 1 })).toContainText(id)
  expect(await countJobs(request, connector.id, 'incremental')).toBe(before + 1)

  // Escape closes a dialog without acting, and focus returns to the button that opened it.
  await page.getByRole('button', { name: 'Cancel' }).click()
  await expect(page.getByRole('dialog')).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(page.getByRole('dialog')).toBeHidden()
  await expect(page.getByRole('button', { name: 'Cancel' })).toBeFocused()
  expect((await getJob(request, id)).status).toBe('pending')

  // Cancel a pending job: the dialog explains it is canceled at once.
  await page.getByRole('button', { name: 'Cancel' }).click()
  const cancel = page.getByRole('dialog', { name: `Cancel sync job ${id}?` })
  await expect(cancel).toContainText('at once')
  await cancel.getByRole('button', { name: 'Cancel job' }).click()
  await expect(page.getByText('Canceled: the job will not run.')).toBeVisible()
  const canceled = await getJob(request, id)
  expect(canceled.status).toBe('canceled')
  expect(canceled.canceled_at).toBe(canceled.cancelation_requested_at)
  await expect(page.getByRole('button', { name: 'Cancel', exact: true })).toBeDisabled()
  await expect(page.getByText(/Cannot cancel a canceled job/)).toBeVisible()

  // Delete: the confirmation names the job; afterwards the list opens and the job is gone.
  await page.getByRole('button', { name: 'Delete' }).click()
  const remove = page.getByRole('dialog', { name: `Delete sync job ${id}?` })
  await expect(remove).toContainText(id)
  await remove.getByRole('button', { name: 'Delete job' }).click()
  await expect(page).toHaveURL(/\/jobs$/)
  const gone = await request.get(`/es/_connector/_sync_job/${encodeURIComponent(id)}`)
  expect(gone.status()).toBe(404)
  expect(await countJobs(request, connector.id, 'incremental')).toBe(before)
  expect(errors).toEqual([])
})

test('an unknown job id says so and leads back to the list', async ({ page }) => {
  const errors = watchErrors(page)
  await page.goto('/jobs/no-such-job-e2e')
  await expect(page.getByRole('heading', { name: 'No such sync job' })).toBeVisible()
  await expect(page.getByText('no-such-job-e2e')).toBeVisible()
  await page.getByRole('link', { name: 'Back to the sync jobs' }).click()
  await expect(page).toHaveURL(/\/jobs$/)
  await expect(page.getByRole('table', { name: 'Sync jobs' })).toBeVisible()
  expect(errors).toEqual([])
})

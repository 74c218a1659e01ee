// Against a cluster that answers 20 % of requests 503/429 (`--fail-rate 0.2`): the pages keep
// working because failed reads are retried; a failed action is reported where it happened and the
// operator can retry it; and no action is ever applied twice (checked through the API afterwards).
import { expect, test, type Locator, type Page, type Request } from '@playwright/test'
import { servers } from './support/servers.ts'
import { countJobs, esGet, firstJob, getJob, quietConnector, waitForJobPage } from './job-e2e-helpers.ts'

test.use({ baseURL: servers.flaky })

const isJobPath = (pathname: string) => /^\/jobs\/[^/]+$/.test(pathname) && pathname !== '/jobs/new'

/**
 * Acts like a patient operator: clicks, waits for the answer to the mutating request the click sent,
 * and on a failure expects it reported (`failed`) before trying again. Returns how many tries failed.
 */
async function retryUntilDone(
  page: Page,
  sends: (request: Request) => boolean,
  click: () => Promise<void>,
  succeeded: () => Promise<unknown>,
  failed: () => Promise<unknown>,
  otherFailure?: Locator,
) {
  let failures = 0
  for (let attempt = 0; attempt < 12; attempt++) {
    const answered = [
      page.waitForResponse((response) => sends(response.request()), { timeout: 30_000 }).then((response) => response.ok()),
      page.waitForEvent('requestfailed', { predicate: sends, timeout: 30_000 }).then(() => false),
    ]
    await click()
    // Only after the click: a report left from the previous try is cleared by the new one.
    if (otherFailure) answered.push(otherFailure.waitFor({ timeout: 30_000 }).then(() => false))
    // The losers of the race time out later; nobody waits for them.
    for (const waiter of answered) waiter.catch(() => undefined)
    const ok = await Promise.race(answered)
    if (ok) {
      await succeeded()
      return failures
    }
    await failed()
    failures += 1
  }
  throw new Error('the action never succeeded')
}

test('pages keep working: failed reads are retried', async ({ page, request }) => {
  const id = (await firstJob(request, 'in_progress'))!.id
  for (let visit = 0; visit < 2; visit++) {
    await page.goto(`/jobs/${encodeURIComponent(id)}`)
    await expect(page.getByRole('heading', { level: 1 })).toContainText(id)
    await expect(page.getByRole('region', { name: 'Timeline' })).toBeVisible()
    await expect(page.getByRole('button', { name: 'Check in' })).toBeEnabled()
  }
  await page.goto('/jobs/new')
  await expect(page.getByRole('combobox', { name: 'Connector' })).not.toHaveAttribute('placeholder', /Loading/)
  await expect(page.getByRole('button', { name: 'Start sync' })).toBeEnabled()
})

test('failed actions are reported and retried by the operator; each is applied exactly once', async ({ page, request }) => {
  const connector = await quietConnector(request, 'access_control')
  const before = await countJobs(request, connector.id, 'access_control')

  // Make sure at least one failure happens: the first create request never reaches the server.
  let aborted = false
  await page.route(
    (url) => url.pathname === '/es/_connector/_sync_job',
    async (route) => {
      if (route.request().method() === 'POST' && !aborted) {
        aborted = true
        await route.abort('failed')
      } else {
        await route.fallback()
      }
    },
  )

  await page.goto(`/jobs/new?connector_id=${encodeURIComponent(connector.id)}`)
  await expect(page.getByRole('combobox', { name: 'Connector' })).toHaveValue(connector.name || connector.id)
  await page.getByLabel('Job type').selectOption({ label: 'Access control' })
  const start = page.getByRole('button', { name: 'Start sync' })
  const refused = page.getByText('The sync was not started.').or(page.getByText(/Could not check whether this connector/))
  const failures = await retryUntilDone(
    page,
    (sent) => sent.method() === 'POST' && new URL(sent.url()).pathname === '/es/_connector/_sync_job',
    () => start.click(),
    () => page.waitForURL((url) => isJobPath(url.pathname)),
    async () => {
      await refused.waitFor()
      // The form survived the failure.
      await expect(page.getByLabel('Job type')).toHaveValue('access_control')
    },
    // The duplicate check's reads are retried, but may still give up: then nothing is sent.
    page.getByText(/Could not check whether this connector/),
  )
  expect(aborted).toBe(true)
  expect(failures).toBeGreaterThanOrEqual(1)
  const id = await waitForJobPage(page)
  await expect(page.getByRole('heading', { level: 1 })).toContainText(id)
  // Exactly one job came of all those clicks.
  expect(await countJobs(request, connector.id, 'access_control')).toBe(before + 1)

  // Cancel, retried on failure inside its dialog.
  await expect(page.getByRole('button', { name: 'Cancel' })).toBeEnabled()
  await page.getByRole('button', { name: 'Cancel' }).click()
  const dialog = page.getByRole('dialog', { name: `Cancel sync job ${id}?` })
  await retryUntilDone(
    page,
    (sent) => sent.method() === 'PUT' && sent.url().endsWith('/_cancel'),
    () => dialog.getByRole('button', { name: 'Cancel job' }).click(),
    () => page.getByText('Canceled: the job will not run.').waitFor(),
    () => dialog.getByText('Cancel failed').waitFor(),
  )
  const canceled = await getJob(request, id)
  expect(canceled.status).toBe('canceled')
  // Applied once: a second cancel would have been refused as an invalid transition.
  await expect(page.getByText('status_exception')).toHaveCount(0)

  // Delete, retried on failure, then back on the list.
  await page.getByRole('button', { name: 'Delete' }).click()
  const remove = page.getByRole('dialog', { name: `Delete sync job ${id}?` })
  await retryUntilDone(
    page,
    (sent) => sent.method() === 'DELETE' && new URL(sent.url()).pathname.startsWith('/es/_connector/_sync_job/'),
    () => remove.getByRole('button', { name: 'Delete job' }).click(),
    () => page.waitForURL((url) => url.pathname === '/jobs'),
    () => remove.getByText('Delete failed').waitFor(),
  )
  const gone = await esGet(request, `/_connector/_sync_job/${encodeURIComponent(id)}`)
  expect(gone.status).toBe(404)
  expect(await countJobs(request, connector.id, 'access_control')).toBe(before)
})

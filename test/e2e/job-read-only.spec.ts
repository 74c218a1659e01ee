// READ_ONLY=true: every action on the job page and the create form is disabled with the reason, and
// a mutating request sent anyway (from the page, same-origin) is refused 403 by the server.
import { expect, test } from '@playwright/test'
import { servers } from './support/servers.ts'
import { firstJob, getJob } from './job-e2e-helpers.ts'

test.use({ baseURL: servers.readOnly })

test('job actions are disabled, each saying Syncboard is in read-only mode', async ({ page, request }) => {
  const id = (await firstJob(request, 'in_progress'))?.id
  expect(id, 'the seed has a running job').toBeTruthy()
  await page.goto(`/jobs/${encodeURIComponent(id!)}`)
  await expect(page.getByRole('heading', { level: 1 })).toContainText(id!)
  const reason = page.getByText('Syncboard is in read-only mode.')
  await expect(reason).toBeVisible()
  const reasonId = await reason.locator('xpath=ancestor-or-self::li').getAttribute('id')
  for (const name of ['Claim', 'Check in', 'Cancel', 'Mark as failed', 'Delete', 'Run again']) {
    const button = page.getByRole('button', { name, exact: true })
    await expect(button).toBeDisabled()
    await expect(button).toHaveAttribute('aria-describedby', reasonId!)
  }
  await expect(page.getByText('Read-only', { exact: true })).toBeVisible()
})

test('the create form is disabled with the reason', async ({ page }) => {
  await page.goto('/jobs/new')
  await expect(page.getByText('Syncboard is in read-only mode: it cannot start syncs.')).toBeVisible()
  await expect(page.getByRole('button', { name: 'Start sync' })).toBeDisabled()
})

test('a mutating request sent anyway is refused 403 and changes nothing', async ({ page, request }) => {
  const job = await firstJob(request, 'pending')
  expect(job, 'the seed has a pending job').toBeTruthy()
  await page.goto('/jobs')
  // Same-origin requests from the page itself, as the app would send them.
  const answers = await page.evaluate(async ({ jobId, connectorId }) => {
    // Defined inside: this function runs in the page, which cannot see the spec's scope.
    // oxlint-disable-next-line unicorn/consistent-function-scoping
    const send = async (method: string, path: string, payload?: unknown) => {
      const response = await fetch(`/es${path}`, {
        method,
        headers: payload === undefined ? {} : { 'content-type': 'application/json' },
        body: payload === undefined ? null : JSON.stringify(payload),
      })
      return { status: response.status, body: (await response.json()) as { error?: { type?: string; reason?: string } } }
    }
    return [
      await send('POST', '/_connector/_sync_job', { id: connectorId, job_type: 'full' }),
      await send('PUT', `/_connector/_sync_job/${encodeURIComponent(jobId)}/_cancel`),
      await send('DELETE', `/_connector/_sync_job/${encodeURIComponent(jobId)}`),
    ]
  }, { jobId: job!.id, connectorId: job!.connector.id })
  for (const answer of answers) {
    expect(answer.status).toBe(403)
    expect(answer.body.error?.reason).toMatch(/read-only mode/)
  }
  expect((await getJob(request, job!.id)).status).toBe('pending')
})

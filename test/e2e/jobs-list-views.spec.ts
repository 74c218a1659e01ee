// The jobs list's views across statuses in Chromium: a URL naming several statuses shows exactly
// the rows the API's per-status answers give, merged newest first (created_at, ties by id), page by
// page, with the pager counting their sum — on an 8.13+ (newest-first) server and through the proxy
// to an 8.12-ordered (oldest-first) one. Views are links: "Active" opens its URL.
import { expect, test, type APIRequestContext } from '@playwright/test'
import type { ListResponse, SyncJob, SyncStatus } from '../../contract/es-connector-types.ts'
import { servers } from './support/servers.ts'
import { expectShownIds } from './support/jobs-list-page.ts'

/** The API's answer per status, merged newest first by the rule the list states. */
async function merged(request: APIRequestContext, base: string, statuses: readonly SyncStatus[]): Promise<SyncJob[]> {
  const answers = await Promise.all(
    statuses.map(async (status) => {
      const response = await request.get(`${base}/es/_connector/_sync_job?status=${status}&size=10000`)
      expect(response.ok()).toBe(true)
      return (await response.json()) as ListResponse<SyncJob>
    }),
  )
  return answers
    .flatMap((answer) => answer.results)
    .toSorted((a, b) => Date.parse(b.created_at) - Date.parse(a.created_at) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
}

for (const [name, baseURL] of [
  ['a newest-first server', servers.noWorker],
  ['an oldest-first (8.12) server', servers.proxyAsc],
] as const) {
  test.describe(`views on ${name}`, () => {
    test.use({ baseURL })

    test('a multi-status URL shows exactly the merged rows the API gives, page by page', async ({ page, request }) => {
      const statuses: SyncStatus[] = ['completed', 'error', 'canceled']
      const expected = await merged(request, baseURL, statuses)
      expect(expected.length).toBeGreaterThan(20)
      await page.goto(`/jobs?status=${statuses.join(',')}&size=10`)
      await expectShownIds(page, expected.slice(0, 10).map((job) => job.id))
      const pager = page.getByRole('navigation', { name: 'Pagination' })
      await expect(pager).toContainText(`1–10 of ${expected.length} jobs, newest first`)

      // Further pages are URLs too (opened directly: the list's keep-still hold would keep page 1's
      // rows on screen after a click that scrolled the pager into view).
      const last = Math.ceil(expected.length / 10)
      for (const pageNumber of [2, last]) {
        await page.goto(`/jobs?status=${statuses.join(',')}&size=10&page=${pageNumber}`)
        await expectShownIds(page, expected.slice((pageNumber - 1) * 10, pageNumber * 10).map((job) => job.id))
        await expect(pager).toContainText(`${(pageNumber - 1) * 10 + 1}–${Math.min(pageNumber * 10, expected.length)} of ${expected.length} jobs`)
      }
    })

    test('the Active view is a link to its statuses, and shows their jobs merged', async ({ page, request }) => {
      const active: SyncStatus[] = ['pending', 'in_progress', 'canceling', 'suspended']
      await page.goto('/jobs')
      await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Active' }).click()
      await expect(page).toHaveURL(/status=pending%2Cin_progress%2Ccanceling%2Csuspended$/)
      await expect(page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Active' })).toHaveAttribute('aria-current', 'page')
      await expectShownIds(page, (await merged(request, baseURL, active)).slice(0, 50).map((job) => job.id))
    })
  })
}

// `npm start` forwarding to a standalone `npm run emulator` (ES_URL), once listing oldest first
// (Elasticsearch 8.12) and once newest first (8.13+): the list shows the newest jobs first in both,
// and paging walks the same newest-first sequence.
import { expect, test } from '@playwright/test'
import { servers } from './support/servers.ts'
import { expectShownIds, listJobs, newestFirst } from './support/jobs-list-page.ts'

for (const [name, baseURL, rawOrder] of [
  ['oldest-first (8.12)', servers.proxyAsc, 'asc'],
  ['newest-first (8.13+)', servers.proxyDesc, 'desc'],
] as const) {
  test.describe(`forwarding to a cluster that lists ${name}`, () => {
    test.use({ baseURL })

    test('the cluster really lists in that order', async ({ request }) => {
      const { results } = await listJobs(request, 'size=10')
      const [first, last] = [results[0]!.created_at, results[results.length - 1]!.created_at]
      expect(rawOrder === 'asc' ? first < last : first > last).toBe(true)
    })

    test('shows the newest jobs first and pages through them', async ({ page, request }) => {
      const all = (await newestFirst(request)).map((job) => job.id)
      expect(all.length).toBeGreaterThan(60)
      await page.goto('/jobs?size=25')
      await expectShownIds(page, all.slice(0, 25))
      await expect(page.getByRole('navigation', { name: 'Pagination' })).toContainText(`1–25 of ${all.length} jobs, newest first`)

      const pager = page.getByRole('navigation', { name: 'Pagination' })
      await pager.getByRole('button', { name: 'Next' }).click()
      await expectShownIds(page, all.slice(25, 50))
      await pager.getByRole('button', { name: 'Last' }).click()
      const lastStart = Math.floor((all.length - 1) / 25) * 25
      await expectShownIds(page, all.slice(lastStart))
    })

    test('a filtered view is newest first too', async ({ page, request }) => {
      const completed = (await newestFirst(request, 'status=completed')).map((job) => job.id)
      await page.goto('/jobs?status=completed&size=50')
      await expectShownIds(page, completed.slice(0, 50))
    })
  })
}

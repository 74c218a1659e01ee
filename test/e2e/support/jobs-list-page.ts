// Helpers for the jobs-list specs: the table's job ids as shown, and the server's own answer to
// compare with (through the same /es mount the page uses).
import { expect, type APIRequestContext, type Page } from '@playwright/test'
import type { ListResponse, SyncJob } from '../../../contract/es-connector-types.ts'

export const jobsTable = (page: Page) => page.getByRole('table', { name: 'Sync jobs' })

/** The job ids in the table, top to bottom (each row's first link is its job). */
export async function shownIds(page: Page): Promise<string[]> {
  return jobsTable(page)
    .locator('tbody tr')
    .evaluateAll((rows) => rows.map((row) => row.querySelector('a')?.textContent ?? '').filter(Boolean))
}

export async function expectShownIds(page: Page, ids: string[]): Promise<void> {
  await expect.poll(() => shownIds(page)).toEqual(ids)
}

export async function listJobs(request: APIRequestContext, query: string): Promise<ListResponse<SyncJob>> {
  const response = await request.get(`/es/_connector/_sync_job?${query}`)
  expect(response.ok()).toBe(true)
  return (await response.json()) as ListResponse<SyncJob>
}

/** Every job matching `query`, newest first, whatever order the server lists in. */
export async function newestFirst(request: APIRequestContext, query = ''): Promise<SyncJob[]> {
  const { results } = await listJobs(request, `${query}${query ? '&' : ''}size=10000`)
  return results.toSorted((a, b) => (a.created_at < b.created_at ? 1 : a.created_at > b.created_at ? -1 : 0))
}

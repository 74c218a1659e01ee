// Shared steps of the job-page e2e specs: reading the cluster through the dashboard's /es mount
// (retrying the flaky server's 503/429 answers, as an operator's browser would), finding a job in a
// status, and picking a connector that has no pending or running job of a type, so the duplicate
// guard stays quiet.
import { expect, type APIRequestContext, type Page } from '@playwright/test'
import type { Connector, JobType, ListResponse, SyncJob, SyncStatus } from '../../contract/es-connector-types.ts'
import { isSyncable } from '../support/connectors.ts'

/** GET through /es, retrying transient refusals (the flaky server answers 20 % of them 503/429). */
export async function esGet<T>(request: APIRequestContext, path: string): Promise<{ status: number; body: T }> {
  for (let attempt = 0; attempt < 20; attempt++) {
    const response = await request.get(`/es${path}`)
    if (response.status() !== 503 && response.status() !== 429) return { status: response.status(), body: (await response.json()) as T }
  }
  throw new Error(`GET /es${path} kept failing`)
}

export async function getJob(request: APIRequestContext, id: string): Promise<SyncJob> {
  const { status, body } = await esGet<SyncJob>(request, `/_connector/_sync_job/${encodeURIComponent(id)}`)
  expect(status, `GET job ${id}`).toBe(200)
  return body
}

/** The first job the cluster lists in `status` (the seeds hold some of each), or undefined. */
export async function firstJob(request: APIRequestContext, status: SyncStatus): Promise<SyncJob | undefined> {
  const { body } = await esGet<ListResponse<SyncJob>>(request, `/_connector/_sync_job?status=${status}&size=1`)
  return body.results[0]
}

export async function countJobs(request: APIRequestContext, connectorId: string, jobType: JobType, status?: SyncStatus): Promise<number> {
  const query = new URLSearchParams({ connector_id: connectorId, job_type: jobType, size: '0' })
  if (status) query.set('status', status)
  const { body } = await esGet<Pick<ListResponse<SyncJob>, 'count'>>(request, `/_connector/_sync_job?${query.toString()}`)
  return body.count
}

/** A syncable connector with no pending or in_progress job of `jobType`. */
export async function quietConnector(request: APIRequestContext, jobType: JobType, skip: readonly string[] = []): Promise<Connector> {
  const { body } = await esGet<ListResponse<Connector>>(request, '/_connector?size=100')
  for (const connector of body.results) {
    if (!isSyncable(connector) || skip.includes(connector.id)) continue
    const active = (await countJobs(request, connector.id, jobType, 'pending')) + (await countJobs(request, connector.id, jobType, 'in_progress'))
    if (active === 0) return connector
  }
  throw new Error(`no connector without an active ${jobType} job`)
}

/** The job id in a `/jobs/<id>` URL. */
export function jobIdFromUrl(url: string): string {
  const match = /\/jobs\/([^/?#]+)$/.exec(new URL(url).pathname)
  if (!match?.[1]) throw new Error(`not a job page: ${url}`)
  return decodeURIComponent(match[1])
}

/** Waits until the page shows a job (`/jobs/<id>`, not the create form) and returns its id. */
export async function waitForJobPage(page: Page): Promise<string> {
  await page.waitForURL((url) => /^\/jobs\/[^/]+$/.test(url.pathname) && url.pathname !== '/jobs/new')
  return jobIdFromUrl(page.url())
}

// The first thing a new user sees: `npm start` opens on the connectors overview, one click from the
// jobs list with live sync jobs from the embedded cluster.
import { expect, test } from '@playwright/test'
import type { Connector, ListResponse, SyncJob } from '../../contract/es-connector-types.ts'
import { SERVICE_DOWN_AFTER_MS } from '../../src/lib/connector-health.ts'
import { isSyncable } from '../support/connectors.ts'

test('the app opens on the connectors overview and its jobs list shows sync jobs from the embedded cluster', async ({ page }) => {
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(error.message))
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text())
  })

  await page.goto('/')
  // `/` opens the connectors overview; the jobs list is one click away.
  await expect(page).toHaveURL(/\/connectors$/)
  await expect(page.getByRole('table', { name: 'Connectors' })).toBeVisible()
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Sync jobs' }).click()
  await expect(page).toHaveURL(/\/jobs$/)
  const table = page.getByRole('table', { name: 'Sync jobs' })
  await expect(table).toBeVisible()
  const jobLinks = table.getByRole('link', { name: /^[A-Za-z0-9_-]{20}$/ })
  await expect(jobLinks.first()).toBeVisible()
  expect(await jobLinks.count()).toBeGreaterThan(5)
  await expect(page.getByText('Embedded demo cluster')).toBeVisible()
  expect(errors).toEqual([])
})

test('the embedded cluster is live: its worker moves jobs while the page watches', async ({ request, baseURL }) => {
  // The simulated connector service keeps the real service's pace (stats every 10 s, a poll every 30 s),
  // so after earlier specs every live sync may have ended and the next schedule may be minutes away.
  // Give it work: an on-demand sync of a connector it serves (checked in within the last 15 minutes)
  // whose last sync is not running (`sync_starts` would refuse). Then watch every job — that one is
  // claimed at the next poll unless the pods are full, and then a running one reports or ends.
  test.setTimeout(150_000)
  const connectors = await request.get('/es/_connector?size=100&filter_path=results.id,results.last_seen,results.last_sync_status,results.index_name,results.service_type')
  expect(connectors.ok()).toBe(true)
  const { results } = (await connectors.json()) as ListResponse<Pick<Connector, 'id' | 'last_seen' | 'last_sync_status' | 'index_name' | 'service_type'>>
  const served = results.find(
    (connector) =>
      connector.last_seen && Date.now() - Date.parse(connector.last_seen) < SERVICE_DOWN_AFTER_MS && connector.last_sync_status !== 'in_progress' && isSyncable(connector),
  )
  if (served) {
    const created = await request.post('/es/_connector/_sync_job', {
      data: { id: served.id, job_type: 'full', trigger_method: 'on_demand' },
      // The server refuses a change that does not come from its own page (its cross-site defence).
      headers: { origin: new URL(baseURL!).origin },
    })
    expect(created.ok()).toBe(true)
  }
  const snapshot = async () => {
    const response = await request.get('/es/_connector/_sync_job?size=1000&filter_path=count,results.id,results.status,results.indexed_document_count,results.last_seen')
    expect(response.ok()).toBe(true)
    const body = (await response.json()) as ListResponse<Pick<SyncJob, 'id' | 'status' | 'indexed_document_count' | 'last_seen'>>
    return new Map(body.results.map((job) => [job.id, `${job.status}/${job.indexed_document_count}/${job.last_seen}`]))
  }
  const before = await snapshot()
  await expect
    .poll(async () => {
      const after = await snapshot()
      return [...after].some(([id, state]) => before.get(id) !== state)
    }, { timeout: 120_000, intervals: [2_000] })
    .toBe(true)
})

test('a deep link to a job serves the app', async ({ page, request }) => {
  const response = await request.get('/es/_connector/_sync_job?size=1')
  const { results } = (await response.json()) as ListResponse<SyncJob>
  const id = results[0]!.id
  await page.goto(`/jobs/${encodeURIComponent(id)}`)
  await expect(page.getByRole('heading', { level: 1 })).toContainText(id)
})

test('a landing page’s first reads leave with the page and the app takes them over: one request each, none left unused', async ({ page }) => {
  for (const path of ['/connectors', '/jobs']) {
    const requested: string[] = []
    const warnings: string[] = []
    page.on('request', (request) => {
      const url = new URL(request.url())
      if (url.pathname.startsWith('/es/')) requested.push(`${url.pathname}${url.search}`)
    })
    page.on('console', (message) => {
      if (message.type() === 'warning') warnings.push(message.text())
    })
    const html = await (await page.request.get(path, { headers: { accept: 'text/html' } })).text()
    const named = [...html.matchAll(/<link rel="preload" as="fetch" crossorigin href="([^"]+)">/g)].map((match) => match[1]!.replaceAll('&amp;', '&'))
    expect(named.length, `${path} names its first reads`).toBeGreaterThan(0)
    await page.goto(path)
    await expect(page.getByRole('table').first()).toBeVisible()
    // Chromium warns about a preload not used within a few seconds of the load event.
    await page.waitForTimeout(3_500)
    for (const read of named) expect(requested.filter((url) => url === read), read).toHaveLength(1)
    expect(warnings.filter((text) => text.includes('preload'))).toEqual([])
    page.removeAllListeners('request')
    page.removeAllListeners('console')
  }
})

// The connectors overview in Chromium on the seeded fleet of `npm start` (worker on, so every service
// keeps checking in except the one the seed stopped): a row per connector of the API with its health
// in words, a chip and the search filtering the table and writing the URL, a bar of the outcome chart
// listing its jobs (checked through the API), the insight flags that need a connector's own reads (a
// stalled sync cursor, failures since a snapshot change — the seed's MySQL connector whose filtering
// changed) on the rows the API shows them for, one card
// per connector at phone width, and no axe violations in light and dark at 1440 and 390 px with
// nothing wider than the window; the workers page axe clean too, its cards at 390 px. Expectations come
// from the API, not from names.
import { AxeBuilder } from '@axe-core/playwright'
import { expect, test, type APIRequestContext, type Page } from '@playwright/test'
import type { Connector, ListResponse, SyncJob } from '../../contract/es-connector-types.ts'

const HEALTH_WORDS = ['Service down', 'Failing', 'Late', 'Never synced', 'Healthy'] as const
/** Three of the service's five-minute heartbeats (lib/connector-health.ts SERVICE_DOWN_AFTER_MS). */
const SERVICE_DOWN_AFTER_MS = 15 * 60_000

const table = (page: Page) => page.getByRole('table', { name: 'Connectors' })
// A phone's cards not drawn yet keep their place with a hidden spacer row.
const rows = (page: Page) => table(page).locator('tbody tr:not(.spacer)')

async function connectorsOf(request: APIRequestContext): Promise<Connector[]> {
  const response = await request.get('/es/_connector?size=1000')
  expect(response.ok()).toBe(true)
  return ((await response.json()) as ListResponse<Connector>).results
}

/** Each row's connector name and the health word it shows. */
async function shownHealth(page: Page): Promise<{ name: string; health: string[] }[]> {
  return rows(page).evaluateAll((trs, words) =>
    trs.map((tr) => ({
      name: tr.querySelector('th a')?.textContent ?? '',
      health: [...tr.querySelectorAll('.health-badge')].map((badge) => badge.textContent ?? '').filter((text) => words.includes(text)),
    })),
  HEALTH_WORDS as unknown as string[])
}

async function openOverview(page: Page, path = '/connectors') {
  await page.goto(path)
  await expect(rows(page).first()).toBeVisible()
}

test('every connector of the API has a row linked by its name, with exactly one health word', async ({ page, request }) => {
  const connectors = await connectorsOf(request)
  await openOverview(page)
  await expect(rows(page)).toHaveCount(connectors.length)
  const shown = await shownHealth(page)
  expect(shown.map((row) => row.name).sort()).toEqual(connectors.map((connector) => connector.name).sort())
  for (const row of shown) expect(row.health, row.name).toHaveLength(1)
  for (const connector of connectors) {
    await expect(table(page).getByRole('link', { name: connector.name, exact: true })).toHaveAttribute('href', `/connectors/${encodeURIComponent(connector.id)}`)
  }
  // A connector whose service stopped checking in (the API says so) reads "Service down".
  const silent = connectors.filter((connector) => !connector.last_seen || Date.now() - Date.parse(connector.last_seen) > SERVICE_DOWN_AFTER_MS)
  expect(silent.length).toBeGreaterThan(0)
  for (const connector of silent) expect(shown.find((row) => row.name === connector.name)?.health).toEqual(['Service down'])
  // The chips add up to the fleet.
  const chips = page.getByRole('group', { name: 'Connectors by health' })
  await expect(chips.getByRole('button', { name: `All ${connectors.length}` })).toBeVisible()
})

test('a health chip and the search filter the table and write the URL', async ({ page, request }) => {
  const connectors = await connectorsOf(request)
  await openOverview(page)
  const chip = page.getByRole('group', { name: 'Connectors by health' }).getByRole('button', { name: /^Service down \d+$/ })
  const count = Number((await chip.textContent())?.match(/\d+$/)?.[0])
  await chip.click()
  await expect(page).toHaveURL(/[?&]health=service_down(&|$)/)
  await expect(chip).toHaveAttribute('aria-pressed', 'true')
  await expect(rows(page)).toHaveCount(count)
  for (const row of await shownHealth(page)) expect(row.health).toEqual(['Service down'])
  await page.getByRole('group', { name: 'Connectors by health' }).getByRole('button', { name: /^All \d+$/ }).click()
  await expect(page).not.toHaveURL(/health=/)
  await expect(rows(page)).toHaveCount(connectors.length)

  // Search for one connector by its name: the rows are the connectors whose name, id or index holds it.
  const target = connectors[0]!
  const matching = connectors.filter((connector) =>
    [connector.name, connector.id, connector.index_name ?? ''].some((text) => text.toLowerCase().includes(target.name.toLowerCase())),
  )
  await page.getByRole('searchbox', { name: 'Search connectors' }).fill(target.name)
  await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe(target.name)
  await expect(rows(page)).toHaveCount(matching.length)
  await expect(table(page).getByRole('link', { name: target.name, exact: true })).toBeVisible()
  // The URL alone brings the same view back.
  await page.reload()
  await expect(rows(page)).toHaveCount(matching.length)
  await expect(page.getByRole('searchbox', { name: 'Search connectors' })).toHaveValue(target.name)
})

test('choosing a bar of the outcome chart lists its jobs, grouped by connector, as the API has them', async ({ page, request }) => {
  await openOverview(page)
  const chart = page.getByRole('group', { name: /^Sync outcomes per hour/ })
  await expect(chart).toBeVisible()
  // The newest bar with jobs in it.
  const labels = await chart.getByRole('button').evaluateAll((bars) => bars.map((bar) => bar.getAttribute('aria-label') ?? ''))
  const label = labels.toReversed().find((text) => !text.endsWith(': 0 completed, 0 failed, 0 canceled'))
  expect(label).toBeDefined()
  await chart.getByRole('button', { name: label, exact: true }).click()
  const period = label!.replace(/: \d+ completed.*$/, '')
  const list = page.getByRole('region', { name: `Jobs that ended ${period}` })
  await expect(list).toBeVisible()

  const links = list.locator('a[href^="/jobs/"]')
  expect(await links.count()).toBeGreaterThan(0)
  const shown = await list.locator(':scope > ul > li').evaluateAll((groups) =>
    groups.map((group) => ({
      connector: decodeURIComponent(group.querySelector('a')?.getAttribute('href')?.replace('/connectors/', '') ?? ''),
      jobs: [...group.querySelectorAll('.bar-outcome')].flatMap((outcome) =>
        [...outcome.querySelectorAll('a')].map((link) => ({ id: link.textContent ?? '', outcome: outcome.querySelector('.bar-outcome-label')?.textContent ?? '' })),
      ),
    })),
  )
  const words: Record<string, string> = { completed: 'Completed:', error: 'Failed:', canceled: 'Canceled:' }
  for (const group of shown) {
    for (const job of group.jobs) {
      const response = await request.get(`/es/_connector/_sync_job/${encodeURIComponent(job.id)}`)
      expect(response.ok()).toBe(true)
      const answer = (await response.json()) as SyncJob
      expect(answer.connector.id).toBe(group.connector)
      expect(words[answer.status]).toBe(job.outcome)
    }
  }
  await expect(list.getByRole('link', { name: shown[0]!.jobs[0]!.id })).toHaveAttribute('href', `/jobs/${encodeURIComponent(shown[0]!.jobs[0]!.id)}`)
})

/** A job as the flag checks read it: order, outcome, and the snapshot parts a change shows in. */
type SnapshotJob = Pick<SyncJob, 'id' | 'created_at' | 'status' | 'job_type'> & { connector: Partial<SyncJob['connector']> }

async function jobsOf(request: APIRequestContext, connectorId: string, query: string): Promise<SnapshotJob[]> {
  const response = await request.get(`/es/_connector/_sync_job?connector_id=${encodeURIComponent(connectorId)}&${query}`)
  expect(response.ok()).toBe(true)
  const jobs = ((await response.json()) as ListResponse<SnapshotJob>).results ?? []
  return jobs.toSorted((a, b) => Date.parse(a.created_at) - Date.parse(b.created_at) || a.id.localeCompare(b.id))
}

/** JSON-ready with every object's keys sorted, so equal values compare equal whatever their key order. */
const sortedKeys = (value: unknown): unknown =>
  Array.isArray(value)
    ? value.map(sortedKeys)
    : value && typeof value === 'object'
      ? Object.fromEntries(Object.entries(value).toSorted(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([key, item]) => [key, sortedKeys(item)]))
      : value

/** What a snapshot change is made of, as one text: the sync rules, pipeline settings, index name and configuration values. */
const snapshotText = ({ connector }: SnapshotJob) =>
  JSON.stringify(
    sortedKeys({
      rules: (connector.filtering?.rules ?? []).toSorted((a, b) => a.order - b.order).map((rule) => [rule.id, rule.policy, rule.field, rule.rule, rule.value]),
      advanced: connector.filtering?.advanced_snippet?.value ?? {},
      pipeline: connector.pipeline ?? {},
      index: connector.index_name ?? null,
      configuration: Object.fromEntries(Object.entries(connector.configuration ?? {}).map(([key, field]) => [key, field?.value ?? null])),
    }),
  )

/** Brings every row on screen once (rows read their own data only there), then back to the top. */
async function visitEveryRow(page: Page) {
  const count = await rows(page).count()
  for (let index = 0; index < count; index++) {
    await rows(page).nth(index).scrollIntoViewIfNeeded()
    await page.waitForTimeout(150)
  }
}

test('rows flag a stalled sync cursor, and failures since a change exactly where the API shows one', async ({ page, request }) => {
  const connectors = await connectorsOf(request)
  await openOverview(page)
  await visitEveryRow(page)
  const stallFlags = table(page).getByRole('link', { name: 'Cursor not moving', exact: true })
  // The seed has a connector whose cursor stalls.
  await expect.poll(() => stallFlags.count(), { timeout: 20_000 }).toBeGreaterThan(0)

  const byName = new Map(connectors.map((connector) => [connector.name, connector]))
  const connectorOfFlag = async (flag: ReturnType<typeof stallFlags.nth>) => {
    const name = await flag.locator('xpath=ancestor::tr').locator('th a').first().textContent()
    return byName.get(name ?? '')!
  }
  for (let index = 0; index < (await stallFlags.count()); index++) {
    const flag = stallFlags.nth(index)
    const connector = await connectorOfFlag(flag)
    const jobId = decodeURIComponent((await flag.getAttribute('href'))!.replace('/jobs/', ''))
    // The newest sync of the run: it and the two completed incremental syncs before it started from one cursor.
    const incrementals = await jobsOf(request, connector.id, 'job_type=incremental&status=completed&size=100')
    const at = incrementals.findIndex((job) => job.id === jobId)
    expect(at, `${jobId} among ${connector.name}'s completed incremental syncs`).toBeGreaterThanOrEqual(2)
    const cursors = incrementals.slice(at - 2, at + 1).map((job) => JSON.stringify(job.connector.sync_cursor))
    expect(cursors[0]).not.toBe(undefined)
    expect(new Set(cursors).size, `${connector.name}: ${cursors.join(' | ')}`).toBe(1)
  }
  // Failures since a change, decided from the API for every connector: its content syncs' trailing
  // failures (canceled ones aside), the success before them, and whether the first failure's snapshot
  // differs from that success's. The rows must agree, both ways.
  const blamed: string[] = []
  for (const connector of connectors) {
    const jobs = await jobsOf(request, connector.id, 'job_type=full,incremental&size=100')
    const finished = jobs.filter((job) => job.status === 'completed' || job.status === 'error')
    const lastSuccess = finished.findLastIndex((job) => job.status === 'completed')
    const firstFailure = finished[lastSuccess + 1]
    const expected = lastSuccess >= 0 && firstFailure !== undefined && snapshotText(firstFailure) !== snapshotText(finished[lastSuccess]!)
    const row = rows(page).filter({ has: page.locator('th a').getByText(connector.name, { exact: true }) })
    const flag = row.getByRole('link', { name: 'Failing since a change', exact: true })
    if (expected) {
      blamed.push(connector.name)
      // It links to the newest failure the page has read. The worker may have failed again since the
      // page's last refresh (every 30 s), so the API's newest may be newer: any failure since the success.
      await expect(flag, connector.name).toBeVisible()
      const failureLinks = finished.slice(lastSuccess + 1).map((job) => `/jobs/${encodeURIComponent(job.id)}`)
      expect(failureLinks, connector.name).toContain(await flag.getAttribute('href'))
      // The flag says what changed, for screen readers too.
      await expect(flag.locator('xpath=..')).toContainText(/Failing since the (sync rules|pipeline|index name|configuration)/)
    } else {
      await expect(flag, connector.name).toHaveCount(0)
    }
  }
  // The seed's story (server/emulator/seed.ts shapeStory): one connector's content syncs carry two
  // filterings, and its failures began with the first sync that carried the new one — the API shows
  // the success before it with the old filtering and every failure since with the new one.
  const changed: { connector: Connector; jobs: SnapshotJob[] }[] = []
  for (const connector of connectors) {
    const jobs = await jobsOf(request, connector.id, 'job_type=full,incremental&size=100')
    if (new Set(jobs.map((job) => JSON.stringify(job.connector.filtering))).size > 1) changed.push({ connector, jobs })
  }
  expect(changed.map(({ connector }) => connector.name)).toHaveLength(1)
  const { connector, jobs } = changed[0]!
  const finished = jobs.filter((job) => job.status === 'completed' || job.status === 'error')
  const lastSuccess = finished.findLastIndex((job) => job.status === 'completed')
  const failures = finished.slice(lastSuccess + 1)
  expect(failures.length, connector.name).toBeGreaterThanOrEqual(2)
  const filteringOf = (job: SnapshotJob) => JSON.stringify(job.connector.filtering)
  expect(filteringOf(failures[0]!)).not.toBe(filteringOf(finished[lastSuccess]!))
  expect(new Set(failures.map(filteringOf)).size).toBe(1)
  expect(blamed).toEqual([connector.name])
  const row = rows(page).filter({ has: page.locator('th a').getByText(connector.name, { exact: true }) })
  await expect(row.getByRole('link', { name: 'Failing since a change', exact: true }).locator('xpath=..')).toContainText(/Failing since the sync rules changed/)
})

test('at phone width each connector is a card with its health, activity, freshness and outcomes', async ({ page, request }) => {
  const connectors = await connectorsOf(request)
  await page.setViewportSize({ width: 390, height: 844 })
  await openOverview(page)
  // Cards are drawn a screen ahead of the reader: scrolling down draws them all.
  await expect(async () => {
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight))
    await expect(rows(page)).toHaveCount(connectors.length, { timeout: 500 })
  }).toPass()
  await expect(table(page).locator('tbody tr.spacer')).toHaveCount(0)
  // One column, no sideways scrolling region, nothing wider than the window.
  await expect(page.getByRole('region', { name: 'Connectors table, scrollable' })).toHaveCount(0)
  await expect(table(page).getByRole('columnheader')).toHaveCount(1)
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
  const cards = await rows(page).evaluateAll((trs, words) =>
    trs.map((tr) => ({
      cells: tr.querySelectorAll('td, th').length,
      name: tr.querySelector('a.connector-name')?.textContent ?? '',
      href: tr.querySelector('a.connector-name')?.getAttribute('href') ?? '',
      health: [...tr.querySelectorAll('.health-badge')].map((badge) => badge.textContent ?? '').filter((text) => words.includes(text)),
      terms: [...tr.querySelectorAll('dt')].map((term) => term.textContent ?? ''),
      width: tr.getBoundingClientRect().width,
    })),
  HEALTH_WORDS as unknown as string[])
  for (const card of cards) {
    const connector = connectors.find((candidate) => candidate.name === card.name)
    expect(connector, card.name).toBeDefined()
    expect(card.href).toBe(`/connectors/${encodeURIComponent(connector!.id)}`)
    expect(card.cells).toBe(1)
    expect(card.health, card.name).toHaveLength(1)
    expect(card.terms).toEqual(['Now', 'Data fresh as of', 'Last outcome', 'Last 20 outcomes', 'Service check-in'])
    expect(card.width).toBeLessThanOrEqual(390)
  }
  // A connector with finished syncs shows them as links to their jobs, each a job of that connector.
  const synced = rows(page).filter({ has: page.locator('.outcome-strip') }).first()
  const strip = synced.getByRole('list', { name: /^Last \d+ outcomes of / })
  const newest = strip.getByRole('link').last()
  const jobId = decodeURIComponent((await newest.getAttribute('href'))!.replace('/jobs/', ''))
  const response = await request.get(`/es/_connector/_sync_job/${encodeURIComponent(jobId)}`)
  const name = await synced.locator('a.connector-name').textContent()
  expect(((await response.json()) as SyncJob).connector.id).toBe(connectors.find((connector) => connector.name === name)!.id)

  // Sorting without column headers: by name, written to the URL.
  await page.getByLabel('Sort by').selectOption('name')
  await expect(page).toHaveURL(/[?&]sort=name(&|$)/)
  const names = await rows(page).locator('a.connector-name').allTextContents()
  expect(names).toEqual(names.toSorted((a, b) => a.localeCompare(b, undefined, { sensitivity: 'base' })))
})

for (const colorScheme of ['light', 'dark'] as const) {
  for (const width of [1440, 390]) {
    test(`no axe violations and nothing wider than the window, ${colorScheme}, ${width} px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 })
      await page.emulateMedia({ colorScheme })
      await openOverview(page)
      await expect(page.getByRole('group', { name: /^Sync outcomes per/ })).toBeVisible()
      const results = await new AxeBuilder({ page }).analyze()
      const summary = results.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`)
      expect(summary).toEqual([])
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width)
    })
  }
}

for (const colorScheme of ['light', 'dark'] as const) {
  for (const width of [1440, 390]) {
    test(`no axe violations on the workers page, ${colorScheme}, ${width} px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 })
      await page.emulateMedia({ colorScheme })
      await page.goto('/workers')
      await expect(page.getByRole('table', { name: 'Workers' })).toBeVisible()
      // At phone width a card per host, so the check covers the cards' own markup and colours.
      await expect(page.getByRole('table', { name: 'Workers' }).getByRole('columnheader')).toHaveCount(width < 700 ? 1 : 7)
      const results = await new AxeBuilder({ page }).analyze()
      expect(results.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`)).toEqual([])
    })
  }
}

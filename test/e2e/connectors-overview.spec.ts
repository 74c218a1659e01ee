// The connectors overview in Chromium on the seeded fleet of `npm start` (worker on, so every service
// keeps checking in except the one the seed stopped): a row per connector of the API with its health
// in words, a chip and the search filtering the table and writing the URL, a bar of the outcome chart
// listing its jobs (checked through the API), and no axe violations in light and dark at 1440 and
// 390 px with nothing wider than the window. Expectations come from the API, not from names.
import { AxeBuilder } from '@axe-core/playwright'
import { expect, test, type APIRequestContext, type Page } from '@playwright/test'
import type { Connector, ListResponse, SyncJob } from '../../contract/es-connector-types.ts'

const HEALTH_WORDS = ['Service down', 'Failing', 'Late', 'Never synced', 'Healthy'] as const
/** Three of the service's five-minute heartbeats (lib/connector-health.ts SERVICE_DOWN_AFTER_MS). */
const SERVICE_DOWN_AFTER_MS = 15 * 60_000

const table = (page: Page) => page.getByRole('table', { name: 'Connectors' })
const rows = (page: Page) => table(page).locator('tbody tr')

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

test('no axe violations on the workers page', async ({ page }) => {
  await page.goto('/workers')
  await expect(page.getByRole('table', { name: 'Workers' })).toBeVisible()
  const results = await new AxeBuilder({ page }).analyze()
  expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([])
})

// The jobs list by keyboard in Chromium: the Status select applies a settled choice once, not every
// step of the arrow keys (only a real browser steps a closed select); each row is one tab stop, so
// the pager is a skip link or a row count of Tabs away, not 182; the arrow keys walk a virtualised
// page (size=500), which keeps the focused row rendered and in view.
import { expect, test, type Page } from '@playwright/test'
import { servers } from './support/servers.ts'
import { expectShownIds, jobsTable, newestFirst } from './support/jobs-list-page.ts'

test.use({ baseURL: servers.noWorker })

/** The `status` of every list request (not the size=0 counts) the page sends from now on. */
function listRequestStatuses(page: Page): string[] {
  const statuses: string[] = []
  page.on('request', (request) => {
    const url = new URL(request.url())
    if (url.pathname !== '/es/_connector/_sync_job' || url.searchParams.get('size') === '0') return
    statuses.push(url.searchParams.get('status') ?? '')
  })
  return statuses
}

const historyLength = (page: Page) => page.evaluate(() => history.length)

test('arrowing through the Status select applies the settled choice once, on Enter', async ({ page, request }) => {
  await page.goto('/jobs')
  await expect(jobsTable(page).getByRole('link').first()).toBeVisible()
  const status = page.getByLabel('Status')
  await status.focus()
  const entries = await historyLength(page)
  const statuses = listRequestStatuses(page)

  // All → Pending → In progress → Cancel requested → Canceled → Completed → Failed.
  for (let step = 0; step < 6; step += 1) await page.keyboard.press('ArrowDown')
  await expect(status).toHaveValue('error')
  // Each step used to push a history entry and fetch its list.
  await page.waitForTimeout(500)
  expect(statuses.filter(Boolean)).toEqual([])
  expect(await historyLength(page)).toBe(entries)
  await expect(status).toHaveAccessibleDescription(/Enter applies/)

  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/status=error/)
  await expectShownIds(page, (await newestFirst(request, 'status=error')).slice(0, 50).map((job) => job.id))
  expect(await historyLength(page)).toBe(entries + 1)
  expect(statuses.filter(Boolean)).toEqual(['error'])

  // One Back is the view before the choice.
  await page.goBack()
  await expect(page).not.toHaveURL(/status=/)
  await expect(status).toHaveValue('')
})

test('a stepped choice applies on leaving the field, and Escape goes back to the applied one', async ({ page }) => {
  await page.goto('/jobs?status=completed')
  await expect(jobsTable(page).getByRole('link').first()).toBeVisible()
  const status = page.getByLabel('Status')
  await status.focus()
  await page.keyboard.press('ArrowDown')
  await expect(status).toHaveValue('error')
  await page.keyboard.press('Escape')
  await expect(status).toHaveValue('completed')
  await expect(page).toHaveURL(/status=completed/)

  const entries = await historyLength(page)
  await page.keyboard.press('ArrowUp')
  await expect(status).toHaveValue('canceled')
  await page.keyboard.press('Tab')
  await expect(page).toHaveURL(/status=canceled/)
  expect(await historyLength(page)).toBe(entries + 1)
})

test('a choice from the open option list applies at once', async ({ page }) => {
  await page.goto('/jobs')
  await expect(jobsTable(page).getByRole('link').first()).toBeVisible()
  await page.getByLabel('Status').focus()
  await page.keyboard.press('Alt+ArrowDown')
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/status=pending/)
})

/** Presses Tab until focus is inside `inside` (at most `limit` times); how many it took. */
async function tabsUntil(page: Page, inside: string, limit: number): Promise<number> {
  for (let presses = 1; presses <= limit; presses += 1) {
    await page.keyboard.press('Tab')
    if (await page.evaluate((selector) => Boolean(document.activeElement?.closest(selector)), inside)) return presses
  }
  return Number.POSITIVE_INFINITY
}

test('the pager is one skip link away, and a Tab per row without it', async ({ page }) => {
  await page.goto('/jobs')
  const rows = jobsTable(page).locator('tbody tr')
  await expect(rows).toHaveCount(50)
  const lastChip = page.getByRole('group', { name: 'Job counts' }).getByRole('button').last()

  await lastChip.focus()
  await page.keyboard.press('Tab')
  await expect(page.getByRole('link', { name: 'Skip to pagination' })).toBeFocused()
  await page.keyboard.press('Enter')
  const pager = page.getByRole('navigation', { name: 'Pagination' })
  await expect(pager).toBeFocused()
  await expect(pager).toBeInViewport()
  await page.keyboard.press('Tab')
  await expect(pager.getByRole('button', { name: 'Next' })).toBeFocused()

  // Without the skip link: the skip link, "Re-run failed syncs", the table's scroll region, "Select all on this page", then one stop per row.
  await lastChip.focus()
  expect(await tabsUntil(page, 'nav[aria-label="Pagination"]', 200)).toBe(4 + 50 + 1)
})

test('the arrow keys walk a virtualised page (size=500), within and between rows', async ({ page, request }) => {
  const expected = (await newestFirst(request)).slice(0, 500).map((job) => job.id)
  await page.goto('/jobs?size=500')
  const first = jobsTable(page).getByRole('link', { name: expected[0], exact: true })
  // A large page first paints plain rows and hands them to the virtualiser once its chunk has loaded
  // (which replaces the table body); start walking once that has happened.
  await expect.poll(() => jobsTable(page).locator('tbody tr:not(.spacer)').count()).toBeLessThan(100)
  await first.focus()
  for (let step = 0; step < 60; step += 1) await page.keyboard.press('ArrowDown')
  const focused = page.locator(':focus')
  await expect(focused).toHaveText(expected[60]!)
  await expect(focused).toBeInViewport()
  expect(await jobsTable(page).locator('tbody tr:not(.spacer)').count()).toBeLessThan(100)

  await page.keyboard.press('ArrowRight')
  await expect(focused).toHaveText(/^Copy/)
  await page.keyboard.press('ArrowUp')
  await page.keyboard.press('ArrowLeft')
  await expect(focused).toHaveText(expected[59]!)
  // Tab leaves for the next row's link.
  await page.keyboard.press('Tab')
  await expect(focused).toHaveText(expected[60]!)
})

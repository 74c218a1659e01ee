// The jobs list by keyboard in Chromium, where only a real browser steps a closed select with the
// arrow keys: the Status select applies a settled choice once, not every step.
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

// The jobs list's layout in Chromium, where only a real browser lays it out: at 1,440 px a failed
// job's reason shows without scrolling sideways and rows are whole pixels high (at a device pixel
// ratio of 1 a fractional row let the sticky Job column lose its row lines); on a 390 px phone each
// job is a card with its flags in full, cards are drawn a screen ahead of the reader and the filters
// fold behind one button; at both widths the document is no wider than the window.
import { expect, test, type Page } from '@playwright/test'
import { servers } from './support/servers.ts'
import { jobsTable, newestFirst, shownIds } from './support/jobs-list-page.ts'

test.use({ baseURL: servers.noWorker })

const firstLine = (error: string) => error.split(/\r?\n/).find((line) => line.trim())?.trim() ?? ''

async function documentWidth(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth)
}

test.describe('1,440 px', () => {
  test.use({ viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1 })

  test('a failed job’s reason is visible without scrolling sideways, and the page is no wider than the window', async ({ page, request }) => {
    const [failed] = await newestFirst(request, 'status=error')
    expect(failed?.error, 'the seeds hold a failed job with an error').toBeTruthy()
    await page.goto('/jobs?status=error')
    const row = jobsTable(page).getByRole('row').filter({ has: page.getByRole('link', { name: failed!.id, exact: true }) })
    const reason = row.getByText(firstLine(failed!.error!), { exact: true }).first()
    await expect(reason).toBeInViewport()
    const box = await reason.boundingBox()
    expect(box && box.x + box.width <= 1440).toBe(true)

    for (const path of ['/jobs', '/jobs?status=error']) {
      await page.goto(path)
      await expect(jobsTable(page).getByRole('link').first()).toBeVisible()
      expect(await documentWidth(page), path).toBeLessThanOrEqual(1440)
    }
  })

  test('every row is a whole number of pixels high at a device pixel ratio of 1, flagged rows too', async ({ page }) => {
    for (const path of ['/jobs', '/jobs?status=canceling', '/jobs?status=pending', '/jobs?status=error']) {
      await page.goto(path)
      await expect(jobsTable(page).getByRole('link').first()).toBeVisible()
      const heights = await jobsTable(page)
        .locator('tr:not(.spacer)')
        .evaluateAll((rows) => rows.map((row) => row.getBoundingClientRect().height))
      expect(heights.filter((height) => !Number.isInteger(height)), `${path}: rows of fractional height`).toEqual([])
    }
  })
})

test.describe('390 px phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 3 })

  test('each job is a card: id, status, connector, created and the first line of its error, no wider than the window', async ({ page, request }) => {
    const [failed] = await newestFirst(request, 'status=error')
    await page.goto('/jobs?status=error')
    const card = jobsTable(page).getByRole('row').filter({ has: page.getByRole('link', { name: failed!.id, exact: true }) })
    await expect(card.getByRole('cell')).toHaveCount(1)
    await expect(card.getByText('Failed', { exact: true })).toBeInViewport()
    await expect(card.getByText(failed!.connector.id)).toBeInViewport()
    await expect(card.getByText(/^Created/)).toBeInViewport()
    await expect(card.getByText(firstLine(failed!.error!), { exact: true })).toBeInViewport()
    expect(await documentWidth(page)).toBeLessThanOrEqual(390)

    await page.goto('/jobs')
    await expect(jobsTable(page).getByRole('link').first()).toBeVisible()
    expect(await documentWidth(page)).toBeLessThanOrEqual(390)
  })

  test('a large page is virtualised as cards too: a few in the document, later ones on scrolling', async ({ page, request }) => {
    const expected = (await newestFirst(request)).slice(0, 500).map((job) => job.id)
    expect(expected.length, 'more jobs than a page renders at once').toBeGreaterThan(150)
    await page.goto('/jobs?size=500')
    const cards = jobsTable(page).locator('tbody tr:not(.spacer)')
    await expect(cards.first().getByRole('link').first()).toHaveText(expected[0]!)
    expect(await cards.count()).toBeLessThan(60)
    await page.locator('.jobs-table-wrap').evaluate((scroller) => {
      scroller.scrollTop = scroller.scrollHeight / 2
    })
    await expect.poll(async () => (await shownIds(page)).some((id) => expected.indexOf(id) > expected.length / 3)).toBe(true)
    expect(await cards.count()).toBeLessThan(60)
    expect(await documentWidth(page)).toBeLessThanOrEqual(390)
  })

  test('cards are drawn a screen ahead of the reader; scrolling down or the arrow keys draw the rest, in order', async ({ page, request }) => {
    const expected = (await newestFirst(request)).slice(0, 50).map((job) => job.id)
    expect(expected, 'a full first page').toHaveLength(50)
    // The layout shifts of the page's load: the first cards take the place kept for them, moving nothing.
    await page.addInitScript(() => {
      const shifts: number[] = []
      Object.assign(window, { shifts })
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) shifts.push((entry as PerformanceEntry & { value: number }).value)
      }).observe({ type: 'layout-shift', buffered: true })
    })
    await page.goto('/jobs')
    const cards = jobsTable(page).locator('tbody tr:not(.spacer)')
    const spacer = jobsTable(page).locator('tbody tr.spacer')
    await expect(cards.first().getByRole('link').first()).toHaveText(expected[0]!)
    // Drawing pauses once the cards not drawn yet are more than a screen below the window.
    await expect.poll(() => spacer.evaluate((row) => row.getBoundingClientRect().top > 2 * window.innerHeight)).toBe(true)
    const drawn = await cards.count()
    expect(drawn).toBeLessThan(50)
    await page.waitForTimeout(500)
    expect(await cards.count(), 'no more cards while the page stays put').toBe(drawn)
    expect(await shownIds(page)).toEqual(expected.slice(0, drawn))
    const shifted = await page.evaluate(() => (window as unknown as { shifts: number[] }).shifts.reduce((sum, value) => sum + value, 0))
    expect(shifted).toBeLessThan(0.01)

    await page.getByRole('navigation', { name: 'Pagination' }).scrollIntoViewIfNeeded()
    await expect.poll(() => shownIds(page)).toEqual(expected)
    await expect(spacer).toHaveCount(0)

    // The arrow keys, from the first card down to the fiftieth, on a page just opened.
    await page.goto('/jobs')
    await expect(cards.first().getByRole('link').first()).toHaveText(expected[0]!)
    await cards.first().getByRole('link').first().focus()
    for (let index = 1; index < 50; index++) {
      await page.keyboard.press('ArrowDown')
      await expect(page.locator(':focus')).toHaveText(expected[index]!)
    }
  })

  test('attention flags are shown in full, not clipped', async ({ page }) => {
    for (const path of ['/jobs?status=pending', '/jobs?status=canceling', '/jobs?status=suspended']) {
      await page.goto(path)
      await expect(jobsTable(page).getByRole('link').first()).toBeVisible()
      const flags = await jobsTable(page)
        .locator('.flag')
        .evaluateAll((all) => all.map((flag) => ({ text: flag.textContent, clipped: flag.scrollWidth > flag.clientWidth + 1, right: flag.getBoundingClientRect().right })))
      expect(flags.length, `${path}: the seeds hold flagged jobs`).toBeGreaterThan(0)
      expect(flags.filter((flag) => flag.clipped || flag.right > 390), path).toEqual([])
    }
  })

  test('the filters fold behind one button that says how many are set', async ({ page }) => {
    await page.goto('/jobs?job_type=full')
    await expect(jobsTable(page).getByRole('link').first()).toBeVisible()
    const toggle = page.getByRole('button', { name: /^Filters/ })
    await expect(toggle).toHaveText(/1 active/)
    await expect(page.getByLabel('Connector')).toBeHidden()
    // The first job is on the first screen, not below the filters.
    await expect(jobsTable(page).getByRole('link').first()).toBeInViewport()

    await toggle.click()
    await expect(page.getByLabel('Connector')).toBeVisible()
    await page.getByLabel('Status').selectOption('completed')
    await expect(page).toHaveURL(/status=completed/)
    await expect(toggle).toHaveText(/2 active/)
    expect(await documentWidth(page)).toBeLessThanOrEqual(390)
  })
})

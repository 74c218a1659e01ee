// Accessibility of the jobs list: no axe violations in light and dark, wide and phone-width (cards,
// the filters unfolded), with the connector suggestions open too; every filter reachable by keyboard
// with a visible focus ring.
import { AxeBuilder } from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import { servers } from './support/servers.ts'
import { jobsTable } from './support/jobs-list-page.ts'

test.use({ baseURL: servers.noWorker })

async function expectNoViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze()
  const summary = results.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`)
  expect(summary).toEqual([])
}

for (const colorScheme of ['light', 'dark'] as const) {
  for (const width of [1280, 390]) {
    test(`no axe violations on the jobs list, ${colorScheme}, ${width} px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 })
      await page.emulateMedia({ colorScheme })
      await page.goto('/jobs')
      await expect(jobsTable(page).getByRole('link').first()).toBeVisible()
      await expectNoViolations(page)
    })
  }

  test(`no axe violations on a phone with the filters unfolded and a failed job's card, ${colorScheme}`, async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 })
    await page.emulateMedia({ colorScheme })
    await page.goto('/jobs?status=error')
    await expect(jobsTable(page).getByRole('link').first()).toBeVisible()
    await page.getByRole('button', { name: /^Filters/ }).click()
    await expect(page.getByLabel('Connector')).toBeVisible()
    await expectNoViolations(page)
  })

  test(`no axe violations with the connector suggestions open and a filter set, ${colorScheme}`, async ({ page }) => {
    await page.emulateMedia({ colorScheme })
    await page.goto('/jobs?status=error')
    await expect(jobsTable(page).getByRole('link').first()).toBeVisible()
    await page.getByLabel('Connector').click()
    await expect(page.getByRole('listbox')).toBeVisible()
    await expectNoViolations(page)
  })

  test(`no axe violations on the "no match" state, ${colorScheme}`, async ({ page }) => {
    await page.emulateMedia({ colorScheme })
    await page.goto('/jobs?connector_id=no-such-connector')
    await expect(page.getByRole('region', { name: 'No sync jobs match these filters' })).toBeVisible()
    await expectNoViolations(page)
  })
}

test('the filters are reachable by keyboard and usable without a mouse', async ({ page }) => {
  await page.goto('/jobs')
  await expect(jobsTable(page).getByRole('link').first()).toBeVisible()
  await page.getByLabel('Connector').focus()
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/connector_id=/)
  await page.keyboard.press('Tab')
  await expect(page.getByLabel('Status')).toBeFocused()
  const outline = await page.getByLabel('Status').evaluate((el) => getComputedStyle(el).outlineStyle)
  expect(outline).not.toBe('none')
  await page.keyboard.press('Tab')
  await expect(page.getByRole('group', { name: 'Job type' }).getByLabel('Full')).toBeFocused()
  await page.keyboard.press('Space')
  await expect(page).toHaveURL(/job_type=full/)
})

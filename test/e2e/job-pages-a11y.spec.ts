// No axe violations on the job page (also with a dialog open) and the create page, light and dark,
// desktop and phone width.
import { AxeBuilder } from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import { servers } from './support/servers.ts'
import type { SyncStatus } from '../../contract/es-connector-types.ts'
import { firstJob } from './job-e2e-helpers.ts'

test.use({ baseURL: servers.noWorker })

async function expectNoViolations(page: Page, what: string) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze()
  const summary = results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)
  expect(summary, what).toEqual([])
}

async function aJob(page: Page, status: SyncStatus): Promise<string> {
  const id = (await firstJob(page.request, status))?.id
  if (!id) throw new Error(`the seed has no ${status} job`)
  return id
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} theme`, () => {
    test.use({ colorScheme })

    test('job pages: running, failed, with the claim dialog open, unknown id', async ({ page }) => {
      for (const status of ['in_progress', 'error'] as const) {
        const id = await aJob(page, status)
        await page.goto(`/jobs/${encodeURIComponent(id)}`)
        await expect(page.getByRole('heading', { level: 1 })).toContainText(id)
        await expect(page.getByRole('button', { name: 'Run again' })).toBeEnabled()
        await page.getByText('Show the job document').click()
        await expectNoViolations(page, `${status} job page`)
      }
      const pending = await aJob(page, 'pending')
      await page.goto(`/jobs/${encodeURIComponent(pending)}`)
      await page.getByRole('button', { name: 'Claim' }).click()
      const dialog = page.getByRole('dialog')
      await dialog.getByRole('button', { name: 'Claim' }).click()
      await expect(dialog.getByText(/Enter the hostname/)).toBeVisible()
      await expectNoViolations(page, 'claim dialog with a field error')
      await dialog.getByRole('button', { name: 'Close' }).click()
      await page.goto('/jobs/no-such-job-a11y')
      await expect(page.getByRole('heading', { name: 'No such sync job' })).toBeVisible()
      await expectNoViolations(page, 'no such job')
    })

    test('create page, empty and with errors', async ({ page }) => {
      await page.goto('/jobs/new')
      await expect(page.getByRole('combobox', { name: 'Connector' })).not.toHaveAttribute('placeholder', /Loading/)
      await expectNoViolations(page, 'create page')
      await page.getByRole('button', { name: 'Start sync' }).click()
      await expect(page.getByText('Choose the connector to sync.')).toBeVisible()
      await expectNoViolations(page, 'create page with a field error')
    })

    test('job page at phone width', async ({ page }) => {
      await page.setViewportSize({ width: 390, height: 844 })
      const id = await aJob(page, 'in_progress')
      await page.goto(`/jobs/${encodeURIComponent(id)}`)
      await expect(page.getByRole('heading', { level: 1 })).toContainText(id)
      await expectNoViolations(page, 'job page on a phone')
    })
  })
}

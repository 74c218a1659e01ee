// The jobs list in Chromium: filtering by each control, the status chips and their colours, paging,
// opening a job, and Back/Forward through the views. Against the embedded cluster without its
// worker, so the jobs only change when a spec changes them.
import { expect, test } from '@playwright/test'
import { servers } from './support/servers.ts'
import { expectShownIds, jobsTable, newestFirst, shownIds } from './support/jobs-list-page.ts'

test.use({ baseURL: servers.noWorker })

test('filters by connector: an id typed and Enter, or an option clicked', async ({ page, request }) => {
  const all = await newestFirst(request)
  const connectorId = all[0]!.connector.id
  await page.goto('/jobs')
  await expect(jobsTable(page).getByRole('link').first()).toBeVisible()

  await page.getByLabel('Connector').fill(connectorId)
  await page.getByLabel('Connector').press('Enter')
  await expect(page).toHaveURL(new RegExp(`connector_id=${connectorId}`))
  const expected = (await newestFirst(request, `connector_id=${connectorId}`)).slice(0, 50).map((job) => job.id)
  await expectShownIds(page, expected)

  // Clearing the text means every connector again.
  await page.getByLabel('Connector').fill('')
  await page.getByLabel('Connector').press('Enter')
  await expect(page).not.toHaveURL(/connector_id=/)

  const other = all.find((job) => job.connector.id !== connectorId)!.connector.id
  await page.getByLabel('Connector').click()
  await page.getByRole('option', { name: new RegExp(other) }).click()
  await expect(page).toHaveURL(new RegExp(`connector_id=${other}`))
  await expectShownIds(page, (await newestFirst(request, `connector_id=${other}`)).slice(0, 50).map((job) => job.id))
})

test('filters by status and by job type, and clears the filters', async ({ page, request }) => {
  await page.goto('/jobs')
  await page.getByLabel('Status').selectOption('completed')
  await expect(page).toHaveURL(/status=completed/)
  await expectShownIds(page, (await newestFirst(request, 'status=completed')).slice(0, 50).map((job) => job.id))
  await expect(jobsTable(page).getByText('Completed', { exact: true })).toHaveCount(50)

  const types = page.getByRole('group', { name: 'Job type' })
  await types.getByLabel('Incremental').check()
  await types.getByLabel('Access control').check()
  await expect(page).toHaveURL(/job_type=incremental%2Caccess_control|job_type=incremental,access_control/)
  await expectShownIds(page, (await newestFirst(request, 'status=completed&job_type=incremental,access_control')).slice(0, 50).map((job) => job.id))

  await page.getByRole('button', { name: 'Clear filters' }).first().click()
  await expect(page).toHaveURL(/\/jobs$/)
  await expectShownIds(page, (await newestFirst(request)).slice(0, 50).map((job) => job.id))
})

test('a status chip sets the status filter', async ({ page, request }) => {
  const failed = await newestFirst(request, 'status=error')
  await page.goto('/jobs')
  const chip = page.getByRole('group', { name: 'Job counts' }).getByRole('button', { name: new RegExp(`^Failed ${failed.length}$`) })
  await chip.click()
  await expect(page).toHaveURL(/status=error/)
  await expect(chip).toHaveAttribute('aria-pressed', 'true')
  await expect(page.getByLabel('Status')).toHaveValue('error')
  await expectShownIds(page, failed.slice(0, 50).map((job) => job.id))
})

for (const colorScheme of ['light', 'dark'] as const) {
  test(`every status has a colour of its own, on the chips and the badges, ${colorScheme}`, async ({ page }) => {
    await page.emulateMedia({ colorScheme })
    await page.goto('/jobs')
    const chips = page.getByRole('group', { name: 'Job counts' }).getByRole('button')
    await expect(chips).toHaveCount(8)
    const dots = await chips.evaluateAll((buttons) =>
      buttons.flatMap((button) => {
        const dot = button.querySelector('.status-dot')
        return dot ? [[button.querySelector('.chip-label')?.textContent ?? '', getComputedStyle(dot).backgroundColor] as const] : []
      }),
    )
    expect(dots.map(([label]) => label)).toEqual(['Pending', 'In progress', 'Cancel requested', 'Canceled', 'Completed', 'Failed', 'Suspended'])
    const colours = new Map(dots)
    expect(colours.get('Cancel requested')).not.toBe(colours.get('Suspended'))
    expect(new Set(colours.values()).size).toBe(7)

    // The badges in the rows too.
    const badge = async (status: string, label: string) => {
      await page.goto(`/jobs?status=${status}`)
      const element = jobsTable(page).getByText(label, { exact: true }).first()
      await expect(element, `the seeds hold a ${status} job`).toBeVisible()
      return element.evaluate((el) => `${getComputedStyle(el).color} on ${getComputedStyle(el).backgroundColor}`)
    }
    expect(await badge('canceling', 'Cancel requested')).not.toBe(await badge('suspended', 'Suspended'))
  })
}

test('pages newest first and walks the views with Back and Forward', async ({ page, request }) => {
  const all = (await newestFirst(request)).map((job) => job.id)
  await page.goto('/jobs?size=25')
  await expectShownIds(page, all.slice(0, 25))
  const pager = page.getByRole('navigation', { name: 'Pagination' })
  await pager.getByRole('button', { name: 'Next' }).click()
  await expect(page).toHaveURL(/page=2/)
  await expectShownIds(page, all.slice(25, 50))
  await pager.getByRole('button', { name: 'Next' }).click()
  await expectShownIds(page, all.slice(50, 75))
  await page.getByLabel('Status').selectOption('error')
  await expect(page).not.toHaveURL(/page=/)

  await page.goBack()
  await expect(page).toHaveURL(/page=3/)
  await expect(page.getByLabel('Status')).toHaveValue('')
  await expectShownIds(page, all.slice(50, 75))
  await page.goBack()
  await expectShownIds(page, all.slice(25, 50))
  await page.goForward()
  await expectShownIds(page, all.slice(50, 75))

  await pager.getByLabel('Per page').selectOption('100')
  await expect(page).toHaveURL(/size=100/)
  await expectShownIds(page, all.slice(0, 100))
})

test('opens a job from its row and comes back to the same view', async ({ page }) => {
  await page.goto('/jobs?status=completed&size=25&page=2')
  const link = jobsTable(page).getByRole('link').first()
  await expect(link).toBeVisible()
  const id = (await link.textContent()) ?? ''
  const before = await shownIds(page)
  await link.click()
  await expect(page).toHaveURL(new RegExp(`/jobs/${id}$`))
  await expect(page.getByRole('heading', { level: 1 })).toContainText(id)
  await page.goBack()
  await expect(page).toHaveURL(/status=completed&size=25&page=2/)
  await expectShownIds(page, before)
})

test('starts a new sync job for the filtered connector', async ({ page, request }) => {
  const connectorId = (await newestFirst(request))[0]!.connector.id
  await page.goto(`/jobs?connector_id=${connectorId}`)
  await page.getByRole('link', { name: 'New sync job' }).click()
  await expect(page).toHaveURL(new RegExp(`/jobs/new\\?connector_id=${connectorId}$`))
})

test.describe('read-only mode', () => {
  test.use({ baseURL: servers.readOnly })
  test('shows "New sync job" disabled with the reason', async ({ page }) => {
    await page.goto('/jobs')
    const button = page.getByRole('button', { name: 'New sync job' })
    await expect(button).toHaveAttribute('aria-disabled', 'true')
    await expect(button).toHaveAccessibleDescription(/Read-only mode/)
  })
})

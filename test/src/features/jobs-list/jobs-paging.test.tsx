// Paging newest first on both list orders, page sizes, pages past the end and the 10,000 window.
import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { useEmulator } from '../../support/emulator.ts'
import { renderRoute } from '../../support/render.tsx'
import { expectIds, newestIds, searchOf } from './support.ts'

const pager = () => screen.getByRole('navigation', { name: 'Pagination' })

describe('jobs list paging', () => {
  it('pages a newest-first server with Next, Previous, First and Last', async () => {
    const emulator = useEmulator({ jobs: 60 })
    const { user, router } = renderRoute('/jobs?size=25')
    const all = newestIds(emulator, { size: 100 })
    await expectIds(all.slice(0, 25))
    expect(pager().textContent).toMatch(/Page 1 of 3/)

    await user.click(within(pager()).getByRole('button', { name: 'Next' }))
    expect(searchOf(router).get('page')).toBe('2')
    await expectIds(all.slice(25, 50))

    await user.click(within(pager()).getByRole('button', { name: 'Last' }))
    await expectIds(all.slice(50, 60))
    expect(within(pager()).getByRole('button', { name: 'Next' }).hasAttribute('disabled')).toBe(true)
    expect(pager().textContent).toMatch(/51–60 of 60 jobs/)

    await user.click(within(pager()).getByRole('button', { name: 'Previous' }))
    await expectIds(all.slice(25, 50))
    await user.click(within(pager()).getByRole('button', { name: 'First' }))
    await expectIds(all.slice(0, 25))
    expect(searchOf(router).has('page')).toBe(false)
  })

  it('shows the newest jobs first on an oldest-first (8.12) server too, and pages the same way', async () => {
    const emulator = useEmulator({ jobs: 60, order: 'asc' })
    const ascending = emulator.store.listSyncJobs({ from: 0, size: 100 }).results.map((job) => job.id)
    const newest = ascending.toReversed()
    const { user } = renderRoute('/jobs?size=25')
    await expectIds(newest.slice(0, 25))
    await user.click(within(pager()).getByRole('button', { name: 'Next' }))
    await expectIds(newest.slice(25, 50))
    await user.click(within(pager()).getByRole('button', { name: 'Next' }))
    await expectIds(newest.slice(50, 60))
    expect(pager().textContent).toMatch(/51–60 of 60 jobs, newest first/)
  })

  it('changes the page size from the pager and starts at page 1', async () => {
    const emulator = useEmulator({ jobs: 60 })
    const { user, router } = renderRoute('/jobs?page=2')
    await expectIds(newestIds(emulator, { from: 50, size: 50 }))
    await user.selectOptions(within(pager()).getByRole('combobox', { name: 'Per page' }), '25')
    expect(searchOf(router).get('size')).toBe('25')
    expect(searchOf(router).has('page')).toBe(false)
    await expectIds(newestIds(emulator, { size: 25 }))
  })

  it('explains a page past the end and leads back', async () => {
    const emulator = useEmulator()
    const { user } = renderRoute('/jobs?page=9')
    const notice = await screen.findByRole('region', { name: 'There is no page 9' })
    await user.click(within(notice).getByRole('button', { name: 'Go to the first page' }))
    await expectIds(newestIds(emulator, { size: 50 }))
    expect(screen.queryByRole('region', { name: 'There is no page 9' })).toBeNull()
  })

  it('says when a page lies beyond the 10,000-result window on a newest-first server', async () => {
    const emulator = useEmulator({ jobs: 10_050 })
    const { user, router } = renderRoute('/jobs?size=100&page=101')
    const notice = await screen.findByRole('region', { name: 'Too many jobs to page this far' })
    expect(notice.textContent).toMatch(/first 10,000 matching jobs only/)
    expect(notice.textContent).toMatch(/Narrow the filters/)
    await user.click(within(notice).getByRole('button', { name: /Go to page 100/ }))
    expect(searchOf(router).get('page')).toBe('100')
    await expectIds(newestIds(emulator, { from: 9_900, size: 100 }))
    expect(pager().textContent).toMatch(/9,901–10,000 of 10,000\+ jobs/)
    expect(within(pager()).getByRole('button', { name: 'Next' }).hasAttribute('disabled')).toBe(true)
  })

  it('says the newest jobs are out of reach on an oldest-first server with 10,000 or more', async () => {
    useEmulator({ jobs: 10_050, order: 'asc' })
    renderRoute('/jobs')
    const notice = await screen.findByRole('region', { name: 'Too many jobs to page this far' })
    expect(notice.textContent).toMatch(/lists sync jobs oldest first/)
    expect(notice.textContent).toMatch(/Narrow the filters/)
  })

  it('reaches every page again once the filters are narrow enough', async () => {
    const emulator = useEmulator({ jobs: 10_050, order: 'asc' })
    const { user } = renderRoute('/jobs')
    await screen.findByRole('region', { name: 'Too many jobs to page this far' })
    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'error')
    const ascending = emulator.store.listSyncJobs({ from: 0, size: 10_000, status: 'error' }).results.map((job) => job.id)
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Too many jobs to page this far' })).toBeNull())
    await expectIds(ascending.toReversed().slice(0, 50))
  })
})

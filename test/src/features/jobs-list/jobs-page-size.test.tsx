// A page size from the URL: any whole number from 1 to 1,000 is honoured and shown in the picker;
// an invalid one is dropped from the URL in place (no new history entry) and the default applies.
import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { useEmulator } from '../../support/emulator.ts'
import { renderRoute } from '../../support/render.tsx'
import { expectIds, newestIds, searchOf } from './support.ts'

const picker = () => within(screen.getByRole('navigation', { name: 'Pagination' })).getByRole('combobox', { name: 'Per page' }) as HTMLSelectElement
const offered = () => within(picker()).getAllByRole('option').map((option) => option.textContent)

describe('page size from the URL', () => {
  it('shows 10 rows for ?size=10 and offers 10 in the picker beside the common sizes', async () => {
    const emulator = useEmulator({ jobs: 60 })
    const { router } = renderRoute('/jobs?size=10')
    await expectIds(newestIds(emulator, { size: 10 }))
    expect(picker().value).toBe('10')
    expect(offered()).toEqual(['10', '25', '50', '100', '500', '1000'])
    expect(screen.getByRole('navigation', { name: 'Pagination' }).textContent).toMatch(/1–10 of 60 jobs.*Page 1 of 6/)
    expect(searchOf(router).get('size')).toBe('10')
  })

  it('pages at that size', async () => {
    const emulator = useEmulator({ jobs: 60 })
    const { user, router } = renderRoute('/jobs?size=7&page=2')
    await expectIds(newestIds(emulator, { from: 7, size: 7 }))
    await user.click(within(screen.getByRole('navigation', { name: 'Pagination' })).getByRole('button', { name: 'Next' }))
    expect(searchOf(router).toString()).toBe('size=7&page=3')
    await expectIds(newestIds(emulator, { from: 14, size: 7 }))
  })

  it.each(['abc', '0', '1001', '-5', '2.5'])('drops ?size=%s from the URL in place and shows the default 50', async (size) => {
    const emulator = useEmulator({ jobs: 60 })
    const { router } = renderRoute(`/jobs?size=${size}`)
    await waitFor(() => expect(searchOf(router).has('size')).toBe(false))
    expect(router.state.historyAction).toBe('REPLACE')
    await expectIds(newestIds(emulator, { size: 50 }))
    expect(picker().value).toBe('50')
    expect(offered()).toEqual(['25', '50', '100', '500', '1000'])
  })
})

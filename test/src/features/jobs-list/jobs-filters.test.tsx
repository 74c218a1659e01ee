// Each filter control writes the URL and changes the rows; a filter change resets the page;
// Back and Forward walk the views; bad URL values are dropped.
import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { useEmulator } from '../../support/emulator.ts'
import { renderRoute } from '../../support/render.tsx'
import { filterConnectors } from '../../../../src/lib/connector-search.ts'
import type { Emulator } from '../../../../server/emulator/app.ts'
import { bodyRows, columnTexts, countOf, expectIds, jobsTable, newestIds, searchOf } from './support.ts'

/** A word of a connector's name that no other connector's name, id, index or service type contains, for a connector with jobs. */
function uniqueWord(emulator: Emulator) {
  const connectors = emulator.store.listConnectors({ from: 0, size: 100 }).results
  for (const connector of connectors) {
    if (countOf(emulator, { connector_id: connector.id }) === 0) continue
    const word = connector.name.split(/[\s–-]+/).find((w) => w.length > 2 && filterConnectors(connectors, w).length === 1)
    if (word) return { connector, word }
  }
  throw new Error('seed without a connector named by a word of its own')
}

describe('jobs list filters', () => {
  it('shows the newest jobs of every connector first', async () => {
    const emulator = useEmulator()
    renderRoute('/jobs')
    await expectIds(newestIds(emulator, { size: 50 }))
    expect(screen.getByRole('navigation', { name: 'Pagination' }).textContent).toMatch(/1–40 of 40 jobs, newest first/)
  })

  it('filters by connector through the picker: an id typed, a name chosen, and cleared again', async () => {
    const emulator = useEmulator()
    const { user, router } = renderRoute('/jobs')
    await expectIds(newestIds(emulator, { size: 50 }))
    const [connector] = emulator.store.listConnectors({ from: 0, size: 10 }).results.filter((c) => countOf(emulator, { connector_id: c.id }) > 0)
    if (!connector) throw new Error('seed without jobs on a connector')

    const picker = screen.getByRole('combobox', { name: 'Connector' })
    await user.type(picker, connector.id)
    await user.keyboard('{Enter}')
    expect(searchOf(router).get('connector_id')).toBe(connector.id)
    await expectIds(newestIds(emulator, { connector_id: connector.id, size: 50 }))
    expect(new Set(columnTexts('Connector').map((text) => text.includes(connector.id)))).toEqual(new Set([true]))

    await user.clear(picker)
    await user.tab()
    expect(searchOf(router).has('connector_id')).toBe(false)
    await expectIds(newestIds(emulator, { size: 50 }))

    await user.click(picker)
    await user.click(screen.getByRole('option', { name: new RegExp(connector.id) }))
    expect(searchOf(router).get('connector_id')).toBe(connector.id)
  })

  it('accepts a connector id that matches no listed connector and says no connector has it', async () => {
    useEmulator()
    const { user, router } = renderRoute('/jobs')
    await waitFor(() => expect(bodyRows().length).toBeGreaterThan(0))
    await user.type(screen.getByRole('combobox', { name: 'Connector' }), 'deleted-connector{Enter}')
    expect(searchOf(router).get('connector_id')).toBe('deleted-connector')
    const notice = await screen.findByRole('region', { name: 'No sync jobs match these filters' })
    expect(notice.textContent).toMatch(/No connector has the id deleted-connector/)
  })

  it.each(['Tab', 'Enter'])('chooses the one connector a typed word matches on %s, never the word as an id', async (key) => {
    const emulator = useEmulator()
    const { user, router } = renderRoute('/jobs')
    await expectIds(newestIds(emulator, { size: 50 }))
    const { connector, word } = uniqueWord(emulator)

    await user.type(screen.getByRole('combobox', { name: 'Connector' }), word)
    await user.keyboard(`{${key}}`)
    expect(searchOf(router).get('connector_id')).toBe(connector.id)
    await expectIds(newestIds(emulator, { connector_id: connector.id, size: 50 }))
    expect(screen.queryByText('No sync jobs match these filters')).toBeNull()
  })

  it('filters by status', async () => {
    const emulator = useEmulator()
    const { user, router } = renderRoute('/jobs')
    await expectIds(newestIds(emulator, { size: 50 }))
    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'completed')
    expect(searchOf(router).get('status')).toBe('completed')
    await expectIds(newestIds(emulator, { status: 'completed', size: 50 }))
    expect(new Set(columnTexts('Status'))).toEqual(new Set(['Completed']))
  })

  it('filters by several job types', async () => {
    const emulator = useEmulator({ jobs: 80 })
    const { user, router } = renderRoute('/jobs')
    await expectIds(newestIds(emulator, { size: 50 }))
    const group = screen.getByRole('group', { name: 'Job type' })
    await user.click(within(group).getByRole('checkbox', { name: 'Access control' }))
    expect(searchOf(router).get('job_type')).toBe('access_control')
    await expectIds(newestIds(emulator, { job_type: ['access_control'], size: 50 }))
    expect(new Set(columnTexts('Job type'))).toEqual(new Set(['Access control']))

    await user.click(within(group).getByRole('checkbox', { name: 'Incremental' }))
    expect(searchOf(router).get('job_type')).toBe('incremental,access_control')
    await expectIds(newestIds(emulator, { job_type: ['incremental', 'access_control'], size: 50 }))
  })

  it('starts at page 1 again when a filter changes', async () => {
    const emulator = useEmulator({ jobs: 80 })
    const { user, router } = renderRoute('/jobs?size=25&page=2')
    await expectIds(newestIds(emulator, { from: 25, size: 25 }))
    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'completed')
    expect(searchOf(router).has('page')).toBe(false)
    expect(searchOf(router).get('size')).toBe('25')
    await expectIds(newestIds(emulator, { status: 'completed', size: 25 }))
  })

  it('clears every filter at once', async () => {
    const emulator = useEmulator()
    const { user, router } = renderRoute('/jobs?status=completed&job_type=full')
    await expectIds(newestIds(emulator, { status: 'completed', job_type: ['full'], size: 50 }))
    await user.click(screen.getByRole('button', { name: 'Clear filters' }))
    expect(router.state.location.search).toBe('')
    await expectIds(newestIds(emulator, { size: 50 }))
    expect((screen.getByRole('combobox', { name: 'Status' }) as HTMLSelectElement).value).toBe('')
    expect(screen.getByRole('button', { name: 'Clear filters' }).hasAttribute('disabled')).toBe(true)
  })

  it('walks filter changes with Back and Forward', async () => {
    const emulator = useEmulator()
    const { user, router } = renderRoute('/jobs')
    await expectIds(newestIds(emulator, { size: 50 }))
    const status = screen.getByRole('combobox', { name: 'Status' }) as HTMLSelectElement
    await user.selectOptions(status, 'completed')
    await user.selectOptions(status, 'error')
    await expectIds(newestIds(emulator, { status: 'error', size: 50 }))

    await router.navigate(-1)
    await waitFor(() => expect(status.value).toBe('completed'))
    await expectIds(newestIds(emulator, { status: 'completed', size: 50 }))
    await router.navigate(-1)
    await waitFor(() => expect(status.value).toBe(''))
    await router.navigate(1)
    await waitFor(() => expect(status.value).toBe('completed'))
  })

  it('drops bad values from the URL instead of failing', async () => {
    const emulator = useEmulator()
    const { router } = renderRoute('/jobs?status=bogus&job_type=full,nope&page=-3&size=1001&theme=x')
    await expectIds(newestIds(emulator, { job_type: ['full'], size: 50 }))
    await waitFor(() => expect(router.state.location.search).toBe('?job_type=full&theme=x'))
    expect(jobsTable()).toBeTruthy()
  })
})

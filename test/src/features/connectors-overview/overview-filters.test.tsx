// The overview's filters live in the URL: the health chips, the search and the service type filter
// the rows and write the URL; the sortable headers sort and say so with aria-sort; a bad value in a
// link is dropped and the rest kept.
import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { EVERY_STATE_WORST_FIRST, useEveryStateFleet, searchOf, shownNames } from './support.ts'

const header = (name: string) => screen.getByRole('columnheader', { name: new RegExp(`^${name}`) })

const chips = () => screen.getByRole('group', { name: 'Connectors by health' })
const chip = (state: string) => within(chips()).getByRole('button', { name: new RegExp(`^${state} \\d+$`) })

describe('connectors overview filters', () => {
  it('filter by health with the chips, which write the URL', async () => {
    const { user, router } = useEveryStateFleet()
    await waitFor(() => expect(shownNames()).toEqual(EVERY_STATE_WORST_FIRST))
    expect(chip('All').getAttribute('aria-pressed')).toBe('true')

    await user.click(chip('Failing'))
    expect(searchOf(router).get('health')).toBe('failing')
    expect(shownNames()).toEqual(['Failer'])
    expect(chip('Failing').getAttribute('aria-pressed')).toBe('true')

    await user.click(chip('Late'))
    expect(searchOf(router).get('health')).toBe('failing,late')
    expect(shownNames()).toEqual(['Failer', 'Tardy'])

    await user.click(chip('All'))
    expect(searchOf(router).has('health')).toBe(false)
    expect(shownNames()).toEqual(EVERY_STATE_WORST_FIRST)
  })

  it('search by name, id or index as you type, written to the URL; Clear filters empties it', async () => {
    const { user, router } = useEveryStateFleet()
    await waitFor(() => expect(shownNames()).toEqual(EVERY_STATE_WORST_FIRST))
    const search = screen.getByRole('searchbox', { name: 'Search connectors' })
    await user.type(search, 'fail')
    expect(searchOf(router).get('q')).toBe('fail')
    expect(shownNames()).toEqual(['Failer'])
    // The counts follow the search.
    expect(chip('All').textContent).toBe('All 1')

    await user.clear(search)
    await user.type(search, 'search-good')
    expect(shownNames()).toEqual(['Good'])

    await user.click(screen.getByRole('button', { name: 'Clear filters' }))
    expect(searchOf(router).has('q')).toBe(false)
    expect((screen.getByRole('searchbox', { name: 'Search connectors' }) as HTMLInputElement).value).toBe('')
    expect(shownNames()).toEqual(EVERY_STATE_WORST_FIRST)
  })

  it('filter by service type', async () => {
    const { user, router } = useEveryStateFleet()
    await waitFor(() => expect(shownNames()).toEqual(EVERY_STATE_WORST_FIRST))
    await user.selectOptions(screen.getByRole('combobox', { name: 'Service type' }), 'postgresql')
    expect(searchOf(router).get('service_type')).toBe('postgresql')
    expect(shownNames()).toEqual(['Tardy'])
  })

  it('say when nothing matches', async () => {
    const { user } = useEveryStateFleet('/connectors?q=nothing-like-this')
    expect(await screen.findByRole('region', { name: 'No connector matches these filters' })).toBeTruthy()
    await user.click(within(screen.getByRole('region', { name: 'No connector matches these filters' })).getByRole('button', { name: 'Clear filters' }))
    await waitFor(() => expect(shownNames()).toEqual(EVERY_STATE_WORST_FIRST))
  })

  it('sort by a header, again the other way, with aria-sort on the header', async () => {
    const { user, router } = useEveryStateFleet()
    await waitFor(() => expect(shownNames()).toEqual(EVERY_STATE_WORST_FIRST))
    expect(header('Health').getAttribute('aria-sort')).toBe('ascending')

    await user.click(within(header('Connector')).getByRole('button'))
    expect(searchOf(router).get('sort')).toBe('name')
    expect(shownNames()).toEqual(['Down', 'Failer', 'Fresh', 'Good', 'Tardy'])
    expect(header('Connector').getAttribute('aria-sort')).toBe('ascending')
    expect(header('Health').getAttribute('aria-sort')).toBeNull()

    await user.click(within(header('Connector')).getByRole('button'))
    expect(searchOf(router).get('dir')).toBe('desc')
    expect(shownNames()).toEqual(['Tardy', 'Good', 'Fresh', 'Failer', 'Down'])

    await user.click(within(header('Failures in a row')).getByRole('button'))
    expect(searchOf(router).get('sort')).toBe('streak')
    expect(searchOf(router).has('dir')).toBe(false)
    expect(shownNames()[0]).toBe('Failer')
    expect(header('Failures in a row').getAttribute('aria-sort')).toBe('descending')

    await user.click(within(header('Data fresh as of')).getByRole('button'))
    // Stalest first: never fresh, then the oldest success.
    expect(shownNames()).toEqual(['Fresh', 'Failer', 'Tardy', 'Down', 'Good'])
  })

  it('drop a bad value from a link and keep the rest', async () => {
    useEveryStateFleet('/connectors?health=failing,broken&sort=sideways&service_type=<b>&period=1y')
    await waitFor(() => expect(shownNames()).toEqual(['Failer']))
    expect(chip('Failing').getAttribute('aria-pressed')).toBe('true')
    expect(screen.getByRole('columnheader', { name: /^Health/ }).getAttribute('aria-sort')).toBe('ascending')
  })
})

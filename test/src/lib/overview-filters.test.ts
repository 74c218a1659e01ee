// The overview's URL ⇄ filters: each value parsed on its own (a bad one dropped, the rest kept),
// written back in canonical form (defaults left out, unrelated params kept), sorts flipping.
import { describe, expect, it } from 'vitest'
import {
  changeOverview,
  clearOverviewFilters,
  DEFAULT_OVERVIEW,
  hasOverviewFilters,
  matchesSearch,
  MAX_SEARCH_LENGTH,
  nextSort,
  parseOverviewFilters,
  writeOverviewFilters,
} from '../../../src/lib/overview-filters.ts'

const parse = (query: string) => parseOverviewFilters(new URLSearchParams(query))

describe('parseOverviewFilters', () => {
  it('reads nothing as the defaults', () => {
    expect(parse('')).toEqual(DEFAULT_OVERVIEW)
  })

  it('reads every filter', () => {
    expect(parse('health=failing,late&service_type=sharepoint_online&q=Marketing&sort=name&dir=desc&period=7d')).toEqual({
      health: ['Failing', 'Late'],
      serviceType: 'sharepoint_online',
      search: 'Marketing',
      sort: 'name',
      direction: 'desc',
      period: '7d',
    })
  })

  it('keeps health states in severity order without duplicates, whatever the case', () => {
    expect(parse('health=Healthy,service_down,healthy,never_synced').health).toEqual(['Service down', 'Never synced', 'Healthy'])
  })

  it('drops a bad value and keeps the rest', () => {
    expect(parse('health=failing,broken&service_type=<script>&q=hr&sort=sideways&dir=up&period=1y')).toEqual({
      ...DEFAULT_OVERVIEW,
      health: ['Failing'],
      search: 'hr',
    })
    expect(parse(`q=${'x'.repeat(MAX_SEARCH_LENGTH + 1)}&health=late`)).toEqual({ ...DEFAULT_OVERVIEW, health: ['Late'] })
  })

  it('gives each sort its natural direction unless the URL says otherwise', () => {
    expect(parse('sort=streak')).toMatchObject({ sort: 'streak', direction: 'desc' })
    expect(parse('sort=streak&dir=asc')).toMatchObject({ sort: 'streak', direction: 'asc' })
    expect(parse('sort=freshness')).toMatchObject({ sort: 'freshness', direction: 'asc' })
  })
})

describe('writeOverviewFilters', () => {
  it('leaves the defaults out and keeps unrelated params', () => {
    expect(writeOverviewFilters(new URLSearchParams('other=1&health=late'), DEFAULT_OVERVIEW).toString()).toBe('other=1')
  })

  it('writes only a direction that is not the sort’s own', () => {
    expect(writeOverviewFilters(new URLSearchParams(), { ...DEFAULT_OVERVIEW, sort: 'streak', direction: 'desc' }).toString()).toBe('sort=streak')
    expect(writeOverviewFilters(new URLSearchParams(), { ...DEFAULT_OVERVIEW, sort: 'name', direction: 'desc' }).toString()).toBe('sort=name&dir=desc')
  })

  it('reads back what it writes', () => {
    const filters = { health: ['Service down', 'Healthy'] as const, serviceType: 'jira', search: 'a b', sort: 'freshness', direction: 'desc', period: '7d' } as const
    const written = writeOverviewFilters(new URLSearchParams(), { ...filters, health: [...filters.health] })
    expect(written.get('health')).toBe('service_down,healthy')
    expect(parseOverviewFilters(written)).toEqual({ ...filters, health: [...filters.health] })
  })
})

describe('changes', () => {
  it('changes one filter and keeps the others', () => {
    expect(changeOverview(new URLSearchParams('health=late&q=hr'), { serviceType: 'mysql' }).toString()).toBe('health=late&q=hr&service_type=mysql')
  })

  it('clears health, service type and search but keeps the sort and the period', () => {
    const cleared = clearOverviewFilters(new URLSearchParams('health=late&q=hr&service_type=s3&sort=name&period=7d'))
    expect(cleared.toString()).toBe('sort=name&period=7d')
    expect(hasOverviewFilters(parseOverviewFilters(cleared))).toBe(false)
  })

  it('flips the direction on the same column and starts another column in its own direction', () => {
    expect(nextSort({ sort: 'name', direction: 'asc' }, 'name')).toEqual({ sort: 'name', direction: 'desc' })
    expect(nextSort({ sort: 'name', direction: 'desc' }, 'streak')).toEqual({ sort: 'streak', direction: 'desc' })
  })
})

describe('matchesSearch', () => {
  const connector = { id: 'AbC123', name: 'SharePoint Online – Marketing', index_name: 'search-sharepoint' }
  it('matches every word in the name, id or index name, ignoring case', () => {
    expect(matchesSearch(connector, '')).toBe(true)
    expect(matchesSearch(connector, 'marketing')).toBe(true)
    expect(matchesSearch(connector, 'abc123')).toBe(true)
    expect(matchesSearch(connector, 'search-share online')).toBe(true)
    expect(matchesSearch(connector, 'marketing finance')).toBe(false)
  })
})

// URL ⇄ filters: valid values round-trip, bad ones are dropped without throwing (the valid ones
// beside them kept), changes reset the page; today's single-value links still read the same.
import { describe, expect, it } from 'vitest'
import {
  changeFilters,
  changePage,
  changePageSize,
  clearFilters,
  DEFAULT_FILTERS,
  hasFilters,
  parseJobFilters,
  parsePageSize,
  parseCreated,
  resolveConnectorIds,
  sameFilters,
  toListFilters,
  toViewParams,
  writeJobFilters,
  type JobFilters,
} from '../../../src/lib/job-filters.ts'

const parse = (query: string) => parseJobFilters(new URLSearchParams(query))

describe('parseJobFilters', () => {
  it('reads every parameter', () => {
    expect(parse('connector_id=abc&status=error&job_type=incremental,full&page=3&size=500')).toEqual({
      ...DEFAULT_FILTERS,
      connectorIds: ['abc'],
      statuses: ['error'],
      jobTypes: ['full', 'incremental'],
      page: 3,
      size: 500,
    })
    expect(parse('connector_id=a,b&status=error,canceled&service_type=jira&created=24h&stuck=1&error=0a1b2c3d')).toEqual({
      ...DEFAULT_FILTERS,
      connectorIds: ['a', 'b'],
      statuses: ['canceled', 'error'],
      serviceType: 'jira',
      created: { kind: 'last', span: '24h' },
      stuck: true,
      error: '0a1b2c3d',
    })
  })

  it('gives the defaults for an empty query', () => {
    expect(parse('')).toEqual(DEFAULT_FILTERS)
  })

  it.each([
    ['status=bogus', { statuses: [] }],
    ['status=', { statuses: [] }],
    ['status=PENDING', { statuses: ['pending'] }],
    ['status=error,pending', { statuses: ['pending', 'error'] }],
    ['status=error,bogus,,ERROR', { statuses: ['error'] }],
    ['created=2h', { created: null }],
    ['created=2026-01-02T00:00:00Z..2026-01-01T00:00:00Z', { created: null }],
    ['created=nonsense..2026-01-01T00:00:00Z', { created: null }],
    ['created=..', { created: null }],
    ['error=<script>', { error: '' }],
    ['stuck=maybe', { stuck: false }],
    ['job_type=full,,nonsense,FULL,access_control', { jobTypes: ['full', 'access_control'] }],
    ['job_type=,,,', { jobTypes: [] }],
    ['page=0', { page: 1 }],
    ['page=-4', { page: 1 }],
    ['page=2.5', { page: 1 }],
    ['page=abc', { page: 1 }],
    ['page=99999999999999999999999', { page: 1 }],
    ['page=5000000', { page: 1_000_000 }],
    ['size=1e3', { size: 50 }],
    ['size=1000', { size: 1000 }],
    ['connector_id=%20%20', { connectorIds: [] }],
    ['connector_id=with%20space%2Fslash', { connectorIds: ['with space/slash'] }],
    ['connector_id=a,,a,%20b', { connectorIds: ['a', 'b'] }],
  ] as const)('%s → drops or normalises the bad value', (query, expected) => {
    expect(parse(query)).toEqual({ ...DEFAULT_FILTERS, ...expected })
  })

  it('takes any whole page size from 1 to 1,000, not only the pager’s choices', () => {
    expect(['1', '7', '10', ' 10 ', '010', '999', '1000'].map(parsePageSize)).toEqual([1, 7, 10, 10, 10, 999, 1000])
  })

  it.each(['0', '1001', '99999999999999999999', 'abc', '-5', '2.5', '1e2', '', '10abc'])('drops page size %j for the default', (value) => {
    expect(parsePageSize(value)).toBe(50)
  })

  it('drops an invalid page size from the canonical URL instead of writing another one', () => {
    for (const size of ['0', '1001', 'abc', '-5', '2.5']) {
      const query = new URLSearchParams(`status=error&size=${size}`)
      expect(writeJobFilters(query, parseJobFilters(query)).toString()).toBe('status=error')
    }
    const odd = new URLSearchParams('size=10')
    expect(writeJobFilters(odd, parseJobFilters(odd)).toString()).toBe('size=10')
  })

  it('drops a connector id longer than Elasticsearch allows', () => {
    expect(parse(`connector_id=${'x'.repeat(600)}`).connectorIds).toEqual([])
    expect(parse(`connector_id=ok,${'x'.repeat(600)}`).connectorIds).toEqual(['ok'])
  })

  it('takes the first of repeated parameters', () => {
    expect(parse('status=error&status=pending').statuses).toEqual(['error'])
  })

  it('reads a custom created range with either end open', () => {
    expect(parseCreated('2026-01-01T00:00:00Z..2026-01-02T00:00:00.000Z')).toEqual({ kind: 'range', from: Date.UTC(2026, 0, 1), to: Date.UTC(2026, 0, 2) })
    expect(parseCreated('2026-01-01T00:00:00Z..')).toEqual({ kind: 'range', from: Date.UTC(2026, 0, 1), to: undefined })
    const query = new URLSearchParams('created=2026-01-01T00:00:00Z..')
    expect(writeJobFilters(query, parseJobFilters(query)).get('created')).toBe('2026-01-01T00:00:00.000Z..')
  })
})

describe('writing filters', () => {
  it('writes the canonical form, leaving out defaults and keeping unrelated params', () => {
    const next = writeJobFilters(new URLSearchParams('theme=dark&status=bogus'), {
      ...DEFAULT_FILTERS,
      connectorIds: ['c-1'],
      statuses: ['error', 'pending'],
      jobTypes: ['access_control', 'full'],
    })
    // A parameter already there keeps its place.
    expect(next.toString()).toBe('theme=dark&status=pending%2Cerror&connector_id=c-1&job_type=full%2Caccess_control')
  })

  it('round-trips through the URL', () => {
    const filters = {
      ...DEFAULT_FILTERS,
      connectorIds: ['a b', 'c'],
      statuses: ['canceling', 'error'],
      jobTypes: ['incremental'],
      serviceType: 'sharepoint_online',
      created: { kind: 'range', from: Date.UTC(2026, 0, 1), to: undefined },
      stuck: true,
      error: 'deadbeef',
      page: 7,
      size: 25,
    } satisfies JobFilters
    expect(parseJobFilters(writeJobFilters(new URLSearchParams(), filters))).toEqual(filters)
  })

  it('resets the page on a filter change and keeps the size', () => {
    const next = changeFilters(new URLSearchParams('page=4&size=100&status=error'), { connectorIds: ['x'] })
    expect(parseJobFilters(next)).toEqual({ ...DEFAULT_FILTERS, connectorIds: ['x'], statuses: ['error'], page: 1, size: 100 })
  })

  it('changes the page without touching the filters, clamped to at least 1', () => {
    expect(changePage(new URLSearchParams('status=error'), 3).toString()).toBe('status=error&page=3')
    expect(changePage(new URLSearchParams('page=3'), 0).toString()).toBe('')
  })

  it('starts at page 1 with a new page size', () => {
    expect(changePageSize(new URLSearchParams('page=9'), 1000).toString()).toBe('size=1000')
  })

  it('clears the filters but keeps the page size', () => {
    const next = clearFilters(new URLSearchParams('connector_id=a&status=error&job_type=full&service_type=x&created=1h&stuck=1&error=ab&page=2&size=25'))
    expect(next.toString()).toBe('size=25')
    expect(hasFilters(parseJobFilters(next))).toBe(false)
  })
})

describe('toListFilters', () => {
  it('maps to the API parameters and leaves out empty filters', () => {
    expect(toListFilters({ jobTypes: [] })).toEqual({})
    expect(toListFilters({ connectorId: 'c', status: 'error', jobTypes: ['full'] })).toEqual({ connector_id: 'c', status: 'error', job_type: ['full'] })
  })

  it('treats all three job types as no job-type filter', () => {
    expect(toListFilters({ jobTypes: ['full', 'incremental', 'access_control'] })).toEqual({})
  })
})

describe('connectors of a view', () => {
  const connectors = [
    { id: 'a', service_type: 'jira' },
    { id: 'b', service_type: 'jira' },
    { id: 'c', service_type: 'github' },
  ]

  it('resolves a service type to its connectors, narrowed by chosen connectors', () => {
    expect(resolveConnectorIds({ connectorIds: [], serviceType: '' }, connectors)).toBeNull()
    expect(resolveConnectorIds({ connectorIds: ['x'], serviceType: '' }, undefined)).toEqual(['x'])
    expect(resolveConnectorIds({ connectorIds: [], serviceType: 'jira' }, connectors)).toEqual(['a', 'b'])
    expect(resolveConnectorIds({ connectorIds: ['b', 'c'], serviceType: 'jira' }, connectors)).toEqual(['b'])
    expect(resolveConnectorIds({ connectorIds: [], serviceType: 'none' }, connectors)).toEqual([])
    expect(resolveConnectorIds({ connectorIds: [], serviceType: 'jira' }, undefined)).toBeUndefined()
  })

  it('gives the view query its parameters, all three job types as none', () => {
    expect(toViewParams(parse('connector_id=c&status=error,pending&job_type=full,incremental,access_control&page=3&size=10'), undefined)).toEqual({
      statuses: ['pending', 'error'],
      connectorIds: ['c'],
      jobTypes: [],
      created: null,
      stuck: false,
      error: '',
      page: 3,
      size: 10,
    })
    expect(toViewParams(parse('service_type=jira'), undefined)).toBeUndefined()
  })

  it('tells the same filters apart from others whatever their order', () => {
    expect(sameFilters(parse('status=error,pending'), parse('status=pending,error&page=3'))).toBe(true)
    expect(sameFilters(parse('status=error'), parse('status=error&stuck=1'))).toBe(false)
  })
})

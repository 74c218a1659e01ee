// URL ⇄ filters: valid values round-trip, bad ones are dropped without throwing, changes reset the page.
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
  toListFilters,
  toPageParams,
  writeJobFilters,
} from '../../../src/lib/job-filters.ts'

const parse = (query: string) => parseJobFilters(new URLSearchParams(query))

describe('parseJobFilters', () => {
  it('reads every parameter', () => {
    expect(parse('connector_id=abc&status=error&job_type=incremental,full&page=3&size=500')).toEqual({
      connectorId: 'abc',
      status: 'error',
      jobTypes: ['full', 'incremental'],
      page: 3,
      size: 500,
    })
  })

  it('gives the defaults for an empty query', () => {
    expect(parse('')).toEqual(DEFAULT_FILTERS)
  })

  it.each([
    ['status=bogus', { status: '' }],
    ['status=', { status: '' }],
    ['status=PENDING', { status: 'pending' }],
    ['status=error,pending', { status: '' }],
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
    ['connector_id=%20%20', { connectorId: '' }],
    ['connector_id=with%20space%2Fslash', { connectorId: 'with space/slash' }],
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
    expect(parse(`connector_id=${'x'.repeat(600)}`).connectorId).toBe('')
  })

  it('takes the first of repeated parameters', () => {
    expect(parse('status=error&status=pending').status).toBe('error')
  })
})

describe('writing filters', () => {
  it('writes the canonical form, leaving out defaults and keeping unrelated params', () => {
    const next = writeJobFilters(new URLSearchParams('theme=dark&status=bogus'), {
      connectorId: 'c-1',
      status: '',
      jobTypes: ['access_control', 'full'],
      page: 1,
      size: 50,
    })
    expect(next.toString()).toBe('theme=dark&connector_id=c-1&job_type=full%2Caccess_control')
  })

  it('round-trips through the URL', () => {
    const filters = { connectorId: 'a b', status: 'canceling', jobTypes: ['incremental'], page: 7, size: 25 } as const
    expect(parseJobFilters(writeJobFilters(new URLSearchParams(), { ...filters, jobTypes: [...filters.jobTypes] }))).toEqual(filters)
  })

  it('resets the page on a filter change and keeps the size', () => {
    const next = changeFilters(new URLSearchParams('page=4&size=100&status=error'), { connectorId: 'x' })
    expect(parseJobFilters(next)).toEqual({ connectorId: 'x', status: 'error', jobTypes: [], page: 1, size: 100 })
  })

  it('changes the page without touching the filters, clamped to at least 1', () => {
    expect(changePage(new URLSearchParams('status=error'), 3).toString()).toBe('status=error&page=3')
    expect(changePage(new URLSearchParams('page=3'), 0).toString()).toBe('')
  })

  it('starts at page 1 with a new page size', () => {
    expect(changePageSize(new URLSearchParams('page=9'), 1000).toString()).toBe('size=1000')
  })

  it('clears the filters but keeps the page size', () => {
    const next = clearFilters(new URLSearchParams('connector_id=a&status=error&job_type=full&page=2&size=25'))
    expect(next.toString()).toBe('size=25')
    expect(hasFilters(parseJobFilters(next))).toBe(false)
  })
})

describe('toListFilters', () => {
  it('maps to the API parameters and leaves out empty filters', () => {
    expect(toListFilters({ connectorId: '', status: '', jobTypes: [] })).toEqual({})
    expect(toListFilters({ connectorId: 'c', status: 'error', jobTypes: ['full'] })).toEqual({ connector_id: 'c', status: 'error', job_type: ['full'] })
  })

  it('treats all three job types as no job-type filter', () => {
    expect(toListFilters({ connectorId: '', status: '', jobTypes: ['full', 'incremental', 'access_control'] })).toEqual({})
  })
})

describe('toPageParams', () => {
  it('gives the page query the API filters, the page and the size the URL asks for', () => {
    expect(toPageParams(parse('connector_id=c&status=error&job_type=full,incremental,access_control&page=3&size=10'))).toEqual({
      filters: { connector_id: 'c', status: 'error' },
      page: 3,
      size: 10,
    })
  })
})

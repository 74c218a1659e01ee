import { describe, expect, it } from 'vitest'
import { paths } from '../../../src/config/paths.ts'
import { parseJobFilters } from '../../../src/lib/job-filters.ts'

describe('paths', () => {
  it('writes list links with the filters’ own writer, so the list reads back what the link says', () => {
    const url = paths.jobsOfConnector('a b&c')
    expect(url).toBe('/jobs?connector_id=a+b%26c')
    expect(parseJobFilters(new URL(url, 'http://x').searchParams).connectorIds).toEqual(['a b&c'])
  })

  it('leaves defaults out of list links', () => {
    expect(paths.jobsWith({})).toBe('/jobs')
    expect(paths.jobsWith({ status: 'error', page: 1 })).toBe('/jobs?status=error')
    expect(paths.jobsWith({ statuses: ['error', 'canceled'], connectorIds: ['a', 'b'] })).toBe('/jobs?connector_id=a%2Cb&status=canceled%2Cerror')
  })

  it('encodes connector ids and worker host names', () => {
    expect(paths.connector('a/b c')).toBe('/connectors/a%2Fb%20c')
    expect(paths.workerJobs('connectors-7f9c-worker-1')).toBe('/workers?host=connectors-7f9c-worker-1')
    expect(paths.workerJobs('a b&c')).toBe('/workers?host=a+b%26c')
  })

  it('preselects a connector on the create page and encodes job ids', () => {
    expect(paths.newJob()).toBe('/jobs/new')
    expect(paths.newJob('x/y')).toBe('/jobs/new?connector_id=x%2Fy')
    expect(paths.job('a/b c')).toBe('/jobs/a%2Fb%20c')
  })
})

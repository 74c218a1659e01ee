// "Select all N matching": the few fields of every job the current view matches, up to the 10,000
// window in all (api/bulk-jobs.ts fetches each stream a thousand at a time).
import type { ConnectorSummary } from '../../../../contract/es-connector-types.ts'
import { RESULT_WINDOW } from '../../../../contract/es-connector-types.ts'
import { fetchMatchingJobs } from '../../../api/bulk-jobs.ts'
import type { BulkJob } from '../../../lib/bulk-eligibility.ts'
import { createdBounds, resolveConnectorIds, toListFilters, type JobFilters } from '../../../lib/job-filters.ts'
import { parseTimestamp } from '../../../lib/time.ts'

export type MatchingFetcher = (options?: { failedOnly?: boolean }) => Promise<BulkJob[]>

/**
 * Every job the view matches (or only its failed ones, for a replay), up to the 10,000 window in
 * all: one stream per status and connector (the API takes one of each), narrowed by "created within"
 * here. Undefined when the view filters on what only the merged list knows (stuck flags, failure
 * groups), or while the connectors a service type stands for are not in.
 */
export function matchingFetcher(filters: JobFilters, connectors: readonly ConnectorSummary[] | undefined): MatchingFetcher | undefined {
  if (filters.stuck || filters.error) return undefined
  const connectorIds = resolveConnectorIds(filters, connectors)
  if (connectorIds === undefined) return undefined
  return async ({ failedOnly = false } = {}) => {
    const jobs: BulkJob[] = []
    const bounds = filters.created ? createdBounds(filters.created, Date.now()) : undefined
    const statuses = failedOnly ? filters.statuses.filter((status) => status === 'error') : filters.statuses
    // A view of other statuses only has no failed job to replay.
    if (failedOnly && filters.statuses.length > 0 && statuses.length === 0) return []
    for (const status of failedOnly ? (['error'] as const) : statuses.length > 0 ? statuses : (['' as const] as const)) {
      for (const connectorId of connectorIds ?? ['']) {
        const room = RESULT_WINDOW - jobs.length
        if (room <= 0) break
        const { jobs: found } = await fetchMatchingJobs(toListFilters({ connectorId, status, jobTypes: filters.jobTypes }), RESULT_WINDOW)
        for (const job of found) {
          const created = parseTimestamp(job.created_at)
          if (bounds && created !== undefined && ((bounds.from !== undefined && created < bounds.from) || (bounds.to !== undefined && created > bounds.to))) continue
          jobs.push(job)
        }
      }
    }
    return jobs.slice(0, RESULT_WINDOW)
  }
}

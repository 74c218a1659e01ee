// "Failures by message" above the chips, with the failed jobs it groups read here: they start two
// tasks after the rows are in (a task after the counts), and their answers re-render this section
// alone, not the jobs list around it (counted-status-chips.tsx says why).
import type { ConnectorSummary } from '../../../contract/es-connector-types.ts'
import type { NewestFirstPage } from '../../api/sync-job-pages.ts'
import { useNextTask } from '../../hooks/use-next-task.ts'
import type { JobFilters } from '../../lib/job-filters.ts'
import { FailureGroupsPanel } from './failure-groups-panel.tsx'
import { useFailureGroups } from './use-failure-groups.ts'

export function FailureGroupsSection({
  filters,
  connectors,
  connectorsById,
  connectorsLoaded,
  page,
  rowsIn,
  hidden,
}: {
  filters: JobFilters
  connectors: ConnectorSummary[] | undefined
  connectorsById: ReadonlyMap<string, ConnectorSummary>
  connectorsLoaded: boolean
  page: NewestFirstPage | undefined
  rowsIn: boolean
  /** The list could not be read at all: no panel. */
  hidden: boolean
}) {
  const afterCounts = useNextTask(useNextTask(rowsIn))
  const failures = useFailureGroups(filters, connectors, page, afterCounts)
  if (!failures.shown || hidden) return null
  return <FailureGroupsPanel result={failures.data} filters={filters} connectorsById={connectorsById} connectorsLoaded={connectorsLoaded} />
}

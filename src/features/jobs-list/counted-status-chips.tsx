// The status chips and their counts, read here rather than by the page: the counts' requests start a
// task after the rows are in (they would otherwise queue ahead of the rows on the browser's six
// connections and the server's single thread), and that start, their answers and their refreshes
// re-render the chips alone. Read by the page, each of them re-rendered the whole jobs list: 9 to
// 14 ms of a task each (Preact's render hooks, unminified build), counted four times over by
// Lighthouse's phone.
import type { ConnectorSummary } from '../../../contract/es-connector-types.ts'
import type { NewestFirstPage } from '../../api/sync-job-pages.ts'
import { useNextTask } from '../../hooks/use-next-task.ts'
import { resolveConnectorIds, type JobFilters } from '../../lib/job-filters.ts'
import { withPageCount } from './agreed-count.ts'
import { StatusChips } from './status-chips.tsx'
import { useStatusCounts } from './use-status-counts.ts'

export function CountedStatusChips({
  filters,
  connectors,
  page,
  pageSettled,
  rowsIn,
  onSelect,
}: {
  filters: JobFilters
  connectors: ConnectorSummary[] | undefined
  /** The rows' page: its count for the current chip, and the counts' pace (polling.ts). */
  page: NewestFirstPage | undefined
  /** False while `page` is the previous view's (placeholder data). */
  pageSettled: boolean
  /** The rows are in (or failed): the counts may start, a task later. */
  rowsIn: boolean
  onSelect: (statuses: JobFilters['statuses']) => void
}) {
  const afterRows = useNextTask(rowsIn)
  const statusCounts = useStatusCounts(filters, resolveConnectorIds(filters, connectors), page, afterRows)
  // The current status's chip shows the page's own count, so it always agrees with the pager — when
  // the chip counts the same jobs (one status or all, nothing filtered client-side).
  const agreed = filters.statuses.length <= 1 && statusCounts.scope === 'connector' && !filters.created && !filters.stuck && !filters.error
  const pageCount = page && pageSettled && agreed ? page.count : undefined
  const counts = withPageCount(statusCounts.counts, filters.statuses[0] ?? '', pageCount)
  const note =
    statusCounts.scope === 'all-connectors'
      ? 'Counts cover every connector: the API counts one connector per request.'
      : filters.created || filters.stuck || filters.error
        ? 'Counts leave out the created, stuck and failure filters, which the API cannot count.'
        : undefined
  return <StatusChips counts={counts} current={filters.statuses} onSelect={onSelect} note={note} />
}

// The filter controls: connector (any id, listed or not), status and job type, plus "Clear filters".
// They only write the URL; the page reads everything back from it.
import type { ConnectorSummary } from '../../../contract/es-connector-types.ts'
import { ConnectorPicker } from '../../components/connector-picker.tsx'
import { Button } from '../../components/ui/button.tsx'
import type { FilterChange, JobFilters } from '../../lib/job-filters.ts'
import { hasFilters } from '../../lib/job-filters.ts'
import { JobTypeFilter } from './job-type-filter.tsx'
import { StatusSelect } from './status-select.tsx'

export function FiltersBar({
  filters,
  connectors,
  onChange,
  onClear,
}: {
  filters: JobFilters
  connectors: ConnectorSummary[] | undefined
  onChange: (change: FilterChange) => void
  onClear: () => void
}) {
  return (
    <search className="filters-bar" aria-label="Filters">
      <ConnectorPicker
        label="Connector"
        className="filter-field connector-filter"
        connectors={connectors}
        value={filters.connectorId}
        onChange={(connectorId) => onChange({ connectorId })}
        allowUnknown
        allowEmpty
        emptyLabel="All connectors"
      />
      <StatusSelect value={filters.status} onChange={(status) => onChange({ status })} />
      <JobTypeFilter value={filters.jobTypes} onChange={(jobTypes) => onChange({ jobTypes })} />
      <Button className="clear-filters" onClick={onClear} disabled={!hasFilters(filters)}>
        Clear filters
      </Button>
    </search>
  )
}

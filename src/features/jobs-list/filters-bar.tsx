// The filter controls: connector (any id, listed or not), status and job type, plus "Clear filters".
// They only write the URL; the page reads everything back from it. On a narrow screen they fold
// behind one "Filters" button that says how many are set, so the jobs come first.
import { useId, useState } from 'react'
import type { ConnectorSummary } from '../../../contract/es-connector-types.ts'
import { ConnectorPicker } from '../../components/connector-picker.tsx'
import { Button } from '../../components/ui/button.tsx'
import type { FilterChange, JobFilters } from '../../lib/job-filters.ts'
import { hasFilters } from '../../lib/job-filters.ts'
import { JobTypeFilter } from './job-type-filter.tsx'
import { StatusSelect } from './status-select.tsx'

/** How many of the three filters (connector, status, job type) are set. */
export function activeFilterCount(filters: JobFilters): number {
  return [filters.connectorId !== '', filters.status !== '', filters.jobTypes.length > 0].filter(Boolean).length
}

export function FiltersBar({
  filters,
  connectors,
  onChange,
  onClear,
  folding = false,
}: {
  filters: JobFilters
  connectors: ConnectorSummary[] | undefined
  onChange: (change: FilterChange) => void
  onClear: () => void
  /** Narrow screens: the fields fold behind a button. */
  folding?: boolean
}) {
  const [open, setOpen] = useState(false)
  const fieldsId = useId()
  const active = activeFilterCount(filters)
  const folded = folding && !open
  return (
    <search className={folding ? 'filters-bar folding' : 'filters-bar'} aria-label="Filters">
      {folding ? (
        <Button className="filters-toggle" aria-expanded={open} aria-controls={fieldsId} onClick={() => setOpen(!open)}>
          <span className="toggle-chevron" aria-hidden="true" />
          Filters
          <span className="filters-active">{active === 0 ? 'none set' : `${active} active`}</span>
        </Button>
      ) : null}
      <div id={fieldsId} className="filters-fields" hidden={folded}>
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
      </div>
    </search>
  )
}

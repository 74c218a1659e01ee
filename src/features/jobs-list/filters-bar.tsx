// The filter controls: the views (links), connector (any id, listed or not, one or several),
// service type, status, job type and created within, plus "Clear filters". They only write the
// URL; the page reads everything back from it. On a narrow screen the fields and the views fold
// behind one "Filters" button that says how many are set, so the jobs come first.
import { useId, useState } from 'react'
import type { ConnectorSummary } from '../../../contract/es-connector-types.ts'
import { Button } from '../../components/ui/button.tsx'
import type { FilterChange, ViewFilters } from '../../lib/job-filters.ts'
import { hasFilters } from '../../lib/job-filters.ts'
import { AddConnectorFilter, ConnectorFilter } from './connector-filter.tsx'
import { CreatedFilter } from './created-filter.tsx'
import { JobTypeFilter } from './job-type-filter.tsx'
import { JobViewsNav } from './job-views-nav.tsx'
import { ServiceTypeFilter } from './service-type-filter.tsx'
import { StatusSelect } from './status-select.tsx'

/** How many filters are set. */
export function activeFilterCount(filters: ViewFilters): number {
  return [
    filters.connectorIds.length > 0,
    filters.serviceType !== '',
    filters.statuses.length > 0,
    filters.jobTypes.length > 0,
    filters.created !== null,
    filters.stuck,
    filters.error !== '',
  ].filter(Boolean).length
}

export function FiltersBar({
  filters,
  connectors,
  onChange,
  onClear,
  folding = false,
}: {
  filters: ViewFilters
  connectors: ConnectorSummary[] | undefined
  onChange: (change: FilterChange) => void
  onClear: () => void
  /** Narrow screens: the fields fold behind a button. */
  folding?: boolean
}) {
  const [open, setOpen] = useState(false)
  // Folded fields are drawn the first time they are unfolded, then kept (with whatever was typed in
  // them) while folded again: a phone's first render of /jobs no longer runs seven filters it hides.
  const [unfolded, setUnfolded] = useState(false)
  const fieldsId = useId()
  const active = activeFilterCount(filters)
  const folded = folding && !open
  const drawFields = !folding || open || unfolded
  const toggle = () => {
    setOpen(!open)
    setUnfolded(true)
  }
  return (
    <search className={folding ? 'filters-bar folding' : 'filters-bar'} aria-label="Filters">
      {folding ? null : <JobViewsNav filters={filters} />}
      {folding ? (
        <Button className="filters-toggle" aria-expanded={open} aria-controls={fieldsId} onClick={toggle}>
          <span className="toggle-chevron" aria-hidden="true" />
          Filters
          <span className="filters-active">{active === 0 ? 'none set' : `${active} active`}</span>
        </Button>
      ) : null}
      <div id={fieldsId} className="filters-fields" hidden={folded}>
        {drawFields ? <FilterFields folding={folding} filters={filters} connectors={connectors} onChange={onChange} onClear={onClear} /> : null}
      </div>
    </search>
  )
}

function FilterFields({
  folding,
  filters,
  connectors,
  onChange,
  onClear,
}: {
  folding: boolean
  filters: ViewFilters
  connectors: ConnectorSummary[] | undefined
  onChange: (change: FilterChange) => void
  onClear: () => void
}) {
  return (
    <>
      {/* On a narrow screen the views fold with the fields, so the jobs stay on the first screen. */}
      {folding ? <JobViewsNav filters={filters} /> : null}
      <ConnectorFilter value={filters.connectorIds} connectors={connectors} onChange={(connectorIds) => onChange({ connectorIds })} />
      <StatusSelect value={filters.statuses} onChange={(statuses) => onChange({ statuses })} />
      <JobTypeFilter value={filters.jobTypes} onChange={(jobTypes) => onChange({ jobTypes })} />
      <AddConnectorFilter value={filters.connectorIds} connectors={connectors} onChange={(connectorIds) => onChange({ connectorIds })} />
      <ServiceTypeFilter value={filters.serviceType} connectors={connectors} onChange={(serviceType) => onChange({ serviceType })} />
      <CreatedFilter
        // A new URL value (Back, a view link) resets the custom range's fields.
        key={JSON.stringify(filters.created)}
        value={filters.created}
        onChange={(created) => onChange({ created })}
      />
      {filters.stuck ? (
        <Button className="drop-filter" onClick={() => onChange({ stuck: false })}>
          Only stuck jobs ×<span className="visually-hidden"> (show every job)</span>
        </Button>
      ) : null}
      <Button className="clear-filters" onClick={onClear} disabled={!hasFilters(filters)}>
        Clear filters
      </Button>
    </>
  )
}

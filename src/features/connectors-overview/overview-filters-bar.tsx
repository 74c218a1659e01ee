// The overview's filters, all kept in the URL: a search over name, id and index name (written as you
// type, replacing the history entry), the service type, and a way to clear them. The health filter is
// the chips above the table.
import { useState } from 'react'
import { Button } from '../../components/ui/button.tsx'
import { Field } from '../../components/ui/field.tsx'
import type { OverviewFilters } from '../../lib/overview-filters.ts'

export function OverviewFiltersBar({
  filters,
  serviceTypes,
  onSearch,
  onServiceType,
  onClear,
  canClear,
}: {
  filters: OverviewFilters
  serviceTypes: readonly string[]
  onSearch: (search: string) => void
  onServiceType: (serviceType: string) => void
  onClear: () => void
  canClear: boolean
}) {
  // The text as typed (the URL keeps it trimmed); reset when the URL's search changes otherwise
  // (Back, Forward, "Clear filters").
  const [draft, setDraft] = useState(filters.search)
  const [urlSearch, setUrlSearch] = useState(filters.search)
  if (filters.search !== urlSearch) {
    setUrlSearch(filters.search)
    if (draft.trim() !== filters.search) setDraft(filters.search)
  }
  // A service type from a link that no connector has still shows as chosen.
  const options = filters.serviceType && !serviceTypes.includes(filters.serviceType) ? [...serviceTypes, filters.serviceType] : serviceTypes
  return (
    <search className="overview-filters" aria-label="Filter connectors">
      <Field label="Search connectors" className="filter-search">
        {(control) => (
          <input
            {...control}
            type="search"
            placeholder="Name, id or index"
            value={draft}
            onChange={(event) => {
              setDraft(event.target.value)
              onSearch(event.target.value)
            }}
            autoComplete="off"
            spellCheck={false}
          />
        )}
      </Field>
      <Field label="Service type" className="filter-service-type">
        {(control) => (
          <select {...control} value={filters.serviceType} onChange={(event) => onServiceType(event.target.value)}>
            <option value="">All service types</option>
            {options.map((type) => (
              <option key={type} value={type}>
                {type}
              </option>
            ))}
          </select>
        )}
      </Field>
      {canClear ? (
        <Button className="clear-filters" onClick={onClear}>
          Clear filters
        </Button>
      ) : null}
    </search>
  )
}

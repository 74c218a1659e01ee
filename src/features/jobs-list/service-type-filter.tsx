// "Service type": every connector of one type (SharePoint Online, Jira …). The API cannot filter
// jobs by it, so the list resolves it to connector ids through the connector list
// (lib/job-filters.ts resolveConnectorIds). A type in the URL that no connector has stays offered,
// so the operator sees what the link asked for.
import { useId } from 'react'
import type { ConnectorSummary } from '../../../contract/es-connector-types.ts'
import { compareCodeUnits } from '../../lib/compare.ts'

/** The service types of the connectors, with how many connectors each has, by name. */
export function serviceTypes(connectors: readonly ConnectorSummary[] | undefined): [string, number][] {
  const counts = new Map<string, number>()
  for (const connector of connectors ?? []) {
    if (connector.service_type) counts.set(connector.service_type, (counts.get(connector.service_type) ?? 0) + 1)
  }
  return [...counts].sort(([a], [b]) => compareCodeUnits(a, b))
}

export function ServiceTypeFilter({
  value,
  connectors,
  onChange,
}: {
  value: string
  connectors: readonly ConnectorSummary[] | undefined
  onChange: (serviceType: string) => void
}) {
  const id = useId()
  const types = serviceTypes(connectors)
  const listed = types.some(([type]) => type === value)
  return (
    <div className="filter-field">
      <label htmlFor={id}>Service type</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)}>
        <option value="">All service types</option>
        {value && !listed ? <option value={value}>{connectors ? `${value} (no connector)` : value}</option> : null}
        {types.map(([type, count]) => (
          <option key={type} value={type}>
            {type} ({count} {count === 1 ? 'connector' : 'connectors'})
          </option>
        ))}
      </select>
    </div>
  )
}

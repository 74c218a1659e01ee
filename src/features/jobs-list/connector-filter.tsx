// "Connector": one connector is chosen in the picker as before (any id, listed or not); "Add
// another connector" opens a second picker that adds more, and with several chosen each is a button
// that removes it. The second picker only shows on request, so while one connector is chosen the
// page keeps a single control labelled "Connector". The list merges one stream per connector, or
// reads wider and keeps these connectors' jobs (lib/merge-newest-first.ts).
import { useEffect, useId, useState } from 'react'
import type { ConnectorSummary } from '../../../contract/es-connector-types.ts'
import { ConnectorPicker } from '../../components/connector-picker.tsx'
import { Button } from '../../components/ui/button.tsx'

export function ConnectorFilter({
  value,
  connectors,
  onChange,
}: {
  value: readonly string[]
  connectors: ConnectorSummary[] | undefined
  onChange: (connectorIds: string[]) => void
}) {
  const nameOf = (id: string) => connectors?.find((connector) => connector.id === id)?.name || id
  const addId = useId()
  const [adding, setAdding] = useState(false)
  const showAdd = value.length >= 2 || (value.length === 1 && adding)
  useEffect(() => {
    if (adding) document.getElementById(addId)?.focus()
  }, [adding, addId])
  return (
    <div className="connector-filter-group">
      {value.length <= 1 ? (
        <ConnectorPicker
          label="Connector"
          className="filter-field connector-filter"
          connectors={connectors}
          value={value[0] ?? ''}
          onChange={(connectorId) => onChange(connectorId ? [connectorId] : [])}
          allowUnknown
          allowEmpty
          emptyLabel="All connectors"
        />
      ) : (
        <fieldset className="chosen-connectors">
          <legend>Connectors</legend>
          <ul>
            {value.map((id) => (
              <li key={id}>
                <button type="button" className="chosen-connector" aria-label={`Remove connector ${nameOf(id)}`} onClick={() => onChange(value.filter((other) => other !== id))}>
                  {nameOf(id)} <span aria-hidden="true">×</span>
                </button>
              </li>
            ))}
          </ul>
        </fieldset>
      )}
      {value.length === 1 && !adding ? (
        <Button className="add-connector-toggle" onClick={() => setAdding(true)}>
          Add another connector
        </Button>
      ) : null}
      {showAdd ? (
        <ConnectorPicker
          // Remounted after each choice, so it is empty again for the next one.
          key={value.join(',')}
          id={addId}
          label="Add connector"
          className="filter-field connector-filter add-connector"
          connectors={connectors?.filter((connector) => !value.includes(connector.id))}
          value=""
          onChange={(connectorId) => {
            if (!connectorId || value.includes(connectorId)) return
            onChange([...value, connectorId])
            // The picker remounts empty for the next connector: keep the focus in it.
            requestAnimationFrame(() => document.getElementById(addId)?.focus())
          }}
          allowUnknown
        />
      ) : null}
    </div>
  )
}

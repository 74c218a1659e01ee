// "Connector": one connector is chosen in the picker as before (any id, listed or not); with
// several chosen each is a button that removes it. AddConnectorFilter adds more: "Add another
// connector" opens a second picker, which stays while several are chosen. It comes after the status
// and job-type fields, so the keyboard path Connector → Status → Job type is as before, and while
// one connector is chosen the page keeps a single control labelled "Connector". The list merges
// one stream per connector, or reads wider and keeps these connectors' jobs (lib/merge-newest-first.ts).
import { useEffect, useId, useState } from 'react'
import type { ConnectorSummary } from '../../../contract/es-connector-types.ts'
import { ConnectorPicker } from '../../components/connector-picker.tsx'
import { Button } from '../../components/ui/button.tsx'

interface ConnectorFilterProps {
  value: readonly string[]
  connectors: ConnectorSummary[] | undefined
  onChange: (connectorIds: string[]) => void
}

const nameIn = (connectors: ConnectorSummary[] | undefined, id: string) => connectors?.find((connector) => connector.id === id)?.name || id

export function ConnectorFilter({ value, connectors, onChange }: ConnectorFilterProps) {
  if (value.length <= 1) {
    return (
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
    )
  }
  return (
    <fieldset className="chosen-connectors">
      <legend>Connectors</legend>
      <ul>
        {value.map((id) => (
          <li key={id}>
            <button
              type="button"
              className="chosen-connector"
              aria-label={`Remove connector ${nameIn(connectors, id)}`}
              onClick={() => onChange(value.filter((other) => other !== id))}
            >
              {nameIn(connectors, id)} <span aria-hidden="true">×</span>
            </button>
          </li>
        ))}
      </ul>
    </fieldset>
  )
}

export function AddConnectorFilter({ value, connectors, onChange }: ConnectorFilterProps) {
  const addId = useId()
  const [adding, setAdding] = useState(false)
  useEffect(() => {
    if (adding) document.getElementById(addId)?.focus()
  }, [adding, addId])
  // Back to no connector: the next one chosen starts with the button again.
  if (value.length === 0 && adding) setAdding(false)
  if (value.length === 0) return null
  if (value.length === 1 && !adding) {
    return (
      <Button className="add-connector-toggle" onClick={() => setAdding(true)}>
        Add another connector
      </Button>
    )
  }
  return (
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
  )
}

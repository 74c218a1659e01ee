// What the chosen connector is, under the picker: index and service type, and a heads-up when
// Elasticsearch is going to refuse a sync for it (no index attached, no service type).
import type { ConnectorSummary } from '../../../contract/es-connector-types.ts'

export function ChosenConnector({ connectors, connectorId }: { connectors: ConnectorSummary[] | undefined; connectorId: string }) {
  const connector = connectors?.find((entry) => entry.id === connectorId)
  if (!connector) return null
  const problems = [
    connector.index_name ? undefined : 'It has no index attached, so Elasticsearch refuses full and incremental syncs.',
    connector.service_type ? undefined : 'It has no service type, so Elasticsearch refuses every sync.',
  ].filter((problem): problem is string => problem !== undefined)
  return (
    <div className="chosen-connector">
      <p className="hint">
        <span className="mono">{connector.id}</span>
        {connector.index_name ? <> · index <span className="mono">{connector.index_name}</span></> : null}
        {connector.service_type ? <> · {connector.service_type}</> : null}
      </p>
      {problems.length > 0 ? <p className="hint warn-text">{problems.join(' ')}</p> : null}
    </div>
  )
}

// Pure helpers behind the connector picker: what a connector is called in one line, how typed text
// matches connectors (name, id, index name, service type) and how typed text resolves to an id.
import type { ConnectorSummary } from '../../contract/es-connector-types.ts'

/** Lower-case text a connector is found by. */
function haystack(connector: ConnectorSummary): string {
  return [connector.name, connector.id, connector.index_name ?? '', connector.service_type ?? ''].join('\n').toLowerCase()
}

/** Connectors whose name, id, index name or service type contains every word of `text`. */
export function filterConnectors(connectors: readonly ConnectorSummary[], text: string): ConnectorSummary[] {
  const words = text.trim().toLowerCase().split(/\s+/).filter(Boolean)
  if (words.length === 0) return [...connectors]
  return connectors.filter((connector) => {
    const hay = haystack(connector)
    return words.every((word) => hay.includes(word))
  })
}

/**
 * The connector id typed text stands for: an exact id first (ids are case-sensitive keywords in
 * Elasticsearch), then a name that only one connector has (case-insensitive). Undefined otherwise.
 */
export function resolveConnectorText(connectors: readonly ConnectorSummary[] | undefined, text: string): string | undefined {
  const trimmed = text.trim()
  if (!trimmed || !connectors) return undefined
  const byId = connectors.find((connector) => connector.id === trimmed)
  if (byId) return byId.id
  const lower = trimmed.toLowerCase()
  const byName = connectors.filter((connector) => connector.name.toLowerCase() === lower)
  return byName.length === 1 ? byName[0]?.id : undefined
}

/** What the input shows for a chosen id: the connector's name when known (falling back to the id). */
export function connectorDisplayText(connectors: readonly ConnectorSummary[] | undefined, id: string): string {
  if (!id) return ''
  const connector = connectors?.find((entry) => entry.id === id)
  return connector?.name || id
}

// Which syncs "Sync now" may start for a connector: a full sync always; an incremental one only with
// `features.incremental_sync.enabled`, an access-control one only with
// `features.document_level_security.enabled` (the connector service runs nothing else). And why
// none can start: Elasticsearch refuses a sync of a connector without an index or a service type.
import type { ConnectorDocument, JobType } from '../../../contract/es-connector-types.ts'

export function syncTypes(connector: Pick<ConnectorDocument, 'features'>): JobType[] {
  const types: JobType[] = ['full']
  if (connector.features?.incremental_sync?.enabled === true) types.push('incremental')
  if (connector.features?.document_level_security?.enabled === true) types.push('access_control')
  return types
}

export function syncBlocker(connector: Pick<ConnectorDocument, 'index_name' | 'service_type'>): string | undefined {
  if (!connector.index_name) return 'This connector has no index attached: Elasticsearch refuses to start a sync until one is set.'
  if (!connector.service_type) return 'This connector has no service type: Elasticsearch refuses to start a sync until one is set.'
  return undefined
}

// What Elasticsearch's connector index service decides about connector documents: the fresh document a
// PUT writes, index-name validation, and the snapshot of a connector that a new sync job carries.

import type { Connector, FilteringRules, JobType, SyncJobConnector } from '../../contract/es-connector-types.ts'

export const CONNECTORS_INDEX = '.elastic-connectors-v1'
export const SYNC_JOBS_INDEX = '.elastic-connectors-sync-jobs-v1'
const ACCESS_CONTROL_INDEX_PREFIX = '.search-acl-filter-'
const MANAGED_CONNECTOR_INDEX_PREFIX = 'content-'

export interface PutConnectorBody {
  index_name?: string | null
  name?: string
  description?: string
  is_native?: boolean
  language?: string
  service_type?: string
}

/** The document `PUT _connector/<id>` writes; a re-PUT writes it again, wiping earlier settings. */
export function freshConnector(id: string, body: PutConnectorBody, timestamp: string): Connector {
  const isNative = body.is_native ?? false
  const connector: Connector = {
    id,
    configuration: {},
    custom_scheduling: {},
    deleted: false,
    filtering: [{ active: defaultFilteringRules(timestamp), domain: 'DEFAULT', draft: defaultFilteringRules(timestamp) }],
    is_native: isNative,
    name: body.name ?? '',
    scheduling: {
      access_control: { enabled: false, interval: '0 0 0 * * ?' },
      full: { enabled: false, interval: '0 0 0 * * ?' },
      incremental: { enabled: false, interval: '0 0 0 * * ?' },
    },
    status: isNative ? 'needs_configuration' : 'created',
    sync_now: false,
  }
  // Absent, not null: Elasticsearch omits the fields a PUT did not set.
  if (typeof body.index_name === 'string') connector.index_name = body.index_name
  if (body.description !== undefined) connector.description = body.description
  if (body.language !== undefined) connector.language = body.language
  if (body.service_type !== undefined) connector.service_type = body.service_type
  return connector
}

function defaultFilteringRules(timestamp: string): FilteringRules {
  return {
    advanced_snippet: { created_at: timestamp, updated_at: timestamp, value: {} },
    rules: [
      { created_at: timestamp, field: '_', id: 'DEFAULT', order: 0, policy: 'include', rule: 'regex', updated_at: timestamp, value: '.*' },
    ],
    validation: { errors: [], state: 'valid' },
  }
}

/** Validation messages for a connector's `PUT` body (`PutConnectorAction.Request.validate`). */
export function putConnectorValidationErrors(body: PutConnectorBody): string[] {
  const errors: string[] = []
  const indexName = body.index_name
  if (typeof indexName === 'string' && indexName !== '') {
    const invalid = invalidIndexNameReason(indexName)
    if (invalid) errors.push(invalid)
    if (body.is_native === true && !indexName.startsWith(MANAGED_CONNECTOR_INDEX_PREFIX)) {
      errors.push(
        `Index [${indexName}] is invalid. Index attached to an Elastic-managed connector must start with the prefix: [${MANAGED_CONNECTOR_INDEX_PREFIX}]`,
      )
    }
  }
  return errors
}

const INVALID_FILENAME_CHARS = ['\\', '/', '*', '?', '"', '<', '>', '|', ' ', ',']

/** `MetadataCreateIndexService.validateIndexOrAliasName` + lowercase rule; undefined when valid. */
export function invalidIndexNameReason(name: string): string | undefined {
  const prefix = `Invalid index name [${name}], `
  if (INVALID_FILENAME_CHARS.some((ch) => name.includes(ch))) {
    return `${prefix}must not contain the following characters [${INVALID_FILENAME_CHARS.join(', ')}]`
  }
  if (name === '') return `${prefix}must not be empty`
  if (name.includes('#')) return `${prefix}must not contain '#'`
  if (name.includes(':')) return `${prefix}must not contain ':'`
  if (name.startsWith('_') || name.startsWith('-') || name.startsWith('+')) return `${prefix}must not start with '_', '-', or '+'`
  const bytes = new TextEncoder().encode(name).length
  if (bytes > 255) return `${prefix}index name is too long, (${bytes} > 255)`
  if (name === '.' || name === '..') return `${prefix}must not be '.' or '..'`
  if (name.toLowerCase() !== name) return `${prefix}must be lowercase`
  return undefined
}

/** The connector fields a new sync job copies (`getSyncJobConnectorInfo`); never the sync cursor. */
export function connectorSnapshot(connector: Connector, jobType: JobType): SyncJobConnector {
  const snapshot: SyncJobConnector = { id: connector.id }
  // Optional chaining: back-door (seeded) documents are not validated.
  const firstFiltering = connector.filtering?.[0]
  if (firstFiltering) snapshot.filtering = structuredClone(firstFiltering.active)
  // The ACL prefix is added before the emptiness check, so an access_control job on a connector with
  // no index passes it with `.search-acl-filter-null` — a quirk Elasticsearch has.
  if (jobType === 'access_control') snapshot.index_name = `${ACCESS_CONTROL_INDEX_PREFIX}${connector.index_name ?? 'null'}`
  else if (connector.index_name !== undefined) snapshot.index_name = connector.index_name
  if (connector.language !== undefined) snapshot.language = connector.language
  if (connector.pipeline !== undefined) snapshot.pipeline = structuredClone(connector.pipeline)
  if (connector.service_type !== undefined) snapshot.service_type = connector.service_type
  snapshot.configuration = structuredClone(connector.configuration ?? {})
  return snapshot
}

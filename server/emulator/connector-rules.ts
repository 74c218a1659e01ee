// What Elasticsearch's connector index service decides about connector documents: the fresh document a
// PUT or POST writes, index-name validation, the status state machine, the order of filtering rules,
// and the snapshot of a connector that a new sync job carries.

import type {
  Connector,
  ConnectorDocument,
  ConnectorStatus,
  FilteringRule,
  FilteringRules,
  JobType,
  PutConnectorBody,
  SyncJobConnector,
} from '../../contract/es-connector-types.ts'
import type { FilteringRulesInput, RuleInput, SnippetInput } from './connector-objects.ts'

export const CONNECTORS_INDEX = '.elastic-connectors-v1'
export const SYNC_JOBS_INDEX = '.elastic-connectors-sync-jobs-v1'
const ACCESS_CONTROL_INDEX_PREFIX = '.search-acl-filter-'
/** `ConnectorTemplateRegistry.MANAGED_CONNECTOR_INDEX_PREFIX`: Elastic-managed (native) connectors'
 *  indices must start with it (9.0+, elastic/elasticsearch#117778). */
export const MANAGED_CONNECTOR_INDEX_PREFIX = 'content-'

/** The document `PUT _connector/<id>` writes; a re-PUT writes it again, wiping earlier settings. It has
 *  no nulls, so it is both a dashboard `Connector` and a `ConnectorDocument`. */
export function freshConnector(id: string, body: PutConnectorBody, timestamp: string): Connector & ConnectorDocument {
  const isNative = body.is_native ?? false
  const connector: Connector & ConnectorDocument = {
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

/** Validation messages for a connector's `PUT`/`POST` body (`validate()` of both requests): the index
 *  name (an empty one too), and for a native connector the managed prefix. */
export function putConnectorValidationErrors(body: PutConnectorBody): string[] {
  const errors: string[] = []
  const indexName = body.index_name
  if (typeof indexName === 'string') {
    const invalid = indexNameValidationError(indexName)
    if (invalid) errors.push(invalid)
    if (body.is_native === true && !indexName.startsWith(MANAGED_CONNECTOR_INDEX_PREFIX)) {
      errors.push(
        `Index [${indexName}] is invalid. Index attached to an Elastic-managed connector must start with the prefix: [${MANAGED_CONNECTOR_INDEX_PREFIX}]`,
      )
    }
  }
  return errors
}

/** The validation message for an invalid index name: the `toString()` of Elasticsearch's
 *  `InvalidIndexNameException`, which starts with the index (`[x] InvalidIndexNameException[…]`). */
export function indexNameValidationError(name: string): string | undefined {
  const reason = invalidIndexNameReason(name)
  return reason === undefined ? undefined : `[${name}] InvalidIndexNameException[${reason}]`
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

/** The connector fields a new sync job copies (`getSyncJobConnectorInfo`); never the sync cursor. A
 *  `null` index name (a detached index) counts as none. */
export function connectorSnapshot(connector: ConnectorDocument, jobType: JobType): SyncJobConnector {
  const snapshot: SyncJobConnector = { id: connector.id }
  // Optional chaining: back-door (seeded) documents are not validated.
  const firstFiltering = connector.filtering?.[0]
  if (firstFiltering) snapshot.filtering = structuredClone(firstFiltering.active)
  const indexName = connector.index_name ?? undefined
  // The ACL prefix is added before the emptiness check, so an access_control job on a connector with
  // no index passes it with `.search-acl-filter-null` — a quirk Elasticsearch has.
  if (jobType === 'access_control') snapshot.index_name = `${ACCESS_CONTROL_INDEX_PREFIX}${indexName ?? 'null'}`
  else if (indexName !== undefined) snapshot.index_name = indexName
  if (connector.language !== undefined) snapshot.language = connector.language
  if (connector.pipeline !== undefined) snapshot.pipeline = structuredClone(connector.pipeline)
  if (connector.service_type !== undefined) snapshot.service_type = connector.service_type
  snapshot.configuration = structuredClone(connector.configuration ?? {})
  return snapshot
}

// ---- Status ----------------------------------------------------------------------------------------

/** `ConnectorStateMachine`: the statuses `_status` may move a connector to from each status. */
const CONNECTOR_TRANSITIONS: Record<ConnectorStatus, readonly ConnectorStatus[]> = {
  created: ['needs_configuration', 'error'],
  needs_configuration: ['configured', 'error'],
  configured: ['needs_configuration', 'configured', 'connected', 'error'],
  connected: ['connected', 'configured', 'error'],
  error: ['connected', 'configured', 'error'],
}

export function isValidConnectorTransition(from: string, to: ConnectorStatus): boolean {
  return (CONNECTOR_TRANSITIONS as Record<string, readonly ConnectorStatus[] | undefined>)[from]?.includes(to) ?? false
}

// ---- Filtering -------------------------------------------------------------------------------------

/** A rule with its timestamps: each rule's builder stamps the missing ones with one "now". */
export function completeRule(rule: RuleInput, now: () => string): FilteringRule {
  const stamp = rule.created_at === undefined || rule.updated_at === undefined ? now() : ''
  return {
    created_at: rule.created_at ?? stamp,
    field: rule.field,
    id: rule.id,
    order: rule.order,
    policy: rule.policy,
    rule: rule.rule,
    updated_at: rule.updated_at ?? stamp,
    value: rule.value,
  }
}

export function completeSnippet(snippet: SnippetInput, now: () => string): FilteringRules['advanced_snippet'] {
  const stamp = snippet.created_at === undefined || snippet.updated_at === undefined ? now() : ''
  return { created_at: snippet.created_at ?? stamp, updated_at: snippet.updated_at ?? stamp, value: snippet.value }
}

export function completeRules(rules: FilteringRulesInput, now: () => string): FilteringRules {
  return {
    advanced_snippet: completeSnippet(rules.advanced_snippet, now),
    rules: rules.rules.map((rule) => completeRule(rule, now)),
    validation: structuredClone(rules.validation),
  }
}

/** The catch-all rule every draft ends with (`ConnectorFiltering.getDefaultFilteringRule`). */
function isDefaultRule(rule: FilteringRule): boolean {
  return rule.field === '_' && rule.id === 'DEFAULT' && rule.policy === 'include' && rule.rule === 'regex' && rule.value === '.*'
}

/**
 * `ConnectorFiltering.sortFilteringRulesByOrder`: the rules by `order` (stable), then the DEFAULT
 * rule, re-created with the next order (0 when alone) and with the given DEFAULT rule's `created_at`
 * as both of its timestamps (or "now" when the request had none).
 */
export function sortFilteringRules(rules: readonly FilteringRule[], now: () => string): FilteringRule[] {
  const given = rules.find(isDefaultRule)
  const sorted = rules.filter((rule) => !isDefaultRule(rule)).sort((a, b) => a.order - b.order)
  const stamp = given?.created_at ?? now()
  const order = sorted.length === 0 ? 0 : (sorted[sorted.length - 1] as FilteringRule).order + 1
  sorted.push({ created_at: stamp, field: '_', id: 'DEFAULT', order, policy: 'include', rule: 'regex', updated_at: stamp, value: '.*' })
  return sorted
}

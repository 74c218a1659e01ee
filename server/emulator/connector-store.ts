// The connectors index (`.elastic-connectors-v1`) of the emulator, with the rules of Elasticsearch's
// ConnectorIndexService for each connector endpoint: create (PUT/POST), get, list, soft and hard
// delete, and every `_connector/{id}/_x` update. Each update runs the request's `validate()` first,
// then — as the real service does — either looks the connector up (missing or soft-deleted: 404
// `connector [id] not found`) or sends a partial update straight away (missing: 404
// `document_missing_exception`; soft-deleted: updated anyway). Updates merge like Elasticsearch's
// partial updates and answer `noop` when nothing changed. The simulated connector service calls the
// same methods (`checkInConnector`, `updateLastSync`, …), so it follows the same rules as the API.

import { randomBytes } from 'node:crypto'
import type {
  ConnectorDocument,
  ConnectorFeatures,
  ConnectorFiltering,
  ConnectorPipeline,
  ConnectorStatus,
  FilteringValidation,
  JobType,
  ListResponse,
  PutConnectorBody,
  SchedulingEntry,
  UpdateConnectorLastSyncBody,
} from '../../contract/es-connector-types.ts'
import {
  CONNECTORS_INDEX,
  MANAGED_CONNECTOR_INDEX_PREFIX,
  completeRules,
  completeRule,
  completeSnippet,
  freshConnector,
  indexNameValidationError,
  isValidConnectorTransition,
  putConnectorValidationErrors,
  sortFilteringRules,
} from './connector-rules.ts'
import {
  type EsException,
  badRequestStatus,
  connectorNotFound,
  documentMissing,
  illegalArgument,
  invalidConnectorTransition,
  javaRuntimeFailure,
  resultWindowTooLarge,
  validationFailed,
} from './errors.ts'
import { setOwn } from './json-reader.ts'
import { mergeDocument } from './partial-update.ts'
import type { ConfigurationBody, FilteringBody } from './request-bodies-connectors.ts'

export type UpdateResult = 'updated' | 'noop'

export interface ListConnectorsQuery {
  from: number
  size: number
  query?: string | undefined
  connector_name?: readonly string[] | undefined
  index_name?: readonly string[] | undefined
  service_type?: readonly string[] | undefined
  include_deleted?: boolean | undefined
}

export interface ConnectorStoreHooks {
  /** "Now" as Elasticsearch prints `Instant.now()`. */
  stamp: () => string
  /** A fresh document id (unique among connectors and sync jobs). */
  newId: () => string
  /** `delete_sync_jobs=true`: the delete-by-query on `connector.id`. */
  deleteSyncJobs: (connectorId: string) => void
}

const EMPTY_ID = '[connector_id] cannot be [null] or [""].'
/** Elasticsearch counts hits exactly only up to this many (`track_total_hits` default). */
const TRACKED_TOTAL_HITS = 10_000
const MAX_RESULT_WINDOW = 10_000
const SYNC_INFO_FIELDS = [
  'last_access_control_sync_error',
  'last_access_control_sync_scheduled_at',
  'last_access_control_sync_status',
  'last_deleted_document_count',
  'last_incremental_sync_scheduled_at',
  'last_indexed_document_count',
  'last_sync_error',
  'last_sync_scheduled_at',
  'last_sync_status',
  'last_synced',
] as const

export class ConnectorStore {
  private readonly docs = new Map<string, ConnectorDocument>()
  private readonly hooks: ConnectorStoreHooks
  /** The index's uuid, as `document_missing_exception` reports it. */
  private readonly indexUuid = randomBytes(16).toString('base64url').slice(0, 22)
  // Elasticsearch creates the index on the first write; lookups before that say "not found" too.
  private indexExists = false

  constructor(hooks: ConnectorStoreHooks) {
    this.hooks = hooks
  }

  get exists(): boolean {
    return this.indexExists
  }

  has(id: string): boolean {
    return this.docs.has(id)
  }

  /** The stored document (soft-deleted ones too), unvalidated and uncopied: for the sync-job snapshot. */
  stored(id: string): ConnectorDocument | undefined {
    return this.docs.get(id)
  }

  /** The ids of the connectors that are not soft-deleted, in insertion order (no copies). */
  liveIds(): string[] {
    const ids: string[] = []
    for (const [id, connector] of this.docs) if (connector.deleted !== true) ids.push(id)
    return ids
  }

  /** Bulk load of seed documents; the store takes ownership. Existing ids are replaced. */
  load(connectors: readonly ConnectorDocument[]): void {
    for (const connector of connectors) this.docs.set(connector.id, connector)
    if (connectors.length > 0) this.indexExists = true
  }

  // ---- Create, get, list, delete -----------------------------------------------------------------

  /** `PUT _connector/{id}` (id given), `PUT _connector` and `POST _connector` (generated id). A PUT
   *  over an existing id replaces the whole document with a fresh one. */
  putConnector(id: string | undefined, body: PutConnectorBody): { id: string; result: 'created' | 'updated' } {
    const errors = putConnectorValidationErrors(body)
    if (errors.length > 0) throw validationFailed(errors)
    const connectorId = id || this.hooks.newId()
    const indexName = body.index_name
    if (typeof indexName === 'string' && this.indexNameInUse(indexName, connectorId)) throw indexNameInUse(indexName)
    const result = this.docs.has(connectorId) ? 'updated' : 'created'
    this.docs.set(connectorId, freshConnector(connectorId, body, this.hooks.stamp()))
    this.indexExists = true
    return { id: connectorId, result }
  }

  getConnector(id: string, includeDeleted = false): ConnectorDocument {
    const connector = this.docs.get(id)
    if (!this.indexExists || !connector || (connector.deleted === true && !includeDeleted)) throw connectorNotFound(id)
    return structuredClone(connector)
  }

  listConnectors(p: ListConnectorsQuery): ListResponse<ConnectorDocument> {
    checkPageParams(p.from, p.size)
    const invalidNames = (p.index_name ?? []).map(indexNameValidationError).filter((reason) => reason !== undefined)
    if (invalidNames.length > 0) throw validationFailed(invalidNames)
    if (!this.indexExists) return { count: 0, results: [] }
    if (p.from + p.size > MAX_RESULT_WINDOW) throw resultWindowTooLarge(CONNECTORS_INDEX, p.from + p.size)
    const matches = [...this.docs.values()].filter((connector) => connectorMatches(connector, p))
    // Sorted by index_name ascending; connectors without one (absent or null) come last.
    matches.sort((a, b) => {
      const left = a.index_name ?? undefined
      const right = b.index_name ?? undefined
      if (left === undefined || right === undefined) return left === right ? 0 : left === undefined ? 1 : -1
      return left < right ? -1 : left > right ? 1 : 0
    })
    return {
      count: Math.min(matches.length, TRACKED_TOTAL_HITS),
      results: matches.slice(p.from, p.from + p.size).map((connector) => structuredClone(connector)),
    }
  }

  /** Soft delete (`deleted: true`; the connector must be live) or hard delete (the raw document, soft-
   *  deleted ones too); then, with `deleteSyncJobs`, its sync jobs. */
  deleteConnector(id: string, opts: { hard: boolean; deleteSyncJobs: boolean }): void {
    if (!id) throw validationFailed(['connector_id missing'])
    const connector = this.docs.get(id)
    if (!this.indexExists || !connector || (connector.deleted === true && !opts.hard)) throw connectorNotFound(id)
    if (opts.hard) this.docs.delete(id)
    else this.docs.set(id, { ...connector, deleted: true })
    if (opts.deleteSyncJobs) this.hooks.deleteSyncJobs(id)
  }

  // ---- Updates without a lookup (a missing document is a document_missing_exception) ---------------

  /** `_check_in`: `last_seen` = now — or the given timestamp, for the simulated service's own clock. */
  checkInConnector(id: string, now?: string): UpdateResult {
    validate(id)
    return this.partialUpdate(id, { last_seen: now ?? this.hooks.stamp() })
  }

  /** `_error`: a non-empty error sets status `error`; null or "" sets `connected` (no state check). */
  updateConnectorError(id: string, error: string | null): UpdateResult {
    validate(id)
    return this.partialUpdate(id, { error, status: error ? 'error' : 'connected' })
  }

  /** `_last_sync`: only the non-null values are written — null never clears a field. */
  updateLastSync(id: string, fields: UpdateConnectorLastSyncBody): UpdateResult {
    validate(id)
    const patch: Record<string, unknown> = {}
    for (const key of SYNC_INFO_FIELDS) {
      const value = fields[key]
      if (value !== null && value !== undefined) patch[key] = value
    }
    if (fields.sync_cursor !== null && fields.sync_cursor !== undefined) patch.sync_cursor = fields.sync_cursor
    return this.partialUpdate(id, patch)
  }

  /** `_name`: name and/or description; a null one is not written. */
  updateConnectorName(id: string, body: { name?: string | null; description?: string | null }): UpdateResult {
    const name = body.name ?? null
    const description = body.description ?? null
    validate(id, name === null && description === null ? '[name] and [description] cannot both be [null]. Please provide a value for at least one of them.' : undefined)
    const patch: Record<string, unknown> = {}
    if (name !== null) patch.name = name
    if (description !== null) patch.description = description
    return this.partialUpdate(id, patch)
  }

  updateConnectorPipeline(id: string, pipeline: ConnectorPipeline): UpdateResult {
    validate(id)
    return this.partialUpdate(id, { pipeline })
  }

  /** `_scheduling`: the given schedule types replace theirs, the others stay. Elasticsearch's check
   *  looks at `incremental` twice and never at `access_control`, so an access_control-only body fails. */
  updateConnectorScheduling(id: string, scheduling: Partial<Record<JobType, SchedulingEntry>>): UpdateResult {
    const none = scheduling.full === undefined && scheduling.incremental === undefined
    validate(id, none ? '[scheduling] object needs to define at least one schedule type: [full | incremental | access_control]' : undefined)
    return this.partialUpdate(id, { scheduling })
  }

  /** `_api_key_id`: api_key_id and/or api_key_secret_id; a null one is not written. */
  updateConnectorApiKeyId(id: string, body: { api_key_id?: string | null; api_key_secret_id?: string | null }): UpdateResult {
    const keyId = body.api_key_id ?? null
    const secretId = body.api_key_secret_id ?? null
    validate(
      id,
      keyId === null && secretId === null
        ? '[api_key_id] and [api_key_secret_id] cannot both be [null]. Please provide a value for at least one of them.'
        : undefined,
    )
    const patch: Record<string, unknown> = {}
    if (keyId !== null) patch.api_key_id = keyId
    if (secretId !== null) patch.api_key_secret_id = secretId
    return this.partialUpdate(id, patch)
  }

  /** `_features`: merged into the stored features. A body without `features` makes Elasticsearch build
   *  `Map.of("features", null)`, whose NullPointerException it answers with a 500. */
  updateConnectorFeatures(id: string, features: ConnectorFeatures | undefined): UpdateResult {
    validate(id)
    if (features === undefined) throw javaRuntimeFailure('null_pointer_exception', null)
    return this.partialUpdate(id, { features })
  }

  // ---- Filtering ---------------------------------------------------------------------------------

  /** `_filtering`: draft mode (`rules` and/or `advanced_snippet`: the draft is replaced, sorted, and
   *  marked edited; the connector is looked up) or full mode (`filtering` replaces the list, every
   *  entry's domain written as DEFAULT; no lookup). */
  updateConnectorFiltering(id: string, body: FilteringBody): UpdateResult {
    if (body.filtering === undefined) {
      validate(id, body.rules === undefined && body.advanced_snippet === undefined ? '[advanced_snippet] and [rules] cannot be both [null].' : undefined)
    } else {
      const mixed = body.rules !== undefined || body.advanced_snippet !== undefined
      validate(id, mixed ? 'If [filtering] is specified, [rules] and [advanced_snippet] should not be present in the request body.' : undefined)
      const now = this.hooks.stamp
      const filtering = body.filtering.map((entry) => ({ active: completeRules(entry.active, now), domain: 'DEFAULT', draft: completeRules(entry.draft, now) }))
      return this.partialUpdate(id, { filtering })
    }
    const first = this.firstFiltering(this.requireLive(id))
    const now = this.hooks.stamp
    const draft = {
      advanced_snippet: body.advanced_snippet ? completeSnippet(body.advanced_snippet, now) : first.draft.advanced_snippet,
      rules: body.rules ? sortFilteringRules(body.rules.map((rule) => completeRule(rule, now)), now) : first.draft.rules,
      validation: { errors: [], state: 'edited' },
    }
    return this.partialUpdate(id, { filtering: [{ active: first.active, domain: 'DEFAULT', draft }] })
  }

  /** `_filtering/_validation`: replaces the draft's validation (what the connector service reports). */
  updateConnectorFilteringValidation(id: string, validation: FilteringValidation): UpdateResult {
    validate(id)
    const first = this.firstFiltering(this.requireLive(id))
    return this.partialUpdate(id, { filtering: [{ active: first.active, domain: 'DEFAULT', draft: { ...first.draft, validation } }] })
  }

  /** `_filtering/_activate`: a valid draft becomes the active rules. */
  activateConnectorFiltering(id: string): UpdateResult {
    validate(id)
    const first = this.firstFiltering(this.requireLive(id))
    const state = first.draft.validation.state
    if (state !== 'valid') {
      throw badRequestStatus(
        'Filtering draft needs to be validated by the connector service before activation. ' +
          `Current filtering draft validation state [${state}] is not equal to [valid].`,
      )
    }
    return this.partialUpdate(id, { filtering: [{ active: first.draft, domain: 'DEFAULT', draft: first.draft }] })
  }

  // ---- Updates after a lookup (missing or soft-deleted: connector [id] not found) -----------------

  /** `_status`, the one update that checks the connector state machine. */
  updateConnectorStatus(id: string, status: ConnectorStatus | undefined): UpdateResult {
    validate(id, status === undefined ? '[status] cannot be [null].' : undefined)
    const connector = this.requireLive(id)
    const next = status as ConnectorStatus
    if (!isValidConnectorTransition(connector.status, next)) throw invalidConnectorTransition(connector.status, next)
    return this.partialUpdate(id, { status: next })
  }

  /** `_configuration`: `configuration` replaces the whole map (a script: always "updated"); `values`
   *  sets the values of fields that already exist. Either sets status `configured` unconditionally. */
  updateConnectorConfiguration(id: string, body: ConfigurationBody): UpdateResult {
    const errors: string[] = []
    if (body.configuration === undefined && body.values === undefined) errors.push('[configuration] and [values] cannot both be null.')
    if (body.configuration !== undefined && body.values !== undefined) errors.push('[configuration] and [values] cannot both be provided in the same request.')
    validate(id, ...errors)
    const connector = this.requireLive(id)
    if (body.configuration !== undefined) {
      this.docs.set(id, { ...connector, configuration: structuredClone(body.configuration), status: 'configured' })
      return 'updated'
    }
    const values = body.values ?? {}
    const existing = connector.configuration ?? {}
    const unknown = Object.keys(values).filter((key) => !Object.hasOwn(existing, key))
    if (unknown.length > 0) {
      throw badRequestStatus(
        `Unknown [configuration] fields in the request payload: [${unknown.join(', ')}]. Remove them from request or register their schema first.`,
      )
    }
    const configuration: Record<string, unknown> = {}
    for (const [key, value] of Object.entries(values)) setOwn(configuration, key, { value })
    return this.partialUpdate(id, { configuration, status: 'configured' })
  }

  /** `_index_name`: name validation, then the in-use check (before the lookup: an unknown id with a
   *  taken name is a 400), then the lookup and the managed-prefix rule for native connectors. `null`
   *  detaches the index. */
  updateConnectorIndexName(id: string, indexName: string | null): UpdateResult {
    const invalid = indexName === null ? undefined : indexNameValidationError(indexName)
    validate(id, invalid)
    if (indexName !== null && this.indexNameInUse(indexName, id)) throw indexNameInUse(indexName)
    const connector = this.requireLive(id)
    if (connector.is_native && indexName !== null && !indexName.startsWith(MANAGED_CONNECTOR_INDEX_PREFIX)) {
      throw badRequestStatus(
        `Index attached to an Elastic-managed connector must start with the prefix: [${MANAGED_CONNECTOR_INDEX_PREFIX}]. ` +
          `The index name in the payload [${indexName}] doesn't comply with this requirement.`,
      )
    }
    return this.partialUpdate(id, { index_name: indexName })
  }

  /** `_service_type`: status stays `created` if it was, else becomes `needs_configuration`. */
  updateConnectorServiceType(id: string, serviceType: string): UpdateResult {
    validate(id, serviceType ? undefined : '[service_type] cannot be [null] or [""].')
    const connector = this.requireLive(id)
    return this.partialUpdate(id, { service_type: serviceType, status: connector.status === 'created' ? 'created' : 'needs_configuration' })
  }

  /** `_native`: a native connector's attached index needs the managed prefix; a connected connector
   *  goes back to `configured` (it has to reconnect). */
  updateConnectorNative(id: string, isNative: boolean): UpdateResult {
    validate(id)
    const connector = this.requireLive(id)
    const indexName = connector.index_name ?? null
    if (isNative && indexName !== null && !indexName.startsWith(MANAGED_CONNECTOR_INDEX_PREFIX)) {
      throw badRequestStatus(
        `The index name [${indexName}] attached to the connector [${id}] must start with the required prefix: ` +
          `[${MANAGED_CONNECTOR_INDEX_PREFIX}] to be Elastic-managed. Please update the attached index first to comply with this requirement.`,
      )
    }
    const status = connector.status === 'connected' ? 'configured' : connector.status
    return this.partialUpdate(id, { is_native: isNative, status })
  }

  // ---- The back door ------------------------------------------------------------------------------

  /** A direct partial update of the document, as the connector service writes `status`, `error`,
   *  `last_*` … into the index without the API's checks. A value of undefined is not written. */
  writeConnector(id: string, patch: Partial<Omit<ConnectorDocument, 'id'>>): UpdateResult {
    const defined = Object.fromEntries(Object.entries(patch).filter(([key, value]) => key !== 'id' && value !== undefined))
    return this.partialUpdate(id, defined)
  }

  // ---- Internals ---------------------------------------------------------------------------------

  /** An UpdateRequest with a partial document and noop detection. */
  private partialUpdate(id: string, patch: Record<string, unknown>): UpdateResult {
    if (!this.indexExists) throw connectorNotFound(id)
    const connector = this.docs.get(id)
    if (!connector) throw documentMissing(id, CONNECTORS_INDEX, this.indexUuid)
    const { merged, changed } = mergeDocument(connector as unknown as Record<string, unknown>, structuredClone(patch))
    if (!changed) return 'noop'
    this.docs.set(id, merged as unknown as ConnectorDocument)
    return 'updated'
  }

  /** `getConnector(id, includeDeleted = false)`. */
  private requireLive(id: string): ConnectorDocument {
    const connector = this.docs.get(id)
    if (!this.indexExists || !connector || connector.deleted === true) throw connectorNotFound(id)
    return connector
  }

  /** The first entry of `filtering`, read back from the document (`fromXContentBytesConnectorFiltering`):
   *  a document without the field fails its parser; an empty list fails Java's `List.get(0)` (a 500). */
  private firstFiltering(connector: ConnectorDocument): ConnectorFiltering {
    if (!Array.isArray(connector.filtering)) throw illegalArgument('Required [filtering]')
    const first = connector.filtering[0]
    if (!first) throw javaRuntimeFailure('index_out_of_bounds_exception', `Index 0 out of bounds for length ${connector.filtering.length}`)
    return structuredClone(first)
  }

  /** Whether a live connector other than `id` has this index name (`isDataIndexNameAlreadyInUse`). */
  private indexNameInUse(indexName: string, id: string): boolean {
    for (const other of this.docs.values()) {
      if (other.id !== id && other.deleted !== true && other.index_name === indexName) return true
    }
    return false
  }
}

/** A request's `validate()`: the connector id, then the endpoint's own checks. */
function validate(id: string, ...messages: (string | undefined)[]): void {
  const errors = id ? [] : [EMPTY_ID]
  for (const message of messages) if (message !== undefined) errors.push(message)
  if (errors.length > 0) throw validationFailed(errors)
}

function indexNameInUse(indexName: string): EsException {
  return badRequestStatus(`Index name [${indexName}] is used by another connector.`)
}

/** `PageParams` validation (the list endpoints check it while reading their parameters). */
export function checkPageParams(from: number, size: number): void {
  if (from < 0) throw illegalArgument('Parameter [from] cannot be < 0')
  if (size < 0) throw illegalArgument('Parameter [size] cannot be < 0')
}

function connectorMatches(connector: ConnectorDocument, p: ListConnectorsQuery): boolean {
  if (!p.include_deleted && connector.deleted === true) return false
  const indexName = connector.index_name ?? undefined
  if (p.index_name?.length && !(indexName !== undefined && p.index_name.includes(indexName))) return false
  if (p.connector_name?.length && !p.connector_name.includes(connector.name)) return false
  if (p.service_type?.length && !(connector.service_type !== undefined && p.service_type.includes(connector.service_type))) return false
  if (p.query !== undefined && p.query !== '') return matchesQuery(connector, p.query)
  return true
}

/** `*<query>*` wildcard on index_name or name (keywords: case-sensitive), or on any lowercased
 *  token of description (a text field). `*` and `?` inside the query act as wildcards too. */
function matchesQuery(connector: ConnectorDocument, query: string): boolean {
  const pattern = new RegExp(
    `^.*${Array.from(query, (ch) => (ch === '*' ? '.*' : ch === '?' ? '.' : ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))).join('')}.*$`,
    'su',
  )
  if (typeof connector.index_name === 'string' && pattern.test(connector.index_name)) return true
  if (typeof connector.name === 'string' && pattern.test(connector.name)) return true
  const tokens = typeof connector.description === 'string' ? connector.description.toLowerCase().split(/[^\p{L}\p{N}_]+/u) : []
  return tokens.some((token) => token !== '' && pattern.test(token))
}

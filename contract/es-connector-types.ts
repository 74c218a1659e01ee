// Wire types of the Elasticsearch connector APIs, exactly as Elasticsearch returns them (snake_case,
// absent-not-null optional fields), and the vocabularies Elasticsearch defines (statuses, job types,
// trigger methods, the result window). Shared by the browser app (src/), the dashboard server and its
// emulator (server/), the benchmarks and the tests; it belongs to none of them, so it holds only types
// and plain constants and imports nothing.

export const SYNC_STATUSES = [
  'pending',
  'in_progress',
  'canceling',
  'canceled',
  'completed',
  'error',
  'suspended',
] as const
export type SyncStatus = (typeof SYNC_STATUSES)[number]

export const JOB_TYPES = ['full', 'incremental', 'access_control'] as const
export type JobType = (typeof JOB_TYPES)[number]

export const TRIGGER_METHODS = ['on_demand', 'scheduled'] as const
export type TriggerMethod = (typeof TRIGGER_METHODS)[number]

/**
 * `index.max_result_window`'s default: `from + size` may not exceed it on any list, and counts
 * (`track_total_hits`) stop there, so a count of 10,000 may mean "10,000 or more".
 */
export const RESULT_WINDOW = 10_000

export interface FilteringRule {
  created_at: string
  field: string
  id: string
  order: number
  policy: 'include' | 'exclude'
  rule: string
  updated_at: string
  value: string
}

export interface FilteringValidation {
  errors: { ids: string[]; messages: string[] }[]
  state: string
}

export interface FilteringRules {
  advanced_snippet: { created_at: string; updated_at: string; value: unknown }
  rules: FilteringRule[]
  validation: FilteringValidation
}

export interface ConnectorFiltering {
  active: FilteringRules
  domain: string
  draft: FilteringRules
}

export interface ConnectorPipeline {
  name: string
  extract_binary_content: boolean
  reduce_whitespace: boolean
  run_ml_inference: boolean
}

/** One entry of a connector's `configuration` map; `sensitive` values must never be shown. */
export interface ConnectorConfigField {
  label?: string
  value: unknown
  sensitive?: boolean
  type?: string
  display?: string
  order?: number
  required?: boolean
  [key: string]: unknown
}

export type ConnectorConfiguration = Record<string, ConnectorConfigField>

/** The connector snapshot copied into a sync job when it is created. */
export interface SyncJobConnector {
  id: string
  filtering?: FilteringRules
  index_name?: string
  language?: string
  pipeline?: ConnectorPipeline
  service_type?: string
  configuration?: ConnectorConfiguration
  sync_cursor?: Record<string, unknown>
}

export interface SyncJob {
  id: string
  cancelation_requested_at?: string
  canceled_at?: string
  completed_at?: string
  connector: SyncJobConnector
  created_at: string
  deleted_document_count: number
  error?: string
  indexed_document_count: number
  /** Megabytes (MiB) as reported by the connector service, not bytes. */
  indexed_document_volume: number
  job_type: JobType
  last_seen?: string
  metadata: Record<string, unknown>
  started_at?: string
  status: SyncStatus
  total_document_count: number
  trigger_method: TriggerMethod
  worker_hostname?: string
}

export interface SchedulingEntry {
  enabled: boolean
  interval: string
}

export interface Connector {
  id: string
  api_key_id?: string
  api_key_secret_id?: string
  configuration: ConnectorConfiguration
  custom_scheduling: Record<string, unknown>
  deleted?: boolean
  description?: string
  error?: string
  features?: Record<string, unknown>
  filtering: ConnectorFiltering[]
  index_name?: string
  is_native: boolean
  language?: string
  last_seen?: string
  last_sync_status?: SyncStatus
  last_sync_error?: string
  last_synced?: string
  last_access_control_sync_status?: SyncStatus
  /** Written by the connector service as an explicit null when the last sync had no error. */
  last_access_control_sync_error?: string | null
  last_indexed_document_count?: number
  last_deleted_document_count?: number
  /** The cron occurrences each schedule last fired at, as the connector service writes them (`+00:00`). */
  last_sync_scheduled_at?: string
  last_incremental_sync_scheduled_at?: string
  last_access_control_sync_scheduled_at?: string
  name: string
  pipeline?: ConnectorPipeline
  scheduling: Record<JobType, SchedulingEntry>
  service_type?: string
  status: string
  sync_cursor?: Record<string, unknown>
  sync_now: boolean
}

/** A connector's own status (`ConnectorStatus`); only `_status` and `_native` check transitions. */
export const CONNECTOR_STATUSES = ['created', 'needs_configuration', 'configured', 'connected', 'error'] as const
export type ConnectorStatus = (typeof CONNECTOR_STATUSES)[number]

export interface ConnectorFeatureEnabled {
  enabled: boolean
}

/** `features`: every part optional; `_features` merges what it is given. */
export interface ConnectorFeatures {
  document_level_security?: ConnectorFeatureEnabled
  incremental_sync?: ConnectorFeatureEnabled
  native_connector_api_keys?: ConnectorFeatureEnabled
  sync_rules?: { advanced?: ConnectorFeatureEnabled; basic?: ConnectorFeatureEnabled }
}

/** The last-sync fields of a connector (`ConnectorSyncInfo`); dates as Elasticsearch prints them. */
export interface ConnectorSyncInfo {
  last_access_control_sync_error?: string | null
  last_access_control_sync_scheduled_at?: string | null
  last_access_control_sync_status?: SyncStatus | null
  last_deleted_document_count?: number | null
  last_incremental_sync_scheduled_at?: string | null
  last_indexed_document_count?: number | null
  last_sync_error?: string | null
  last_sync_scheduled_at?: string | null
  last_sync_status?: SyncStatus | null
  last_synced?: string | null
}

/**
 * A connector document exactly as `GET _connector/{id}` returns it: `Connector` plus every field the
 * update endpoints write, with the `null`s they can store (`_index_name {"index_name": null}` detaches
 * the index, `_error {"error": null}` clears the error) and the `deleted` flag of a soft delete.
 */
export interface ConnectorDocument extends ConnectorSyncInfo {
  id: string
  api_key_id?: string
  api_key_secret_id?: string
  configuration: ConnectorConfiguration
  custom_scheduling: Record<string, unknown>
  deleted?: boolean
  description?: string
  error?: string | null
  features?: ConnectorFeatures
  filtering: ConnectorFiltering[]
  index_name?: string | null
  is_native: boolean
  language?: string
  last_seen?: string
  name: string
  pipeline?: ConnectorPipeline
  scheduling: Record<JobType, SchedulingEntry>
  service_type?: string
  status: string
  /** The connector service writes null after a completed content sync of a source without cursors. */
  sync_cursor?: Record<string, unknown> | null
  sync_now: boolean
}

/** `PUT _connector/{id}`, `PUT _connector`, `POST _connector` (every field optional, the body too). */
export interface PutConnectorBody {
  description?: string
  index_name?: string | null
  is_native?: boolean
  language?: string
  name?: string
  service_type?: string
}

/** `PUT _connector/{id}/_last_sync`: only the non-null values are written. */
export interface UpdateConnectorLastSyncBody extends ConnectorSyncInfo {
  sync_cursor?: Record<string, unknown> | null
}

/** `PUT _connector/{id}/_filtering/_validation` */
export interface UpdateConnectorFilteringValidationBody {
  validation: FilteringValidation
}

/** `{"result": "updated" | "noop"}` of the connector update endpoints. */
export interface ConnectorUpdateResponse {
  result: 'updated' | 'noop'
}

/** `PUT`/`POST _connector`: 201 with `created`, or 200 with `updated` when a PUT replaced a document. */
export interface ConnectorCreateResponse {
  id: string
  result: 'created' | 'updated'
}

export interface ListResponse<T> {
  count: number
  results: T[]
}

export interface ListSyncJobsParams {
  from?: number
  size?: number
  status?: SyncStatus
  connector_id?: string
  job_type?: readonly JobType[]
  /** Elasticsearch's response filtering (`-field` excludes). */
  filter_path?: string
}

/** A job as the list views fetch it: without the heavy parts of the connector snapshot. */
export type SyncJobRow = Omit<SyncJob, 'metadata' | 'connector'> & {
  connector: Pick<SyncJobConnector, 'id' | 'index_name' | 'language' | 'service_type'>
}

/** A connector as the pickers and the jobs list need it. */
export type ConnectorSummary = Pick<Connector, 'id' | 'name' | 'index_name' | 'service_type'>

export interface ListConnectorsParams {
  from?: number
  size?: number
  query?: string
  connector_name?: readonly string[]
  index_name?: readonly string[]
  service_type?: readonly string[]
  include_deleted?: boolean
  filter_path?: string
}

export interface CreateSyncJobBody {
  /** The connector id (Elasticsearch names this field `id`). */
  id: string
  job_type?: JobType
  trigger_method?: TriggerMethod
}

export interface ClaimSyncJobBody {
  worker_hostname: string
  sync_cursor?: Record<string, unknown>
}

export interface UpdateSyncJobStatsBody {
  deleted_document_count: number
  indexed_document_count: number
  indexed_document_volume: number
  total_document_count?: number
  last_seen?: string
  metadata?: Record<string, unknown>
}

export interface CreatedResponse {
  id: string
}
export interface UpdatedResponse {
  result: 'updated' | 'noop' | 'created'
}
export interface AcknowledgedResponse {
  acknowledged: boolean
}

/** `GET /` */
export interface ClusterInfo {
  name: string
  cluster_name: string
  cluster_uuid: string
  version: {
    number: string
    build_flavor?: string
    build_type?: string
    build_hash?: string
    build_date?: string
    build_snapshot?: boolean
    lucene_version?: string
    minimum_wire_compatibility_version?: string
    minimum_index_compatibility_version?: string
  }
  tagline: string
}

/** Elasticsearch's structured error body; "simple" errors carry a string in `error` instead. */
export interface EsErrorCause {
  type: string
  reason: string
  caused_by?: EsErrorCause
  root_cause?: EsErrorCause[]
  [key: string]: unknown
}

export interface EsErrorBody {
  error: (EsErrorCause & { root_cause: EsErrorCause[] }) | string
  status?: number
}

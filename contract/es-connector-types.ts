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
  name: string
  pipeline?: ConnectorPipeline
  scheduling: Record<JobType, SchedulingEntry>
  service_type?: string
  status: string
  sync_cursor?: Record<string, unknown>
  sync_now: boolean
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

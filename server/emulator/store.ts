// The emulator's in-memory Elasticsearch: sync jobs and connectors (the connectors index and its rules
// live in connector-store.ts; this store hands its operations on), the connector API's operations with
// the exact refusals Elasticsearch gives, and the "back door" the real connector service uses (writing
// the indices directly) for the simulated worker and the seed data.

import { randomBytes } from 'node:crypto'
import type {
  Connector,
  ConnectorDocument,
  ConnectorFeatures,
  ConnectorPipeline,
  ConnectorStatus,
  FilteringValidation,
  JobType,
  ListResponse,
  PutConnectorBody,
  SchedulingEntry,
  SyncJob,
  SyncStatus,
  TriggerMethod,
  UpdateConnectorLastSyncBody,
  UpdateSyncJobStatsBody,
} from '../../contract/es-connector-types.ts'
import { CONNECTORS_INDEX, SYNC_JOBS_INDEX, connectorSnapshot } from './connector-rules.ts'
import { ConnectorStore, type ListConnectorsQuery, type UpdateResult, checkPageParams } from './connector-store.ts'
import {
  EsException,
  badRequestStatus,
  illegalArgument,
  indexNotFound,
  invalidTransition,
  resourceNotFound,
  resultWindowTooLarge,
  validationFailed,
} from './errors.ts'
import { formatInstant, formatMicros, parseInstant, timestampKey } from './es-time.ts'
import { type IndexedJob, JobIndex } from './job-index.ts'
import { setOwn } from './json-reader.ts'
import { mergeDocument } from './partial-update.ts'
import type { ConfigurationBody, FilteringBody } from './request-bodies-connectors.ts'

export { checkPageParams, type ListConnectorsQuery, type UpdateResult }

export interface StoreOptions {
  /** List order: 'desc' is Elasticsearch 8.13+ (newest first), 'asc' reproduces 8.12. */
  order?: 'desc' | 'asc'
  /** The clock, in epoch milliseconds. */
  now?: () => number
}

export interface ListSyncJobsQuery {
  from: number
  size: number
  status?: SyncStatus | undefined
  connector_id?: string | undefined
  job_type?: readonly JobType[] | undefined
}

/** Elasticsearch counts hits exactly only up to this many (`track_total_hits` default). */
const TRACKED_TOTAL_HITS = 10_000
const MAX_RESULT_WINDOW = 10_000
const EMPTY_JOB_ID = '[connector_sync_job_id] of the connector sync job cannot be null or empty.'

/** Jobs returned by any method are frozen snapshots: read them, change them only through the methods. */
export class EmulatorStore {
  private readonly clock: () => number
  private readonly order: 'desc' | 'asc'
  private readonly jobs = new Map<string, IndexedJob>()
  private readonly index = new JobIndex()
  private readonly connectors: ConnectorStore
  private nextSeq = 0
  private lastMicros = 0
  private stamps = 0
  // Elasticsearch creates each index on first write; some answers differ before that.
  private syncJobsIndexExists = false

  constructor(options: StoreOptions = {}) {
    this.clock = options.now ?? Date.now
    this.order = options.order ?? 'desc'
    this.connectors = new ConnectorStore({
      stamp: () => this.timestamp(),
      newId: () => this.newId(),
      deleteSyncJobs: (connectorId) => this.deleteSyncJobsOf(connectorId),
    })
  }

  now(): number {
    return this.clock()
  }

  // ---- Sync jobs: the REST operations --------------------------------------------------------------

  createSyncJob(body: { id: string; job_type?: JobType; trigger_method?: TriggerMethod }): string {
    if (!body.id) throw validationFailed(['[id] of the connector cannot be null or empty'])
    if (!this.connectors.exists) throw indexNotFound(CONNECTORS_INDEX)
    // The raw document: a soft-deleted connector still gets jobs.
    const connector = this.connectors.stored(body.id)
    if (!connector) throw resourceNotFound(`Connector with id '${body.id}' does not exist.`)
    const jobType = body.job_type ?? 'full'
    const snapshot = connectorSnapshot(connector, jobType)
    if (!snapshot.index_name) {
      throw badRequestStatus(
        `Cannot start a sync for connector [${body.id}] with no index attached. ` +
          'Set the [index_name] property for the connector to enable syncing data.',
      )
    }
    if (!snapshot.service_type) {
      throw badRequestStatus(
        `Cannot start a sync for connector [${body.id}] with [service_type] not defined. ` +
          'Set the service type of your connector before starting the sync.',
      )
    }
    const now = this.timestamp()
    const job: SyncJob = {
      id: this.newId(),
      connector: snapshot,
      created_at: now,
      deleted_document_count: 0,
      indexed_document_count: 0,
      indexed_document_volume: 0,
      job_type: jobType,
      last_seen: now,
      metadata: {},
      status: 'pending',
      total_document_count: 0,
      trigger_method: body.trigger_method ?? 'on_demand',
    }
    this.insertJob(job)
    this.syncJobsIndexExists = true
    return job.id
  }

  getSyncJob(id: string): SyncJob {
    return readOnly(this.requireJob(id).job)
  }

  listSyncJobs(p: ListSyncJobsQuery): ListResponse<SyncJob> {
    checkPageParams(p.from, p.size)
    if (!this.syncJobsIndexExists) return { count: 0, results: [] }
    if (p.from + p.size > MAX_RESULT_WINDOW) throw resultWindowTooLarge(SYNC_JOBS_INDEX, p.from + p.size)
    const filter = { status: p.status, connectorId: p.connector_id, jobTypes: p.job_type }
    return {
      count: Math.min(this.index.count(filter), TRACKED_TOTAL_HITS),
      results: this.index.page(filter, p.from, p.size, this.order).map((entry) => readOnly(entry.job)),
    }
  }

  deleteSyncJob(id: string): void {
    const entry = this.requireJob(id)
    this.index.remove(entry)
    this.jobs.delete(id)
  }

  cancelSyncJob(id: string): void {
    const { job } = this.requireJob(id)
    // Pending and suspended jobs have no worker to acknowledge: they are canceled at once, with one
    // instant for all three timestamps. A running job is asked to stop; anything else is refused.
    if (job.status === 'pending' || job.status === 'suspended') {
      const now = this.timestamp()
      this.writeSyncJob(id, { status: 'canceled', cancelation_requested_at: now, canceled_at: now, completed_at: now })
    } else if (job.status === 'in_progress') {
      this.writeSyncJob(id, { status: 'canceling', cancelation_requested_at: this.timestamp() })
    } else {
      throw invalidTransition(job.status, 'canceling')
    }
  }

  checkInSyncJob(id: string): void {
    requireJobId(id)
    if (!this.jobs.has(id)) throw missingOnUpdate(id)
    this.writeSyncJob(id, { last_seen: this.timestamp() })
  }

  claimSyncJob(id: string, body: { worker_hostname: string; sync_cursor?: Record<string, unknown> }): void {
    const errors = id ? [] : [EMPTY_JOB_ID]
    // Only null is refused: an empty hostname passes Elasticsearch's validation.
    if (body.worker_hostname === null || body.worker_hostname === undefined) {
      errors.push('[worker_hostname] of the connector sync job cannot be null.')
    }
    if (errors.length > 0) throw validationFailed(errors)
    const { job } = this.requireJob(id)
    // No state check: claim forces in_progress from any status, terminal ones included.
    const patch: Partial<Omit<SyncJob, 'id'>> = {
      worker_hostname: body.worker_hostname,
      status: 'in_progress',
      last_seen: this.timestamp(),
      started_at: this.timestamp(),
    }
    if (body.sync_cursor !== undefined) {
      const cursor = mergeDocument(job.connector.sync_cursor ?? {}, body.sync_cursor).merged
      patch.connector = { ...job.connector, sync_cursor: cursor }
    }
    this.writeSyncJob(id, patch)
  }

  setSyncJobError(id: string, error: string): void {
    const errors = id ? [] : [EMPTY_JOB_ID]
    if (!error) errors.push('[error] of the connector sync job cannot be null or empty')
    if (errors.length > 0) throw validationFailed(errors)
    const { job } = this.requireJob(id)
    if (job.status !== 'in_progress' && job.status !== 'canceling') throw invalidTransition(job.status, 'error')
    // Elasticsearch sets neither completed_at nor anything else here.
    this.writeSyncJob(id, { error, status: 'error' })
  }

  updateSyncJobStats(id: string, body: UpdateSyncJobStatsBody): 'updated' | 'noop' {
    const errors = id ? [] : [EMPTY_JOB_ID]
    const counters = ['deleted_document_count', 'indexed_document_count', 'indexed_document_volume', 'total_document_count'] as const
    for (const counter of counters) {
      const value = body[counter]
      if (value !== undefined && value < 0) errors.push(`[${counter}] cannot be negative.`)
    }
    if (errors.length > 0) throw validationFailed(errors)
    const entry = this.jobs.get(id)
    if (!entry) throw missingOnUpdate(id)
    const { job } = entry
    const patch: Partial<Omit<SyncJob, 'id'>> = {
      deleted_document_count: Math.trunc(body.deleted_document_count),
      indexed_document_count: Math.trunc(body.indexed_document_count),
      indexed_document_volume: Math.trunc(body.indexed_document_volume),
      last_seen: body.last_seen === undefined ? this.timestamp() : normalizeInstant(body.last_seen),
    }
    if (body.total_document_count !== undefined) patch.total_document_count = Math.trunc(body.total_document_count)
    let metadataChanged = false
    if (body.metadata !== undefined) {
      const { merged, changed } = mergeDocument(job.metadata, body.metadata)
      metadataChanged = changed
      patch.metadata = merged
    }
    // Elasticsearch's partial update reports "noop" when the merged document equals the stored one.
    const unchanged =
      !metadataChanged &&
      (Object.keys(patch) as (keyof typeof patch)[]).every((key) => key === 'metadata' || patch[key] === job[key])
    if (unchanged) return 'noop'
    this.writeSyncJob(id, patch)
    return 'updated'
  }

  // ---- Connectors: the connectors index and its rules (connector-store.ts) --------------------------

  putConnector(id: string | undefined, body: PutConnectorBody): { id: string; result: 'created' | 'updated' } {
    return this.connectors.putConnector(id, body)
  }

  /** Typed as the dashboard's Connector; the document may hold the nulls ConnectorDocument spells out. */
  getConnector(id: string, includeDeleted = false): Connector {
    return this.connectors.getConnector(id, includeDeleted) as unknown as Connector
  }

  listConnectors(p: ListConnectorsQuery): ListResponse<Connector> {
    return this.connectors.listConnectors(p) as unknown as ListResponse<Connector>
  }

  /** The document as `GET _connector/{id}` returns it, with its nulls typed. */
  getConnectorDocument(id: string, includeDeleted = false): ConnectorDocument {
    return this.connectors.getConnector(id, includeDeleted)
  }

  /** Ids of the connectors that are not soft-deleted: what the connector service's query finds. */
  liveConnectorIds(): string[] {
    return this.connectors.liveIds()
  }

  deleteConnector(id: string, opts: { hard: boolean; deleteSyncJobs: boolean }): void {
    this.connectors.deleteConnector(id, opts)
  }

  checkInConnector(id: string, now?: string): UpdateResult {
    return this.connectors.checkInConnector(id, now)
  }

  updateConnectorError(id: string, error: string | null): UpdateResult {
    return this.connectors.updateConnectorError(id, error)
  }

  updateLastSync(id: string, fields: UpdateConnectorLastSyncBody): UpdateResult {
    return this.connectors.updateLastSync(id, fields)
  }

  updateConnectorName(id: string, body: { name?: string | null; description?: string | null }): UpdateResult {
    return this.connectors.updateConnectorName(id, body)
  }

  updateConnectorPipeline(id: string, pipeline: ConnectorPipeline): UpdateResult {
    return this.connectors.updateConnectorPipeline(id, pipeline)
  }

  updateConnectorScheduling(id: string, scheduling: Partial<Record<JobType, SchedulingEntry>>): UpdateResult {
    return this.connectors.updateConnectorScheduling(id, scheduling)
  }

  updateConnectorFiltering(id: string, body: FilteringBody): UpdateResult {
    return this.connectors.updateConnectorFiltering(id, body)
  }

  updateConnectorFilteringValidation(id: string, validation: FilteringValidation): UpdateResult {
    return this.connectors.updateConnectorFilteringValidation(id, validation)
  }

  activateConnectorFiltering(id: string): UpdateResult {
    return this.connectors.activateConnectorFiltering(id)
  }

  updateConnectorStatus(id: string, status: ConnectorStatus | undefined): UpdateResult {
    return this.connectors.updateConnectorStatus(id, status)
  }

  updateConnectorConfiguration(id: string, body: ConfigurationBody): UpdateResult {
    return this.connectors.updateConnectorConfiguration(id, body)
  }

  updateConnectorIndexName(id: string, indexName: string | null): UpdateResult {
    return this.connectors.updateConnectorIndexName(id, indexName)
  }

  updateConnectorServiceType(id: string, serviceType: string): UpdateResult {
    return this.connectors.updateConnectorServiceType(id, serviceType)
  }

  updateConnectorNative(id: string, isNative: boolean): UpdateResult {
    return this.connectors.updateConnectorNative(id, isNative)
  }

  updateConnectorApiKeyId(id: string, body: { api_key_id?: string | null; api_key_secret_id?: string | null }): UpdateResult {
    return this.connectors.updateConnectorApiKeyId(id, body)
  }

  updateConnectorFeatures(id: string, features: ConnectorFeatures | undefined): UpdateResult {
    return this.connectors.updateConnectorFeatures(id, features)
  }

  // ---- The back door: what the connector service writes straight into the index --------------------

  /** Bulk load; the store takes ownership of the given objects. Existing ids are replaced. */
  loadSeed(data: { connectors: Connector[]; jobs: SyncJob[] }): void {
    this.connectors.load(data.connectors as unknown as ConnectorDocument[])
    for (const job of data.jobs) this.jobs.set(job.id, this.indexedEntry(job))
    if (data.jobs.length > 0) this.syncJobsIndexExists = true
    this.index.rebuild(this.jobs.values())
  }

  /** A direct partial update of a connector document (no API checks), as the connector service writes. */
  writeConnector(id: string, patch: Partial<Omit<ConnectorDocument, 'id'>>): UpdateResult {
    return this.connectors.writeConnector(id, patch)
  }

  /** Partial update of a job, keeping every index right. A patch value of undefined removes the field. */
  writeSyncJob(id: string, patch: Partial<Omit<SyncJob, 'id'>>): void {
    const entry = this.requireJob(id)
    const updated: Record<string, unknown> = { ...entry.job }
    for (const [key, value] of Object.entries(patch)) {
      if (key === 'id') continue
      if (value === undefined) delete updated[key]
      else setOwn(updated, key, value)
    }
    this.index.remove(entry)
    entry.job = updated as unknown as SyncJob
    entry.key = sortKey(entry.job.created_at)
    this.index.add(entry)
  }

  /** Pending and suspended jobs, oldest created_at first: what a connector service picks up. */
  actionableJobs(): SyncJob[] {
    const entries = [...this.index.ascending({ status: 'pending' }), ...this.index.ascending({ status: 'suspended' })]
    entries.sort((a, b) => (a.key === b.key ? a.seq - b.seq : a.key < b.key ? -1 : 1))
    return entries.map((entry) => readOnly(entry.job))
  }

  /** A connector's newest jobs of these types, newest created_at first, whatever the list order. */
  newestJobsOf(connectorId: string, jobTypes: readonly JobType[], size: number): SyncJob[] {
    return this.index.page({ connectorId, jobTypes }, 0, size, 'desc').map((entry) => readOnly(entry.job))
  }

  /** Jobs in one status, oldest created_at first. */
  jobsWithStatus(status: SyncStatus): SyncJob[] {
    return this.index.ascending({ status }).map((entry) => readOnly(entry.job))
  }

  // ---- Internals ---------------------------------------------------------------------------------

  /** An ISO timestamp with 6 fraction digits: the clock's milliseconds plus a microsecond part from a
   *  per-store counter, never earlier than the previous stamp, so that two writes in the same
   *  millisecond (create, then check in) still get strictly increasing times. */
  private timestamp(): string {
    const micros = Math.floor(this.clock()) * 1000 + (this.stamps++ % 1000)
    this.lastMicros = Math.max(micros, this.lastMicros + 1)
    return formatMicros(this.lastMicros)
  }

  /** A 20-character URL-safe base64 id, like Elasticsearch's generated document ids. */
  private newId(): string {
    let id = randomBytes(15).toString('base64url')
    while (this.jobs.has(id) || this.connectors.has(id)) id = randomBytes(15).toString('base64url')
    return id
  }

  private indexedEntry(job: SyncJob): IndexedJob {
    const previous = this.jobs.get(job.id)
    if (previous) this.index.remove(previous)
    return { job, key: sortKey(job.created_at), seq: this.nextSeq++ }
  }

  private insertJob(job: SyncJob): void {
    const entry = this.indexedEntry(job)
    this.jobs.set(job.id, entry)
    this.index.add(entry)
  }

  /** `delete_sync_jobs=true` on a connector delete: its jobs go (a delete-by-query on `connector.id`). */
  private deleteSyncJobsOf(connectorId: string): void {
    for (const entry of this.index.ascending({ connectorId })) {
      this.index.remove(entry)
      this.jobs.delete(entry.job.id)
    }
  }

  private requireJob(id: string): IndexedJob {
    requireJobId(id)
    const entry = this.jobs.get(id)
    if (!entry) throw resourceNotFound(id)
    return entry
  }
}

/** Jobs are handed out frozen instead of copied: writes replace a job's object (copy-on-write), so a
 *  frozen one stays a true snapshot, and a page of 10,000 jobs costs no deep copies. */
function readOnly(job: SyncJob): SyncJob {
  if (!Object.isFrozen(job)) deepFreeze(job)
  return job
}

function deepFreeze(value: unknown): void {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return
  Object.freeze(value)
  for (const nested of Object.values(value)) deepFreeze(nested)
}

function requireJobId(id: string): void {
  if (!id) throw validationFailed([EMPTY_JOB_ID])
}

/** The 404 of a partial update on a missing document (check_in, stats). */
function missingOnUpdate(id: string): EsException {
  return resourceNotFound(`connector sync job [${id}] not found`)
}

function sortKey(createdAt: string | undefined): number {
  const key = timestampKey(createdAt)
  return Number.isNaN(key) ? Number.NEGATIVE_INFINITY : key
}

function normalizeInstant(text: string): string {
  const instant = parseInstant(text)
  if (!instant) throw illegalArgument(`failed to parse date field [${text}] with format [strict_date_optional_time||epoch_millis]`)
  return formatInstant(instant)
}

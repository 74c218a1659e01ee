// The emulator's in-memory Elasticsearch: connectors and sync jobs, the connector API's operations with
// the exact refusals Elasticsearch gives, and the "back door" the real connector service uses (writing
// the sync-jobs index directly) for the simulated worker and the seed data.

import { randomBytes } from 'node:crypto'
import type {
  Connector,
  JobType,
  ListResponse,
  SyncJob,
  SyncStatus,
  TriggerMethod,
  UpdateSyncJobStatsBody,
} from '../../contract/es-connector-types.ts'
import {
  CONNECTORS_INDEX,
  SYNC_JOBS_INDEX,
  connectorSnapshot,
  freshConnector,
  invalidIndexNameReason,
  putConnectorValidationErrors,
  type PutConnectorBody,
} from './connector-rules.ts'
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

export interface ListConnectorsQuery {
  from: number
  size: number
  query?: string | undefined
  connector_name?: readonly string[] | undefined
  index_name?: readonly string[] | undefined
  service_type?: readonly string[] | undefined
  include_deleted?: boolean | undefined
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
  private readonly connectors = new Map<string, Connector>()
  private nextSeq = 0
  private lastMicros = 0
  private stamps = 0
  // Elasticsearch creates each index on first write; some answers differ before that.
  private syncJobsIndexExists = false
  private connectorsIndexExists = false

  constructor(options: StoreOptions = {}) {
    this.clock = options.now ?? Date.now
    this.order = options.order ?? 'desc'
  }

  now(): number {
    return this.clock()
  }

  // ---- Sync jobs: the REST operations --------------------------------------------------------------

  createSyncJob(body: { id: string; job_type?: JobType; trigger_method?: TriggerMethod }): string {
    if (!body.id) throw validationFailed(['[id] of the connector cannot be null or empty'])
    if (!this.connectorsIndexExists) throw indexNotFound(CONNECTORS_INDEX)
    const connector = this.connectors.get(body.id)
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
      const cursor = deepMerge(job.connector.sync_cursor ?? {}, body.sync_cursor).merged
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
      const { merged, changed } = deepMerge(job.metadata, body.metadata)
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

  // ---- Connectors --------------------------------------------------------------------------------

  putConnector(id: string | undefined, body: PutConnectorBody): { id: string; result: 'created' | 'updated' } {
    const errors = id === '' ? ['[connector_id] cannot be null or empty.'] : []
    errors.push(...putConnectorValidationErrors(body))
    if (errors.length > 0) throw validationFailed(errors)
    const connectorId = id ?? this.newId()
    const indexName = body.index_name
    if (typeof indexName === 'string' && indexName !== '') {
      for (const other of this.connectors.values()) {
        if (other.id !== connectorId && !other.deleted && other.index_name === indexName) {
          throw badRequestStatus(`Index name [${indexName}] is used by another connector.`)
        }
      }
    }
    const result = this.connectors.has(connectorId) ? 'updated' : 'created'
    this.connectors.set(connectorId, freshConnector(connectorId, body, this.timestamp()))
    this.connectorsIndexExists = true
    return { id: connectorId, result }
  }

  getConnector(id: string, includeDeleted = false): Connector {
    const connector = this.connectors.get(id)
    if (!connector || (connector.deleted && !includeDeleted)) throw resourceNotFound(`connector [${id}] not found`)
    return structuredClone(connector)
  }

  listConnectors(p: ListConnectorsQuery): ListResponse<Connector> {
    checkPageParams(p.from, p.size)
    const invalidNames = (p.index_name ?? []).map(invalidIndexNameReason).filter((reason) => reason !== undefined)
    if (invalidNames.length > 0) throw validationFailed(invalidNames)
    if (!this.connectorsIndexExists) return { count: 0, results: [] }
    if (p.from + p.size > MAX_RESULT_WINDOW) throw resultWindowTooLarge(CONNECTORS_INDEX, p.from + p.size)
    const matches = [...this.connectors.values()].filter((connector) => connectorMatches(connector, p))
    // Sorted by index_name ascending; connectors without one come last.
    matches.sort((a, b) => {
      if (a.index_name === undefined || b.index_name === undefined) return a.index_name === b.index_name ? 0 : a.index_name === undefined ? 1 : -1
      return a.index_name < b.index_name ? -1 : a.index_name > b.index_name ? 1 : 0
    })
    return {
      count: Math.min(matches.length, TRACKED_TOTAL_HITS),
      results: matches.slice(p.from, p.from + p.size).map((connector) => structuredClone(connector)),
    }
  }

  deleteConnector(id: string, opts: { hard: boolean; deleteSyncJobs: boolean }): void {
    const connector = this.connectors.get(id)
    if (!connector || (connector.deleted && !opts.hard)) throw resourceNotFound(`connector [${id}] not found`)
    if (opts.deleteSyncJobs) {
      for (const entry of this.index.ascending({ connectorId: id })) {
        this.index.remove(entry)
        this.jobs.delete(entry.job.id)
      }
    }
    if (opts.hard) this.connectors.delete(id)
    else connector.deleted = true
  }

  // ---- The back door: what the connector service writes straight into the index --------------------

  /** Bulk load; the store takes ownership of the given objects. Existing ids are replaced. */
  loadSeed(data: { connectors: Connector[]; jobs: SyncJob[] }): void {
    for (const connector of data.connectors) this.connectors.set(connector.id, connector)
    if (data.connectors.length > 0) this.connectorsIndexExists = true
    for (const job of data.jobs) this.jobs.set(job.id, this.indexedEntry(job))
    if (data.jobs.length > 0) this.syncJobsIndexExists = true
    this.index.rebuild(this.jobs.values())
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

/** `PageParams` validation (the list endpoints check it while reading their parameters). */
export function checkPageParams(from: number, size: number): void {
  if (from < 0) throw illegalArgument('Parameter [from] cannot be < 0')
  if (size < 0) throw illegalArgument('Parameter [size] cannot be < 0')
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

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Partial-update merge: objects merge recursively, anything else replaces. Reports whether it changed. */
function deepMerge(base: Record<string, unknown>, update: Record<string, unknown>): { merged: Record<string, unknown>; changed: boolean } {
  const merged: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(base)) setOwn(merged, key, value)
  let changed = false
  for (const [key, value] of Object.entries(update)) {
    const current = Object.hasOwn(merged, key) ? merged[key] : undefined
    if (isPlainObject(current) && isPlainObject(value)) {
      const nested = deepMerge(current, value)
      changed ||= nested.changed
      setOwn(merged, key, nested.merged)
    } else {
      changed ||= !Object.hasOwn(merged, key) || JSON.stringify(current) !== JSON.stringify(value)
      setOwn(merged, key, value)
    }
  }
  return { merged, changed }
}

function connectorMatches(connector: Connector, p: ListConnectorsQuery): boolean {
  if (!p.include_deleted && connector.deleted) return false
  if (p.index_name?.length && !(connector.index_name !== undefined && p.index_name.includes(connector.index_name))) return false
  if (p.connector_name?.length && !p.connector_name.includes(connector.name)) return false
  if (p.service_type?.length && !(connector.service_type !== undefined && p.service_type.includes(connector.service_type))) return false
  if (p.query !== undefined && p.query !== '') return matchesQuery(connector, p.query)
  return true
}

/** `*<query>*` wildcard on index_name or name (keywords: case-sensitive), or on any lowercased
 *  token of description (a text field). `*` and `?` inside the query act as wildcards too. */
function matchesQuery(connector: Connector, query: string): boolean {
  const pattern = new RegExp(
    `^.*${Array.from(query, (ch) => (ch === '*' ? '.*' : ch === '?' ? '.' : ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))).join('')}.*$`,
    'su',
  )
  if (connector.index_name !== undefined && pattern.test(connector.index_name)) return true
  if (pattern.test(connector.name)) return true
  const tokens = connector.description?.toLowerCase().split(/[^\p{L}\p{N}_]+/u) ?? []
  return tokens.some((token) => token !== '' && pattern.test(token))
}

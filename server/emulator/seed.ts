// Deterministic seed data for the emulator: realistic connectors and a history of sync jobs up to
// `now`, plus a handful of live and deliberately stuck jobs so a dashboard has something to show
// and something to flag. The same options always give the same output.
//
// How the stuck jobs are marked (the simulated worker relies on this, see worker.ts):
// - stuck in_progress and canceling jobs were claimed by DEAD_WORKER_HOSTNAMES, pods of a previous
//   deployment; the worker only drives jobs claimed by its own LIVE_WORKER_HOSTNAMES;
// - stuck pending and suspended jobs belong to the one connector whose service heartbeat
//   (connector `last_seen`) is hours old; the worker serves no such connector. One more pending job
//   waits behind a dead pod's in_progress job on its connector, which the worker never overtakes.

import type { Connector, FilteringRule, FilteringRules, JobType, SyncJob, SyncJobConnector, SyncStatus, TriggerMethod } from '../../contract/es-connector-types.ts'
import { formatMicros } from './es-time.ts'
import { mulberry32, pick, randomBetween, randomDocumentId, randomInt, randomUuid, weighted, type Random } from './random.ts'
import {
  COMMON_ERRORS,
  completedSyncCounts,
  DEAD_WORKER_HOSTNAMES,
  IDLE_JOB_ERROR,
  LANGUAGES,
  LIVE_WORKER_HOSTNAMES,
  SERVICE_TYPES,
  TEAMS,
  type ServiceTypeSpec,
  type SyncCounts,
} from './seed-vocabulary.ts'

export interface SeedOptions {
  seed: number
  connectors: number
  jobs: number
  /** Epoch ms the history ends at. */
  now: number
}

export interface SeedData {
  connectors: Connector[]
  jobs: SyncJob[]
}

const SECOND = 1000
const MINUTE = 60 * SECOND
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR
const HISTORY_DAYS = 28
/** History jobs end this long before `now`, leaving the recent past to the live and stuck jobs. */
const HISTORY_END_BEFORE_NOW = 20 * MINUTE
/** When the unserved connector's service went away. */
const UNSERVED_SINCE = 3 * HOUR
/** Host of the self-managed service that ran the unserved connector before it went away. */
const UNSERVED_HOSTNAME = 'connectors-onprem-fs01'
const ACCESS_CONTROL_INDEX_PREFIX = '.search-acl-filter-'

/** One connector plus what the seed knows about it beyond the wire document. */
interface SeededConnector {
  doc: Connector
  spec: ServiceTypeSpec
  /** Documents in its index today; history scales down from this. */
  size: number
  identities: number
  /**
   * Shared by all its terminal history jobs (fast for 100,000 jobs): the store never writes into a
   * job's snapshot in place (claim's sync_cursor merge builds a new `connector` object), and list/get
   * answer with clones.
   */
  contentSnapshot: SyncJobConnector
  accessControlSnapshot: SyncJobConnector
}

export function generateSeed(options: SeedOptions): SeedData {
  const random = mulberry32(options.seed)
  // Six fraction digits, like Instant.now() on a real node.
  const stamp = (epochMs: number) => formatMicros(Math.round(epochMs) * 1000 + randomInt(random, 0, 999))
  const seeded = createConnectors(random, options, stamp)
  const connectors = seeded.map((entry) => entry.doc)
  const syncable = seeded.filter((entry) => entry.doc.index_name !== undefined)
  // The unserved connector: its self-managed connector service stopped hours ago.
  const unserved = syncable.length >= 3 ? syncable[syncable.length - 1] : undefined
  if (unserved) unserved.doc.last_seen = stamp(options.now - UNSERVED_SINCE - randomBetween(random, 0, 30) * SECOND)
  const served = syncable.filter((entry) => entry !== unserved)
  const failing = served.length >= 5 ? served[served.length - 1] : undefined
  if (failing) {
    failing.doc.status = 'error'
    failing.doc.error = failing.spec.errors[0]
  }
  if (syncable.length === 0 || options.jobs <= 0) return { connectors, jobs: [] }

  const timed: { at: number; job: SyncJob }[] = []
  const special = specialJobs({ random, stamp, now: options.now, served, unserved })
  for (const entry of special.slice(0, options.jobs)) timed.push(entry)
  const historyCount = options.jobs - Math.min(options.jobs, special.length)
  for (const entry of historyJobs({ random, stamp, now: options.now, count: historyCount, syncable, unserved, failing })) timed.push(entry)

  timed.sort((a, b) => a.at - b.at)
  const jobs = timed.map((entry) => entry.job)
  recordLastSyncs(seeded, jobs)
  return { connectors, jobs }
}

function titleCase(word: string): string {
  return word.length <= 2 ? word.toUpperCase() : word[0]!.toUpperCase() + word.slice(1)
}

function createConnectors(random: Random, options: SeedOptions, stamp: (ms: number) => string): SeededConnector[] {
  const usedIndexNames = new Set<string>()
  const seeded: SeededConnector[] = []
  for (let i = 0; i < options.connectors; i++) {
    const spec = SERVICE_TYPES[i % SERVICE_TYPES.length]!
    const round = Math.floor(i / SERVICE_TYPES.length)
    const team = TEAMS[(i + round) % TEAMS.length]!
    let indexName = `search-${spec.slug}-${team}`
    for (let n = 2; usedIndexNames.has(indexName); n++) indexName = `search-${spec.slug}-${team}-${n}`
    usedIndexNames.add(indexName)

    const createdAt = options.now - randomBetween(random, 45, 400) * DAY
    const doc = connectorDocument(random, spec, team, indexName, stamp(createdAt))
    doc.last_seen = stamp(options.now - randomBetween(random, 1, 50) * SECOND)
    // A few sources are much bigger or smaller than their type's typical size.
    const scale = randomBetween(random, 0.3, 1.6)
    seeded.push({
      doc,
      spec,
      size: Math.max(50, Math.round(spec.profile.documents * scale)),
      identities: Math.max(20, Math.round(spec.profile.identities * scale)),
      ...snapshots(doc),
    })
  }
  // With enough connectors, one is a draft nobody finished setting up: no index, so it cannot sync.
  const draft = seeded.length >= 8 ? seeded[seeded.length - 2] : undefined
  if (draft) {
    const doc = draft.doc
    doc.name = `${doc.name} (draft)`
    doc.description = 'Created in Kibana, waiting for an index and a connector service to configure it.'
    doc.status = 'needs_configuration'
    doc.configuration = {}
    delete doc.index_name
    delete doc.pipeline
    delete doc.last_seen
    delete doc.api_key_id
    delete doc.api_key_secret_id
  }
  return seeded
}

function connectorDocument(random: Random, spec: ServiceTypeSpec, team: string, indexName: string, createdAt: string): Connector {
  const Team = titleCase(team)
  const withRules = random() < 0.6 && (spec.rules.length > 0 || spec.advancedSnippet !== undefined)
  const active = filteringRules(random, createdAt, withRules ? spec.rules : [], withRules && spec.advancedRules ? spec.advancedSnippet : undefined)
  const editing = withRules && random() < 0.25
  const draft: FilteringRules = editing
    ? {
        ...active,
        rules: [rule(random, createdAt, 'title', 'exclude', 'contains', 'DRAFT', 0), ...active.rules.map((r) => ({ ...r, order: r.order + 1 }))],
        validation: { errors: [], state: 'edited' },
      }
    : active
  const language = random() < 0.92 ? pick(random, LANGUAGES) : undefined
  const doc: Connector = {
    id: randomDocumentId(random),
    api_key_id: randomDocumentId(random),
    api_key_secret_id: randomDocumentId(random),
    configuration: spec.configuration(team),
    custom_scheduling: {},
    description: `${Team} ${spec.product} content for the ${team} search experience.`,
    features: {
      document_level_security: { enabled: spec.documentLevelSecurity },
      incremental_sync: { enabled: spec.incremental },
      sync_rules: { advanced: { enabled: spec.advancedRules }, basic: { enabled: true } },
    },
    filtering: [{ active, domain: 'DEFAULT', draft }],
    index_name: indexName,
    is_native: false,
    name: `${spec.product} – ${Team}`,
    pipeline: {
      name: random() < 0.7 ? 'search-default-ingestion' : indexName,
      extract_binary_content: true,
      reduce_whitespace: true,
      run_ml_inference: random() < 0.3,
    },
    scheduling: {
      full: { enabled: true, interval: pick(random, ['0 0 2 * * ?', '0 0 */6 * * ?', '0 30 1 * * ?']) },
      incremental: spec.incremental ? { enabled: true, interval: '0 */30 * * * ?' } : { enabled: false, interval: '0 0 0 * * ?' },
      access_control: spec.documentLevelSecurity ? { enabled: true, interval: '0 0 */4 * * ?' } : { enabled: false, interval: '0 0 0 * * ?' },
    },
    service_type: spec.serviceType,
    status: 'connected',
    sync_now: false,
  }
  if (language !== undefined) doc.language = language
  return doc
}

function rule(random: Random, at: string, field: string, policy: 'include' | 'exclude', kind: string, value: string, order: number): FilteringRule {
  return { created_at: at, field, id: randomUuid(random), order, policy, rule: kind, updated_at: at, value }
}

function filteringRules(random: Random, at: string, rules: ServiceTypeSpec['rules'], advanced: unknown): FilteringRules {
  const custom = rules.map(([field, policy, kind, value], order) => rule(random, at, field, policy, kind, value, order))
  // The DEFAULT catch-all rule always comes last (Kibana keeps it pinned to the end).
  const catchAll: FilteringRule = { created_at: at, field: '_', id: 'DEFAULT', order: custom.length, policy: 'include', rule: 'regex', updated_at: at, value: '.*' }
  return {
    advanced_snippet: { created_at: at, updated_at: at, value: advanced ?? {} },
    rules: [...custom, catchAll],
    validation: { errors: [], state: 'valid' },
  }
}

/**
 * The snapshot POST _sync_job copies: filtering[0].active, never sync_cursor (es-connector-api §4.2).
 * Copied once per connector, so a later change to the connector document never shows in its jobs.
 */
function snapshots(doc: Connector): Pick<SeededConnector, 'contentSnapshot' | 'accessControlSnapshot'> {
  const content: SyncJobConnector = { id: doc.id, filtering: structuredClone(doc.filtering[0]!.active), index_name: doc.index_name! }
  if (doc.language !== undefined) content.language = doc.language
  if (doc.pipeline !== undefined) content.pipeline = { ...doc.pipeline }
  content.service_type = doc.service_type!
  content.configuration = structuredClone(doc.configuration)
  return { contentSnapshot: content, accessControlSnapshot: { ...content, index_name: ACCESS_CONTROL_INDEX_PREFIX + doc.index_name } }
}

function snapshotOf(connector: SeededConnector, jobType: JobType): SyncJobConnector {
  return jobType === 'access_control' ? connector.accessControlSnapshot : connector.contentSnapshot
}

function supportedJobType(connector: SeededConnector, wanted: JobType): JobType {
  if (wanted === 'incremental' && !connector.spec.incremental) return 'full'
  if (wanted === 'access_control' && !connector.spec.documentLevelSecurity) return 'full'
  return wanted
}

/** What a sync of this type on this connector writes when it completes, for an index of `documents`. */
function completedCounts(random: Random, connector: SeededConnector, jobType: JobType, documents: number): SyncCounts {
  return completedSyncCounts(random, jobType, { documents, identities: connector.identities, kibPerDocument: connector.spec.profile.kibPerDocument })
}

/** How long a sync that indexes this many documents runs, in ms. */
function runDuration(random: Random, jobType: JobType, indexed: number): number {
  const docsPerSecond = jobType === 'access_control' ? randomBetween(random, 30, 80) : randomBetween(random, 40, 400)
  return randomBetween(random, 5, 60) * SECOND + (indexed / docsPerSecond) * SECOND
}

function baseJob(stamp: (ms: number) => string, random: Random, connector: SeededConnector, jobType: JobType, trigger: TriggerMethod, createdAt: number, snapshot: SyncJobConnector): SyncJob {
  const created = stamp(createdAt)
  return {
    id: randomDocumentId(random),
    connector: snapshot,
    created_at: created,
    deleted_document_count: 0,
    indexed_document_count: 0,
    indexed_document_volume: 0,
    job_type: jobType,
    last_seen: created,
    metadata: {},
    status: 'pending',
    total_document_count: 0,
    trigger_method: trigger,
  }
}

function setCounts(job: SyncJob, counts: SyncCounts, fraction = 1): void {
  job.indexed_document_count = Math.round(counts.indexed * fraction)
  job.deleted_document_count = Math.round(counts.deleted * fraction)
  job.indexed_document_volume = Math.round(counts.volume * fraction)
  job.total_document_count = counts.total
}

interface SpecialContext {
  random: Random
  stamp: (ms: number) => string
  now: number
  served: SeededConnector[]
  unserved: SeededConnector | undefined
}

/**
 * The live and stuck jobs near `now`, most important first (a tiny --jobs keeps only the first few):
 * live ones so the dashboard moves as soon as the worker starts, stuck ones for every flag the
 * dashboard raises (operator-features §5.2).
 */
function specialJobs(context: SpecialContext): { at: number; job: SyncJob }[] {
  const { random, stamp, now, served, unserved } = context
  const at = (index: number) => served[index % served.length]!
  const out: { at: number; job: SyncJob }[] = []
  const add = (
    connector: SeededConnector,
    wantedType: JobType,
    trigger: TriggerMethod,
    status: SyncStatus,
    times: { created: number; started?: number; lastSeen?: number; cancelRequested?: number },
    host?: string,
    progress = 0,
  ) => {
    const jobType = supportedJobType(connector, wantedType)
    const createdAt = now - times.created
    const job = baseJob(stamp, random, connector, jobType, trigger, createdAt, snapshotOf(connector, jobType))
    job.status = status
    if (times.started !== undefined) {
      job.started_at = stamp(now - times.started)
      job.worker_hostname = host!
      setCounts(job, completedCounts(random, connector, jobType, connector.size), progress)
      job.total_document_count = 0
    }
    if (times.lastSeen !== undefined) job.last_seen = stamp(now - times.lastSeen)
    if (times.cancelRequested !== undefined) job.cancelation_requested_at = stamp(now - times.cancelRequested)
    out.push({ at: createdAt, job })
  }
  const [live1, live2] = LIVE_WORKER_HOSTNAMES
  const [dead0, dead1] = DEAD_WORKER_HOSTNAMES
  const dlsConnector = served.find((entry, index) => entry.spec.documentLevelSecurity && index >= 4) ?? at(4)

  add(at(0), 'full', 'scheduled', 'in_progress', { created: 95 * SECOND, started: 90 * SECOND, lastSeen: 3 * SECOND }, live1, 0.4)
  add(at(5), 'incremental', 'scheduled', 'pending', { created: 4 * SECOND })
  add(at(1), 'full', 'on_demand', 'in_progress', { created: 26 * MINUTE, started: 25.5 * MINUTE, lastSeen: 2 * MINUTE }, dead0, 0.55)
  if (unserved) add(unserved, 'full', 'on_demand', 'pending', { created: 14 * MINUTE })
  if (unserved) add(unserved, 'full', 'scheduled', 'suspended', { created: UNSERVED_SINCE + 10 * MINUTE, started: UNSERVED_SINCE + 9 * MINUTE, lastSeen: UNSERVED_SINCE }, UNSERVED_HOSTNAME, 0.3)
  add(at(2), 'full', 'scheduled', 'in_progress', { created: 40 * MINUTE, started: 39 * MINUTE, lastSeen: 8 * MINUTE }, dead1, 0.7)
  add(at(3), 'full', 'on_demand', 'canceling', { created: 30 * MINUTE, started: 29 * MINUTE, lastSeen: 6 * MINUTE, cancelRequested: 4 * MINUTE }, dead0, 0.35)
  add(at(1), 'full', 'on_demand', 'pending', { created: 12 * MINUTE })
  add(dlsConnector, 'access_control', 'scheduled', 'in_progress', { created: 50 * SECOND, started: 47 * SECOND, lastSeen: 5 * SECOND }, live2, 0.5)
  add(at(6), 'full', 'on_demand', 'pending', { created: 20 * SECOND })
  add(at(7), 'full', 'on_demand', 'canceling', { created: 70 * SECOND, started: 66 * SECOND, lastSeen: 2 * SECOND, cancelRequested: 1 * SECOND }, live1, 0.2)
  return out
}

interface HistoryContext {
  random: Random
  stamp: (ms: number) => string
  now: number
  count: number
  syncable: SeededConnector[]
  unserved: SeededConnector | undefined
  failing: SeededConnector | undefined
}

/** Terminal jobs over the last four weeks: mostly completed, some failed, some canceled. */
function* historyJobs(context: HistoryContext): Generator<{ at: number; job: SyncJob }> {
  const { random, stamp, now, count, syncable, unserved, failing } = context
  const start = now - HISTORY_DAYS * DAY
  const end = now - HISTORY_END_BEFORE_NOW
  const others = syncable.filter((entry) => entry !== unserved)
  for (let k = 0; k < count; k++) {
    let createdAt = start + random() * (end - start)
    let connector = pick(random, syncable)
    // Nothing ran on the unserved connector after its service went away.
    if (connector === unserved && createdAt > now - UNSERVED_SINCE - HOUR && others.length > 0) connector = pick(random, others)
    const spec = connector.spec
    const jobType = weighted(random, { full: 45, incremental: spec.incremental ? 35 : 0, access_control: spec.documentLevelSecurity ? 20 : 0 })
    const trigger: TriggerMethod = random() < (jobType === 'access_control' ? 0.9 : 0.7) ? 'scheduled' : 'on_demand'
    // The first two guarantee both unhappy endings exist whatever the seed.
    let status: 'completed' | 'error' | 'canceled' = k === 0 ? 'error' : k === 1 ? 'canceled' : weighted(random, { completed: 85, error: 9, canceled: 6 })
    if (connector === failing && createdAt > now - 2 * DAY) status = 'error'

    // The index grows over the four weeks; syncs late in the history see more documents.
    const sizeNow = connector.size * (0.85 + 0.15 * ((createdAt - start) / (end - start)))
    const counts = completedCounts(random, connector, jobType, sizeNow)
    const wait = randomBetween(random, 1, 30) * SECOND
    let duration = runDuration(random, jobType, counts.indexed)
    // Every history job has finished (with its cleanup, if any) by the end of the history window.
    const latestStart = end - createdAt - wait - duration - 11 * MINUTE
    if (latestStart < 0) createdAt += latestStart
    if (createdAt < start) {
      createdAt = start
      duration = Math.min(duration, end - start - wait - 11 * MINUTE)
    }

    const job = baseJob(stamp, random, connector, jobType, trigger, createdAt, snapshotOf(connector, jobType))
    job.status = status
    const startedAt = createdAt + wait
    const host = connector === unserved ? UNSERVED_HOSTNAME : pick(random, [...LIVE_WORKER_HOSTNAMES, ...DEAD_WORKER_HOSTNAMES])

    if (status === 'completed') {
      const completedAt = startedAt + duration
      job.started_at = stamp(startedAt)
      job.worker_hostname = host
      job.completed_at = stamp(completedAt)
      job.last_seen = job.completed_at
      setCounts(job, counts)
    } else if (status === 'error') {
      const message =
        connector === failing && createdAt > now - 2 * DAY ? connector.spec.errors[0]! : random() < 0.7 ? pick(random, spec.errors) : pick(random, COMMON_ERRORS)
      // Authentication and connection failures happen before the first document.
      const fraction = message === IDLE_JOB_ERROR || random() < 0.5 ? randomBetween(random, 0.05, 0.9) : 0
      const lastSeen = startedAt + duration * fraction
      job.started_at = stamp(startedAt)
      job.worker_hostname = host
      job.last_seen = stamp(lastSeen)
      job.error = message
      // The idle-job cleanup fails a job 5 to 10 minutes after its last heartbeat.
      job.completed_at = stamp(message === IDLE_JOB_ERROR ? lastSeen + randomBetween(random, 5, 10) * MINUTE : lastSeen + randomBetween(random, 0.2, 3) * SECOND)
      setCounts(job, counts, fraction)
    } else if (random() < 0.3) {
      // Canceled before a worker picked it up: all three timestamps are one instant.
      const canceledAt = stamp(createdAt + randomBetween(random, 5, 300) * SECOND)
      job.cancelation_requested_at = canceledAt
      job.canceled_at = canceledAt
      job.completed_at = canceledAt
    } else {
      const requestedAt = startedAt + duration * randomBetween(random, 0.05, 0.8)
      const canceledAt = stamp(requestedAt + randomBetween(random, 1, 5) * SECOND)
      job.started_at = stamp(startedAt)
      job.worker_hostname = host
      job.cancelation_requested_at = stamp(requestedAt)
      job.canceled_at = canceledAt
      job.completed_at = canceledAt
      job.last_seen = canceledAt
      setCounts(job, counts, (requestedAt - startedAt) / duration)
    }
    yield { at: createdAt, job }
  }
}

/** Fills each connector's last_sync_* fields from its newest jobs, as the connector service does. */
function recordLastSyncs(seeded: SeededConnector[], jobs: SyncJob[]): void {
  const byId = new Map(seeded.map((entry) => [entry.doc.id, entry.doc]))
  const contentDone = new Set<string>()
  const accessControlDone = new Set<string>()
  for (let i = jobs.length - 1; i >= 0; i--) {
    const job = jobs[i]!
    const doc = byId.get(job.connector.id)
    if (!doc || job.status === 'pending') continue
    if (job.job_type === 'access_control') {
      if (accessControlDone.has(doc.id)) continue
      accessControlDone.add(doc.id)
      doc.last_access_control_sync_status = job.status
      continue
    }
    if (doc.last_synced === undefined && job.completed_at !== undefined) doc.last_synced = job.completed_at
    if (contentDone.has(doc.id)) continue
    contentDone.add(doc.id)
    doc.last_sync_status = job.status
    if (job.error !== undefined) doc.last_sync_error = job.error
  }
}

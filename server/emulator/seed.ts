// Deterministic seed data for the emulator: a fleet of connectors an operator would recognise
// (seed-fleet.ts), a sync-job history consistent with their schedules up to `now` (seed-history.ts),
// the live and stuck jobs a dashboard must show and flag (seed-stuck.ts), and connector documents
// carrying what the connector service would have written by then (seed-connector-state.ts). The same
// options always give the same output.

import type { Connector, SyncJob, SyncJobConnector } from '../../contract/es-connector-types.ts'
import { formatMicros } from './es-time.ts'
import { mulberry32, randomBetween, randomInt, type Random } from './random.ts'
import { recordConnectorState } from './seed-connector-state.ts'
import { brokenAdvancedSnippet, configChangeError, connectorDocument, planFleet, type FleetMember } from './seed-fleet.ts'
import { connectorHistory, DAY, HOUR, MINUTE, newestSlots, type Bounds, type ConnectorPlan, type Slot, type Timed } from './seed-history.ts'
import { stuckJobs, UNSERVED_HOSTNAME, UNSERVED_SINCE } from './seed-stuck.ts'
import { serviceRunsBetween } from './service-cron.ts'

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

const ACCESS_CONTROL_INDEX_PREFIX = '.search-acl-filter-'
/** How many content syncs in a row the failing connector has failed. */
const FAILED_IN_A_ROW = 5
/** How many content syncs have failed since the config-change connector's rules changed. */
const FAILED_SINCE_CHANGE = 4
/** How many incremental syncs the stalled connector's stuck cursor has seen, at most. */
const STALLED_SYNCS = 6

/** When each connector's history may start and must end, from its role. */
function boundsFor(random: Random, member: FleetMember, now: number): Bounds {
  const open: Bounds = { since: Number.NEGATIVE_INFINITY, until: now }
  switch (member.role) {
    case 'unserved':
      return { ...open, until: now - UNSERVED_SINCE - 2 * HOUR }
    case 'live':
      return { ...open, since: now - randomBetween(random, 2, 3) * HOUR }
    case 'missed': {
      // The source stopped answering a little before the newest occurrence, which was therefore missed.
      const recent = Object.values(member.schedules).flatMap((schedule) => serviceRunsBetween(schedule, now - 2 * DAY, now - 3 * MINUTE))
      const newest = recent.length > 0 ? Math.max(...recent) : now - HOUR
      return { ...open, until: newest - randomBetween(random, 10, 50) * MINUTE }
    }
    default:
      return open
  }
}

/** The snapshot POST _sync_job copies: filtering[0].active, never sync_cursor (claim adds it). */
function snapshotOf(doc: Connector): SyncJobConnector {
  const content: SyncJobConnector = { id: doc.id, filtering: structuredClone(doc.filtering[0]!.active), index_name: doc.index_name! }
  if (doc.language !== undefined) content.language = doc.language
  if (doc.pipeline !== undefined) content.pipeline = { ...doc.pipeline }
  content.service_type = doc.service_type!
  content.configuration = structuredClone(doc.configuration)
  return content
}

/** A placeholder plan, for counting where the special jobs would go. */
function blank(member: FleetMember): ConnectorPlan {
  const empty = { id: '', filtering: { advanced_snippet: { created_at: '', updated_at: '', value: {} }, rules: [], validation: { errors: [], state: 'valid' } }, index_name: '' } as SyncJobConnector
  return { member, slots: [], snapshot: empty, accessControlSnapshot: empty, horizon: { content: Infinity, access_control: Infinity } }
}

/** The role's turning points, read from the connector's own slots. */
function shapeStory(random: Random, plan: ConnectorPlan, stamp: (ms: number) => string, doc: Connector): void {
  const { member } = plan
  const content = plan.slots.filter((slot) => slot.jobType !== 'access_control' && slot.at < plan.horizon.content - HOUR)
  if (member.role === 'failing' && content.length > 0) {
    plan.failure = { since: content[Math.max(0, content.length - FAILED_IN_A_ROW)]!.at, message: member.spec.errors[0]! }
  }
  if (member.role === 'config-change' && content.length >= 2) {
    const first = content[Math.max(1, content.length - FAILED_SINCE_CHANGE)]!
    const previous = content[content.indexOf(first) - 1]!
    const changeAt = previous.at + (first.at - previous.at) * randomBetween(random, 0.4, 0.9)
    const changed = structuredClone(doc.filtering[0]!)
    const when = stamp(changeAt)
    changed.active.advanced_snippet = { ...changed.active.advanced_snippet, updated_at: when, value: brokenAdvancedSnippet(member.spec) }
    changed.draft = structuredClone(changed.active)
    doc.filtering = [changed]
    plan.changedSnapshot = snapshotOf(doc)
    plan.configChangeAt = changeAt
    // The sync before the change completes, so the failures begin exactly with the change (as the
    // "Failing since a change" rule reads it, src/lib/connector-insights.ts configBlame), whatever the
    // pods' own failures and the operators' cancels would otherwise have made of it.
    plan.lastBeforeChange = previous
    plan.failure = { since: changeAt, message: configChangeError(member.spec) }
  }
  if (member.role === 'stalled-cursor') {
    const newestFull = content.filter((slot) => slot.jobType === 'full').at(-1)?.at ?? Number.NEGATIVE_INFINITY
    const incrementals = content.filter((slot) => slot.jobType === 'incremental' && slot.at > newestFull)
    const first = incrementals[Math.max(0, incrementals.length - STALLED_SYNCS)]
    if (first) plan.stallFrom = first.at
  }
  if (member.role === 'mass-deletion') plan.massDeletionJob = content.filter((slot) => slot.jobType === 'full' && slot.trigger === 'scheduled').at(-1)
}

export function generateSeed(options: SeedOptions): SeedData {
  const { now } = options
  const random = mulberry32(options.seed)
  // Six fraction digits, like Instant.now() on a real node.
  const stamp = (epochMs: number) => formatMicros(Math.round(epochMs) * 1000 + randomInt(random, 0, 999))
  const fleet = planFleet(random, options.connectors)
  if (fleet.length === 0) return { connectors: [], jobs: [] }
  const bounds = new Map(fleet.map((member) => [member, boundsFor(random, member, now)]))

  // Where the specials go decides how many jobs the history gets; a dry run with placeholder plans.
  const syncable = fleet.filter((member) => member.role !== 'never-synced')
  const specialCount = Math.min(options.jobs, stuckJobs({ random: mulberry32(0), stamp: () => '', now, plans: syncable.map(blank), max: options.jobs }).length)
  const slots = newestSlots(syncable, (member) => bounds.get(member)!, options.jobs - specialCount, now, options.seed)
  const slotsOf = new Map<FleetMember, Slot[]>(fleet.map((member) => [member, []]))
  for (const slot of slots) slotsOf.get(slot.member)!.push(slot)

  const connectors: Connector[] = []
  const plans: ConnectorPlan[] = []
  for (const member of fleet) {
    const own = slotsOf.get(member)!.sort((a, b) => a.at - b.at)
    const since = bounds.get(member)!.since
    const createdAt = Number.isFinite(since) ? since - randomBetween(random, 1, 5) * MINUTE : Math.min(own[0]?.at ?? now, now - 30 * DAY) - randomBetween(random, 15, 300) * DAY
    const doc = connectorDocument(random, member, stamp(createdAt))
    connectors.push(doc)
    if (member.role === 'never-synced') continue
    const snapshot = snapshotOf(doc)
    plans.push({
      member,
      slots: own,
      snapshot,
      accessControlSnapshot: { ...snapshot, index_name: ACCESS_CONTROL_INDEX_PREFIX + doc.index_name },
      horizon: { content: Infinity, access_control: Infinity },
      ...(member.role === 'unserved' ? { ownHost: UNSERVED_HOSTNAME } : {}),
    })
  }

  const timed: Timed[] = stuckJobs({ random, stamp, now, plans, max: specialCount })
  const specialsOf = new Map<string, Timed[]>()
  for (const entry of timed) specialsOf.set(entry.job.connector.id, [...(specialsOf.get(entry.job.connector.id) ?? []), entry])
  const docs = new Map(fleet.map((member, i) => [member, connectors[i]!]))
  for (const plan of plans) {
    const doc = docs.get(plan.member)!
    shapeStory(random, plan, stamp, doc)
    // Its special jobs were created after the change too.
    const changeAt = plan.configChangeAt
    if (changeAt !== undefined && plan.changedSnapshot) {
      for (const { job, at } of specialsOf.get(doc.id) ?? []) if (job.job_type !== 'access_control' && at > changeAt) job.connector = plan.changedSnapshot
    }
    const history = connectorHistory(plan, { random, stamp, now })
    for (const entry of history.jobs) timed.push(entry)
    recordConnectorState(doc, plan.member, history, [...(specialsOf.get(doc.id) ?? []), ...history.jobs], { random, stamp, now })
  }
  for (const member of fleet) if (member.role === 'never-synced') recordConnectorState(docs.get(member)!, member, { jobs: [], cursor: undefined, scheduledAt: {} }, [], { random, stamp, now })

  timed.sort((a, b) => a.at - b.at)
  return { connectors, jobs: timed.map((entry) => entry.job) }
}

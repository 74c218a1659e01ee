// The fleet the seed builds: which connector plays which part in the story a connectors overview must
// tell (healthy on time, failing in a row, schedule missed, service gone, never synced, no schedule,
// stuck incremental cursor, mass deletion, failures after a configuration change, short schedules that
// bring scheduled jobs live), the Quartz schedules they run on, and their documents.

import type { Connector, FilteringRule, FilteringRules, JobType, SchedulingEntry } from '../../contract/es-connector-types.ts'
import { pick, randomBetween, randomDocumentId, randomInt, randomUuid, type Random } from './random.ts'
import { readServiceSchedule, type ServiceSchedule } from './service-cron.ts'
import { LANGUAGES, SERVICE_TYPES, TEAMS, type ServiceTypeSpec } from './seed-vocabulary.ts'

export type Role =
  | 'healthy'
  /** Short schedules (every few minutes), set up a few hours ago: scheduled jobs arrive live. */
  | 'live'
  /** Its last several content syncs failed, with the same error. */
  | 'failing'
  /** Its source stopped answering the scheduler's ping: status error, schedule came due, no job. */
  | 'missed'
  /** Its self-managed connector service stopped hours ago: last_seen ages, its jobs wait. */
  | 'unserved'
  /** A draft: no index, needs_configuration, never synced. */
  | 'never-synced'
  /** No schedule enabled: synced on demand only. */
  | 'on-demand'
  /** Its incremental syncs complete with nothing indexed and leave the cursor where it was. */
  | 'stalled-cursor'
  /** Its newest full sync deleted far more documents than its syncs usually do. */
  | 'mass-deletion'
  /** Its content syncs fail since its advanced sync rules changed between two jobs. */
  | 'config-change'

/** Roles in the order a small fleet gets them, with the service types each prefers. */
const ROLE_PREFERENCES: readonly (readonly [Role, readonly string[], (spec: ServiceTypeSpec) => boolean])[] = [
  ['unserved', ['network_drive'], () => true],
  ['never-synced', ['github'], () => true],
  ['failing', ['confluence'], () => true],
  ['missed', ['postgresql'], () => true],
  ['live', ['servicenow'], (spec) => spec.incremental],
  ['stalled-cursor', ['salesforce'], (spec) => spec.incremental],
  ['mass-deletion', ['google_drive'], () => true],
  ['config-change', ['mysql'], (spec) => spec.advancedRules && spec.advancedSnippet !== undefined],
  ['on-demand', ['s3'], () => true],
]
/** A fleet keeps at least this many healthy connectors (they carry the live and stuck jobs). */
const MIN_HEALTHY = 3
/** Below this many connectors only the unserved connector is seeded (if there are three or more). */
const FULL_STORY_FROM = 8

/** The schedules each service type runs on when healthy (Quartz, as Kibana writes them). */
const SCHEDULES: Readonly<Record<string, Partial<Record<JobType, string>>>> = {
  sharepoint_online: { full: '0 0 1 * * ?', incremental: '0 0 * * * ?', access_control: '0 30 */12 * * ?' },
  google_drive: { full: '0 30 1 * * ?', incremental: '0 0 */4 * * ?', access_control: '0 15 2 * * ?' },
  confluence: { full: '0 0 */6 * * ?', access_control: '0 0 3 * * ?' },
  jira: { full: '0 0 */12 * * ?', access_control: '0 45 4 * * ?' },
  mysql: { full: '0 0 */6 * * ?' },
  postgresql: { full: '0 0 */6 * * ?' },
  mongodb: { full: '0 0 */12 * * ?' },
  salesforce: { full: '0 0 2 * * ?', incremental: '0 0 */2 * * ?', access_control: '0 0 5 * * ?' },
  s3: { full: '0 0 3 * * ?' },
  github: { full: '0 0 */12 * * ?', access_control: '0 30 6 * * ?' },
  servicenow: { full: '0 0 */6 * * ?', incremental: '0 */30 * * * ?', access_control: '0 0 */12 * * ?' },
  network_drive: { full: '0 0 */2 * * ?', access_control: '0 0 4 * * ?' },
}
/** The live connector's short schedules (access control is synced on demand only). */
const LIVE_SCHEDULES: Partial<Record<JobType, string>> = { full: '0 0 * * * ?', incremental: '0 */5 * * * ?' }
const DISABLED_INTERVAL = '0 0 0 * * ?'

export interface FleetMember {
  index: number
  spec: ServiceTypeSpec
  team: string
  indexName: string
  role: Role
  /** The enabled schedules, as stored and as the service reads them. */
  scheduling: Record<JobType, SchedulingEntry>
  schedules: Partial<Record<JobType, ServiceSchedule>>
  /** Documents in its index today; history scales down from this. */
  size: number
  identities: number
}

function titleCase(word: string): string {
  return word.length <= 2 ? word.toUpperCase() : word[0]!.toUpperCase() + word.slice(1)
}

/** The schedules of a connector of this type in a later round of the fleet: same kinds, other times. */
function variedSchedule(random: Random, interval: string, round: number): string {
  if (round === 0) return interval
  const minute = randomInt(random, 0, 11) * 5
  const [, , hours = '*'] = interval.split(' ')
  if (hours === '*') return interval.replace(/^0 (\S+) /, (_, minutes: string) => (minutes.startsWith('*/') ? `0 ${minutes} ` : `0 ${minute} `))
  if (hours.startsWith('*/')) return `0 ${minute} ${pick(random, ['*/4', '*/6', '*/8', '*/12'])} * * ?`
  return `0 ${minute} ${randomInt(random, 0, 23)} * * ?`
}

function assignRoles(specs: readonly ServiceTypeSpec[]): Role[] {
  const roles: Role[] = specs.map(() => 'healthy')
  if (specs.length < FULL_STORY_FROM) {
    if (specs.length >= 3) roles[specs.length - 1] = 'unserved'
    return roles
  }
  for (const [role, preferred, fits] of ROLE_PREFERENCES) {
    if (roles.filter((r) => r === 'healthy').length <= MIN_HEALTHY) break
    let chosen = specs.findIndex((spec, i) => roles[i] === 'healthy' && preferred.includes(spec.serviceType))
    if (chosen < 0) {
      // Otherwise the last free connector that can play it.
      for (let i = specs.length - 1; i >= 0 && chosen < 0; i--) if (roles[i] === 'healthy' && fits(specs[i]!)) chosen = i
    }
    if (chosen >= 0) roles[chosen] = role
  }
  return roles
}

export function planFleet(random: Random, count: number): FleetMember[] {
  const specs = Array.from({ length: count }, (_, i) => SERVICE_TYPES[i % SERVICE_TYPES.length]!)
  const roles = assignRoles(specs)
  const usedIndexNames = new Set<string>()
  return specs.map((spec, i) => {
    const round = Math.floor(i / SERVICE_TYPES.length)
    const team = TEAMS[(i + round) % TEAMS.length]!
    let indexName = `search-${spec.slug}-${team}`
    for (let n = 2; usedIndexNames.has(indexName); n++) indexName = `search-${spec.slug}-${team}-${n}`
    usedIndexNames.add(indexName)
    const role = roles[i]!
    let wanted = role === 'live' ? LIVE_SCHEDULES : (SCHEDULES[spec.serviceType] ?? { full: '0 0 0 * * ?' })
    // A weekly full sync, so that its stuck incremental syncs are not reset every night.
    if (role === 'stalled-cursor') wanted = { ...wanted, full: '0 0 2 ? * SUN' }
    const supported: Record<JobType, boolean> = { full: true, incremental: spec.incremental, access_control: spec.documentLevelSecurity }
    const scheduling = {} as Record<JobType, SchedulingEntry>
    const schedules: Partial<Record<JobType, ServiceSchedule>> = {}
    for (const jobType of ['full', 'incremental', 'access_control'] as const) {
      const interval = wanted[jobType]
      const enabled = interval !== undefined && supported[jobType] && role !== 'on-demand' && role !== 'never-synced'
      const stored = enabled ? variedSchedule(random, interval, role === 'live' ? 0 : round) : DISABLED_INTERVAL
      scheduling[jobType] = { enabled, interval: stored }
      const reading = readServiceSchedule(stored)
      if (enabled && reading.schedule) schedules[jobType] = reading.schedule
    }
    // A few sources are much bigger or smaller than their type's typical size.
    const scale = role === 'live' ? randomBetween(random, 0.05, 0.15) : randomBetween(random, 0.3, 1.6)
    return {
      index: i,
      spec,
      team,
      indexName,
      role,
      scheduling,
      schedules,
      size: Math.max(50, Math.round(spec.profile.documents * scale)),
      identities: Math.max(20, Math.round(spec.profile.identities * scale)),
    }
  })
}

export function filteringRule(random: Random, at: string, field: string, policy: 'include' | 'exclude', kind: string, value: string, order: number): FilteringRule {
  return { created_at: at, field, id: randomUuid(random), order, policy, rule: kind, updated_at: at, value }
}

export function filteringRules(random: Random, at: string, rules: ServiceTypeSpec['rules'], advanced: unknown): FilteringRules {
  const custom = rules.map(([field, policy, kind, value], order) => filteringRule(random, at, field, policy, kind, value, order))
  // The DEFAULT catch-all rule always comes last (Kibana keeps it pinned to the end).
  const catchAll: FilteringRule = { created_at: at, field: '_', id: 'DEFAULT', order: custom.length, policy: 'include', rule: 'regex', updated_at: at, value: '.*' }
  return {
    advanced_snippet: { created_at: at, updated_at: at, value: advanced ?? {} },
    rules: [...custom, catchAll],
    validation: { errors: [], state: 'valid' },
  }
}

/**
 * A connector's document as Kibana and the connector service left it when it was created at
 * `createdAt`; the seed fills in what the service wrote since (last_seen, last-sync fields, …).
 * A served connector's filtering draft is never left `edited`: the service validates and activates
 * it at its next poll; only the unserved connector may keep a draft nobody has validated.
 */
export function connectorDocument(random: Random, member: FleetMember, createdAt: string): Connector {
  const { spec, team, indexName } = member
  const Team = titleCase(team)
  const withRules = member.role === 'config-change' || (random() < 0.6 && (spec.rules.length > 0 || spec.advancedSnippet !== undefined))
  const active = filteringRules(random, createdAt, withRules ? spec.rules : [], withRules && spec.advancedRules ? spec.advancedSnippet : undefined)
  const editing = withRules && random() < 0.25 && member.role === 'unserved'
  const draft: FilteringRules = editing
    ? {
        ...active,
        rules: [filteringRule(random, createdAt, 'title', 'exclude', 'contains', 'DRAFT', 0), ...active.rules.map((r) => ({ ...r, order: r.order + 1 }))],
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
    scheduling: structuredClone(member.scheduling),
    service_type: spec.serviceType,
    status: 'connected',
    sync_now: false,
  }
  if (language !== undefined) doc.language = language
  if (member.role === 'never-synced') {
    doc.name = `${doc.name} (draft)`
    doc.description = 'Created in Kibana; waiting for an index and its configuration.'
    doc.status = 'needs_configuration'
    doc.configuration = {}
    delete doc.index_name
    delete doc.pipeline
    delete doc.api_key_id
    delete doc.api_key_secret_id
  }
  return doc
}

/** The config-change connector's new advanced rules: a query on a table that no longer exists. */
export function brokenAdvancedSnippet(spec: ServiceTypeSpec): unknown {
  if (spec.serviceType === 'mysql') {
    return [{ tables: ['orders', 'order_items_old'], query: 'SELECT o.*, i.sku FROM orders o JOIN order_items_old i ON i.order_id = o.id' }]
  }
  return [{ query: 'updated >= -30d AND project = ARCHIVE' }]
}

/** The error its content syncs fail with after the change: the source's "no such table" kind. */
export function configChangeError(spec: ServiceTypeSpec): string {
  return spec.errors.find((message) => /exist/i.test(message)) ?? spec.errors[spec.errors.length - 1] ?? 'ProgrammingError: invalid sync rules'
}

// What changed in a connector between two of its sync jobs: Elasticsearch copies the connector's
// active sync rules, pipeline, index name and configuration into each job when the job is created
// (x-pack `ConnectorSyncJobIndexService.createConnectorSyncJob`, `ConnectorSyncJob.CONNECTOR_*`), so
// consecutive jobs' snapshots show each change in the order it reached a sync. Non-sensitive settings
// read "from → to"; a sensitive one only "changed", judged by the fingerprint the dashboard server
// puts in place of its value (contract/syncboard-protocol.ts RedactedValue) — its value is never read.
//
// Only full snapshots are compared: a job read for one connector carries `connector.configuration`
// (and its filtering and pipeline); a list row does not, and comparing it would invent removals.
// Within two full snapshots, a part one of them lacks counts as "none".
import type { ConnectorConfigField, ConnectorConfiguration, ConnectorPipeline, FilteringRule, FilteringRules, SyncJob, SyncJobConnector } from '../../contract/es-connector-types.ts'
import { isEmptyValue, isRedacted, isSensitive } from './mask.ts'
import { parseTimestamp } from './time.ts'
import { compareCodeUnits } from './compare.ts'

/** The job fields a comparison reads. */
export type SnapshotJob = Pick<SyncJob, 'id' | 'created_at'> & {
  connector: Pick<SyncJobConnector, 'id'> & Partial<Pick<SyncJobConnector, 'filtering' | 'pipeline' | 'index_name' | 'configuration'>>
}

export type SnapshotPart = 'filtering' | 'pipeline' | 'index_name' | 'configuration'

export interface SnapshotChange {
  part: SnapshotPart
  /** The sync rule id, the pipeline setting or the configuration key; absent for the index name. */
  key?: string
  /** What changed, as a person names it: "Sync rule", "Pipeline name", a configuration field's label. */
  label: string
  change: 'added' | 'removed' | 'changed'
  /** The old and new values for display; never set for a sensitive setting. */
  from?: string
  to?: string
  sensitive: boolean
  /** The change in words: `Host: "a" → "b"`, "Password changed". */
  text: string
}

export interface SnapshotChangeEntry {
  /** The first job with the new snapshot. */
  jobId: string
  previousJobId: string
  /** When that job was created: the change reached syncs then (it was made before). */
  at: number | undefined
  changes: SnapshotChange[]
}

/** The parts' names in sentences. */
export const PART_WORDS: Record<SnapshotPart, string> = {
  filtering: 'the sync rules',
  pipeline: 'the pipeline',
  index_name: 'the index name',
  configuration: 'the configuration',
}

/** A job read with its whole connector snapshot (not a list row). */
export function hasFullSnapshot(job: SnapshotJob): boolean {
  return job.connector.configuration !== undefined && job.connector.configuration !== null
}

/** How a value shows: strings quoted, "not set" for nothing, JSON for the rest. */
export function displayValue(value: unknown): string {
  if (isEmptyValue(value)) return 'not set'
  if (typeof value === 'string') return JSON.stringify(value)
  return JSON.stringify(value) ?? String(value)
}

/** JSON with sorted keys: equal values give equal text whatever their key order. */
export function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${stableJson(item)}`).join(',')}}`
  }
  return JSON.stringify(value) ?? 'undefined'
}

function ruleText(rule: FilteringRule): string {
  return `${rule.policy} ${rule.field} ${rule.rule} ${JSON.stringify(rule.value)}`
}

/** A rule in words, the default one marked. */
function ruleLabel(rule: FilteringRule): string {
  return `${ruleText(rule)}${rule.id === 'DEFAULT' ? ' (default)' : ''}`
}

/** The rules of `rules` that `other` also has, in their order. */
function kept(rules: Map<string, FilteringRule>, other: Map<string, FilteringRule>): FilteringRule[] {
  return [...rules.values()].filter((rule) => other.has(rule.id)).sort((a, b) => a.order - b.order)
}

function filteringChanges(before: FilteringRules | undefined, after: FilteringRules | undefined): SnapshotChange[] {
  const changes: SnapshotChange[] = []
  const oldRules = new Map((before?.rules ?? []).map((rule) => [rule.id, rule]))
  const newRules = new Map((after?.rules ?? []).map((rule) => [rule.id, rule]))
  for (const [id, rule] of oldRules) {
    const next = newRules.get(id)
    if (!next) changes.push(change('filtering', id, 'Sync rule', 'removed', ruleLabel(rule), undefined))
    else if (ruleText(rule) !== ruleText(next)) changes.push(change('filtering', id, 'Sync rule', 'changed', ruleLabel(rule), ruleLabel(next)))
  }
  for (const [id, rule] of newRules) if (!oldRules.has(id)) changes.push(change('filtering', id, 'Sync rule', 'added', undefined, ruleLabel(rule)))
  // Rules apply in order: a rule added before the default one shifts it, which is no change; the
  // order of the rules both sides keep is.
  const oldOrder = kept(oldRules, newRules)
  const newOrder = kept(newRules, oldRules)
  if (oldOrder.map((rule) => rule.id).join('\n') !== newOrder.map((rule) => rule.id).join('\n')) {
    const list = (rules: FilteringRule[]) => rules.map(ruleText).join('; ')
    changes.push(change('filtering', 'order', 'Sync rule order', 'changed', list(oldOrder), list(newOrder)))
  }
  const oldSnippet = before?.advanced_snippet?.value
  const newSnippet = after?.advanced_snippet?.value
  if (stableJson(oldSnippet ?? {}) !== stableJson(newSnippet ?? {})) {
    changes.push(change('filtering', 'advanced_snippet', 'Advanced sync rules', 'changed', displayValue(oldSnippet), displayValue(newSnippet)))
  }
  return changes
}

const PIPELINE_SETTINGS: readonly (readonly [keyof ConnectorPipeline, string])[] = [
  ['name', 'Pipeline name'],
  ['extract_binary_content', 'Extract binary content'],
  ['reduce_whitespace', 'Reduce whitespace'],
  ['run_ml_inference', 'Run ML inference'],
]

function pipelineChanges(before: ConnectorPipeline | undefined, after: ConnectorPipeline | undefined): SnapshotChange[] {
  return PIPELINE_SETTINGS.flatMap(([key, label]) => {
    const from = before?.[key]
    const to = after?.[key]
    if (stableJson(from) === stableJson(to)) return []
    return [change('pipeline', key, label, from === undefined ? 'added' : to === undefined ? 'removed' : 'changed', displayValue(from), displayValue(to))]
  })
}

/** What a sensitive value can be compared by: its fingerprint, "" for nothing, or its JSON when it somehow arrived in clear. */
function secretIdentity(value: unknown): string {
  if (isRedacted(value)) return `fingerprint:${value.fingerprint}`
  if (isEmptyValue(value)) return ''
  return `value:${stableJson(value)}`
}

function configurationChanges(before: ConnectorConfiguration | undefined, after: ConnectorConfiguration | undefined): SnapshotChange[] {
  const changes: SnapshotChange[] = []
  const keys = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])].sort()
  for (const key of keys) {
    const old: ConnectorConfigField | undefined = before?.[key]
    const next: ConnectorConfigField | undefined = after?.[key]
    const label = (typeof next?.label === 'string' && next.label) || (typeof old?.label === 'string' && old.label) || key
    const sensitive = isSensitive(old) || isSensitive(next) || isRedacted(old?.value) || isRedacted(next?.value)
    if (sensitive) {
      const from = secretIdentity(old?.value)
      const to = secretIdentity(next?.value)
      if (from === to) continue
      const kind = from === '' ? 'added' : to === '' ? 'removed' : 'changed'
      const words = { added: 'set', removed: 'cleared', changed: 'changed' } as const
      changes.push({ part: 'configuration', key, label, change: kind, sensitive: true, text: `${label} ${words[kind]} (hidden value)` })
      continue
    }
    if (stableJson(old?.value) === stableJson(next?.value)) continue
    const kind = old === undefined ? 'added' : next === undefined ? 'removed' : 'changed'
    changes.push(change('configuration', key, label, kind, displayValue(old?.value), displayValue(next?.value)))
  }
  return changes
}

function change(part: SnapshotPart, key: string | undefined, label: string, kind: SnapshotChange['change'], from: string | undefined, to: string | undefined): SnapshotChange {
  const text =
    kind === 'added' && part === 'filtering'
      ? `${label} added: ${to}`
      : kind === 'removed' && part === 'filtering'
        ? `${label} removed: ${from}`
        : `${label}: ${from ?? 'not set'} → ${to ?? 'not set'}`
  return { part, ...(key === undefined ? {} : { key }), label, change: kind, ...(from === undefined ? {} : { from }), ...(to === undefined ? {} : { to }), sensitive: false, text }
}

/** The changes from one job's snapshot to another's; empty unless both are full snapshots. */
export function snapshotChanges(before: SnapshotJob, after: SnapshotJob): SnapshotChange[] {
  if (!hasFullSnapshot(before) || !hasFullSnapshot(after)) return []
  const changes = [
    ...filteringChanges(before.connector.filtering, after.connector.filtering),
    ...pipelineChanges(before.connector.pipeline, after.connector.pipeline),
  ]
  const oldIndex = before.connector.index_name
  const newIndex = after.connector.index_name
  if ((oldIndex ?? null) !== (newIndex ?? null)) {
    changes.push(change('index_name', undefined, 'Index name', oldIndex ? (newIndex ? 'changed' : 'removed') : 'added', displayValue(oldIndex), displayValue(newIndex)))
  }
  changes.push(...configurationChanges(before.connector.configuration, after.connector.configuration))
  return changes
}

/** The parts a list of changes touches, in words: "the sync rules and the pipeline". */
export function describeParts(changes: readonly SnapshotChange[]): string {
  const parts = [...new Set(changes.map((item) => item.part))].map((part) => PART_WORDS[part])
  if (parts.length <= 1) return parts[0] ?? 'nothing'
  return `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`
}

/** Jobs with a full snapshot, oldest first (by creation, then id). */
export function snapshotsInOrder<T extends SnapshotJob>(jobs: readonly T[]): T[] {
  const created = (job: T) => parseTimestamp(job.created_at) ?? 0
  return jobs.filter(hasFullSnapshot).sort((a, b) => created(a) - created(b) || compareCodeUnits(a.id, b.id))
}

/**
 * One connector's change timeline, oldest first: an entry for each job whose snapshot differs from the
 * previous job's (jobs without a full snapshot are skipped). Jobs of other connectors are ignored when
 * `connectorId` is given.
 */
export function changeTimeline(jobs: readonly SnapshotJob[], connectorId?: string): SnapshotChangeEntry[] {
  const ordered = snapshotsInOrder(connectorId === undefined ? jobs : jobs.filter((job) => job.connector.id === connectorId))
  const entries: SnapshotChangeEntry[] = []
  for (let index = 1; index < ordered.length; index++) {
    const previous = ordered[index - 1]!
    const job = ordered[index]!
    const changes = snapshotChanges(previous, job)
    if (changes.length > 0) entries.push({ jobId: job.id, previousJobId: previous.id, at: parseTimestamp(job.created_at), changes })
  }
  return entries
}

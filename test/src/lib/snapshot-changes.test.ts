// The change timeline between consecutive jobs' connector snapshots: sync rules added, removed and
// edited, the advanced snippet, pipeline settings, the index name, configuration "from → to", and
// sensitive settings as "changed" by fingerprint only — their values never appear.
import { describe, expect, it } from 'vitest'
import type { ConnectorConfiguration, SyncJob, SyncJobConnector } from '../../../contract/es-connector-types.ts'
import { changeTimeline, describeParts, snapshotChanges } from '../../../src/lib/snapshot-changes.ts'
import { syncJob } from '../../support/factories.ts'
import { HOUR, NOW, filteringRules, iso, redacted } from '../../support/fleet.ts'

const PIPELINE = { name: 'search-default-ingestion', extract_binary_content: true, reduce_whitespace: true, run_ml_inference: false }
const CONFIGURATION: ConnectorConfiguration = {
  host: { label: 'Host', value: 'db.example.com', sensitive: false },
  port: { label: 'Port', value: 5432 },
  password: { label: 'Password', sensitive: true, value: redacted('aaaa') },
}

/** A job read with its full snapshot, created `hoursAgo` before NOW; `connector` parts override the defaults. */
function snapshot(id: string, hoursAgo: number, connector: Partial<SyncJobConnector> = {}): SyncJob {
  return syncJob({
    id,
    created_at: iso(NOW - hoursAgo * HOUR),
    connector: { id: 'connector-1', index_name: 'search-docs', filtering: filteringRules(), pipeline: PIPELINE, configuration: CONFIGURATION, ...connector },
  })
}

/** The default configuration with another password value. */
const withPassword = (value: unknown): ConnectorConfiguration => ({ ...CONFIGURATION, password: { label: 'Password', sensitive: true, value } })
/** A sensitive token that arrived in clear (the server would have redacted it). */
const clear = (value: string): ConnectorConfiguration => ({ token: { label: 'Token', sensitive: true, value } })
/** A redacted value whose field lacks the `sensitive` flag. */
const bare = (fingerprint: string): ConnectorConfiguration => ({ key: { value: redacted(fingerprint) } })

const texts = (before: SyncJob, after: SyncJob) => snapshotChanges(before, after).map((item) => item.text)

describe('snapshotChanges', () => {
  it('nothing between equal snapshots, whatever the key order', () => {
    const reordered = { password: CONFIGURATION.password!, port: CONFIGURATION.port!, host: CONFIGURATION.host! }
    expect(snapshotChanges(snapshot('a', 2), snapshot('b', 1, { configuration: reordered }))).toEqual([])
  })

  it('sync rules added, removed and edited', () => {
    const before = snapshot('a', 2, { filtering: filteringRules(['exclude', 'path', 'starts_with', '/tmp']) })
    const edited = snapshot('b', 1, { filtering: filteringRules(['exclude', 'path', 'starts_with', '/private']) })
    expect(texts(before, edited)).toEqual(['Sync rule: exclude path starts_with "/tmp" → exclude path starts_with "/private"'])
    // Adding a rule before the default one shifts the default rule: no change of its own.
    expect(texts(snapshot('a', 2), before)).toEqual(['Sync rule added: exclude path starts_with "/tmp"'])
    expect(texts(before, snapshot('b', 1))).toEqual(['Sync rule removed: exclude path starts_with "/tmp"'])
  })

  it('the order of the rules both keep', () => {
    const two = filteringRules(['exclude', 'a', 'equals', '1'], ['include', 'b', 'equals', '2'])
    const swapped = { ...two, rules: two.rules.map((rule) => (rule.id === 'rule-1' ? { ...rule, order: 1 } : rule.id === 'rule-2' ? { ...rule, order: 0 } : rule)) }
    expect(texts(snapshot('a', 2, { filtering: two }), snapshot('b', 1, { filtering: swapped }))).toEqual([
      'Sync rule order: exclude a equals "1"; include b equals "2"; include _ regex ".*" → include b equals "2"; exclude a equals "1"; include _ regex ".*"',
    ])
  })

  it('the advanced snippet', () => {
    const rules = filteringRules()
    const advanced = { ...rules, advanced_snippet: { ...rules.advanced_snippet, value: { query: 'SELECT 1' } } }
    expect(snapshotChanges(snapshot('a', 2), snapshot('b', 1, { filtering: advanced }))).toEqual([
      expect.objectContaining({ part: 'filtering', label: 'Advanced sync rules', from: '{}', to: '{"query":"SELECT 1"}' }),
    ])
  })

  it('pipeline settings and the index name, from → to', () => {
    const after = snapshot('b', 1, { pipeline: { ...PIPELINE, name: 'custom', run_ml_inference: true }, index_name: 'search-docs-v2' })
    expect(texts(snapshot('a', 2), after)).toEqual([
      'Pipeline name: "search-default-ingestion" → "custom"',
      'Run ML inference: false → true',
      'Index name: "search-docs" → "search-docs-v2"',
    ])
  })

  it('non-sensitive configuration values from → to, added and removed', () => {
    const configuration: ConnectorConfiguration = { host: { ...CONFIGURATION.host!, value: 'db2.example.com' }, password: CONFIGURATION.password!, schema: { label: 'Schema', value: 'public' } }
    expect(snapshotChanges(snapshot('a', 2), snapshot('b', 1, { configuration }))).toEqual([
      expect.objectContaining({ key: 'host', change: 'changed', from: '"db.example.com"', to: '"db2.example.com"', text: 'Host: "db.example.com" → "db2.example.com"', sensitive: false }),
      expect.objectContaining({ key: 'port', change: 'removed', text: 'Port: 5432 → not set' }),
      expect.objectContaining({ key: 'schema', change: 'added', text: 'Schema: not set → "public"' }),
    ])
  })

  it('a sensitive value only as changed, set or cleared, by fingerprint, never its value', () => {
    const changed = snapshotChanges(snapshot('a', 2), snapshot('b', 1, { configuration: withPassword(redacted('bbbb')) }))
    expect(changed).toEqual([{ part: 'configuration', key: 'password', label: 'Password', change: 'changed', sensitive: true, text: 'Password changed (hidden value)' }])
    expect(JSON.stringify(changed)).not.toMatch(/aaaa|bbbb/)
    expect(texts(snapshot('a', 2, { configuration: withPassword('') }), snapshot('b', 1))).toEqual(['Password set (hidden value)'])
    expect(texts(snapshot('a', 2), snapshot('b', 1, { configuration: withPassword(null) }))).toEqual(['Password cleared (hidden value)'])
    expect(texts(snapshot('a', 2), snapshot('b', 1, { configuration: withPassword(redacted('aaaa')) }))).toEqual([])
  })

  it('a value marked sensitive that arrived in clear is compared but never shown', () => {
    const changes = snapshotChanges(snapshot('a', 2, { configuration: clear('s3cret-1') }), snapshot('b', 1, { configuration: clear('s3cret-2') }))
    expect(changes.map((item) => item.text)).toEqual(['Token changed (hidden value)'])
    expect(JSON.stringify(changes)).not.toMatch(/s3cret/)
  })

  it('a redacted value without the flag still counts as sensitive', () => {
    expect(texts(snapshot('a', 2, { configuration: bare('1') }), snapshot('b', 1, { configuration: bare('2') }))).toEqual(['key changed (hidden value)'])
  })

  it('compares nothing when either job is a list row without a full snapshot', () => {
    const row = syncJob({ id: 'row', connector: { id: 'connector-1', index_name: 'other-index' } })
    expect(snapshotChanges(snapshot('a', 2), row)).toEqual([])
    expect(snapshotChanges(row, snapshot('a', 2))).toEqual([])
  })
})

describe('changeTimeline', () => {
  it('an entry per job whose snapshot differs from the previous one, oldest first, skipping list rows and other connectors', () => {
    const jobs = [
      snapshot('c', 1, { index_name: 'search-docs-v2' }),
      snapshot('a', 4),
      syncJob({ id: 'row', created_at: iso(NOW - 3 * HOUR), connector: { id: 'connector-1' } }),
      snapshot('b', 2, { pipeline: { ...PIPELINE, name: 'custom' }, index_name: 'search-docs-v2' }),
      snapshot('other', 3, { id: 'connector-2', index_name: 'x' }),
    ]
    const timeline = changeTimeline(jobs, 'connector-1')
    expect(timeline.map((entry) => [entry.previousJobId, entry.jobId, entry.at, entry.changes.map((item) => item.label)])).toEqual([
      ['a', 'b', NOW - 2 * HOUR, ['Pipeline name', 'Index name']],
      ['b', 'c', NOW - HOUR, ['Pipeline name']],
    ])
  })
})

describe('describeParts', () => {
  it('names the parts touched', () => {
    const changes = snapshotChanges(snapshot('a', 2), snapshot('b', 1, { pipeline: { ...PIPELINE, name: 'x' }, filtering: filteringRules(['include', 'a', 'equals', 'b']), index_name: 'y' }))
    expect(describeParts(changes)).toBe('the sync rules, the pipeline and the index name')
    expect(describeParts(changes.filter((item) => item.part === 'pipeline'))).toBe('the pipeline')
  })
})

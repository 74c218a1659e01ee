// The store's connector methods as the simulated connector service calls them (the same rules as the
// HTTP API): check-ins with the service's own clock, last-sync updates (null never clears), errors,
// the back-door write; and what a new sync job copies from a connector edited through the API.

import { beforeEach, describe, expect, it } from 'vitest'
import { EmulatorStore } from '../../../server/emulator/store.ts'
import { thrown } from './support/thrown.ts'

const NOW = Date.UTC(2025, 5, 1, 12)
let clock = NOW
let store: EmulatorStore

beforeEach(() => {
  clock = NOW
  store = new EmulatorStore({ now: () => clock })
  store.putConnector('c', { index_name: 'search-c', service_type: 'google_drive', name: 'C' })
})

describe('checkInConnector', () => {
  it('stamps last_seen with the store clock, strictly later each time, and leaves the status alone', () => {
    expect(store.checkInConnector('c')).toBe('updated')
    const first = store.getConnector('c').last_seen!
    expect(first).toBe('2025-06-01T12:00:00.000001Z')
    expect(store.checkInConnector('c')).toBe('updated')
    expect(store.getConnector('c').last_seen! > first).toBe(true)
    expect(store.getConnector('c').status).toBe('created')
  })

  it('takes the caller’s timestamp (the simulated service’s clock); the same one twice is a noop', () => {
    expect(store.checkInConnector('c', '2025-06-01T12:05:00.123456Z')).toBe('updated')
    expect(store.getConnector('c').last_seen).toBe('2025-06-01T12:05:00.123456Z')
    expect(store.checkInConnector('c', '2025-06-01T12:05:00.123456Z')).toBe('noop')
  })

  it('refuses an unknown connector like the API (document missing), and updates a soft-deleted one', () => {
    expect(thrown(() => store.checkInConnector('nope')).type).toBe('document_missing_exception')
    store.deleteConnector('c', { hard: false, deleteSyncJobs: false })
    expect(store.checkInConnector('c')).toBe('updated')
  })
})

describe('updateLastSync', () => {
  it('writes the non-null fields only, merges the sync cursor and reports noop', () => {
    expect(store.updateLastSync('c', { last_sync_status: 'in_progress', last_sync_error: null, sync_cursor: { page: 1 } })).toBe('updated')
    expect(store.updateLastSync('c', { last_sync_status: 'completed', last_synced: '2025-06-01T12:10:00.000Z', last_indexed_document_count: 10, sync_cursor: { token: 't' } })).toBe('updated')
    const connector = store.getConnectorDocument('c')
    expect(connector).toMatchObject({ last_sync_status: 'completed', last_synced: '2025-06-01T12:10:00.000Z', last_indexed_document_count: 10, sync_cursor: { page: 1, token: 't' } })
    expect(connector).not.toHaveProperty('last_sync_error')
    expect(store.updateLastSync('c', { last_sync_status: null, last_synced: null })).toBe('noop')
    expect(store.updateLastSync('c', {})).toBe('noop')
  })
})

describe('updateConnectorError and writeConnector', () => {
  it('sets error and status together through the API rule', () => {
    store.updateConnectorError('c', 'Source unreachable')
    expect(store.getConnector('c')).toMatchObject({ error: 'Source unreachable', status: 'error' })
    store.updateConnectorError('c', null)
    const connector = store.getConnectorDocument('c')
    expect(connector.error).toBeNull()
    expect(connector.status).toBe('connected')
  })

  it('writes anything through the back door, without the API’s checks, skipping undefined values', () => {
    expect(store.writeConnector('c', { status: 'connected', error: undefined, last_sync_status: 'error', last_sync_error: 'boom' })).toBe('updated')
    expect(store.getConnector('c')).toMatchObject({ status: 'connected', last_sync_status: 'error', last_sync_error: 'boom' })
    expect(store.getConnector('c')).not.toHaveProperty('error')
    expect(store.writeConnector('c', { status: 'connected' })).toBe('noop')
    expect(thrown(() => store.writeConnector('nope', { status: 'connected' })).status).toBe(404)
  })

  it('hands out copies: changing one does not change the store', () => {
    const copy = store.getConnector('c')
    copy.name = 'changed'
    copy.scheduling.full.enabled = true
    expect(store.getConnector('c').name).toBe('C')
    expect(store.getConnector('c').scheduling.full.enabled).toBe(false)
  })
})

describe('a new sync job copies the connector as the API left it', () => {
  it('copies the activated filtering, the pipeline, the configuration and the new index name', () => {
    store.updateConnectorFiltering('c', { rules: [{ field: 'title', id: 'r1', order: 1, policy: 'exclude', rule: 'contains', value: 'draft' }] })
    store.updateConnectorFilteringValidation('c', { state: 'valid', errors: [] })
    store.activateConnectorFiltering('c')
    store.updateConnectorPipeline('c', { name: 'p', extract_binary_content: true, reduce_whitespace: false, run_ml_inference: false })
    store.updateConnectorConfiguration('c', { configuration: { token: { label: 'Token', value: 'secret', sensitive: true } } })
    store.updateConnectorIndexName('c', 'search-renamed')
    const job = store.getSyncJob(store.createSyncJob({ id: 'c' }))
    expect(job.connector.filtering?.rules.map((rule) => rule.id)).toEqual(['r1', 'DEFAULT'])
    expect(job.connector.pipeline?.name).toBe('p')
    expect(job.connector.configuration?.token?.value).toBe('secret')
    expect(job.connector.index_name).toBe('search-renamed')
  })

  it('does not see later changes, nor a draft that was never activated', () => {
    const before = store.getSyncJob(store.createSyncJob({ id: 'c' }))
    store.updateConnectorFiltering('c', { rules: [] })
    store.updateConnectorServiceType('c', 'confluence')
    const after = store.getSyncJob(store.createSyncJob({ id: 'c' }))
    expect(after.connector.filtering).toEqual(before.connector.filtering)
    expect(before.connector.service_type).toBe('google_drive')
    expect(after.connector.service_type).toBe('confluence')
  })

  it('refuses a connector whose index was detached', () => {
    store.updateConnectorIndexName('c', null)
    expect(thrown(() => store.createSyncJob({ id: 'c' })).reason).toBe(
      'Cannot start a sync for connector [c] with no index attached. Set the [index_name] property for the connector to enable syncing data.',
    )
    expect(store.getSyncJob(store.createSyncJob({ id: 'c', job_type: 'access_control' })).connector.index_name).toBe('.search-acl-filter-null')
  })

  it('deletes the connector’s jobs with a hard delete too', () => {
    store.createSyncJob({ id: 'c' })
    store.deleteConnector('c', { hard: true, deleteSyncJobs: true })
    expect(store.listSyncJobs({ from: 0, size: 10, connector_id: 'c' }).count).toBe(0)
    expect(thrown(() => store.getConnector('c', true)).status).toBe(404)
  })
})

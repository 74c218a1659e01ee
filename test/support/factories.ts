// Test data factories: valid wire objects of the Elasticsearch connector APIs, typed from
// contract/es-connector-types.ts and the same on every run, so a test states only the fields it is about.
import type { Connector, SyncJob } from '../../contract/es-connector-types.ts'
import { freshConnector } from '../../server/emulator/connector-rules.ts'

/** The creation time of every factory object unless a test gives its own. */
export const CREATED_AT = '2026-01-01T10:00:00.000Z'

/**
 * A pending on-demand full sync that no worker has touched: no `started_at`, `last_seen` or
 * `completed_at` (absent, as Elasticsearch omits them), zero counters, empty metadata, and a connector
 * snapshot with an index and a service type. Overrides replace whole fields (`connector` included).
 */
export function syncJob(overrides: Partial<SyncJob> = {}): SyncJob {
  return {
    id: 'job-1',
    connector: { id: 'connector-1', index_name: 'search-docs', language: 'en', service_type: 'google_drive' },
    created_at: CREATED_AT,
    deleted_document_count: 0,
    indexed_document_count: 0,
    indexed_document_volume: 0,
    job_type: 'full',
    metadata: {},
    status: 'pending',
    total_document_count: 0,
    trigger_method: 'on_demand',
    ...overrides,
  }
}

/**
 * A connector that can be synced (it has an index and a service type): the document
 * `PUT _connector/<id>` writes (the emulator's `freshConnector`), connected, as after a
 * connector service checked in. Overrides replace whole fields.
 */
export function connector(overrides: Partial<Connector> = {}): Connector {
  const id = overrides.id ?? 'connector-1'
  const fresh = freshConnector(id, { name: 'Team docs', index_name: 'search-docs', language: 'en', service_type: 'google_drive' }, CREATED_AT)
  return { ...fresh, status: 'connected', ...overrides }
}

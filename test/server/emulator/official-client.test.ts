// The emulator behind a real HTTP port, driven by the official @elastic/elasticsearch client: its
// product check must pass, every connector and sync-job API call must work as the client sends it
// (paths, query strings, bodies, body-less PUTs), and refusals must surface as the client's
// ResponseError with Elasticsearch's status and body. The connector secret APIs are not emulated.

import type { AddressInfo } from 'node:net'
import { Client, errors } from '@elastic/elasticsearch'
import { serve, type ServerType } from '@hono/node-server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type Emulator, createEmulator } from '../../../server/emulator/app.ts'

let emulator: Emulator
let server: ServerType
let client: Client

beforeAll(async () => {
  emulator = createEmulator({})
  const port = await new Promise<number>((resolve) => {
    server = serve({ fetch: emulator.app.fetch, port: 0, hostname: '127.0.0.1' }, (info: AddressInfo) => resolve(info.port))
  })
  client = new Client({ node: `http://127.0.0.1:${port}`, maxRetries: 0 })
})

afterAll(async () => {
  await client.close()
  await new Promise((resolve) => server.close(resolve))
  emulator.stop()
})

/** The ResponseError a call rejects with. */
async function refusal(promise: Promise<unknown>): Promise<errors.ResponseError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  )
  expect(error).toBeInstanceOf(errors.ResponseError)
  return error as errors.ResponseError
}

describe('the official client against the emulator', () => {
  it('passes the product check with info()', async () => {
    const info = await client.info()
    expect(info.cluster_name).toBe('syncboard-emulator')
    expect(info.version.number.startsWith('9.')).toBe(true)
  })

  it('creates, lists, gets and deletes connectors', async () => {
    const created = await client.connector.put({ connector_id: 'client-conn', index_name: 'search-client', name: 'Client', service_type: 'google_drive', is_native: false, language: 'en', description: 'from the client' })
    expect(created).toEqual({ id: 'client-conn', result: 'created' })
    await client.connector.put({ connector_id: 'doomed', index_name: 'search-doomed', service_type: 'x' })
    const connector = await client.connector.get({ connector_id: 'client-conn' })
    expect(connector.index_name).toBe('search-client')
    expect(connector.description).toBe('from the client')
    const list = await client.connector.list({ from: 0, size: 5, connector_name: ['Client'], service_type: ['google_drive'], query: 'client', include_deleted: false })
    expect(list.count).toBe(1)
    expect(list.results[0]?.id).toBe('client-conn')
    expect(await client.connector.delete({ connector_id: 'doomed', delete_sync_jobs: true })).toEqual({ acknowledged: true })
    expect((await client.connector.get({ connector_id: 'doomed', include_deleted: true })).deleted).toBe(true)
  })

  it('runs a sync job through its whole life', async () => {
    const { id } = await client.connector.syncJobPost({ id: 'client-conn', job_type: 'full', trigger_method: 'on_demand' })
    expect(id).toMatch(/^[A-Za-z0-9_-]{20}$/)
    expect((await client.connector.syncJobGet({ connector_sync_job_id: id })).status).toBe('pending')

    expect(await client.connector.syncJobClaim({ connector_sync_job_id: id, worker_hostname: 'host', sync_cursor: { c: 1 } })).toEqual({ result: 'updated' })
    expect(await client.connector.syncJobCheckIn({ connector_sync_job_id: id })).toEqual({ result: 'updated' })
    const stats = await client.connector.syncJobUpdateStats({
      connector_sync_job_id: id,
      deleted_document_count: 1,
      indexed_document_count: 2,
      indexed_document_volume: 3,
      total_document_count: 4,
      last_seen: '2024-01-01T00:00:00Z',
      metadata: { k: 'v' },
    })
    expect(stats).toEqual({ result: 'updated' })
    const running = await client.connector.syncJobGet({ connector_sync_job_id: id })
    expect(running).toMatchObject({ status: 'in_progress', worker_hostname: 'host', indexed_document_count: 2, metadata: { k: 'v' }, last_seen: '2024-01-01T00:00:00.000Z' })
    expect(running.connector.sync_cursor).toEqual({ c: 1 })

    expect(await client.connector.syncJobCancel({ connector_sync_job_id: id })).toEqual({ result: 'updated' })
    expect(await client.connector.syncJobError({ connector_sync_job_id: id, error: 'boom' })).toEqual({ result: 'updated' })
    const failed = await client.connector.syncJobGet({ connector_sync_job_id: id })
    expect(failed.status).toBe('error')
    expect(failed.error).toBe('boom')

    const list = await client.connector.syncJobList({ from: 0, size: 10, status: 'error', connector_id: 'client-conn', job_type: ['full', 'incremental'] })
    expect(list.count).toBe(1)
    expect(list.results[0]?.id).toBe(id)
    expect(await client.connector.syncJobDelete({ connector_sync_job_id: id })).toEqual({ acknowledged: true })
  })

  it('surfaces a 404 as ResponseError with the body Elasticsearch sends', async () => {
    const error = await refusal(client.connector.syncJobGet({ connector_sync_job_id: 'a b/c' }))
    expect(error.statusCode).toBe(404)
    expect(error.message).toContain('resource_not_found_exception')
    expect(error.body).toEqual({
      error: { root_cause: [{ type: 'resource_not_found_exception', reason: 'a b/c' }], type: 'resource_not_found_exception', reason: 'a b/c' },
      status: 404,
    })
    expect(error.headers?.['x-elastic-product']).toBe('Elasticsearch')
  })

  it('surfaces a state-machine refusal and an unknown parameter as 400s', async () => {
    const { id } = await client.connector.syncJobPost({ id: 'client-conn' })
    const transition = await refusal(client.connector.syncJobError({ connector_sync_job_id: id, error: 'x' }))
    expect(transition.statusCode).toBe(400)
    expect(transition.message).toContain('status_exception')
    const unknown = await refusal(client.connector.syncJobList({ querystring: { nope: 1 } }))
    expect(unknown.statusCode).toBe(400)
    expect((unknown.body as { error: { reason: string } }).error.reason).toBe('request [/_connector/_sync_job] contains unrecognized parameter: [nope]')
  })
})

describe('every connector endpoint through the official client', () => {
  it('creates with put (with and without an id) and post, then reads with get and list', async () => {
    expect(await client.connector.put({ connector_id: 'all-1', index_name: 'search-all-1', name: 'All', service_type: 'confluence' })).toEqual({ id: 'all-1', result: 'created' })
    expect(await client.connector.put({ connector_id: 'all-1', index_name: 'search-all-1', name: 'All', service_type: 'confluence' })).toEqual({ id: 'all-1', result: 'updated' })
    const generated = await client.connector.put({ index_name: 'search-all-2' })
    expect(generated).toEqual({ id: expect.stringMatching(/^[A-Za-z0-9_-]{20}$/), result: 'created' })
    const posted = await client.connector.post({ index_name: 'content-all-3', is_native: true, name: 'Posted' })
    expect(posted.result).toBe('created')
    expect((await client.connector.get({ connector_id: posted.id })).status).toBe('needs_configuration')
    const emptyPost = await client.connector.post()
    expect((await client.connector.get({ connector_id: emptyPost.id })).name).toBe('')
    const list = await client.connector.list({ index_name: ['search-all-1', 'content-all-3'], size: 10 })
    expect(list.results.map((connector) => connector.id)).toEqual([posted.id, 'all-1'])
  })

  it('updates through every _connector/{id}/_x endpoint', async () => {
    const connector_id = 'all-1'
    const updated = { result: 'updated' }
    expect(await client.connector.checkIn({ connector_id })).toEqual(updated)
    expect(await client.connector.updateError({ connector_id, error: 'boom' })).toEqual(updated)
    expect(await client.connector.updateError({ connector_id, error: null })).toEqual(updated)
    expect(await client.connector.lastSync({ connector_id, last_sync_status: 'completed', last_synced: '2025-01-02T03:04:05Z', last_indexed_document_count: 7, sync_cursor: { page: 2 } })).toEqual(
      updated,
    )
    expect(await client.connector.updateName({ connector_id, name: 'Renamed', description: 'Through the client' })).toEqual(updated)
    expect(await client.connector.updatePipeline({ connector_id, pipeline: { name: 'p', extract_binary_content: true, reduce_whitespace: true, run_ml_inference: false } })).toEqual(updated)
    expect(await client.connector.updateScheduling({ connector_id, scheduling: { full: { enabled: true, interval: '0 0 * * * ?' } } })).toEqual(updated)
    expect(
      await client.connector.updateFiltering({
        connector_id,
        rules: [{ field: 'title', id: 'r1', order: 1, policy: 'exclude', rule: 'contains', value: 'draft', created_at: '2025-01-01T00:00:00Z', updated_at: '2025-01-01T00:00:00Z' }],
      }),
    ).toEqual(updated)
    expect(await client.connector.updateFilteringValidation({ connector_id, validation: { state: 'valid', errors: [] } })).toEqual(updated)
    expect(await client.connector.updateActiveFiltering({ connector_id })).toEqual(updated)
    const space = {
      default_value: null,
      depends_on: [],
      display: 'textbox' as const,
      label: 'Space',
      options: [],
      order: 1,
      required: true,
      sensitive: false,
      tooltip: null,
      type: 'str' as const,
      ui_restrictions: [],
      validations: [],
      value: 'DOCS',
    }
    expect(await client.connector.updateConfiguration({ connector_id, configuration: { space } })).toEqual(updated)
    expect(await client.connector.updateConfiguration({ connector_id, values: { space: 'ENG' } })).toEqual(updated)
    expect(await client.connector.updateStatus({ connector_id, status: 'connected' })).toEqual(updated)
    expect(await client.connector.updateIndexName({ connector_id, index_name: 'content-all-renamed' })).toEqual(updated)
    expect(await client.connector.updateIndexName({ connector_id, index_name: 'content-all-renamed' })).toEqual({ result: 'noop' })
    expect(await client.connector.updateServiceType({ connector_id, service_type: 'sharepoint_online' })).toEqual(updated)
    expect(await client.connector.updateNative({ connector_id, is_native: true })).toEqual(updated)
    expect(await client.connector.updateApiKeyId({ connector_id, api_key_id: 'key-id', api_key_secret_id: 'secret-id' })).toEqual(updated)
    expect(await client.connector.updateFeatures({ connector_id, features: { incremental_sync: { enabled: true }, sync_rules: { basic: { enabled: true } } } })).toEqual(updated)

    const connector = await client.connector.get({ connector_id })
    expect(connector).toMatchObject({
      name: 'Renamed',
      description: 'Through the client',
      error: null,
      last_sync_status: 'completed',
      last_synced: '2025-01-02T03:04:05.000Z',
      last_indexed_document_count: 7,
      sync_cursor: { page: 2 },
      pipeline: { name: 'p' },
      scheduling: { full: { enabled: true, interval: '0 0 * * * ?' } },
      configuration: { space: { label: 'Space', value: 'ENG' } },
      index_name: 'content-all-renamed',
      service_type: 'sharepoint_online',
      status: 'needs_configuration',
      is_native: true,
      api_key_id: 'key-id',
      api_key_secret_id: 'secret-id',
      features: { incremental_sync: { enabled: true }, sync_rules: { basic: { enabled: true } } },
    })
    expect(connector.last_seen).toMatch(/Z$/)
    expect(connector.filtering[0]?.active.rules.map((rule) => rule.id)).toEqual(['r1', 'DEFAULT'])
  })

  it('soft-deletes (visible with include_deleted), then hard-deletes with the jobs', async () => {
    await client.connector.put({ connector_id: 'all-doomed', index_name: 'search-all-doomed', service_type: 'x' })
    await client.connector.syncJobPost({ id: 'all-doomed' })
    expect(await client.connector.delete({ connector_id: 'all-doomed' })).toEqual({ acknowledged: true })
    expect((await client.connector.list({ include_deleted: true, query: 'all-doomed' })).count).toBe(1)
    expect((await client.connector.list({ query: 'all-doomed' })).count).toBe(0)
    expect(await client.connector.delete({ connector_id: 'all-doomed', hard: true, delete_sync_jobs: true })).toEqual({ acknowledged: true })
    expect((await client.connector.syncJobList({ connector_id: 'all-doomed' })).count).toBe(0)
    expect((await refusal(client.connector.get({ connector_id: 'all-doomed', include_deleted: true }))).statusCode).toBe(404)
  })

  it('surfaces the connector refusals as ResponseErrors', async () => {
    const missing = await refusal(client.connector.checkIn({ connector_id: 'nobody' }))
    expect(missing.statusCode).toBe(404)
    expect(missing.message).toContain('document_missing_exception')
    const lookup = await refusal(client.connector.updateStatus({ connector_id: 'nobody', status: 'connected' }))
    expect((lookup.body as { error: { reason: string } }).error.reason).toBe('connector [nobody] not found')
    const transition = await refusal(client.connector.updateStatus({ connector_id: 'all-1', status: 'created' }))
    expect(transition.statusCode).toBe(400)
    expect(transition.message).toContain('connector_invalid_status_transition_exception')
    // The client puts `last_seen` in the body, but Elasticsearch's parser has no such field.
    const lastSeen = await refusal(client.connector.lastSync({ connector_id: 'all-1', last_seen: '2025-01-01T00:00:00Z' }))
    expect((lastSeen.body as { error: { reason: string } }).error.reason).toBe('[1:2] [connector_update_last_sync_stats_request] unknown field [last_seen] did you mean [last_synced]?')
    await client.connector.updateFiltering({ connector_id: 'all-1', rules: [] })
    const notValidated = await refusal(client.connector.updateActiveFiltering({ connector_id: 'all-1' }))
    expect(notValidated.statusCode).toBe(400)
    expect(notValidated.message).toContain('status_exception')
    const invalidIndex = await refusal(client.connector.put({ connector_id: 'bad', index_name: 'Bad' }))
    expect((invalidIndex.body as { error: { type: string } }).error.type).toBe('action_request_validation_exception')
  })
})

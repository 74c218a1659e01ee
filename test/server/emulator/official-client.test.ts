// The emulator behind a real HTTP port, driven by the official @elastic/elasticsearch client: its
// product check must pass, every connector API call must work, and refusals must surface as the
// client's ResponseError with Elasticsearch's status and body.

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

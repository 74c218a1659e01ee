// The sync-job state machine (ConnectorSyncJobStateMachine.java): which API enforces transitions, from every
// status, and which fields each one touches. Statuses REST cannot reach are set through the back door
// (`store.writeSyncJob`), as the real connector service writes them.

import { beforeEach, describe, expect, it } from 'vitest'
import { SYNC_STATUSES, type SyncStatus } from '../../../contract/es-connector-types.ts'
import type { Emulator } from '../../../server/emulator/app.ts'
import { call, createJob, emulator, putConnector } from './support/rest.ts'

let es: Emulator
beforeEach(async () => {
  es = emulator()
  await putConnector(es, 'conn', { index_name: 'search-conn' })
})

async function jobIn(status: SyncStatus): Promise<string> {
  const id = await createJob(es, { id: 'conn' })
  if (status !== 'pending') es.store.writeSyncJob(id, { status })
  return id
}

const get = async (id: string) => (await call(es, 'GET', `/_connector/_sync_job/${id}`)).body
const transitionReason = (from: string, to: string) =>
  `Invalid transition attempt from [${from}] to [${to}]. Such a ConnectorSyncStatus transition is not supported by the Connector Protocol.`

describe('cancel (enforced, two-phase)', () => {
  it.each(['pending', 'suspended'] as const)('%s → canceled with three identical timestamps', async (status) => {
    const id = await jobIn(status)
    expect((await call(es, 'PUT', `/_connector/_sync_job/${id}/_cancel`)).body).toEqual({ result: 'updated' })
    const job = await get(id)
    expect(job.status).toBe('canceled')
    expect(job.canceled_at).toMatch(/Z$/)
    expect(job.completed_at).toBe(job.canceled_at)
    expect(job.cancelation_requested_at).toBe(job.canceled_at)
  })

  it('in_progress → canceling with only cancelation_requested_at', async () => {
    const id = await jobIn('in_progress')
    await call(es, 'PUT', `/_connector/_sync_job/${id}/_cancel`)
    const job = await get(id)
    expect(job.status).toBe('canceling')
    expect(job.cancelation_requested_at).toMatch(/Z$/)
    expect(job).not.toHaveProperty('canceled_at')
    expect(job).not.toHaveProperty('completed_at')
  })

  it.each(['canceling', 'canceled', 'completed', 'error'] as const)('%s → 400 "…to [canceling]…", job unchanged', async (status) => {
    const id = await jobIn(status)
    const before = await get(id)
    const answer = await call(es, 'PUT', `/_connector/_sync_job/${id}/_cancel`)
    expect(answer).toBeEsError(400, 'status_exception', transitionReason(status, 'canceling'))
    expect(answer.body.error.caused_by.type).toBe('connector_sync_job_invalid_status_transition_exception')
    expect(await get(id)).toEqual(before)
  })
})

describe('error (enforced)', () => {
  it.each(['in_progress', 'canceling'] as const)('%s → error, message stored, completed_at not set', async (status) => {
    const id = await jobIn(status)
    expect((await call(es, 'PUT', `/_connector/_sync_job/${id}/_error`, { error: 'disk full' })).body).toEqual({ result: 'updated' })
    const job = await get(id)
    expect(job.status).toBe('error')
    expect(job.error).toBe('disk full')
    expect(job).not.toHaveProperty('completed_at')
  })

  it.each(['pending', 'suspended', 'completed', 'canceled', 'error'] as const)('%s → 400 "…to [error]…"', async (status) => {
    const id = await jobIn(status)
    expect(await call(es, 'PUT', `/_connector/_sync_job/${id}/_error`, { error: 'x' })).toBeEsError(400, 'status_exception', transitionReason(status, 'error'))
    expect((await get(id)).status).toBe(status)
  })
})

describe('claim (not enforced)', () => {
  it.each(SYNC_STATUSES)('%s → in_progress with worker_hostname, started_at and a fresh last_seen', async (status) => {
    const id = await jobIn(status)
    const before = await get(id)
    expect((await call(es, 'PUT', `/_connector/_sync_job/${id}/_claim`, { worker_hostname: 'pod-1' })).status).toBe(200)
    const job = await get(id)
    expect(job.status).toBe('in_progress')
    expect(job.worker_hostname).toBe('pod-1')
    expect(job.started_at).toMatch(/Z$/)
    expect(job.last_seen > before.last_seen).toBe(true)
  })

  it('deep-merges a new sync cursor into an existing one and keeps the rest of the snapshot', async () => {
    const id = await jobIn('pending')
    await call(es, 'PUT', `/_connector/_sync_job/${id}/_claim`, { worker_hostname: 'a', sync_cursor: { a: { x: 1 }, keep: true } })
    await call(es, 'PUT', `/_connector/_sync_job/${id}/_claim`, { worker_hostname: 'b', sync_cursor: { a: { y: 2 } } })
    const job = await get(id)
    expect(job.connector.sync_cursor).toEqual({ a: { x: 1, y: 2 }, keep: true })
    expect(job.connector.index_name).toBe('search-conn')
    expect(job.worker_hostname).toBe('b')
  })
})

describe('check_in, stats and delete (not enforced)', () => {
  it.each(SYNC_STATUSES)('check_in on %s only moves last_seen', async (status) => {
    const id = await jobIn(status)
    const before = await get(id)
    expect((await call(es, 'PUT', `/_connector/_sync_job/${id}/_check_in`)).body).toEqual({ result: 'updated' })
    const after = await get(id)
    expect(after.last_seen > before.last_seen).toBe(true)
    expect({ ...after, last_seen: before.last_seen }).toEqual(before)
  })

  it.each(SYNC_STATUSES)('stats on %s update counters without touching the status', async (status) => {
    const id = await jobIn(status)
    const answer = await call(es, 'PUT', `/_connector/_sync_job/${id}/_stats`, { deleted_document_count: 1, indexed_document_count: 2, indexed_document_volume: 3 })
    expect(answer.body).toEqual({ result: 'updated' })
    expect(await get(id)).toMatchObject({ status, deleted_document_count: 1, indexed_document_count: 2, indexed_document_volume: 3 })
  })

  it.each(SYNC_STATUSES)('delete removes a %s job', async (status) => {
    const id = await jobIn(status)
    expect((await call(es, 'DELETE', `/_connector/_sync_job/${id}`)).body).toEqual({ acknowledged: true })
    expect((await call(es, 'GET', `/_connector/_sync_job/${id}`)).status).toBe(404)
  })
})

describe('stats semantics', () => {
  let id: string
  beforeEach(async () => {
    id = await jobIn('in_progress')
  })
  const stats = (body: Record<string, unknown> | string) => call(es, 'PUT', `/_connector/_sync_job/${id}/_stats`, body)
  const counts = { deleted_document_count: 1, indexed_document_count: 2, indexed_document_volume: 3 }

  it('merges metadata deeply instead of replacing it', async () => {
    await stats({ ...counts, metadata: { a: { x: 1 }, b: 'keep' } })
    await stats({ ...counts, metadata: { a: { y: 2 } } })
    expect((await get(id)).metadata).toEqual({ a: { x: 1, y: 2 }, b: 'keep' })
  })

  it('defaults last_seen to now, and keeps an explicit one (normalised to UTC)', async () => {
    const before = (await get(id)).last_seen
    await stats(counts)
    expect((await get(id)).last_seen > before).toBe(true)
    await stats({ ...counts, last_seen: '2024-01-01T02:00:00+02:00' })
    expect((await get(id)).last_seen).toBe('2024-01-01T00:00:00.000Z')
    await stats({ ...counts, last_seen: '1700000000000' })
    expect((await get(id)).last_seen).toBe('2023-11-14T22:13:20.000Z')
  })

  it('answers noop when nothing changes, updated otherwise', async () => {
    const body = { ...counts, total_document_count: 4, last_seen: '2024-01-01T00:00:00.000Z', metadata: { k: 'v' } }
    expect((await stats(body)).body).toEqual({ result: 'updated' })
    expect((await stats(body)).body).toEqual({ result: 'noop' })
    expect((await stats({ ...body, metadata: {} })).body).toEqual({ result: 'noop' })
    expect((await stats({ ...body, metadata: { k: 'w' } })).body).toEqual({ result: 'updated' })
    expect((await stats({ ...counts, metadata: { k: 'w' } })).body).toEqual({ result: 'updated' })
  })

  it('keeps a __proto__ key as plain data, polluting nothing', async () => {
    const base = '"deleted_document_count":1,"indexed_document_count":1,"indexed_document_volume":1'
    await stats(`{${base},"metadata":{"__proto__":{"polluted":true},"a":1}}`)
    await stats(`{${base},"metadata":{"__proto__":{"more":2}}}`)
    const { metadata } = await get(id)
    expect(Object.keys(metadata)).toEqual(['__proto__', 'a'])
    expect(JSON.stringify(metadata)).toBe('{"__proto__":{"polluted":true,"more":2},"a":1}')
    expect(Object.prototype).not.toHaveProperty('polluted')
  })

  it('accepts numeric strings and truncates decimals', async () => {
    await stats('{"deleted_document_count":"10","indexed_document_count":20.9,"indexed_document_volume":"30.7","total_document_count":1e2}')
    expect(await get(id)).toMatchObject({ deleted_document_count: 10, indexed_document_count: 20, indexed_document_volume: 30, total_document_count: 100 })
  })
})

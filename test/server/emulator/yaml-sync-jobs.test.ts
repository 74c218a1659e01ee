// Elasticsearch's YAML REST tests for the sync-job API (x-pack/plugin/ent-search/qa/rest/…/entsearch/
// connector/sync_job/ and the older 4xx files), ported one scenario per test: post, delete, check_in,
// cancel, get, error, update_stats, claim and list. The connectors are built as the YAML builds them,
// through connector.put, update_filtering, update_pipeline and update_configuration.

import { beforeEach, describe, expect, it } from 'vitest'
import type { Emulator } from '../../../server/emulator/app.ts'
import { call, configField, createJob, emulator, putConnector } from './support/rest.ts'

let es: Emulator
beforeEach(async () => {
  es = emulator()
  await putConnector(es, 'test-connector', { index_name: 'search-test' })
})

/** One `active` or `draft` of a filtering entry, as the YAML tests write them. */
const filteringRules = (id: string, stamp: string, policy = 'include') => ({
  advanced_snippet: { created_at: stamp, updated_at: stamp, value: {} },
  rules: [{ created_at: stamp, field: '_', id, order: 0, policy, rule: 'regex', updated_at: stamp, value: '.*' }],
  validation: { errors: [], state: 'valid' },
})

describe('10_connector_sync_job_post', () => {
  beforeEach(async () => {
    await putConnector(es, 'test-connector-detached-index', { index_name: null })
    await putConnector(es, 'test-connector-no-service-type', { index_name: 'search-no-service', service_type: undefined })
  })

  it('creates a pending full on_demand job with zero counters and equal created_at/last_seen', async () => {
    const id = await createJob(es, { id: 'test-connector', job_type: 'full', trigger_method: 'on_demand' })
    const { status, body } = await call(es, 'GET', `/_connector/_sync_job/${id}`)
    expect(status).toBe(200)
    expect(body).toMatchObject({
      id,
      connector: { id: 'test-connector' },
      job_type: 'full',
      trigger_method: 'on_demand',
      status: 'pending',
      total_document_count: 0,
      indexed_document_count: 0,
      indexed_document_volume: 0,
      deleted_document_count: 0,
      metadata: {},
    })
    expect(body.created_at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/)
    expect(body.last_seen).toBe(body.created_at)
    for (const absent of ['error', 'worker_hostname', 'started_at', 'completed_at', 'canceled_at', 'cancelation_requested_at']) {
      expect(body).not.toHaveProperty(absent)
    }
    expect(id).toMatch(/^[A-Za-z0-9_-]{20}$/)
  })

  it('snapshots the first filtering entry’s active rules', async () => {
    const update = await call(es, 'PUT', '/_connector/test-connector/_filtering', {
      filtering: [
        { active: filteringRules('RULE-ACTIVE-SYNC-JOB-TEST', '2023-05-25T12:30:00.000Z'), domain: 'DEFAULT', draft: filteringRules('RULE-DRAFT-0', '2023-05-25T12:30:00.000Z') },
        { active: filteringRules('RULE-ACTIVE-1', '2021-05-25T12:30:00.000Z'), domain: 'TEST', draft: filteringRules('RULE-DRAFT-1', '2021-05-25T12:30:00.000Z', 'exclude') },
      ],
    })
    expect(update.body).toEqual({ result: 'updated' })
    const id = await createJob(es, { id: 'test-connector', job_type: 'full', trigger_method: 'on_demand' })
    const { body } = await call(es, 'GET', `/_connector/_sync_job/${id}`)
    expect(body.connector.filtering.rules[0].id).toBe('RULE-ACTIVE-SYNC-JOB-TEST')
    expect(body.connector.filtering.rules[0].rule).toBe('regex')
    expect(body.connector.filtering.validation.state).toBe('valid')
    expect(body.connector.filtering.advanced_snippet.created_at).toBe('2023-05-25T12:30:00.000Z')
  })

  it('copies pipeline and full configuration (sensitive values too) into the snapshot, never the sync cursor', async () => {
    const pipeline = { extract_binary_content: true, name: 'test-pipeline', reduce_whitespace: true, run_ml_inference: false }
    expect((await call(es, 'PUT', '/_connector/test-connector/_pipeline', { pipeline })).body).toEqual({ result: 'updated' })
    const configuration = {
      some_field: configField('Very important field', 456),
      secret: { label: 'Secret', value: 'hunter2', sensitive: true },
    }
    expect((await call(es, 'PUT', '/_connector/test-connector/_configuration', { configuration })).body).toEqual({ result: 'updated' })
    expect((await call(es, 'PUT', '/_connector/test-connector/_last_sync', { sync_cursor: { cursor: 'connector-level' } })).body).toEqual({ result: 'updated' })
    const id = await createJob(es, { id: 'test-connector', job_type: 'full', trigger_method: 'on_demand' })
    const { body } = await call(es, 'GET', `/_connector/_sync_job/${id}`)
    expect(body.connector.id).toBe('test-connector')
    expect(body.connector.configuration.some_field.value).toBe(456)
    expect(body.connector.configuration.secret.value).toBe('hunter2')
    expect(body.connector.pipeline).toEqual(pipeline)
    expect(body.connector.language).toBe('de')
    expect(body.connector.service_type).toBe('super-connector')
    expect(body.connector).not.toHaveProperty('sync_cursor')
  })

  it('defaults job_type to full and trigger_method to on_demand', async () => {
    const id = await createJob(es, { id: 'test-connector' })
    const { body } = await call(es, 'GET', `/_connector/_sync_job/${id}`)
    expect(body.job_type).toBe('full')
    expect(body.trigger_method).toBe('on_demand')
    expect(body.status).toBe('pending')
  })

  it('accepts enum values in any case and stores them lowercase', async () => {
    const id = await createJob(es, { id: 'test-connector', job_type: 'INCREMENTAL', trigger_method: 'Scheduled' })
    const { body } = await call(es, 'GET', `/_connector/_sync_job/${id}`)
    expect(body.job_type).toBe('incremental')
    expect(body.trigger_method).toBe('scheduled')
  })

  it('refuses a non-existing connector with 404', async () => {
    const answer = await call(es, 'POST', '/_connector/_sync_job', { id: 'non-existing-connector' })
    expect(answer).toBeEsError(404, 'resource_not_found_exception', "Connector with id 'non-existing-connector' does not exist.")
  })

  it('refuses an invalid job_type and an invalid trigger_method with 400', async () => {
    const jobType = await call(es, 'POST', '/_connector/_sync_job', { id: 'test-connector', job_type: 'invalid_job_type' })
    expect(jobType).toBeEsError(400, 'x_content_parse_exception')
    const trigger = await call(es, 'POST', '/_connector/_sync_job', { id: 'test-connector', trigger_method: 'invalid_trigger_method' })
    expect(trigger).toBeEsError(400, 'x_content_parse_exception')
  })

  it('refuses a connector without an index, and one without a service type', async () => {
    const detached = await call(es, 'POST', '/_connector/_sync_job', { id: 'test-connector-detached-index', job_type: 'full' })
    expect(detached).toBeEsError(
      400,
      'status_exception',
      'Cannot start a sync for connector [test-connector-detached-index] with no index attached. Set the [index_name] property for the connector to enable syncing data.',
    )
    const noService = await call(es, 'POST', '/_connector/_sync_job', { id: 'test-connector-no-service-type', job_type: 'full' })
    expect(noService).toBeEsError(
      400,
      'status_exception',
      'Cannot start a sync for connector [test-connector-no-service-type] with [service_type] not defined. Set the service type of your connector before starting the sync.',
    )
  })

  it('prefixes the index of access_control jobs, even on a connector without an index (ES quirk)', async () => {
    const id = await createJob(es, { id: 'test-connector', job_type: 'access_control' })
    expect((await call(es, 'GET', `/_connector/_sync_job/${id}`)).body.connector.index_name).toBe('.search-acl-filter-search-test')
    const detached = await createJob(es, { id: 'test-connector-detached-index', job_type: 'access_control' })
    expect((await call(es, 'GET', `/_connector/_sync_job/${detached}`)).body.connector.index_name).toBe('.search-acl-filter-null')
  })
})

describe('20_connector_sync_job_delete', () => {
  it('deletes a job, after which GET is a 404', async () => {
    const id = await createJob(es, { id: 'test-connector', job_type: 'full', trigger_method: 'on_demand' })
    const deleted = await call(es, 'DELETE', `/_connector/_sync_job/${id}`)
    expect(deleted.status).toBe(200)
    expect(deleted.body).toEqual({ acknowledged: true })
    expect(await call(es, 'GET', `/_connector/_sync_job/${id}`)).toBeEsError(404, 'resource_not_found_exception', id)
    expect(await call(es, 'DELETE', `/_connector/_sync_job/${id}`)).toBeEsError(404, 'resource_not_found_exception', id)
  })

  it('refuses to delete a non-existent job with 404 and the bare id as reason', async () => {
    expect(await call(es, 'DELETE', '/_connector/_sync_job/test-nonexistent-connector-sync-job-id')).toBeEsError(404, 'resource_not_found_exception', 'test-nonexistent-connector-sync-job-id')
  })
})

describe('420_connector_sync_job_check_in', () => {
  it('moves last_seen strictly forward, even right after creation', async () => {
    const id = await createJob(es, { id: 'test-connector', job_type: 'full', trigger_method: 'on_demand' })
    const before = (await call(es, 'GET', `/_connector/_sync_job/${id}`)).body.last_seen as string
    const checkIn = await call(es, 'PUT', `/_connector/_sync_job/${id}/_check_in`)
    expect(checkIn.status).toBe(200)
    expect(checkIn.body).toEqual({ result: 'updated' })
    const after = (await call(es, 'GET', `/_connector/_sync_job/${id}`)).body.last_seen as string
    expect(after > before).toBe(true)
  })

  it('refuses a missing job with "connector sync job [id] not found"', async () => {
    expect(await call(es, 'PUT', '/_connector/_sync_job/nope/_check_in')).toBeEsError(404, 'resource_not_found_exception', 'connector sync job [nope] not found')
  })
})

describe('40_connector_sync_job_cancel', () => {
  it('cancels a pending job at once with three identical timestamps', async () => {
    const id = await createJob(es, { id: 'test-connector', job_type: 'full', trigger_method: 'on_demand' })
    const cancel = await call(es, 'PUT', `/_connector/_sync_job/${id}/_cancel`)
    expect(cancel.status).toBe(200)
    expect(cancel.body).toEqual({ result: 'updated' })
    const { body } = await call(es, 'GET', `/_connector/_sync_job/${id}`)
    expect(body.status).toBe('canceled')
    expect(body.completed_at).toBeDefined()
    expect(body.canceled_at).toBe(body.completed_at)
    expect(body.cancelation_requested_at).toBe(body.completed_at)
  })

  it('refuses a second cancel with 400 (canceled → canceling)', async () => {
    const id = await createJob(es, { id: 'test-connector', job_type: 'full', trigger_method: 'on_demand' })
    await call(es, 'PUT', `/_connector/_sync_job/${id}/_cancel`)
    const again = await call(es, 'PUT', `/_connector/_sync_job/${id}/_cancel`)
    const reason = 'Invalid transition attempt from [canceled] to [canceling]. Such a ConnectorSyncStatus transition is not supported by the Connector Protocol.'
    expect(again.body).toEqual({
      error: {
        root_cause: [{ type: 'status_exception', reason }],
        type: 'status_exception',
        reason,
        caused_by: { type: 'connector_sync_job_invalid_status_transition_exception', reason },
      },
      status: 400,
    })
  })

  it('refuses to cancel (and check in) a non-existent job with 404', async () => {
    expect(await call(es, 'PUT', '/_connector/_sync_job/nope/_cancel')).toBeEsError(404, 'resource_not_found_exception', 'nope')
    expect(await call(es, 'PUT', '/_connector/_sync_job/nope/_check_in')).toBeEsError(404, 'resource_not_found_exception')
  })
})

describe('50_connector_sync_job_get', () => {
  it('returns the job type and trigger method it was created with', async () => {
    const id = await createJob(es, { id: 'test-connector', job_type: 'access_control', trigger_method: 'scheduled' })
    const { status, body } = await call(es, 'GET', `/_connector/_sync_job/${id}`)
    expect(status).toBe(200)
    expect(body.job_type).toBe('access_control')
    expect(body.trigger_method).toBe('scheduled')
    expect(body.id).toBe(id)
  })

  it('answers 404 with the bare id for a non-existent job', async () => {
    await createJob(es, { id: 'test-connector' })
    const answer = await call(es, 'GET', '/_connector/_sync_job/non-existing-sync-job-id')
    expect(answer.body).toEqual({
      error: {
        root_cause: [{ type: 'resource_not_found_exception', reason: 'non-existing-sync-job-id' }],
        type: 'resource_not_found_exception',
        reason: 'non-existing-sync-job-id',
      },
      status: 404,
    })
  })
})

describe('450_connector_sync_job_error', () => {
  it('refuses to set an error on a pending job (pending → error)', async () => {
    const id = await createJob(es, { id: 'test-connector' })
    const answer = await call(es, 'PUT', `/_connector/_sync_job/${id}/_error`, { error: 'error' })
    expect(answer).toBeEsError(400, 'status_exception', /^Invalid transition attempt from \[pending\] to \[error\]\./)
    expect(answer.body.error.caused_by.type).toBe('connector_sync_job_invalid_status_transition_exception')
  })

  it('refuses a non-existent job with 404', async () => {
    expect(await call(es, 'PUT', '/_connector/_sync_job/nope/_error', { error: 'error' })).toBeEsError(404, 'resource_not_found_exception', 'nope')
  })
})

describe('70_connector_sync_job_update_stats', () => {
  let id: string
  beforeEach(async () => {
    id = await createJob(es, { id: 'test-connector', job_type: 'full', trigger_method: 'on_demand' })
  })
  const stats = (body: Record<string, unknown>) => call(es, 'PUT', `/_connector/_sync_job/${id}/_stats`, body)
  const mandatory = { deleted_document_count: 10, indexed_document_count: 20, indexed_document_volume: 1000 }

  it('stores the mandatory counters', async () => {
    const answer = await stats(mandatory)
    expect(answer.status).toBe(200)
    expect(answer.body).toEqual({ result: 'updated' })
    expect((await call(es, 'GET', `/_connector/_sync_job/${id}`)).body).toMatchObject(mandatory)
  })

  it.each(['deleted_document_count', 'indexed_document_count', 'indexed_document_volume', 'total_document_count'])(
    'refuses a negative %s',
    async (field) => {
      const answer = await stats({ ...mandatory, [field]: -10 })
      expect(answer).toBeEsError(400, 'action_request_validation_exception', `Validation Failed: 1: [${field}] cannot be negative.;`)
    },
  )

  it('stores total_document_count when given', async () => {
    await stats({ ...mandatory, total_document_count: 20 })
    expect((await call(es, 'GET', `/_connector/_sync_job/${id}`)).body.total_document_count).toBe(20)
  })

  it('returns last_seen exactly as given', async () => {
    await stats({ ...mandatory, last_seen: '2023-12-04T08:45:50.567149Z' })
    expect((await call(es, 'GET', `/_connector/_sync_job/${id}`)).body.last_seen).toBe('2023-12-04T08:45:50.567149Z')
  })

  it('stores and returns metadata', async () => {
    await stats({ ...mandatory, metadata: { someKey1: 'test', someKey2: 'test2' } })
    expect((await call(es, 'GET', `/_connector/_sync_job/${id}`)).body.metadata).toEqual({ someKey1: 'test', someKey2: 'test2' })
  })

  it.each([
    ['"abc"', 'VALUE_STRING'],
    ['123', 'VALUE_NUMBER'],
  ])('refuses metadata %s', async (metadata, token) => {
    const answer = await call(es, 'PUT', `/_connector/_sync_job/${id}/_stats`, `{"deleted_document_count":10,"indexed_document_count":20,"indexed_document_volume":1000,"metadata":${metadata}}`)
    expect(answer).toBeEsError(400, 'x_content_parse_exception', `[1:100] [connector_sync_job_update_ingestion_stats] metadata doesn't support values of type: ${token}`)
  })

  it('refuses a non-existent job with "connector sync job [id] not found"', async () => {
    const answer = await call(es, 'PUT', '/_connector/_sync_job/nope/_stats', mandatory)
    expect(answer).toBeEsError(404, 'resource_not_found_exception', 'connector sync job [nope] not found')
  })
})

describe('90_connector_sync_job_claim', () => {
  let id: string
  beforeEach(async () => {
    id = await createJob(es, { id: 'test-connector', job_type: 'full', trigger_method: 'on_demand' })
  })

  it('claims: worker_hostname set, in_progress, started_at and last_seen set; connector has no sync_cursor', async () => {
    const answer = await call(es, 'PUT', `/_connector/_sync_job/${id}/_claim`, { worker_hostname: 'host-name' })
    expect(answer.status).toBe(200)
    expect(answer.body).toEqual({ result: 'updated' })
    const { body } = await call(es, 'GET', `/_connector/_sync_job/${id}`)
    expect(body.worker_hostname).toBe('host-name')
    expect(body.status).toBe('in_progress')
    expect(body.started_at).toBeDefined()
    expect(body.last_seen > body.created_at).toBe(true)
    expect(body.connector).not.toHaveProperty('sync_cursor')
    expect((await call(es, 'GET', '/_connector/test-connector')).body).not.toHaveProperty('sync_cursor')
  })

  it('puts the sync cursor into the job snapshot only', async () => {
    await call(es, 'PUT', `/_connector/_sync_job/${id}/_claim`, { worker_hostname: 'host-name', sync_cursor: { cursor: 'cursor' } })
    const { body } = await call(es, 'GET', `/_connector/_sync_job/${id}`)
    expect(body.connector.sync_cursor).toEqual({ cursor: 'cursor' })
    expect(body.connector.index_name).toBe('search-test')
    expect((await call(es, 'GET', '/_connector/test-connector')).body).not.toHaveProperty('sync_cursor')
  })

  it('refuses a non-existent job with 404', async () => {
    expect(await call(es, 'PUT', '/_connector/_sync_job/nope/_claim', { worker_hostname: 'host-name' })).toBeEsError(404, 'resource_not_found_exception', 'nope')
  })

  it('parses the body before looking the job up: missing worker_hostname is a 400 even for a non-job id', async () => {
    const answer = await call(es, 'PUT', '/_connector/_sync_job/test-connector/_claim', { sync_cursor: { cursor: 'cursor' } })
    expect(answer).toBeEsError(400, 'illegal_argument_exception', 'Required [worker_hostname]')
  })

  it('refuses worker_hostname: null but accepts an empty hostname', async () => {
    const nullHost = await call(es, 'PUT', `/_connector/_sync_job/${id}/_claim`, '{"worker_hostname":null}')
    expect(nullHost).toBeEsError(400, 'x_content_parse_exception', "[1:20] [claim_connector_sync_job] worker_hostname doesn't support values of type: VALUE_NULL")
    const empty = await call(es, 'PUT', `/_connector/_sync_job/${id}/_claim`, { worker_hostname: '' })
    expect(empty.status).toBe(200)
    expect((await call(es, 'GET', `/_connector/_sync_job/${id}`)).body.worker_hostname).toBe('')
  })
})

const list = async (query = '') => (await call(es, 'GET', `/_connector/_sync_job${query}`)).body

describe('470_connector_sync_job_list', () => {
  beforeEach(async () => {
    await putConnector(es, 'connector-one', { index_name: 'search-test-one' })
    await putConnector(es, 'connector-two', { index_name: 'search-test-two' })
  })

  it('lists newest first, with from and size paging over the full count', async () => {
    const first = await createJob(es, { id: 'connector-one', job_type: 'full', trigger_method: 'on_demand' })
    const second = await createJob(es, { id: 'connector-one', job_type: 'full', trigger_method: 'on_demand' })
    const third = await createJob(es, { id: 'connector-one', job_type: 'full', trigger_method: 'on_demand' })
    const all = await list()
    expect(all.count).toBe(3)
    expect(all.results.map((job: { id: string }) => job.id)).toEqual([third, second, first])
    const fromOne = await list('?from=1')
    expect(fromOne.count).toBe(3)
    expect(fromOne.results.map((job: { id: string }) => job.id)).toEqual([second, first])
    const sizeOne = await list('?size=1')
    expect(sizeOne.count).toBe(3)
    expect(sizeOne.results.map((job: { id: string }) => job.id)).toEqual([third])
  })

  it('filters by status', async () => {
    const first = await createJob(es, { id: 'connector-one' })
    const second = await createJob(es, { id: 'connector-one' })
    await call(es, 'PUT', `/_connector/_sync_job/${second}/_cancel`)
    const pending = await list('?status=pending')
    expect(pending.count).toBe(1)
    expect(pending.results[0].id).toBe(first)
  })

  it('filters by connector_id', async () => {
    await createJob(es, { id: 'connector-one' })
    await createJob(es, { id: 'connector-two' })
    const one = await list('?connector_id=connector-one')
    expect(one.count).toBe(1)
    expect(one.results[0].connector.id).toBe('connector-one')
  })

  it('refuses an invalid status', async () => {
    const answer = await call(es, 'GET', '/_connector/_sync_job?status=invalid_job_status')
    expect(answer).toBeEsError(400, 'illegal_argument_exception', 'Unknown ConnectorSyncStatus [invalid_job_status].')
  })

  it('filters by connector_id and job_type together', async () => {
    const full = await createJob(es, { id: 'connector-one', job_type: 'full' })
    await createJob(es, { id: 'connector-one', job_type: 'incremental' })
    await createJob(es, { id: 'connector-two', job_type: 'full' })
    const answer = await list('?connector_id=connector-one&job_type=full')
    expect(answer.count).toBe(1)
    expect(answer.results[0].id).toBe(full)
  })

  it('takes several job types as a comma list, newest first', async () => {
    const full = await createJob(es, { id: 'connector-one', job_type: 'full' })
    const incremental = await createJob(es, { id: 'connector-one', job_type: 'incremental' })
    await createJob(es, { id: 'connector-one', job_type: 'access_control' })
    const answer = await list('?job_type=full,incremental')
    expect(answer.count).toBe(2)
    expect(answer.results.map((job: { id: string }) => job.id)).toEqual([incremental, full])
  })

  it('refuses an invalid job type in the list', async () => {
    const answer = await call(es, 'GET', '/_connector/_sync_job?job_type=invalid_job_type,incremental')
    expect(answer).toBeEsError(400, 'illegal_argument_exception', 'Unknown ConnectorSyncJobType [invalid_job_type].')
  })

  it('answers count 0 without jobs', async () => {
    expect(await list()).toEqual({ count: 0, results: [] })
  })
})

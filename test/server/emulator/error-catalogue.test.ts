// Every error the sync-job endpoints answer (ElasticsearchException.generateFailureXContent): status, error.type and error.reason,
// with the envelope's root_cause and nested caused_by where the contract gives them.

import { beforeEach, describe, expect, it } from 'vitest'
import type { Emulator } from '../../../server/emulator/app.ts'
import { call, createJob, emulator, innermostCause, putConnector } from './support/rest.ts'

let es: Emulator
let jobId: string
beforeEach(async () => {
  es = emulator()
  await putConnector(es, 'conn', { index_name: 'search-conn' })
  jobId = await createJob(es, { id: 'conn' })
})

describe('not found', () => {
  it.each([
    ['GET', '/_connector/_sync_job/abc', undefined],
    ['DELETE', '/_connector/_sync_job/abc', undefined],
    ['PUT', '/_connector/_sync_job/abc/_cancel', undefined],
    ['PUT', '/_connector/_sync_job/abc/_error', { error: 'boom' }],
    ['PUT', '/_connector/_sync_job/abc/_claim', { worker_hostname: 'h' }],
  ])('%s %s gives the bare id as reason', async (method, path, body) => {
    const answer = await call(es, method, path, body)
    expect(answer.body).toEqual({
      error: { root_cause: [{ type: 'resource_not_found_exception', reason: 'abc' }], type: 'resource_not_found_exception', reason: 'abc' },
      status: 404,
    })
  })

  it.each([
    ['/_connector/_sync_job/abc/_check_in', undefined],
    ['/_connector/_sync_job/abc/_stats', { deleted_document_count: 0, indexed_document_count: 0, indexed_document_volume: 0 }],
  ])('PUT %s gives "connector sync job [abc] not found"', async (path, body) => {
    expect(await call(es, 'PUT', path, body)).toBeEsError(404, 'resource_not_found_exception', 'connector sync job [abc] not found')
  })

  it('behaves as if the sync-jobs index exists on a fresh cluster (bare id)', async () => {
    const fresh = emulator()
    expect(await call(fresh, 'GET', '/_connector/_sync_job/abc')).toBeEsError(404, 'resource_not_found_exception', 'abc')
  })

  it('refuses POST for an unknown connector', async () => {
    const answer = await call(es, 'POST', '/_connector/_sync_job', { id: 'abc' })
    expect(answer).toBeEsError(404, 'resource_not_found_exception', "Connector with id 'abc' does not exist.")
  })

  it('refuses POST with index_not_found_exception before any connector exists', async () => {
    const answer = await call(emulator(), 'POST', '/_connector/_sync_job', { id: 'abc' })
    expect(answer).toBeEsError(404, 'index_not_found_exception', 'no such index [.elastic-connectors-v1]')
    expect(answer.body.error).toMatchObject({ 'resource.type': 'index_expression', 'resource.id': '.elastic-connectors-v1', index: '.elastic-connectors-v1' })
    expect(answer.body.error.root_cause[0]).toMatchObject({ type: 'index_not_found_exception', index: '.elastic-connectors-v1' })
  })
})

describe('create refusals', () => {
  it('refuses a connector with no index and one with no service type', async () => {
    await putConnector(es, 'no-index', { index_name: null })
    await putConnector(es, 'no-service', { index_name: 'search-no-service', service_type: undefined })
    expect(await call(es, 'POST', '/_connector/_sync_job', { id: 'no-index' })).toBeEsError(
      400,
      'status_exception',
      'Cannot start a sync for connector [no-index] with no index attached. Set the [index_name] property for the connector to enable syncing data.',
    )
    expect(await call(es, 'POST', '/_connector/_sync_job', { id: 'no-service' })).toBeEsError(
      400,
      'status_exception',
      'Cannot start a sync for connector [no-service] with [service_type] not defined. Set the service type of your connector before starting the sync.',
    )
  })

  it('wraps a bad job_type in "failed to parse field" when all three fields are present', async () => {
    const answer = await call(es, 'POST', '/_connector/_sync_job', '{"id":"conn","job_type":"invalid_job_type","trigger_method":"on_demand"}')
    const outer = '[1:61] [connector_sync_job_post_request] failed to parse field [trigger_method]'
    expect(answer.status).toBe(400)
    expect(answer.body).toEqual({
      error: {
        root_cause: [{ type: 'x_content_parse_exception', reason: outer }],
        type: 'x_content_parse_exception',
        reason: outer,
        caused_by: {
          type: 'x_content_parse_exception',
          reason: 'Failed to build [connector_sync_job_post_request] after last required field arrived',
          caused_by: { type: 'illegal_argument_exception', reason: 'Unknown ConnectorSyncJobType [invalid_job_type].' },
        },
      },
      status: 400,
    })
  })

  it('reports the build failure at top level when not all fields are present', async () => {
    const answer = await call(es, 'POST', '/_connector/_sync_job', { id: 'conn', trigger_method: 'whenever' })
    expect(answer).toBeEsError(400, 'x_content_parse_exception', 'Failed to build [connector_sync_job_post_request] after last required field arrived')
    expect(answer.body.error.caused_by).toEqual({ type: 'illegal_argument_exception', reason: 'Unknown ConnectorSyncJobTriggerMethod [whenever].' })
  })

  it('refuses a missing id, an empty id, a numeric id and a null job_type', async () => {
    expect(await call(es, 'POST', '/_connector/_sync_job', { job_type: 'full' })).toBeEsError(400, 'illegal_argument_exception', 'Required [id]')
    expect(await call(es, 'POST', '/_connector/_sync_job', { id: '' })).toBeEsError(
      400,
      'action_request_validation_exception',
      'Validation Failed: 1: [id] of the connector cannot be null or empty;',
    )
    expect(await call(es, 'POST', '/_connector/_sync_job', '{"id":42}')).toBeEsError(
      400,
      'x_content_parse_exception',
      "[1:7] [connector_sync_job_post_request] id doesn't support values of type: VALUE_NUMBER",
    )
    expect(await call(es, 'POST', '/_connector/_sync_job', '{"id":"conn","job_type":null}')).toBeEsError(
      400,
      'x_content_parse_exception',
      "[1:25] [connector_sync_job_post_request] job_type doesn't support values of type: VALUE_NULL",
    )
  })
})

describe('invalid transitions', () => {
  it('cancel and error carry status_exception caused by the transition exception', async () => {
    await call(es, 'PUT', `/_connector/_sync_job/${jobId}/_cancel`)
    for (const [path, body, to] of [
      ['_cancel', undefined, 'canceling'],
      ['_error', { error: 'boom' }, 'error'],
    ] as const) {
      const answer = await call(es, 'PUT', `/_connector/_sync_job/${jobId}/${path}`, body)
      const reason = `Invalid transition attempt from [canceled] to [${to}]. Such a ConnectorSyncStatus transition is not supported by the Connector Protocol.`
      expect(answer).toBeEsError(400, 'status_exception', reason)
      expect(answer.body.error.root_cause).toEqual([{ type: 'status_exception', reason }])
      expect(answer.body.error.caused_by).toEqual({ type: 'connector_sync_job_invalid_status_transition_exception', reason })
    }
  })
})

describe('list parameters', () => {
  it.each([
    ['status=bogus', 'Unknown ConnectorSyncStatus [bogus].'],
    ['status=', 'Unknown ConnectorSyncStatus [].'],
    ['job_type=bogus,full', 'Unknown ConnectorSyncJobType [bogus].'],
    ['job_type=full,,incremental', 'Unknown ConnectorSyncJobType [].'],
    ['from=-1', 'Parameter [from] cannot be < 0'],
    ['size=-1', 'Parameter [size] cannot be < 0'],
  ])('?%s → %s', async (query, reason) => {
    expect(await call(es, 'GET', `/_connector/_sync_job?${query}`)).toBeEsError(400, 'illegal_argument_exception', reason)
  })

  it.each(['size=abc', 'size=1.5', 'from=99999999999', 'size='])('?%s fails int parsing with a number_format_exception cause', async (query) => {
    const [name, value] = query.split('=') as [string, string]
    const answer = await call(es, 'GET', `/_connector/_sync_job?${query}`)
    expect(answer).toBeEsError(400, 'illegal_argument_exception', `Failed to parse int parameter [${name}] with value [${value}]`)
    expect(answer.body.error.caused_by).toEqual({ type: 'number_format_exception', reason: `For input string: "${value}"` })
  })

  it('refuses from + size > 10000 as a search failure once jobs exist', async () => {
    const answer = await call(es, 'GET', '/_connector/_sync_job?from=9990&size=11')
    expect(answer).toBeEsError(400, 'search_phase_execution_exception', 'all shards failed')
    const reason =
      'Result window is too large, from + size must be less than or equal to: [10000] but was [10001]. See the scroll api for a more efficient way to request large data sets. This limit can be set by changing the [index.max_result_window] index level setting.'
    expect(answer.body.error.root_cause).toEqual([{ type: 'illegal_argument_exception', reason }])
    expect(answer.body.error.caused_by).toEqual({ type: 'illegal_argument_exception', reason })
    expect(answer.body.error.phase).toBe('query')
    expect((await call(es, 'GET', '/_connector/_sync_job?from=9990&size=10')).status).toBe(200)
  })

  it('answers count 0 for any window before a job exists', async () => {
    const fresh = emulator()
    const answer = await call(fresh, 'GET', '/_connector/_sync_job?from=20000&size=500')
    expect(answer.status).toBe(200)
    expect(answer.body).toEqual({ count: 0, results: [] })
  })

  it('accepts size=0 (empty page, real count) and an empty connector_id (matches nothing)', async () => {
    expect((await call(es, 'GET', '/_connector/_sync_job?size=0')).body).toEqual({ count: 1, results: [] })
    expect((await call(es, 'GET', '/_connector/_sync_job?connector_id=')).body).toEqual({ count: 0, results: [] })
  })

  it('refuses an unknown parameter naming the path', async () => {
    expect(await call(es, 'GET', '/_connector/_sync_job?foo=1')).toBeEsError(
      400,
      'illegal_argument_exception',
      'request [/_connector/_sync_job] contains unrecognized parameter: [foo]',
    )
  })
})

const statsPath = () => `/_connector/_sync_job/${jobId}/_stats`

describe('stats body', () => {
  it('accumulates and numbers every negative counter', async () => {
    const answer = await call(es, 'PUT', statsPath(), { deleted_document_count: -1, indexed_document_count: -1, indexed_document_volume: -1, total_document_count: -1 })
    expect(answer).toBeEsError(
      400,
      'action_request_validation_exception',
      'Validation Failed: 1: [deleted_document_count] cannot be negative.;2: [indexed_document_count] cannot be negative.;3: [indexed_document_volume] cannot be negative.;4: [total_document_count] cannot be negative.;',
    )
  })

  it('lists only the missing required counters, in declaration order', async () => {
    expect(await call(es, 'PUT', statsPath(), { total_document_count: 1 })).toBeEsError(400, 'illegal_argument_exception', 'Required [deleted_document_count, indexed_document_count, indexed_document_volume]')
    expect(await call(es, 'PUT', statsPath(), { indexed_document_count: 1 })).toBeEsError(400, 'illegal_argument_exception', 'Required [deleted_document_count, indexed_document_volume]')
  })

  it('refuses a non-object metadata and a numeric last_seen; reports an unparsable date', async () => {
    const base = '"deleted_document_count":1,"indexed_document_count":1,"indexed_document_volume":1'
    expect(await call(es, 'PUT', statsPath(), `{${base},"metadata":"abc"}`)).toBeEsError(400, 'x_content_parse_exception', /metadata doesn't support values of type: VALUE_STRING$/)
    expect(await call(es, 'PUT', statsPath(), `{${base},"metadata":123}`)).toBeEsError(400, 'x_content_parse_exception', /metadata doesn't support values of type: VALUE_NUMBER$/)
    expect(await call(es, 'PUT', statsPath(), `{${base},"last_seen":5}`)).toBeEsError(400, 'x_content_parse_exception', /last_seen doesn't support values of type: VALUE_NUMBER$/)
    const badDate = await call(es, 'PUT', statsPath(), `{${base},"last_seen":"yesterday"}`)
    expect(badDate).toBeEsError(400, 'x_content_parse_exception', /\[connector_sync_job_update_ingestion_stats\] failed to parse field \[last_seen\]$/)
    expect(badDate.body.error.caused_by.reason).toContain('[yesterday]')
  })

  it('reports a non-numeric or out-of-range counter as a failed field parse', async () => {
    const text = await call(es, 'PUT', statsPath(), '{"deleted_document_count":"many","indexed_document_count":1,"indexed_document_volume":1}')
    expect(text).toBeEsError(400, 'x_content_parse_exception', '[1:27] [connector_sync_job_update_ingestion_stats] failed to parse field [deleted_document_count]')
    expect(text.body.error.caused_by).toEqual({ type: 'number_format_exception', reason: 'For input string: "many"' })
    const huge = await call(es, 'PUT', statsPath(), '{"deleted_document_count":99999999999999999999,"indexed_document_count":1,"indexed_document_volume":1}')
    expect(huge).toBeEsError(400, 'x_content_parse_exception', /failed to parse field \[deleted_document_count\]$/)
    expect(innermostCause(huge.body).reason).toContain('out of range of long')
  })
})

describe('error and claim bodies', () => {
  it('refuses a missing, empty or null error', async () => {
    const path = `/_connector/_sync_job/${jobId}/_error`
    expect(await call(es, 'PUT', path, {})).toBeEsError(400, 'illegal_argument_exception', 'Required [error]')
    expect(await call(es, 'PUT', path, { error: '' })).toBeEsError(400, 'action_request_validation_exception', 'Validation Failed: 1: [error] of the connector sync job cannot be null or empty;')
    expect(await call(es, 'PUT', path, '{"error":null}')).toBeEsError(400, 'x_content_parse_exception', "[1:10] [connector_sync_job_error_request] error doesn't support values of type: VALUE_NULL")
  })

  it('refuses a missing or null worker_hostname and a non-object sync_cursor', async () => {
    const path = `/_connector/_sync_job/${jobId}/_claim`
    expect(await call(es, 'PUT', path, { sync_cursor: {} })).toBeEsError(400, 'illegal_argument_exception', 'Required [worker_hostname]')
    expect(await call(es, 'PUT', path, '{"worker_hostname":null}')).toBeEsError(400, 'x_content_parse_exception', "[1:20] [claim_connector_sync_job] worker_hostname doesn't support values of type: VALUE_NULL")
    expect(await call(es, 'PUT', path, '{"worker_hostname":"h","sync_cursor":"c"}')).toBeEsError(400, 'x_content_parse_exception', "[1:38] [claim_connector_sync_job] sync_cursor doesn't support values of type: VALUE_STRING")
  })
})

describe('body parsing', () => {
  it('refuses unknown fields, suggesting close names', async () => {
    expect(await call(es, 'POST', '/_connector/_sync_job', { id: 'conn', foo: 1 })).toBeEsError(400, 'x_content_parse_exception', '[1:14] [connector_sync_job_post_request] unknown field [foo]')
    expect(await call(es, 'POST', '/_connector/_sync_job', { id: 'conn', job_typ: 'full' })).toBeEsError(
      400,
      'x_content_parse_exception',
      '[1:14] [connector_sync_job_post_request] unknown field [job_typ] did you mean [job_type]?',
    )
    expect(await call(es, 'PUT', `/_connector/_sync_job/${jobId}/_claim`, '{\n  "worker_hostname": "h",\n  "cursor": {}\n}')).toBeEsError(
      400,
      'x_content_parse_exception',
      '[3:3] [claim_connector_sync_job] unknown field [cursor] did you mean [sync_cursor]?',
    )
  })

  it.each([
    ['POST', '/_connector/_sync_job'],
    ['PUT', '/_connector/_sync_job/x/_claim'],
    ['PUT', '/_connector/_sync_job/x/_error'],
    ['PUT', '/_connector/_sync_job/x/_stats'],
  ])('%s %s without a body: request body is required', async (method, path) => {
    expect(await call(es, method, path)).toBeEsError(400, 'parse_exception', 'request body is required')
  })

  it.each(['{"id":', '{"id" "conn"}', '{id:1}', '{"id":"conn",}', 'nul', '{"a":1,"a":2}', '[1,2]', '"text"', '   '])(
    'refuses malformed or non-object JSON %j with x_content_parse_exception',
    async (text) => {
      expect(await call(es, 'POST', '/_connector/_sync_job', text)).toBeEsError(400, 'x_content_parse_exception', /^\[\d+:\d+\] /)
    },
  )

  it('ignores content after the first JSON object, as Elasticsearch’s parsers do', async () => {
    expect((await call(es, 'POST', '/_connector/_sync_job', '{"id":"conn"} trailing')).status).toBe(201)
  })

  it('names the token a non-object body starts with', async () => {
    expect(await call(es, 'POST', '/_connector/_sync_job', '[1,2]')).toBeEsError(
      400,
      'x_content_parse_exception',
      '[1:1] [connector_sync_job_post_request] Expected START_OBJECT but was: START_ARRAY',
    )
    expect(await call(es, 'POST', '/_connector/_sync_job', '{"id":"a","id":"b"}')).toBeEsError(400, 'x_content_parse_exception', "[1:11] Duplicate field 'id'")
  })

  it.each([
    ['DELETE', '/_connector/_sync_job/x'],
    ['PUT', '/_connector/_sync_job/x/_cancel'],
    ['PUT', '/_connector/_sync_job/x/_check_in'],
  ])('%s %s with a body: does not support having a body', async (method, path) => {
    expect(await call(es, method, path, {})).toBeEsError(400, 'illegal_argument_exception', `request [${method} ${path}] does not support having a body`)
  })
})

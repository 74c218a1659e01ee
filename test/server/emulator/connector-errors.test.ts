// The refusals of the connector endpoints, exactly: the error envelope, the reasons and `[line:col]`
// positions, and Elasticsearch's order of processing — routing and Content-Type, then the handler's
// parameters and body (strict parsers), then unrecognized parameters and unread bodies, then the
// request's validate(), then the lookup ("connector [id] not found") or the partial update of a
// missing document (document_missing_exception), then state checks.

import { beforeEach, describe, expect, it } from 'vitest'
import type { Connector } from '../../../contract/es-connector-types.ts'
import type { Emulator } from '../../../server/emulator/app.ts'
import { call, emulator, innermostCause } from './support/rest.ts'

let es: Emulator
beforeEach(async () => {
  es = emulator()
  await call(es, 'PUT', '/_connector/conn', { index_name: 'search-conn', service_type: 'super-connector' })
})

const pipeline = { extract_binary_content: true, name: 'p', reduce_whitespace: true, run_ml_inference: false }

/** One valid body per update endpoint (undefined: the endpoint takes none). */
const VALID_BODIES: [suffix: string, body: unknown][] = [
  ['_check_in', undefined],
  ['_error', { error: 'boom' }],
  ['_last_sync', { last_sync_error: 'x' }],
  ['_name', { name: 'n' }],
  ['_pipeline', { pipeline }],
  ['_scheduling', { scheduling: { full: { enabled: true, interval: '0 0 0 * * ?' } } }],
  ['_filtering', { rules: [] }],
  ['_filtering/_validation', { validation: { state: 'valid', errors: [] } }],
  ['_filtering/_activate', undefined],
  ['_status', { status: 'needs_configuration' }],
  ['_configuration', { values: {} }],
  ['_index_name', { index_name: 'search-other' }],
  ['_service_type', { service_type: 's' }],
  ['_native', { is_native: false }],
  ['_api_key_id', { api_key_id: 'k' }],
  ['_features', { features: { incremental_sync: { enabled: true } } }],
]

/** Endpoints that send a partial update at once (no lookup): a missing document is core's
 *  DocumentMissingException, and a soft-deleted connector is updated all the same. */
const WITHOUT_LOOKUP = new Set(['_check_in', '_error', '_last_sync', '_name', '_pipeline', '_scheduling', '_api_key_id', '_features'])

const withoutLookup = VALID_BODIES.filter(([suffix]) => WITHOUT_LOOKUP.has(suffix))
const withLookup = VALID_BODIES.filter(([suffix]) => !WITHOUT_LOOKUP.has(suffix))

describe('unknown and soft-deleted connectors', () => {
  it.each(withoutLookup)('PUT _connector/nope/%s: 404 document_missing_exception with the shard metadata', async (suffix, body) => {
    expect((await call(es, 'PUT', `/_connector/nope/${suffix}`, body)).body).toEqual({
      error: {
        root_cause: [{ type: 'document_missing_exception', reason: '[nope]: document missing', index_uuid: expect.any(String), shard: '0', index: '.elastic-connectors-v1' }],
        type: 'document_missing_exception',
        reason: '[nope]: document missing',
        index_uuid: expect.stringMatching(/^[A-Za-z0-9_-]{22}$/),
        shard: '0',
        index: '.elastic-connectors-v1',
      },
      status: 404,
    })
  })

  it.each(withLookup)('PUT _connector/nope/%s: 404 connector [nope] not found', async (suffix, body) => {
    expect((await call(es, 'PUT', `/_connector/nope/${suffix}`, body)).body).toEqual({
      error: { root_cause: [{ type: 'resource_not_found_exception', reason: 'connector [nope] not found' }], type: 'resource_not_found_exception', reason: 'connector [nope] not found' },
      status: 404,
    })
  })

  it.each(withoutLookup)('PUT _connector/<soft-deleted>/%s updates it all the same', async (suffix, body) => {
    await call(es, 'DELETE', '/_connector/conn')
    expect((await call(es, 'PUT', `/_connector/conn/${suffix}`, body)).status).toBe(200)
  })

  it.each(withLookup)('PUT _connector/<soft-deleted>/%s: 404, as for a missing one', async (suffix, body) => {
    await call(es, 'DELETE', '/_connector/conn')
    expect(await call(es, 'PUT', `/_connector/conn/${suffix}`, body)).toBeEsError(404, 'resource_not_found_exception', 'connector [conn] not found')
  })

  it.each(VALID_BODIES)('PUT _connector/x/%s before any connector exists: connector [x] not found', async (suffix, body) => {
    expect(await call(emulator(), 'PUT', `/_connector/x/${suffix}`, body)).toBeEsError(404, 'resource_not_found_exception', 'connector [x] not found')
  })

  it('GET, list and DELETE before any connector exists', async () => {
    const fresh = emulator()
    expect(await call(fresh, 'GET', '/_connector/x')).toBeEsError(404, 'resource_not_found_exception', 'connector [x] not found')
    expect((await call(fresh, 'GET', '/_connector')).body).toEqual({ count: 0, results: [] })
    expect(await call(fresh, 'DELETE', '/_connector/x?hard=true')).toBeEsError(404, 'resource_not_found_exception', 'connector [x] not found')
  })
})

describe('the order of processing', () => {
  it.each(VALID_BODIES.filter(([, body]) => body !== undefined))('PUT …/%s: no body is "request body is required"', async (suffix) => {
    expect(await call(es, 'PUT', `/_connector/conn/${suffix}`)).toBeEsError(400, 'parse_exception', 'request body is required')
  })

  it.each(['_check_in', '_filtering/_activate'])('PUT …/%s refuses a body', async (suffix) => {
    expect(await call(es, 'PUT', `/_connector/conn/${suffix}`, {})).toBeEsError(400, 'illegal_argument_exception', `request [PUT /_connector/conn/${suffix}] does not support having a body`)
  })

  it('checks the Content-Type before anything else', async () => {
    const answer = await call(es, 'PUT', '/_connector/conn/_name', '{"name":"n"}', { 'content-type': 'text/plain' })
    expect(answer.status).toBe(406)
    expect(answer.body).toEqual({ error: 'Content-Type header [text/plain] is not supported', status: 406 })
  })

  it('parses the body before it refuses an unknown parameter, and both before validation and lookup', async () => {
    expect(await call(es, 'PUT', '/_connector//_name?foo=1', { nam: 'x' })).toBeEsError(400, 'x_content_parse_exception', '[1:2] [connector_update_name_request] unknown field [nam] did you mean [name]?')
    expect(await call(es, 'PUT', '/_connector//_name?foo=1', { name: 'x' })).toBeEsError(
      400,
      'illegal_argument_exception',
      'request [/_connector//_name] contains unrecognized parameter: [foo]',
    )
    expect(await call(es, 'PUT', '/_connector//_name', { name: 'x' })).toBeEsError(400, 'action_request_validation_exception', 'Validation Failed: 1: [connector_id] cannot be [null] or [""].;')
  })

  it('validates before the lookup, accumulating the messages', async () => {
    expect(await call(es, 'PUT', '/_connector//_name', {})).toBeEsError(
      400,
      'action_request_validation_exception',
      'Validation Failed: 1: [connector_id] cannot be [null] or [""].;2: [name] and [description] cannot both be [null]. Please provide a value for at least one of them.;',
    )
    expect(await call(es, 'PUT', '/_connector/nope/_status', {})).toBeEsError(400, 'action_request_validation_exception', 'Validation Failed: 1: [status] cannot be [null].;')
    expect(await call(es, 'PUT', '/_connector/nope/_service_type', { service_type: '' })).toBeEsError(
      400,
      'action_request_validation_exception',
      'Validation Failed: 1: [service_type] cannot be [null] or [""].;',
    )
    expect(await call(es, 'PUT', '/_connector/nope/_scheduling', { scheduling: { access_control: { enabled: true, interval: '0 0 0 * * ?' } } })).toBeEsError(
      400,
      'action_request_validation_exception',
      'Validation Failed: 1: [scheduling] object needs to define at least one schedule type: [full | incremental | access_control];',
    )
  })

  it('checks an index name in use before it looks the connector up', async () => {
    expect(await call(es, 'PUT', '/_connector/nope/_index_name', { index_name: 'search-conn' })).toBeEsError(400, 'status_exception', 'Index name [search-conn] is used by another connector.')
    expect(await call(es, 'PUT', '/_connector/nope/_index_name', { index_name: 'search-free' })).toBeEsError(404, 'resource_not_found_exception')
    // The connector's own name and soft-deleted connectors' names are free.
    expect((await call(es, 'PUT', '/_connector/conn/_index_name', { index_name: 'search-conn' })).body).toEqual({ result: 'noop' })
    await call(es, 'PUT', '/_connector/gone', { index_name: 'search-gone' })
    await call(es, 'DELETE', '/_connector/gone')
    expect((await call(es, 'PUT', '/_connector/conn/_index_name', { index_name: 'search-gone' })).body).toEqual({ result: 'updated' })
  })

  it('routes other methods to 405 with the allowed ones', async () => {
    const answer = await call(es, 'GET', '/_connector/conn/_check_in')
    expect(answer.status).toBe(405)
    expect(answer.body).toEqual({ error: 'Incorrect HTTP method for uri [/_connector/conn/_check_in] and method [GET], allowed: [PUT]', status: 405 })
    expect((await call(es, 'DELETE', '/_connector')).body.error).toBe('Incorrect HTTP method for uri [/_connector] and method [DELETE], allowed: [GET, POST, PUT]')
  })
})

const putConfigurationField = (field: unknown) => call(es, 'PUT', '/_connector/conn/_configuration', { configuration: { f: field } })

describe('body positions and causes', () => {
  it('reports a nested failure at the token where parsing stopped, wrapped by each enclosing parser', async () => {
    const text = '{\n  "pipeline": {\n    "name": 5,\n    "extract_binary_content": true\n  }\n}'
    const answer = await call(es, 'PUT', '/_connector/conn/_pipeline', text)
    expect(answer.body.error).toEqual({
      root_cause: [{ type: 'x_content_parse_exception', reason: '[3:13] [connector_update_pipeline_request] failed to parse field [pipeline]' }],
      type: 'x_content_parse_exception',
      reason: '[3:13] [connector_update_pipeline_request] failed to parse field [pipeline]',
      caused_by: { type: 'x_content_parse_exception', reason: "[3:13] [connector_ingest_pipeline] name doesn't support values of type: VALUE_NUMBER" },
    })
  })

  it('reports a missing nested field at the closing brace', async () => {
    const text = '{"pipeline": {\n  "name": "p"\n}}'
    const answer = await call(es, 'PUT', '/_connector/conn/_pipeline', text)
    expect(answer).toBeEsError(400, 'x_content_parse_exception', '[3:1] [connector_update_pipeline_request] failed to parse field [pipeline]')
    expect(answer.body.error.caused_by).toEqual({ type: 'illegal_argument_exception', reason: 'Required [extract_binary_content, reduce_whitespace, run_ml_inference]' })
  })

  it('ignores unknown keys inside nested objects, but not at the top', async () => {
    expect((await call(es, 'PUT', '/_connector/conn/_pipeline', { pipeline: { ...pipeline, extra: 1 } })).status).toBe(200)
    expect((await call(es, 'GET', '/_connector/conn')).body.pipeline).toEqual(pipeline)
    expect(await call(es, 'PUT', '/_connector/conn/_pipeline', { pipeline, extra: 1 })).toBeEsError(400, 'x_content_parse_exception', /\[connector_update_pipeline_request\] unknown field \[extra\]$/)
  })

  it('chains the cron refusal under the schedule that failed', async () => {
    const text = '{"scheduling":{"full":{"enabled":true,"interval":"0 * * * * *"}}}'
    const answer = await call(es, 'PUT', '/_connector/conn/_scheduling', text)
    expect(answer.body.error).toEqual({
      root_cause: [{ type: 'x_content_parse_exception', reason: '[1:50] [connector_update_scheduling_request] failed to parse field [scheduling]' }],
      type: 'x_content_parse_exception',
      reason: '[1:50] [connector_update_scheduling_request] failed to parse field [scheduling]',
      caused_by: {
        type: 'x_content_parse_exception',
        reason: '[1:50] [connector_scheduling] failed to parse field [full]',
        caused_by: {
          type: 'x_content_parse_exception',
          reason: '[1:50] [schedule_config] failed to parse field [interval]',
          caused_by: {
            type: 'x_content_parse_exception',
            reason: 'Failed to build [schedule_config] after last required field arrived',
            caused_by: {
              type: 'illegal_argument_exception',
              reason: 'invalid cron expression [0 * * * * *]',
              caused_by: {
                type: 'illegal_argument_exception',
                reason:
                  'illegal cron expression format [java.lang.IllegalArgumentException: support for specifying both a day-of-week AND a day-of-month parameter is not implemented.]',
              },
            },
          },
        },
      },
    })
  })

  it('takes a single object where an array of rules is declared, and reports what follows a non-object item', async () => {
    const single = { field: 'f', id: 'one', order: 1, policy: 'include', rule: 'equals', value: 'v' }
    expect((await call(es, 'PUT', '/_connector/conn/_filtering', { rules: single })).status).toBe(200)
    expect((await call(es, 'GET', '/_connector/conn')).body.filtering[0].draft.rules.map((r: { id: string }) => r.id)).toEqual(['one', 'DEFAULT'])
    const answer = await call(es, 'PUT', '/_connector/conn/_filtering', '{"rules":["x"]}')
    expect(answer).toBeEsError(400, 'x_content_parse_exception', '[1:14] [connector_update_filtering_request] failed to parse field [rules]')
    expect(answer.body.error.caused_by).toEqual({ type: 'x_content_parse_exception', reason: '[1:14] [connector_filtering_rule] Expected START_OBJECT but was: END_ARRAY' })
  })

  it('refuses values of the wrong type inside the configuration', async () => {
    expect(innermostCause((await putConfigurationField({ label: 'l', value: [1, 2] })).body)).toEqual({ type: 'x_content_parse_exception', reason: 'Unsupported token [START_ARRAY]' })
    expect(innermostCause((await putConfigurationField({ label: 'l', options: [{ label: 'a', value: true }] })).body)).toEqual({ type: 'x_content_parse_exception', reason: 'Unsupported token [VALUE_BOOLEAN]' })
    expect(innermostCause((await putConfigurationField({ label: 'l', type: 'string' })).body)).toEqual({ type: 'illegal_argument_exception', reason: 'Unknown ConfigurationFieldType [string].' })
    expect(innermostCause((await putConfigurationField({ label: 'l', display: null })).body)).toEqual({ type: 'illegal_state_exception', reason: "Can't get text on a VALUE_NULL at 1:46" })
    expect(innermostCause((await putConfigurationField({ label: 'l', order: 'x' })).body)).toEqual({ type: 'number_format_exception', reason: 'For input string: "x"' })
    expect(innermostCause((await putConfigurationField('scalar')).body)).toEqual({ type: 'x_content_parse_exception', reason: '[1:31] [connector_configuration] Expected START_OBJECT but was: END_OBJECT' })
  })
})

describe('Elasticsearch’s own failures, reproduced', () => {
  it('answers _features without `features` with the 500 of a NullPointerException (Map.of with a null value)', async () => {
    const answer = await call(es, 'PUT', '/_connector/conn/_features', {})
    expect(answer.status).toBe(500)
    expect(answer.body).toEqual({ error: { root_cause: [{ type: 'null_pointer_exception', reason: null }], type: 'null_pointer_exception', reason: null }, status: 500 })
  })

  it('answers the draft endpoints with a 500 on a connector whose filtering list was emptied (List.get(0))', async () => {
    expect((await call(es, 'PUT', '/_connector/conn/_filtering', { filtering: [] })).body).toEqual({ result: 'updated' })
    for (const [suffix, body] of [
      ['_filtering', { rules: [] }],
      ['_filtering/_validation', { validation: { state: 'valid', errors: [] } }],
      ['_filtering/_activate', undefined],
    ] as const) {
      const answer = await call(es, 'PUT', `/_connector/conn/${suffix}`, body)
      expect(answer.status).toBe(500)
      expect(answer.body.error).toMatchObject({ type: 'index_out_of_bounds_exception', reason: 'Index 0 out of bounds for length 0' })
    }
  })

  it('refuses the draft endpoints on a document without filtering (its parser requires the field)', async () => {
    // Only a document written past the API (the back door) can lack it.
    const { filtering: _, ...withoutFiltering } = es.store.getConnector('conn')
    es.store.loadSeed({ connectors: [withoutFiltering as Connector], jobs: [] })
    expect(await call(es, 'PUT', '/_connector/conn/_filtering/_activate')).toBeEsError(400, 'illegal_argument_exception', 'Required [filtering]')
  })
})

describe('create refusals', () => {
  it('validates before the in-use check, and answers the in-use check before writing', async () => {
    expect(await call(es, 'PUT', '/_connector/other', { index_name: 'Search-Conn' })).toBeEsError(
      400,
      'action_request_validation_exception',
      'Validation Failed: 1: [Search-Conn] InvalidIndexNameException[Invalid index name [Search-Conn], must be lowercase];',
    )
    expect(await call(es, 'PUT', '/_connector/other', { index_name: 'search-conn' })).toBeEsError(400, 'status_exception', 'Index name [search-conn] is used by another connector.')
    expect(await call(es, 'GET', '/_connector/other')).toBeEsError(404, 'resource_not_found_exception')
  })

  it('refuses a wrong list parameter before anything else', async () => {
    expect(await call(es, 'GET', '/_connector?size=-1')).toBeEsError(400, 'illegal_argument_exception', 'Parameter [size] cannot be < 0')
    expect(await call(es, 'GET', '/_connector?include_deleted=maybe')).toBeEsError(400, 'illegal_argument_exception', 'Failed to parse value [maybe] as only [true] or [false] are allowed.')
    expect(await call(es, 'GET', '/_connector?from=9990&size=20')).toBeEsError(400, 'search_phase_execution_exception', 'all shards failed')
    expect(await call(es, 'GET', '/_connector/conn?hard=true')).toBeEsError(400, 'illegal_argument_exception', 'request [/_connector/conn] contains unrecognized parameter: [hard]')
  })
})

// Elasticsearch's YAML REST tests for the connector update endpoints, ported one scenario per test:
// connector/40_connector_update_pipeline, 50_update_scheduling, 70_check_in, 80_update_last_sync_stats,
// 100_update_error, 110_update_name, 120_update_service_type, 130_update_index_name, 140_update_native,
// 170_update_features, and the older-named 332_connector_update_filtering, 335_update_configuration,
// 340_update_status, 341_update_api_key_id. `connector_id: ""` in the YAML is the path
// `/_connector//_x`. The draft-filtering endpoints (`_filtering` draft mode, `_filtering/_validation`,
// `_filtering/_activate`) have no YAML test among the sources read; their scenarios follow
// ConnectorIndexService.updateConnectorFilteringDraft / updateConnectorDraftFilteringValidation /
// activateConnectorDraftFiltering.

import { beforeEach, describe, expect, it } from 'vitest'
import type { Emulator } from '../../../server/emulator/app.ts'
import { call, configField, emulator, innermostCause } from './support/rest.ts'

let es: Emulator
beforeEach(async () => {
  es = emulator()
  await call(es, 'PUT', '/_connector/test-connector', {
    index_name: 'search-1-test',
    name: 'my-connector',
    language: 'pl',
    is_native: false,
    service_type: 'super-connector',
  })
})

const get = async (id = 'test-connector') => (await call(es, 'GET', `/_connector/${id}`)).body
const put = (suffix: string, body?: unknown, id = 'test-connector') => call(es, 'PUT', `/_connector/${id}/${suffix}`, body)
const updated = { result: 'updated' }

describe('40_connector_update_pipeline', () => {
  const pipeline = { extract_binary_content: true, name: 'test-pipeline', reduce_whitespace: true, run_ml_inference: false }

  it('updates the pipeline', async () => {
    expect((await put('_pipeline', { pipeline })).body).toEqual(updated)
    expect((await get()).pipeline).toEqual(pipeline)
  })

  it("answers 404 when the connector doesn't exist", async () => {
    expect(await put('_pipeline', { pipeline }, 'test-non-existent-connector')).toBeEsError(404, 'document_missing_exception', '[test-non-existent-connector]: document missing')
  })

  it('refuses a pipeline with a required field missing', async () => {
    const { reduce_whitespace: _, ...incomplete } = pipeline
    const answer = await put('_pipeline', { pipeline: incomplete })
    expect(answer).toBeEsError(400, 'x_content_parse_exception', /\[connector_update_pipeline_request\] failed to parse field \[pipeline\]$/)
    expect(innermostCause(answer.body)).toEqual({ type: 'illegal_argument_exception', reason: 'Required [reduce_whitespace]' })
  })
})

describe('50_connector_update_scheduling', () => {
  it('updates all three schedules', async () => {
    const scheduling = {
      access_control: { enabled: true, interval: '1 0 0 * * ?' },
      full: { enabled: false, interval: '2 0 0 * * ?' },
      incremental: { enabled: false, interval: '3 0 0 * * ?' },
    }
    expect((await put('_scheduling', { scheduling })).body).toEqual(updated)
    expect((await get()).scheduling).toEqual(scheduling)
  })

  it('updates a single schedule and keeps the others', async () => {
    expect((await put('_scheduling', { scheduling: { incremental: { enabled: true, interval: '3 0 0 * * ?' } } })).body).toEqual(updated)
    expect((await get()).scheduling).toEqual({
      incremental: { enabled: true, interval: '3 0 0 * * ?' },
      full: { enabled: false, interval: '0 0 0 * * ?' },
      access_control: { enabled: false, interval: '0 0 0 * * ?' },
    })
  })

  it("answers 404 when the connector doesn't exist", async () => {
    const answer = await put('_scheduling', { scheduling: { full: { enabled: false, interval: '2 0 0 * * ?' } } }, 'test-non-existent-connector')
    expect(answer).toBeEsError(404, 'document_missing_exception')
  })

  it('refuses an empty scheduling object', async () => {
    expect(await put('_scheduling', { scheduling: {} })).toBeEsError(
      400,
      'action_request_validation_exception',
      'Validation Failed: 1: [scheduling] object needs to define at least one schedule type: [full | incremental | access_control];',
    )
  })

  it('refuses a wrong cron expression', async () => {
    const answer = await put('_scheduling', {
      scheduling: { access_control: { enabled: true, interval: '61 0 0 * * ?' }, full: { enabled: false, interval: '2 0 0 * * ?' } },
    })
    expect(answer).toBeEsError(400, 'x_content_parse_exception')
    expect(innermostCause(answer.body).reason).toBe('illegal cron expression format [java.lang.IllegalArgumentException: Minute and Second values must be between 0 and 59]')
  })
})

describe('70_connector_check_in', () => {
  it('sets last_seen, later on a second check-in', async () => {
    expect((await put('_check_in')).body).toEqual(updated)
    const first = (await get()).last_seen as string
    expect(first).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/)
    expect((await put('_check_in')).body).toEqual(updated)
    expect(((await get()).last_seen as string) > first).toBe(true)
  })

  it("answers 404 when the connector doesn't exist", async () => {
    expect(await put('_check_in', undefined, 'test-non-existent-connector')).toBeEsError(404, 'document_missing_exception')
  })

  it('answers 400 when connector_id is empty', async () => {
    expect(await call(es, 'PUT', '/_connector//_check_in')).toBeEsError(
      400,
      'action_request_validation_exception',
      'Validation Failed: 1: [connector_id] cannot be [null] or [""].;',
    )
  })
})

describe('80_connector_update_last_sync_stats', () => {
  it('updates the last sync error and a schedule time', async () => {
    const body = { last_sync_error: 'oh no error', last_access_control_sync_scheduled_at: '2023-05-25T12:30:00.000Z' }
    expect((await put('_last_sync', body)).body).toEqual(updated)
    expect(await get()).toMatchObject(body)
  })

  it('re-prints other datetime formats in UTC', async () => {
    expect((await put('_last_sync', { last_sync_error: 'oh no error', last_access_control_sync_scheduled_at: '2023-05-25T14:30:00+02:00' })).body).toEqual(updated)
    expect((await get()).last_access_control_sync_scheduled_at).toBe('2023-05-25T12:30:00.000Z')
  })

  it('supports partial updates', async () => {
    expect((await put('_last_sync', { last_deleted_document_count: 43 })).body).toEqual(updated)
    expect((await put('_last_sync', { last_indexed_document_count: 42 })).body).toEqual(updated)
    expect(await get()).toMatchObject({ last_deleted_document_count: 43, last_indexed_document_count: 42 })
  })

  it('supports sync_cursor updates', async () => {
    expect((await put('_last_sync', { last_deleted_document_count: 123 })).body).toEqual(updated)
    expect((await put('_last_sync', { sync_cursor: { pointer: 42 } })).body).toEqual(updated)
    expect(await get()).toMatchObject({ sync_cursor: { pointer: 42 }, last_deleted_document_count: 123 })
  })

  it("answers 404 when the connector doesn't exist", async () => {
    const answer = await put('_last_sync', { last_sync_error: 'oh no error' }, 'test-non-existent-connector')
    expect(answer).toBeEsError(404, 'document_missing_exception')
  })

  it('refuses a wrong datetime expression and a wrong status', async () => {
    const date = await put('_last_sync', { last_access_control_sync_scheduled_at: 'this is not a timestamp' })
    expect(date).toBeEsError(400, 'x_content_parse_exception', '[1:42] [connector_update_last_sync_stats_request] failed to parse field [last_access_control_sync_scheduled_at]')
    const status = await put('_last_sync', { last_sync_status: 'this is not a valid status' })
    expect(status).toBeEsError(400, 'x_content_parse_exception', '[1:21] [connector_update_last_sync_stats_request] failed to parse field [last_sync_status]')
    expect(status.body.error.caused_by).toEqual({ type: 'illegal_argument_exception', reason: 'Unknown ConnectorSyncStatus [this is not a valid status].' })
  })

  it('never clears a field with null, stores statuses lowercase, and answers noop for no change', async () => {
    await put('_last_sync', { last_sync_status: 'COMPLETED', last_sync_error: 'x' })
    expect((await put('_last_sync', { last_sync_status: null, last_sync_error: null })).body).toEqual({ result: 'noop' })
    expect((await put('_last_sync', {})).body).toEqual({ result: 'noop' })
    expect(await get()).toMatchObject({ last_sync_status: 'completed', last_sync_error: 'x' })
  })
})

describe('100_connector_update_error', () => {
  it('updates the error, and the status with it', async () => {
    expect((await put('_error', { error: 'some error' })).body).toEqual(updated)
    expect(await get()).toMatchObject({ error: 'some error', status: 'error' })
    expect((await put('_error', { error: null })).body).toEqual(updated)
    const cleared = await get()
    expect(cleared.error).toBeNull()
    expect(cleared.status).toBe('connected')
  })

  it("answers 404 when the connector doesn't exist", async () => {
    expect(await put('_error', { error: 'some error' }, 'test-non-existent-connector')).toBeEsError(404, 'document_missing_exception')
  })

  it('answers 400 when connector_id is empty', async () => {
    expect(await call(es, 'PUT', '/_connector//_error', { error: 'some error' })).toBeEsError(400, 'action_request_validation_exception')
  })

  it('answers 400 when the payload is not a string', async () => {
    expect(await put('_error', { error: { field_1: 'test', field_2: 'something' } })).toBeEsError(
      400,
      'x_content_parse_exception',
      "[1:10] [connector_update_error_request] error doesn't support values of type: START_OBJECT",
    )
  })
})

describe('110_connector_update_name', () => {
  it('updates the name, the description, or both', async () => {
    expect((await put('_name', { name: 'test-name' })).body).toEqual(updated)
    expect((await get()).name).toBe('test-name')
    expect((await put('_name', { description: 'test-description' })).body).toEqual(updated)
    expect(await get()).toMatchObject({ name: 'test-name', description: 'test-description' })
    expect((await put('_name', { name: 'other', description: 'other too' })).body).toEqual(updated)
    expect(await get()).toMatchObject({ name: 'other', description: 'other too' })
  })

  it("answers 404 when the connector doesn't exist, 400 when connector_id is empty", async () => {
    expect(await put('_name', { name: 'test-name' }, 'test-non-existent-connector')).toBeEsError(404, 'document_missing_exception')
    expect(await call(es, 'PUT', '/_connector//_name', { name: 'test-name' })).toBeEsError(400, 'action_request_validation_exception')
  })

  it('answers 400 when the payload is not a string, or has neither field', async () => {
    expect(await put('_name', { name: { field_1: 'test' }, description: 'x' })).toBeEsError(400, 'x_content_parse_exception')
    expect(await put('_name', { name: null })).toBeEsError(
      400,
      'action_request_validation_exception',
      'Validation Failed: 1: [name] and [description] cannot both be [null]. Please provide a value for at least one of them.;',
    )
  })
})

describe('120_connector_update_service_type', () => {
  it('updates the service type; a created connector stays created', async () => {
    expect((await put('_service_type', { service_type: 'even-better-connector' })).body).toEqual(updated)
    expect(await get()).toMatchObject({ service_type: 'even-better-connector', status: 'created' })
  })

  it('moves any other status to needs_configuration', async () => {
    await put('_error', { error: null }) // connected
    await put('_service_type', { service_type: 'even-better-connector' })
    expect((await get()).status).toBe('needs_configuration')
  })

  it('answers 404, 400 for an empty id, 400 for a non-string payload', async () => {
    expect(await put('_service_type', { service_type: 'x' }, 'test-non-existent-connector')).toBeEsError(404, 'resource_not_found_exception', 'connector [test-non-existent-connector] not found')
    expect(await call(es, 'PUT', '/_connector//_service_type', { service_type: 'x' })).toBeEsError(400, 'action_request_validation_exception')
    expect(await put('_service_type', { service_type: { field_1: 'test' } })).toBeEsError(400, 'x_content_parse_exception')
  })
})

describe('130_connector_update_index_name', () => {
  it('updates the index name; the status is unchanged', async () => {
    expect((await put('_index_name', { index_name: 'search-2-test' })).body).toEqual(updated)
    expect(await get()).toMatchObject({ index_name: 'search-2-test', status: 'created' })
  })

  it('detaches the index with null', async () => {
    expect((await put('_index_name', { index_name: null })).body).toEqual(updated)
    expect((await get()).index_name).toBeNull()
  })

  it('answers 404, 400 for an empty id, 400 for a non-string payload', async () => {
    expect(await put('_index_name', { index_name: 'search-2-test' }, 'test-non-existent-connector')).toBeEsError(404, 'resource_not_found_exception')
    expect(await call(es, 'PUT', '/_connector//_index_name', { index_name: 'search-2-test' })).toBeEsError(400, 'action_request_validation_exception')
    expect(await put('_index_name', { index_name: { field_1: 'test' } })).toBeEsError(400, 'x_content_parse_exception')
  })

  it('refuses an invalid index name', async () => {
    expect(await put('_index_name', { index_name: '_invalid-index-name' })).toBeEsError(
      400,
      'action_request_validation_exception',
      "Validation Failed: 1: [_invalid-index-name] InvalidIndexNameException[Invalid index name [_invalid-index-name], must not start with '_', '-', or '+'];",
    )
  })

  it('refuses an index name another connector uses', async () => {
    await call(es, 'PUT', '/_connector/test-connector-2', { index_name: 'search-2-test', service_type: 'super-connector' })
    expect(await put('_index_name', { index_name: 'search-2-test' })).toBeEsError(400, 'status_exception', 'Index name [search-2-test] is used by another connector.')
  })

  it('answers noop when the index name is the same', async () => {
    expect((await put('_index_name', { index_name: 'search-1-test' })).body).toEqual({ result: 'noop' })
    expect((await get()).index_name).toBe('search-1-test')
  })
})

describe('140_connector_update_native', () => {
  beforeEach(async () => {
    await put('_index_name', { index_name: 'content-search-1-test' })
  })

  it('updates is_native both ways', async () => {
    expect((await put('_native', { is_native: true })).body).toEqual(updated)
    expect((await get()).is_native).toBe(true)
    expect((await put('_native', { is_native: false })).body).toEqual(updated)
    expect((await get()).is_native).toBe(false)
  })

  it('answers 404, 400 for an empty id, 400 for a non-boolean payload', async () => {
    expect(await put('_native', { is_native: true }, 'test-non-existent-connector')).toBeEsError(404, 'resource_not_found_exception')
    expect(await call(es, 'PUT', '/_connector//_native', { is_native: true })).toBeEsError(400, 'action_request_validation_exception')
    expect(await put('_native', { is_native: { field_1: 'test' } })).toBeEsError(400, 'x_content_parse_exception')
  })
})

describe('170_connector_update_features', () => {
  it('updates the features', async () => {
    const features = {
      document_level_security: { enabled: true },
      native_connector_api_keys: { enabled: true },
      incremental_sync: { enabled: false },
      sync_rules: { basic: { enabled: true }, advanced: { enabled: false } },
    }
    expect((await put('_features', { features })).body).toEqual(updated)
    expect((await get()).features).toEqual(features)
  })

  it('merges a partial update into the stored features', async () => {
    await put('_features', { features: { document_level_security: { enabled: true } } })
    expect((await put('_features', { features: { native_connector_api_keys: { enabled: true } } })).body).toEqual(updated)
    expect((await get()).features).toEqual({ document_level_security: { enabled: true }, native_connector_api_keys: { enabled: true } })
  })

  it('answers 404, 400 for an empty id, 400 for an unknown field', async () => {
    const features = { native_connector_api_keys: { enabled: true } }
    expect(await put('_features', { features }, 'test-non-existent-connector')).toBeEsError(404, 'document_missing_exception')
    expect(await call(es, 'PUT', '/_connector//_features', { features })).toBeEsError(400, 'action_request_validation_exception')
    expect(await put('_features', { featuresss: { not_a_feature: 12423 } })).toBeEsError(
      400,
      'x_content_parse_exception',
      '[1:2] [connector_update_features_request] unknown field [featuresss] did you mean [features]?',
    )
  })
})

const filteringRules = (id: string, stamp: string, policy = 'include') => ({
  advanced_snippet: { created_at: stamp, updated_at: stamp, value: {} },
  rules: [{ created_at: stamp, field: '_', id, order: 0, policy, rule: 'regex', updated_at: stamp, value: '.*' }],
  validation: { errors: [], state: 'valid' },
})

describe('332_connector_update_filtering', () => {
  const filtering = [
    {
      active: {
        ...filteringRules('RULE-ACTIVE-0', '2023-05-25T12:30:00.000Z'),
        advanced_snippet: {
          created_at: '2023-05-25T12:30:00.000Z',
          updated_at: '2023-05-25T12:30:00.000Z',
          value: [{ tables: ['some_table'], query: 'SELECT id, st_geohash(coordinates) FROM my_db.some_table;' }],
        },
      },
      domain: 'DEFAULT',
      draft: filteringRules('RULE-DRAFT-0', '2023-05-25T12:30:00.000Z'),
    },
    { active: filteringRules('RULE-ACTIVE-1', '2021-05-25T12:30:00.000Z'), domain: 'TEST', draft: filteringRules('RULE-DRAFT-1', '2021-05-25T12:30:00.000Z', 'exclude') },
  ]

  it('replaces the whole filtering list (every domain written as DEFAULT on 9.x)', async () => {
    expect((await put('_filtering', { filtering })).body).toEqual(updated)
    const stored = (await get()).filtering
    expect(stored[0]).toMatchObject({ domain: 'DEFAULT', active: { advanced_snippet: { created_at: '2023-05-25T12:30:00.000Z' }, rules: [{ id: 'RULE-ACTIVE-0' }] } })
    expect(stored[0].draft.rules[0].id).toBe('RULE-DRAFT-0')
    expect(stored[0].active.advanced_snippet.value).toEqual(filtering[0]?.active.advanced_snippet.value)
    // The 8.12 YAML test expected TEST here; ConnectorFiltering now always writes DEFAULT.
    expect(stored[1]).toMatchObject({ domain: 'DEFAULT', active: { advanced_snippet: { created_at: '2021-05-25T12:30:00.000Z' }, rules: [{ id: 'RULE-ACTIVE-1' }] } })
    expect(stored[1].draft.rules[0].id).toBe('RULE-DRAFT-1')
  })

  it("answers 404 when the connector doesn't exist", async () => {
    expect(await put('_filtering', { filtering }, 'test-non-existent-connector')).toBeEsError(404, 'document_missing_exception')
  })

  it('refuses entries with required fields missing', async () => {
    const answer = await put('_filtering', { filtering: [{ domain: 'some_domain' }] })
    expect(answer).toBeEsError(400, 'x_content_parse_exception', '[1:38] [connector_update_filtering_request] failed to parse field [filtering]')
    expect(innermostCause(answer.body)).toEqual({ type: 'illegal_argument_exception', reason: 'Required [active, draft]' })
  })

  it('refuses a wrong datetime expression', async () => {
    const broken = structuredClone(filtering)
    broken[0]!.active.advanced_snippet.created_at = 'this-is-not-a-datetime-!!!!'
    const answer = await put('_filtering', { filtering: broken })
    expect(answer).toBeEsError(400, 'x_content_parse_exception')
    expect(answer.text).toContain('"reason":"failed to parse date field [this-is-not-a-datetime-!!!!] with format [strict_date_optional_time||epoch_millis]"')
  })
})

const draftRule = (id: string, order: number) => ({ field: 'title', id, order, policy: 'exclude', rule: 'contains', value: 'secret' })

describe('draft filtering: _filtering (rules / advanced_snippet), _filtering/_validation, _filtering/_activate', () => {
  it('replaces the draft rules, sorted by order, with the DEFAULT rule last; marks the draft edited; keeps active', async () => {
    const before = (await get()).filtering[0]
    expect((await put('_filtering', { rules: [draftRule('b', 5), draftRule('a', 2)] })).body).toEqual(updated)
    const [entry] = (await get()).filtering
    expect(entry.active).toEqual(before.active)
    expect(entry.domain).toBe('DEFAULT')
    expect(entry.draft.rules.map((r: { id: string; order: number }) => [r.id, r.order])).toEqual([
      ['a', 2],
      ['b', 5],
      ['DEFAULT', 6],
    ])
    expect(entry.draft.validation).toEqual({ errors: [], state: 'edited' })
    expect(entry.draft.advanced_snippet).toEqual(before.draft.advanced_snippet)
  })

  it('keeps the given DEFAULT rule’s created_at as both its timestamps; rules: [] leaves only DEFAULT at order 0', async () => {
    const stamp = '2024-02-03T04:05:06.789Z'
    const defaultRule = { created_at: stamp, updated_at: '2024-09-09T00:00:00.000Z', field: '_', id: 'DEFAULT', order: 0, policy: 'include', rule: 'regex', value: '.*' }
    await put('_filtering', { rules: [defaultRule, draftRule('x', 1)] })
    const last = (await get()).filtering[0].draft.rules[1]
    expect(last).toEqual({ ...defaultRule, updated_at: stamp, order: 2 })
    await put('_filtering', { rules: [] })
    expect((await get()).filtering[0].draft.rules).toEqual([expect.objectContaining({ id: 'DEFAULT', order: 0 })])
  })

  it('replaces the advanced snippet only, stamping missing timestamps with now', async () => {
    expect((await put('_filtering', { advanced_snippet: { value: [{ query: 'SELECT 1' }] } })).body).toEqual(updated)
    const { draft } = (await get()).filtering[0]
    expect(draft.advanced_snippet.value).toEqual([{ query: 'SELECT 1' }])
    expect(draft.advanced_snippet.created_at).toMatch(/Z$/)
    expect(draft.advanced_snippet.updated_at).toBe(draft.advanced_snippet.created_at)
    expect(draft.rules).toHaveLength(1)
  })

  it('refuses a body with neither part, and full mode mixed with draft parts', async () => {
    expect(await put('_filtering', {})).toBeEsError(400, 'action_request_validation_exception', 'Validation Failed: 1: [advanced_snippet] and [rules] cannot be both [null].;')
    const full = (await get()).filtering
    expect(await put('_filtering', { filtering: full, rules: [] })).toBeEsError(
      400,
      'action_request_validation_exception',
      'Validation Failed: 1: If [filtering] is specified, [rules] and [advanced_snippet] should not be present in the request body.;',
    )
  })

  it('refuses an unknown rule condition or policy', async () => {
    const condition = await put('_filtering', { rules: [{ ...draftRule('a', 1), rule: 'CONTAINS' }] })
    expect(innermostCause(condition.body)).toEqual({ type: 'illegal_argument_exception', reason: 'Unknown FilteringRuleCondition [CONTAINS].' })
    const policy = await put('_filtering', { rules: [{ ...draftRule('a', 1), policy: 'maybe' }] })
    expect(innermostCause(policy.body)).toEqual({ type: 'illegal_argument_exception', reason: 'Unknown FilteringPolicy [maybe].' })
    expect((await put('_filtering', { rules: [{ ...draftRule('a', 1), policy: 'INCLUDE' }] })).status).toBe(200)
    expect((await get()).filtering[0].draft.rules[0].policy).toBe('include')
  })

  it('activates only a draft the connector service validated', async () => {
    await put('_filtering', { rules: [draftRule('a', 1)] })
    expect(await put('_filtering/_activate')).toBeEsError(
      400,
      'status_exception',
      'Filtering draft needs to be validated by the connector service before activation. Current filtering draft validation state [edited] is not equal to [valid].',
    )
    const invalid = { state: 'invalid', errors: [{ ids: ['a'], messages: ['no such field'] }] }
    expect((await put('_filtering/_validation', { validation: invalid })).body).toEqual(updated)
    expect((await get()).filtering[0].draft.validation).toEqual(invalid)
    expect(await put('_filtering/_activate')).toBeEsError(400, 'status_exception', /validation state \[invalid\]/)
    expect((await put('_filtering/_validation', { validation: { state: 'VALID', errors: [] } })).body).toEqual(updated)
    expect((await put('_filtering/_activate')).body).toEqual(updated)
    const [entry] = (await get()).filtering
    expect(entry.active).toEqual(entry.draft)
    expect(entry.active.rules.map((r: { id: string }) => r.id)).toEqual(['a', 'DEFAULT'])
  })

  it('answers 404 for unknown and soft-deleted connectors (the three look the connector up)', async () => {
    for (const id of ['nope', 'test-connector']) {
      if (id === 'test-connector') await call(es, 'DELETE', '/_connector/test-connector')
      expect(await put('_filtering', { rules: [] }, id)).toBeEsError(404, 'resource_not_found_exception', `connector [${id}] not found`)
      expect(await put('_filtering/_validation', { validation: { state: 'valid', errors: [] } }, id)).toBeEsError(404, 'resource_not_found_exception')
      expect(await put('_filtering/_activate', undefined, id)).toBeEsError(404, 'resource_not_found_exception')
    }
  })

  it('requires the validation wrapper and all its keys', async () => {
    expect(await put('_filtering/_validation', { state: 'valid', errors: [] })).toBeEsError(
      400,
      'x_content_parse_exception',
      '[1:2] [connector_update_filtering_validation] unknown field [state]',
    )
    const missing = await put('_filtering/_validation', { validation: { state: 'valid' } })
    expect(innermostCause(missing.body)).toEqual({ type: 'illegal_argument_exception', reason: 'Required [errors]' })
    const state = await put('_filtering/_validation', { validation: { state: 'checked', errors: [] } })
    expect(innermostCause(state.body)).toEqual({ type: 'illegal_argument_exception', reason: 'Unknown FilteringValidationState [checked].' })
  })

  it('refuses a body on _activate', async () => {
    expect(await put('_filtering/_activate', {})).toBeEsError(
      400,
      'illegal_argument_exception',
      'request [PUT /_connector/test-connector/_filtering/_activate] does not support having a body',
    )
  })
})


describe('335_connector_update_configuration', () => {
  beforeEach(async () => {
    await put('_configuration', {
      configuration: { some_field: configField('Very important field', 123), yet_another_field: configField('Another important field', 'peace & love') },
    })
  })

  it('replaces the whole configuration and sets the status configured', async () => {
    expect(await get()).toMatchObject({
      configuration: { some_field: { value: 123, sensitive: false, display: 'numeric' }, yet_another_field: { value: 'peace & love' } },
      status: 'configured',
    })
    const validations = [
      { constraint: [123, 456, 789], type: 'included_in' },
      { constraint: ['string 1', 'string 2', 'string 3'], type: 'included_in' },
      { constraint: 0, type: 'greater_than' },
      { constraint: 42, type: 'less_than' },
      { constraint: 'int', type: 'list_type' },
      { constraint: '\\d+', type: 'regex' },
    ]
    expect((await put('_configuration', { configuration: { some_new_field: { ...configField('Very important field', 456), validations } } })).body).toEqual(updated)
    const { configuration, status } = await get()
    expect(configuration).not.toHaveProperty('some_field')
    expect(configuration.some_new_field.value).toBe(456)
    expect(configuration.some_new_field.validations).toEqual(validations)
    expect(status).toBe('configured')
  })

  it('accepts a null tooltip (and leaves it out)', async () => {
    expect((await put('_configuration', { configuration: { some_field: { ...configField('Very important field', 123), tooltip: null } } })).body).toEqual(updated)
    expect((await get()).configuration.some_field.tooltip ?? null).toBeNull()
  })

  it("answers 404 when the connector doesn't exist", async () => {
    expect(await put('_configuration', { configuration: { some_field: configField('x', 1) } }, 'test-non-existent-connector')).toBeEsError(
      404,
      'resource_not_found_exception',
      'connector [test-non-existent-connector] not found',
    )
  })

  it('refuses a field without its label, an unknown display type and an unknown constraint type', async () => {
    const missing = await put('_configuration', { configuration: { some_field: { default_value: null, depends_on: [{ field: 'some_field', value: 31 }], display: 'numeric' } } })
    expect(innermostCause(missing.body)).toEqual({ type: 'illegal_argument_exception', reason: 'Required [label]' })
    const display = await put('_configuration', { configuration: { some_field: { ...configField('x', 1), display: 'some_display_type' } } })
    expect(innermostCause(display.body)).toEqual({ type: 'illegal_argument_exception', reason: 'Unknown ConfigurationDisplayType [some_display_type].' })
    const constraint = await put('_configuration', { configuration: { some_field: { ...configField('x', 1), validations: [{ constraint: 0, type: 'unknown_constraint' }] } } })
    expect(innermostCause(constraint.body)).toEqual({ type: 'illegal_argument_exception', reason: 'Unknown ConfigurationValidationType [unknown_constraint].' })
  })

  it('accepts an object value (the crawler configuration)', async () => {
    const value = { max_crawl_depth: 3, sitemap_discovery_disabled: false, seed_urls: ['https://elastic.co/'] }
    expect((await put('_configuration', { configuration: { nextSyncConfig: { label: 'nextSyncConfig', value } } })).body).toEqual(updated)
    expect((await get()).configuration.nextSyncConfig).toEqual({ default_value: null, label: 'nextSyncConfig', required: false, sensitive: false, value })
  })

  it('clears the configuration with {}', async () => {
    expect((await put('_configuration', { configuration: {} })).body).toEqual(updated)
    expect((await get()).configuration).toEqual({})
  })

  it('updates values only, all or some of them', async () => {
    expect((await put('_configuration', { values: { some_field: 42, yet_another_field: 456 } })).body).toEqual(updated)
    expect((await get()).configuration).toMatchObject({
      some_field: { value: 42, label: 'Very important field' },
      yet_another_field: { value: 456, label: 'Another important field' },
    })
    expect((await put('_configuration', { values: { yet_another_field: 43 } })).body).toEqual(updated)
    expect((await get()).configuration).toMatchObject({ some_field: { value: 42 }, yet_another_field: { value: 43 } })
  })

  it('refuses a value for a field that is not in the configuration', async () => {
    expect(await put('_configuration', { values: { field_not_present_in_config: 42 } })).toBeEsError(
      400,
      'status_exception',
      'Unknown [configuration] fields in the request payload: [field_not_present_in_config]. Remove them from request or register their schema first.',
    )
  })

  it("refuses 'configuration' and 'values' together, and neither", async () => {
    expect(await put('_configuration', { configuration: { yet_another_field: configField('x', 42) }, values: { yet_another_field: 42 } })).toBeEsError(
      400,
      'action_request_validation_exception',
      'Validation Failed: 1: [configuration] and [values] cannot both be provided in the same request.;',
    )
    expect(await put('_configuration', {})).toBeEsError(400, 'action_request_validation_exception', 'Validation Failed: 1: [configuration] and [values] cannot both be null.;')
  })
})

describe('340_connector_update_status', () => {
  it('moves through valid transitions', async () => {
    expect((await put('_status', { status: 'needs_configuration' })).body).toEqual(updated)
    expect((await get()).status).toBe('needs_configuration')
    expect((await put('_status', { status: 'configured' })).body).toEqual(updated)
    expect((await get()).status).toBe('configured')
  })

  it('answers 404, 400 for an empty id, 400 for a non-string payload and an invalid status', async () => {
    expect(await put('_status', { status: 'needs_configuration' }, 'test-non-existent-connector')).toBeEsError(404, 'resource_not_found_exception')
    expect(await call(es, 'PUT', '/_connector//_status', { status: 'needs_configuration' })).toBeEsError(400, 'action_request_validation_exception')
    expect(await put('_status', { status: { field_1: 'test' } })).toBeEsError(400, 'x_content_parse_exception')
    const invalid = await put('_status', { status: '_invalid-status' })
    expect(invalid).toBeEsError(400, 'x_content_parse_exception', '[1:11] [connector_update_status_request] failed to parse field [status]')
    expect(invalid.body.error.caused_by).toEqual({ type: 'illegal_argument_exception', reason: 'Unknown ConnectorStatus [_invalid-status].' })
  })

  it('refuses an invalid transition', async () => {
    const reason = 'Invalid transition attempt from [created] to [connected]. Such a status transition is not supported by the Connector Protocol.'
    const answer = await put('_status', { status: 'connected' })
    expect(answer).toBeEsError(400, 'status_exception', reason)
    expect(answer.body.error.caused_by).toEqual({ type: 'connector_invalid_status_transition_exception', reason })
  })
})

describe('341_connector_update_api_key_id', () => {
  it('updates the api key id, the secret id, or both', async () => {
    expect((await put('_api_key_id', { api_key_id: 'test-api-key-id' })).body).toEqual(updated)
    expect((await get()).api_key_id).toBe('test-api-key-id')
    expect((await put('_api_key_id', { api_key_secret_id: 'test-api-key-secret-id' })).body).toEqual(updated)
    expect(await get()).toMatchObject({ api_key_id: 'test-api-key-id', api_key_secret_id: 'test-api-key-secret-id' })
    expect((await put('_api_key_id', { api_key_id: 'a', api_key_secret_id: 'b' })).body).toEqual(updated)
    expect(await get()).toMatchObject({ api_key_id: 'a', api_key_secret_id: 'b' })
  })

  it('answers 404, 400 for an empty id, 400 for both null, 400 for a non-string payload', async () => {
    expect(await put('_api_key_id', { api_key_id: 'a' }, 'test-non-existent-connector')).toBeEsError(404, 'document_missing_exception')
    expect(await call(es, 'PUT', '/_connector//_api_key_id', { api_key_id: 'a' })).toBeEsError(400, 'action_request_validation_exception')
    expect(await put('_api_key_id', { api_key_id: null, api_key_secret_id: null })).toBeEsError(
      400,
      'action_request_validation_exception',
      'Validation Failed: 1: [api_key_id] and [api_key_secret_id] cannot both be [null]. Please provide a value for at least one of them.;',
    )
    expect(await put('_api_key_id', { api_key_id: { field_1: 'test' }, api_key_secret_id: 'x' })).toBeEsError(400, 'x_content_parse_exception')
  })
})

// Elasticsearch's YAML REST tests for creating, reading and deleting connectors
// (x-pack/plugin/ent-search/qa/rest/…/test/entsearch/connector/): 10_connector_put, 15_connector_post,
// 20_connector_list (soft-delete cases included), 30_connector_delete. The scenarios that need the test
// cluster's security users (`entsearch-user`, `entsearch-unprivileged`: 403s, read-only listing) are left
// out: the emulator has no security layer.

import { beforeEach, describe, expect, it } from 'vitest'
import type { Emulator } from '../../../server/emulator/app.ts'
import { call, createJob, emulator } from './support/rest.ts'

let es: Emulator
beforeEach(() => {
  es = emulator()
})

describe('10_connector_put', () => {
  it('creates with 201 and the documented defaults; absent fields stay absent', async () => {
    const put = await call(es, 'PUT', '/_connector/test-connector', {
      index_name: 'search-test',
      name: 'my-connector',
      language: 'pl',
      is_native: false,
      service_type: 'super-connector',
    })
    expect(put.status).toBe(201)
    expect(put.body).toEqual({ id: 'test-connector', result: 'created' })
    const { status, body } = await call(es, 'GET', '/_connector/test-connector')
    expect(status).toBe(200)
    expect(body).toMatchObject({
      id: 'test-connector',
      index_name: 'search-test',
      name: 'my-connector',
      language: 'pl',
      is_native: false,
      service_type: 'super-connector',
      sync_now: false,
      status: 'created',
      configuration: {},
      custom_scheduling: {},
      filtering: [{ domain: 'DEFAULT', active: { rules: [{ id: 'DEFAULT', field: '_', policy: 'include', rule: 'regex', value: '.*', order: 0 }] } }],
      scheduling: { full: { enabled: false, interval: '0 0 0 * * ?' } },
    })
    for (const absent of ['api_key_id', 'api_key_secret_id', 'description', 'error', 'features', 'last_seen', 'sync_cursor']) {
      expect(body).not.toHaveProperty(absent)
    }
  })

  it('gives a native connector the needs_configuration status and requires the content- prefix', async () => {
    const native = await call(es, 'PUT', '/_connector/native', { index_name: 'content-native', is_native: true })
    expect(native.status).toBe(201)
    expect((await call(es, 'GET', '/_connector/native')).body.status).toBe('needs_configuration')
    const wrong = await call(es, 'PUT', '/_connector/native-2', { index_name: 'search-native', is_native: true })
    expect(wrong).toBeEsError(
      400,
      'action_request_validation_exception',
      'Validation Failed: 1: Index [search-native] is invalid. Index attached to an Elastic-managed connector must start with the prefix: [content-];',
    )
  })

  it('answers updated with 200 on a second PUT, and resets the document to defaults', async () => {
    await call(es, 'PUT', '/_connector/test-connector', { index_name: 'search-test', description: 'first', service_type: 'x' })
    const again = await call(es, 'PUT', '/_connector/test-connector', { index_name: 'search-test' })
    expect(again.status).toBe(200)
    expect(again.body).toEqual({ id: 'test-connector', result: 'updated' })
    const { body } = await call(es, 'GET', '/_connector/test-connector')
    expect(body).not.toHaveProperty('description')
    expect(body).not.toHaveProperty('service_type')
  })

  it('refuses an invalid index name', async () => {
    const answer = await call(es, 'PUT', '/_connector/test-connector', { index_name: '_this-is-invalid-index-name' })
    expect(answer).toBeEsError(
      400,
      'action_request_validation_exception',
      "Validation Failed: 1: [_this-is-invalid-index-name] InvalidIndexNameException[Invalid index name [_this-is-invalid-index-name], must not start with '_', '-', or '+'];",
    )
  })

  it('creates an empty connector without a body, and generates an id for PUT /_connector', async () => {
    const empty = await call(es, 'PUT', '/_connector/empty')
    expect(empty.status).toBe(201)
    const { body } = await call(es, 'GET', '/_connector/empty')
    expect(body.name).toBe('')
    expect(body).not.toHaveProperty('index_name')
    const generated = await call(es, 'PUT', '/_connector', { index_name: 'search-generated' })
    expect(generated.status).toBe(201)
    expect(generated.body.result).toBe('created')
    expect(generated.body.id).toMatch(/^[A-Za-z0-9_-]{20}$/)
    expect((await call(es, 'GET', `/_connector/${generated.body.id}`)).body.index_name).toBe('search-generated')
  })

  it('refuses an index name another live connector uses, and allows it after a soft delete', async () => {
    await call(es, 'PUT', '/_connector/a', { index_name: 'search-shared' })
    const clash = await call(es, 'PUT', '/_connector/b', { index_name: 'search-shared' })
    expect(clash).toBeEsError(400, 'status_exception', 'Index name [search-shared] is used by another connector.')
    await call(es, 'DELETE', '/_connector/a')
    expect((await call(es, 'PUT', '/_connector/b', { index_name: 'search-shared' })).status).toBe(201)
  })

  it('refuses an empty index name, and reports both problems of a native connector with one', async () => {
    expect(await call(es, 'PUT', '/_connector/x', { index_name: '', is_native: true })).toBeEsError(
      400,
      'action_request_validation_exception',
      'Validation Failed: 1: [] InvalidIndexNameException[Invalid index name [], must not be empty];2: Index [] is invalid. Index attached to an Elastic-managed connector must start with the prefix: [content-];',
    )
    expect((await call(es, 'PUT', '/_connector/native-no-index', { is_native: true })).status).toBe(201)
  })

  it('recreates a soft-deleted connector with a PUT of the same id (200 updated)', async () => {
    await call(es, 'PUT', '/_connector/gone', { index_name: 'search-gone' })
    await call(es, 'DELETE', '/_connector/gone')
    const again = await call(es, 'PUT', '/_connector/gone', { index_name: 'search-gone' })
    expect(again.status).toBe(200)
    expect(again.body).toEqual({ id: 'gone', result: 'updated' })
    expect((await call(es, 'GET', '/_connector/gone')).body.deleted).toBe(false)
  })

  it('refuses unknown fields and wrong types in the body', async () => {
    const unknown = await call(es, 'PUT', '/_connector/x', { index_nam: 'search-x' })
    expect(unknown).toBeEsError(400, 'x_content_parse_exception', '[1:2] [connector_put_request] unknown field [index_nam] did you mean [index_name]?')
    const wrongType = await call(es, 'PUT', '/_connector/x', '{"is_native":"maybe"}')
    expect(wrongType).toBeEsError(400, 'x_content_parse_exception', '[1:14] [connector_put_request] failed to parse field [is_native]')
    expect(wrongType.body.error.caused_by).toEqual({
      type: 'illegal_argument_exception',
      reason: 'Failed to parse value [maybe] as only [true] or [false] are allowed.',
    })
  })
})

const postConnector = async (body?: unknown) => {
  const answer = await call(es, 'POST', '/_connector', body)
  expect(answer.status).toBe(201)
  expect(answer.body).toEqual({ id: expect.stringMatching(/^[A-Za-z0-9_-]{20}$/), result: 'created' })
  return answer.body.id as string
}


describe('15_connector_post', () => {
  it('creates with a generated id and the given fields', async () => {
    const id = await postConnector({ index_name: 'search-test', name: 'my-connector', language: 'pl', is_native: false, service_type: 'super-connector' })
    const { body } = await call(es, 'GET', `/_connector/${id}`)
    expect(body).toMatchObject({ id, index_name: 'search-test', name: 'my-connector', language: 'pl', is_native: false, service_type: 'super-connector' })
  })

  it('succeeds without a body', async () => {
    const id = await postConnector()
    expect((await call(es, 'GET', `/_connector/${id}`)).body.id).toBe(id)
  })

  it('initializes the defaults, and a native connector (content- index) as needs_configuration', async () => {
    const id = await postConnector({ index_name: 'search-test' })
    expect((await call(es, 'GET', `/_connector/${id}`)).body).toMatchObject({
      index_name: 'search-test',
      is_native: false,
      sync_now: false,
      status: 'created',
      configuration: {},
      custom_scheduling: {},
      filtering: [{ domain: 'DEFAULT' }],
    })
    const native = await postConnector({ index_name: 'content-search-test', is_native: true })
    expect((await call(es, 'GET', `/_connector/${native}`)).body).toMatchObject({ index_name: 'content-search-test', is_native: true, status: 'needs_configuration' })
  })

  it('refuses an invalid index name and, for a native connector, an index without the content- prefix', async () => {
    const invalid = await call(es, 'POST', '/_connector', { index_name: '_this-is-invalid-index-name', is_native: false })
    expect(invalid).toBeEsError(400, 'action_request_validation_exception', /InvalidIndexNameException\[Invalid index name \[_this-is-invalid-index-name\], must not start with/)
    const wrongPrefix = await call(es, 'POST', '/_connector', { index_name: 'wrong-prefix-index', name: 'my-connector', is_native: true })
    expect(wrongPrefix).toBeEsError(
      400,
      'action_request_validation_exception',
      'Validation Failed: 1: Index [wrong-prefix-index] is invalid. Index attached to an Elastic-managed connector must start with the prefix: [content-];',
    )
  })

  it('refuses an index name another connector uses', async () => {
    await postConnector({ index_name: 'search-test' })
    expect(await call(es, 'POST', '/_connector', { index_name: 'search-test' })).toBeEsError(400, 'status_exception', 'Index name [search-test] is used by another connector.')
  })

  it('creates a connector without an index', async () => {
    const id = await postConnector({ service_type: 'super-connector' })
    const { body } = await call(es, 'GET', `/_connector/${id}`)
    expect(body).not.toHaveProperty('index_name')
    expect(body.service_type).toBe('super-connector')
  })

  it('is strict about its body like PUT (same parser, connector_put_request)', async () => {
    expect(await call(es, 'POST', '/_connector', '{"name":"x","nme":"y"}')).toBeEsError(
      400,
      'x_content_parse_exception',
      '[1:13] [connector_put_request] unknown field [nme] did you mean [name]?',
    )
    expect(await call(es, 'POST', '/_connector', '{"name":null}')).toBeEsError(400, 'x_content_parse_exception', "[1:9] [connector_put_request] name doesn't support values of type: VALUE_NULL")
  })
})

const ids = async (query = '') => {
  const { status, body } = await call(es, 'GET', `/_connector${query}`)
  expect(status).toBe(200)
  return { count: body.count as number, ids: (body.results as { id: string }[]).map((connector) => connector.id) }
}

describe('20_connector_list', () => {
  beforeEach(async () => {
    await call(es, 'PUT', '/_connector/connector-a', { index_name: 'search-1-test', name: 'my-connector-1', language: 'pl', is_native: false, service_type: 'super-connector' })
    await call(es, 'PUT', '/_connector/connector-c', { index_name: 'search-3-test', name: 'my-connector-3', language: 'nl', is_native: false, service_type: 'super-connector' })
    await call(es, 'PUT', '/_connector/connector-b', { index_name: 'content-search-2-test', name: 'my-connector-2', language: 'en', is_native: true, service_type: 'extra-connector' })
  })

  it('lists by index_name ascending, with from and size', async () => {
    const { body } = await call(es, 'GET', '/_connector')
    expect(body.count).toBe(3)
    expect(body.results.map((c: { index_name: string; language: string }) => [c.index_name, c.language])).toEqual([
      ['content-search-2-test', 'en'],
      ['search-1-test', 'pl'],
      ['search-3-test', 'nl'],
    ])
    expect(await ids('?from=1')).toEqual({ count: 3, ids: ['connector-a', 'connector-c'] })
    expect(await ids('?size=2')).toEqual({ count: 3, ids: ['connector-b', 'connector-a'] })
  })

  it('counts 0 after deleting all three', async () => {
    for (const id of ['connector-a', 'connector-b', 'connector-c']) await call(es, 'DELETE', `/_connector/${id}`)
    expect(await ids()).toEqual({ count: 0, ids: [] })
  })

  it('filters by index_name (comma list) and refuses an invalid one', async () => {
    expect(await ids('?index_name=search-1-test')).toEqual({ count: 1, ids: ['connector-a'] })
    expect(await ids('?index_name=search-1-test,content-search-2-test')).toEqual({ count: 2, ids: ['connector-b', 'connector-a'] })
    expect((await ids('?index_name=')).count).toBe(3)
    expect(await call(es, 'GET', '/_connector?index_name=search-1-test,,x')).toBeEsError(
      400,
      'action_request_validation_exception',
      'Validation Failed: 1: [] InvalidIndexNameException[Invalid index name [], must not be empty];',
    )
    const invalid = await call(es, 'GET', `/_connector?index_name=${encodeURIComponent('~.!$$#index-name$$$')}`)
    expect(invalid).toBeEsError(
      400,
      'action_request_validation_exception',
      "Validation Failed: 1: [~.!$$#index-name$$$] InvalidIndexNameException[Invalid index name [~.!$$#index-name$$$], must not contain '#'];",
    )
  })

  it('filters by connector_name, alone and ANDed with index_name', async () => {
    expect(await ids('?connector_name=my-connector-1')).toEqual({ count: 1, ids: ['connector-a'] })
    expect(await ids('?connector_name=my-connector-1,my-connector-2')).toEqual({ count: 2, ids: ['connector-b', 'connector-a'] })
    expect(await ids('?connector_name=my-connector-1,my-connector-2&index_name=content-search-2-test')).toEqual({ count: 1, ids: ['connector-b'] })
  })

  it('filters by service_type', async () => {
    expect(await ids('?service_type=super-connector')).toEqual({ count: 2, ids: ['connector-a', 'connector-c'] })
    expect(await ids('?service_type=extra-connector')).toEqual({ count: 1, ids: ['connector-b'] })
    expect((await ids('?service_type=super-connector,extra-connector')).count).toBe(3)
  })

  it('hides soft-deleted connectors unless include_deleted=true, keeping the index_name order', async () => {
    expect((await ids('?include_deleted=true')).count).toBe(3)
    await call(es, 'DELETE', '/_connector/connector-a')
    expect(await ids()).toEqual({ count: 2, ids: ['connector-b', 'connector-c'] })
    expect((await ids('?include_deleted=true')).count).toBe(3)
    await call(es, 'DELETE', '/_connector/connector-b')
    await call(es, 'DELETE', '/_connector/connector-c')
    const { body } = await call(es, 'GET', '/_connector?include_deleted=true')
    expect(body.results.map((c: { id: string; deleted: boolean }) => [c.id, c.deleted])).toEqual([
      ['connector-b', true],
      ['connector-a', true],
      ['connector-c', true],
    ])
    expect(await ids('?from=1&include_deleted=true')).toEqual({ count: 3, ids: ['connector-a', 'connector-c'] })
    expect(await ids('?size=2&include_deleted=true')).toEqual({ count: 3, ids: ['connector-b', 'connector-a'] })
  })

  it('lists connectors without an index (absent or detached) last', async () => {
    await call(es, 'PUT', '/_connector/no-index', { name: 'z' })
    await call(es, 'PUT', '/_connector/connector-c/_index_name', { index_name: null })
    expect((await ids()).ids).toEqual(['connector-b', 'connector-a', 'connector-c', 'no-index'])
  })

  it('searches index_name, name and description with query', async () => {
    expect(await ids('?query=my-connector-1')).toEqual({ count: 1, ids: ['connector-a'] })
    expect((await ids('?query=my-connector')).count).toBe(3)
    expect(await ids('?query=search-3-test')).toEqual({ count: 1, ids: ['connector-c'] })
    expect((await ids('?query=search-')).count).toBe(3)
    await call(es, 'PUT', '/_connector/described', { index_name: 'search-described', name: 'other', description: 'Syncs the Wiki pages' })
    expect(await ids('?query=wiki')).toEqual({ count: 1, ids: ['described'] })
    expect((await ids('?query=Wiki')).count).toBe(0)
  })
})

describe('30_connector_delete', () => {
  beforeEach(async () => {
    await call(es, 'PUT', '/_connector/test-connector', { index_name: 'search-test', service_type: 'super-connector' })
  })

  it('soft-deletes: 404 afterwards, visible with include_deleted', async () => {
    const deleted = await call(es, 'DELETE', '/_connector/test-connector')
    expect(deleted.status).toBe(200)
    expect(deleted.body).toEqual({ acknowledged: true })
    expect(await call(es, 'GET', '/_connector/test-connector')).toBeEsError(404, 'resource_not_found_exception', 'connector [test-connector] not found')
    const withDeleted = await call(es, 'GET', '/_connector/test-connector?include_deleted=true')
    expect(withDeleted.status).toBe(200)
    expect(withDeleted.body.deleted).toBe(true)
    expect((await call(es, 'GET', '/_connector?include_deleted=true')).body.count).toBe(1)
    expect(await call(es, 'DELETE', '/_connector/test-connector')).toBeEsError(404, 'resource_not_found_exception', 'connector [test-connector] not found')
  })

  it('hard-deletes: 404 even with include_deleted', async () => {
    expect((await call(es, 'DELETE', '/_connector/test-connector?hard=true')).status).toBe(200)
    expect(await call(es, 'GET', '/_connector/test-connector?include_deleted=true')).toBeEsError(404, 'resource_not_found_exception')
  })

  it('deletes the connector’s sync jobs only with delete_sync_jobs=true', async () => {
    await call(es, 'PUT', '/_connector/other', { index_name: 'search-other', service_type: 'super-connector' })
    for (let i = 0; i < 3; i++) await createJob(es, { id: 'test-connector' })
    await createJob(es, { id: 'other' })
    const count = async (id: string) => (await call(es, 'GET', `/_connector/_sync_job?connector_id=${id}`)).body.count as number
    expect(await count('test-connector')).toBe(3)
    await call(es, 'DELETE', '/_connector/other?delete_sync_jobs=false')
    expect(await count('other')).toBe(1)
    await call(es, 'DELETE', '/_connector/test-connector?delete_sync_jobs=true')
    expect(await count('test-connector')).toBe(0)
    expect(await count('other')).toBe(1)
  })

  it('keeps the soft-deleted document, readable with include_deleted', async () => {
    await call(es, 'DELETE', '/_connector/test-connector')
    const { body } = await call(es, 'GET', '/_connector/test-connector?include_deleted=true')
    expect(body).toMatchObject({ id: 'test-connector', index_name: 'search-test', service_type: 'super-connector', deleted: true })
  })

  it('hard-deletes a soft-deleted connector', async () => {
    await call(es, 'DELETE', '/_connector/test-connector')
    expect((await call(es, 'DELETE', '/_connector/test-connector?hard=true')).body).toEqual({ acknowledged: true })
    expect(await call(es, 'GET', '/_connector/test-connector?include_deleted=true')).toBeEsError(404, 'resource_not_found_exception', 'connector [test-connector] not found')
  })

  it('refuses a missing connector', async () => {
    expect(await call(es, 'DELETE', '/_connector/nope')).toBeEsError(404, 'resource_not_found_exception', 'connector [nope] not found')
  })
})

// The HTTP protocol around the endpoints (Elasticsearch core: RestController, RestRequest, RestResponse, MainResponse): headers and content
// types, routing refusals (405 with Allow, OPTIONS, "no handler found"), 406, the processing order,
// unrecognized parameters with suggestions, ids with reserved characters, and both list orders.

import { beforeEach, describe, expect, it } from 'vitest'
import type { Emulator } from '../../../server/emulator/app.ts'
import { call, createJob, emulator, putConnector } from './support/rest.ts'

const VERSIONED = 'application/vnd.elasticsearch+json; compatible-with=9'

let es: Emulator
let jobId: string
beforeEach(async () => {
  es = emulator()
  await putConnector(es, 'conn', { index_name: 'search-conn' })
  jobId = await createJob(es, { id: 'conn' })
})

describe('headers and content type', () => {
  it('puts X-elastic-product on successes, structured errors, simple errors, OPTIONS and HEAD', async () => {
    const answers = await Promise.all([
      call(es, 'GET', '/_connector/_sync_job'),
      call(es, 'GET', '/_connector/_sync_job/nope'),
      call(es, 'PATCH', '/_connector/_sync_job'),
      call(es, 'GET', '/_nowhere'),
      call(es, 'POST', '/_connector/_sync_job', 'x', { 'content-type': 'text/plain' }),
      call(es, 'OPTIONS', '/_connector'),
      call(es, 'HEAD', '/'),
    ])
    expect(answers.map((answer) => answer.status)).toEqual([200, 404, 405, 400, 406, 200, 200])
    for (const answer of answers) expect(answer.headers.get('x-elastic-product')).toBe('Elasticsearch')
  })

  it('answers the versioned media type when asked for it, plain JSON otherwise', async () => {
    const versioned = await call(es, 'GET', '/_connector/_sync_job', undefined, { accept: `${VERSIONED},text/plain` })
    expect(versioned.headers.get('content-type')).toBe('application/vnd.elasticsearch+json;compatible-with=9')
    const eight = await call(es, 'GET', '/_connector/_sync_job/nope', undefined, { accept: 'application/vnd.elasticsearch+json; compatible-with=8' })
    expect(eight.headers.get('content-type')).toBe('application/vnd.elasticsearch+json;compatible-with=8')
    expect(eight.status).toBe(404)
    const plain = await call(es, 'GET', '/_connector/_sync_job')
    expect(plain.headers.get('content-type')).toBe('application/json')
  })

  it('accepts the versioned content type on request bodies', async () => {
    const answer = await call(es, 'POST', '/_connector/_sync_job', { id: 'conn' }, { 'content-type': VERSIONED, accept: VERSIONED })
    expect(answer.status).toBe(201)
  })

  it('refuses compatible-with versions other than 9 and 8, and unmatched versions on requests with a body', async () => {
    const seven = await call(es, 'GET', '/_connector/_sync_job', undefined, { accept: 'application/vnd.elasticsearch+json; compatible-with=7' })
    expect(seven).toBeEsError(400, 'media_type_header_exception', 'Invalid media-type value on headers [Accept, Content-Type]')
    expect(seven.body.error.caused_by).toEqual({
      type: 'status_exception',
      reason: 'Accept version must be either version 9 or 8, but found 7. Accept=application/vnd.elasticsearch+json; compatible-with=7',
    })
    const mixed = await call(es, 'POST', '/_connector/_sync_job', { id: 'conn' }, { accept: VERSIONED, 'content-type': 'application/json' })
    expect(mixed).toBeEsError(400, 'media_type_header_exception')
    expect(mixed.body.error.caused_by.reason).toMatch(/^A compatible version is required on both Content-Type and Accept headers/)
    const eight = { accept: 'application/vnd.elasticsearch+json; compatible-with=8', 'content-type': 'application/vnd.elasticsearch+json; compatible-with=8' }
    expect((await call(es, 'POST', '/_connector/_sync_job', { id: 'conn' }, eight)).status).toBe(201)
    expect((await call(es, 'GET', '/_connector/_sync_job', undefined, { accept: VERSIONED, 'content-type': 'application/json' })).status).toBe(200)
  })

  it('serves the MainResponse on GET / and an empty body on HEAD /', async () => {
    const root = await call(es, 'GET', '/')
    expect(root.status).toBe(200)
    expect(root.body).toMatchObject({ cluster_name: 'syncboard-emulator', tagline: 'You Know, for Search', version: { build_flavor: 'default' } })
    expect(root.body.version.number).toMatch(/^9\.\d+\.\d+$/)
    expect(root.body.cluster_uuid).toEqual(expect.any(String))
    const head = await call(es, 'HEAD', '/')
    expect(head.text).toBe('')
  })

  it('pretty-prints with ?pretty and accepts the other global parameters', async () => {
    const pretty = await call(es, 'GET', '/_connector/_sync_job?pretty')
    expect(pretty.text).toContain('\n  "count": 1')
    const globals = await call(es, 'GET', `/_connector/_sync_job/${jobId}?error_trace=true&human=true&format=json&pretty=false`)
    expect(globals.status).toBe(200)
    expect(globals.text.startsWith('{"id"')).toBe(true)
  })

  it('filters successful bodies with filter_path (wildcards, **, exclusions), never errors', async () => {
    const filtered = async (spec: string) => (await call(es, 'GET', `/_connector/_sync_job?filter_path=${encodeURIComponent(spec)}`)).body
    expect(await filtered('count')).toEqual({ count: 1 })
    expect(await filtered('results.id,results.connector.id')).toEqual({ results: [{ id: jobId, connector: { id: 'conn' } }] })
    expect(await filtered('results.*_count')).toEqual({
      results: [{ deleted_document_count: 0, indexed_document_count: 0, total_document_count: 0 }],
    })
    expect(await filtered('**.service_type')).toEqual({ results: [{ connector: { service_type: 'super-connector' } }] })
    expect(Object.keys((await filtered('-results,-nothing')) as object)).toEqual(['count'])
    expect(await filtered('nothing.here')).toEqual({})
    const error = await call(es, 'GET', '/_connector/_sync_job/nope?filter_path=count')
    expect(error).toBeEsError(404, 'resource_not_found_exception', 'nope')
  })

  it('adds a stack_trace to errors only with error_trace=true', async () => {
    const traced = await call(es, 'PUT', `/_connector/_sync_job/${jobId}/_error?error_trace=true`, { error: 'x' })
    expect(traced).toBeEsError(400, 'status_exception')
    expect(traced.body.error.stack_trace).toMatch(/^org\.elasticsearch\.ElasticsearchStatusException: Invalid transition attempt/)
    expect(traced.body.error.stack_trace).toContain('\nCaused by: org.elasticsearch.ConnectorSyncJobInvalidStatusTransitionException: ')
    const plain = await call(es, 'PUT', `/_connector/_sync_job/${jobId}/_error?error_trace=false`, { error: 'x' })
    expect(plain.body.error).not.toHaveProperty('stack_trace')
  })

  it('echoes X-Opaque-Id', async () => {
    const answer = await call(es, 'GET', '/_connector/_sync_job/nope', undefined, { 'x-opaque-id': 'trace-42' })
    expect(answer.headers.get('x-opaque-id')).toBe('trace-42')
  })
})

describe('routing', () => {
  it('answers 405 with the allowed methods and an Allow header', async () => {
    const answer = await call(es, 'POST', `/_connector/_sync_job/${jobId}?x=1`)
    expect(answer.status).toBe(405)
    expect(answer.body).toEqual({ error: `Incorrect HTTP method for uri [/_connector/_sync_job/${jobId}?x=1] and method [POST], allowed: [GET, DELETE]`, status: 405 })
    expect(answer.headers.get('allow')).toBe('GET,DELETE')
    const cancel = await call(es, 'GET', `/_connector/_sync_job/${jobId}/_cancel`)
    expect(cancel.body).toEqual({ error: `Incorrect HTTP method for uri [/_connector/_sync_job/${jobId}/_cancel] and method [GET], allowed: [PUT]`, status: 405 })
  })

  it('answers OPTIONS with 200 and Allow', async () => {
    const answer = await call(es, 'OPTIONS', `/_connector/_sync_job/${jobId}/_claim`)
    expect(answer.status).toBe(200)
    expect(answer.headers.get('allow')).toBe('PUT')
    expect(answer.text).toBe('')
  })

  it('answers unknown paths with the simple "no handler found" error, without status', async () => {
    const answer = await call(es, 'GET', '/_connector/_sync_job/abc/_nope?q=1')
    expect(answer.status).toBe(400)
    expect(answer.body).toEqual({ error: 'no handler found for uri [/_connector/_sync_job/abc/_nope?q=1] and method [GET]' })
  })

  it('prefers static segments: GET /_connector/_sync_job lists jobs, PUT falls through to a connector named _sync_job', async () => {
    expect((await call(es, 'GET', '/_connector/_sync_job')).body.count).toBe(1)
    const put = await call(es, 'PUT', '/_connector/_sync_job', { index_name: 'search-odd' })
    expect(put.status).toBe(201)
    expect(put.body).toEqual({ id: '_sync_job', result: 'created' })
    expect((await call(es, 'GET', '/_connector/_sync_job')).body.count).toBe(1)
  })

  it('ignores a trailing slash like Elasticsearch’s path split', async () => {
    expect((await call(es, 'GET', '/_connector/_sync_job/')).body.count).toBe(1)
  })
})

describe('ids with reserved characters', () => {
  it('decodes path ids once; an encoded slash stays inside the id', async () => {
    const put = await call(es, 'PUT', '/_connector/a%20b%2Fc', { index_name: 'search-reserved', service_type: 'x' })
    expect(put.body).toEqual({ id: 'a b/c', result: 'created' })
    expect((await call(es, 'GET', '/_connector/a%20b%2Fc')).body.id).toBe('a b/c')
    const job = await createJob(es, { id: 'a b/c' })
    const listed = await call(es, 'GET', `/_connector/_sync_job?connector_id=${encodeURIComponent('a b/c')}`)
    expect(listed.body.results.map((j: { id: string }) => j.id)).toEqual([job])
    expect(await call(es, 'GET', '/_connector/_sync_job/a%20b%2Fc')).toBeEsError(404, 'resource_not_found_exception', 'a b/c')
    expect(await call(es, 'GET', '/_connector/_sync_job/100%25')).toBeEsError(404, 'resource_not_found_exception', '100%')
    expect(await call(es, 'GET', '/_connector/_sync_job/a+b')).toBeEsError(404, 'resource_not_found_exception', 'a+b')
  })

  it('refuses broken percent-encoding with an illegal_argument_exception', async () => {
    expect(await call(es, 'GET', '/_connector/_sync_job?status=%zz')).toBeEsError(400, 'illegal_argument_exception', 'invalid escape sequence `%zz\' at index 0 of: %zz')
    expect(await call(es, 'GET', '/_connector/_sync_job/ab%2')).toBeEsError(400, 'illegal_argument_exception', 'partial escape sequence at end of string: ab%2')
  })

  it('refuses an empty job id with a validation error', async () => {
    expect(await call(es, 'PUT', '/_connector/_sync_job//_check_in')).toBeEsError(
      400,
      'action_request_validation_exception',
      'Validation Failed: 1: [connector_sync_job_id] of the connector sync job cannot be null or empty.;',
    )
  })
})

describe('content type (406)', () => {
  it('refuses browser-safelisted types and a missing Content-Type when there is a body', async () => {
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']) {
      const answer = await call(es, 'POST', '/_connector/_sync_job', '{"id":"conn"}', { 'content-type': type })
      expect(answer.status).toBe(406)
      expect(answer.body).toEqual({ error: `Content-Type header [${type}] is not supported`, status: 406 })
    }
    const missing = await es.app.request('/_connector/_sync_job', { method: 'POST', body: new TextEncoder().encode('{"id":"conn"}') })
    expect(missing.status).toBe(406)
    expect(await missing.json()).toEqual({ error: 'Content-Type header is missing', status: 406 })
  })

  it('does not check the type of an empty body (the official client sends one on GET)', async () => {
    const answer = await call(es, 'PUT', `/_connector/_sync_job/${jobId}/_check_in`, undefined, { 'content-type': 'text/plain', 'content-length': '0' })
    expect(answer.status).toBe(200)
  })
})

describe('processing order (§1.2)', () => {
  it('routing before content type', async () => {
    expect((await call(es, 'PATCH', '/_connector/_sync_job', 'x', { 'content-type': 'text/plain' })).status).toBe(405)
  })

  it('content type before body and parameter parsing', async () => {
    expect((await call(es, 'POST', '/_connector/_sync_job?foo=1', '{bad', { 'content-type': 'text/plain' })).status).toBe(406)
  })

  it('parameter parsing before unrecognized parameters', async () => {
    expect(await call(es, 'GET', '/_connector/_sync_job?status=bogus&foo=1')).toBeEsError(400, 'illegal_argument_exception', 'Unknown ConnectorSyncStatus [bogus].')
  })

  it('body parsing before unrecognized parameters', async () => {
    expect(await call(es, 'POST', '/_connector/_sync_job?foo=1', { bar: 1 })).toBeEsError(400, 'x_content_parse_exception')
  })

  it('unrecognized parameters before the unread-body refusal and before validation', async () => {
    const unread = await call(es, 'PUT', `/_connector/_sync_job/${jobId}/_cancel?foo=1`, {})
    expect(unread).toBeEsError(400, 'illegal_argument_exception', /contains unrecognized parameter: \[foo\]$/)
    const invalid = await call(es, 'POST', '/_connector/_sync_job?foo=1', { id: '' })
    expect(invalid).toBeEsError(400, 'illegal_argument_exception', /contains unrecognized parameter: \[foo\]$/)
  })

  it('validation before lookups, lookups before state checks', async () => {
    expect(await call(es, 'PUT', '/_connector/_sync_job/nope/_error', { error: '' })).toBeEsError(400, 'action_request_validation_exception')
    expect(await call(es, 'PUT', '/_connector/_sync_job/nope/_error', { error: 'x' })).toBeEsError(404, 'resource_not_found_exception')
  })
})

describe('unrecognized parameters', () => {
  it('suggests the closest known parameter', async () => {
    expect(await call(es, 'GET', '/_connector/_sync_job?sise=5')).toBeEsError(
      400,
      'illegal_argument_exception',
      'request [/_connector/_sync_job] contains unrecognized parameter: [sise] -> did you mean [size]?',
    )
  })

  it('uses the plural, sorts the names and lists several suggestions with "any of"', async () => {
    expect(await call(es, 'GET', '/_connector/_sync_job?zzz=1&fromat=2&statu=3')).toBeEsError(
      400,
      'illegal_argument_exception',
      'request [/_connector/_sync_job] contains unrecognized parameters: [fromat] -> did you mean any of [format, from]?, [statu] -> did you mean [status]?, [zzz]',
    )
  })

  it('counts path parameters and global parameters as known, and names the decoded path', async () => {
    expect(await call(es, 'GET', '/_connector/a%20b?include_delete=true')).toBeEsError(
      400,
      'illegal_argument_exception',
      'request [/_connector/a b] contains unrecognized parameter: [include_delete] -> did you mean [include_deleted]?',
    )
    expect(await call(es, 'GET', `/_connector/_sync_job/${jobId}?prety`)).toBeEsError(
      400,
      'illegal_argument_exception',
      `request [/_connector/_sync_job/${jobId}] contains unrecognized parameter: [prety] -> did you mean [pretty]?`,
    )
  })

  it('refuses list parameters on endpoints that do not read them', async () => {
    expect(await call(es, 'GET', `/_connector/_sync_job/${jobId}?size=1`)).toBeEsError(400, 'illegal_argument_exception', /unrecognized parameter: \[size\]$/)
  })

  it('reads booleans strictly', async () => {
    expect(await call(es, 'GET', '/_connector/conn?include_deleted=yes')).toBeEsError(
      400,
      'illegal_argument_exception',
      'Failed to parse value [yes] as only [true] or [false] are allowed.',
    )
    expect((await call(es, 'GET', '/_connector/conn?include_deleted')).status).toBe(200)
  })
})

async function threeJobs(target: Emulator): Promise<string[]> {
  await putConnector(target, 'order-conn', { index_name: 'search-order' })
  return [await createJob(target, { id: 'order-conn' }), await createJob(target, { id: 'order-conn' }), await createJob(target, { id: 'order-conn' })]
}
const listedIds = async (target: Emulator, query = '') =>
  ((await call(target, 'GET', `/_connector/_sync_job?connector_id=order-conn${query}`)).body.results as { id: string }[]).map((job) => job.id)

describe('list order', () => {
  it('lists newest first by default (Elasticsearch 8.13+)', async () => {
    const [a, b, c] = await threeJobs(es)
    expect(await listedIds(es)).toEqual([c, b, a])
    expect(await listedIds(es, '&from=2&size=5')).toEqual([a])
  })

  it('lists oldest first with order asc (Elasticsearch 8.12)', async () => {
    const old = emulator({ order: 'asc' })
    const [a, b, c] = await threeJobs(old)
    expect(await listedIds(old)).toEqual([a, b, c])
    expect(await listedIds(old, '&from=1&size=1')).toEqual([b])
  })

  it('breaks created_at ties by insertion, newer first', async () => {
    const frozen = emulator({ now: () => Date.UTC(2025, 0, 1) })
    await putConnector(frozen, 'order-conn', { index_name: 'search-order' })
    const ids = [await createJob(frozen, { id: 'order-conn' }), await createJob(frozen, { id: 'order-conn' })]
    const created = ids.map((id) => frozen.store.getSyncJob(id).created_at)
    frozen.store.writeSyncJob(ids[1]!, { created_at: created[0] })
    expect(await listedIds(frozen)).toEqual([ids[1], ids[0]])
  })
})

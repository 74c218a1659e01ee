// Seeded fuzzing of the whole REST surface: random methods, paths built from real and junk segments,
// query strings and bodies of every kind — for the sync-job endpoints and every connector endpoint.
// Whatever comes in, the answer must be a 2xx with JSON or a well-formed Elasticsearch error — never a
// 5xx, never without X-elastic-product. Two inputs are left out on purpose because Elasticsearch itself
// answers them with a 500 (and the emulator reproduces it, see connector-errors.test.ts): a `_features`
// body without `features`, and an empty `filtering` list (after which the draft endpoints fail).

import { describe, expect, it } from 'vitest'
import { mulberry32, pick, randomInt, type Random } from '../../../server/emulator/random.ts'
import { type Answer, call, createJob, emulator, putConnector } from './support/rest.ts'

const METHODS = ['GET', 'GET', 'POST', 'PUT', 'PUT', 'DELETE', 'HEAD', 'OPTIONS', 'PATCH']
const SEGMENTS = ['_connector', '_sync_job', '_cancel', '_check_in', '_claim', '_error', '_stats', '_filtering', '_validation', '_activate', '_status', '', '_', 'x']
const CONNECTOR_UPDATES = [
  '_check_in',
  '_error',
  '_last_sync',
  '_name',
  '_pipeline',
  '_scheduling',
  '_filtering',
  '_filtering/_validation',
  '_filtering/_activate',
  '_status',
  '_configuration',
  '_index_name',
  '_service_type',
  '_native',
  '_api_key_id',
  '_features',
]
const CRONS = ['0 0 0 * * ?', '0 0/5 * * * ?', '61 0 0 * * ?', '0 * * * * *', '0 0 0 ? * MON-FRI', 'nonsense', '', '0 0 0 L-40 * ?']
const PIPELINE = { extract_binary_content: true, name: 'p', reduce_whitespace: false, run_ml_inference: false }
const RULE = { field: 'f', id: 'r', order: 1, policy: 'include', rule: 'equals', value: 'v' }
const FILTERING_RULES = { advanced_snippet: { value: {} }, rules: [RULE], validation: { state: 'valid', errors: [] } }
const JUNK_SEGMENTS = ['%2F', 'a%20b%2Fc', '%zz', '%', '%E2%82', '%FF%FE', 'a+b', '..', '.', '%2e%2e', 'ü', '%F0%9F%98%80', '{id}', '*', "'", '%00', 'x'.repeat(5000)]
const PARAM_NAMES = ['from', 'size', 'status', 'connector_id', 'job_type', 'include_deleted', 'hard', 'delete_sync_jobs', 'query', 'index_name', 'connector_name', 'service_type', 'pretty', 'error_trace', 'filter_path', 'human', 'format', 'foo', 'sise', '', '%zz', 'a%20b', 'x'.repeat(300)]
const PARAM_VALUES = ['-1', '0', '1', '100', '10000', '10001', '2147483648', '99999999999999999999', '1e309', '1.5', 'abc', '', 'pending', 'PENDING', 'bogus', 'FULL,incremental', ',,', 'full,', 'true', 'false', 'yes', '%00', '%zz', '~.!$$#x', 'search-*', '*', 'x'.repeat(3000)]
const CONTENT_TYPES = ['application/json', 'application/json', 'application/vnd.elasticsearch+json; compatible-with=9', 'application/json; charset=UTF-8', 'text/plain', 'application/x-www-form-urlencoded', 'application/yaml', 'garbage', '']

/** Bodies for each connector update endpoint, valid and not (undefined: none). Never a `_features`
 *  body without `features`, never an empty `filtering` list (see the header). */
const CONNECTOR_BODIES: Record<string, (random: Random) => string | undefined> = {
  _check_in: (random) => oneOf(random, [undefined, undefined, '{}']),
  _error: (random) => JSON.stringify({ error: oneOf<unknown>(random, ['boom', '', null, { nested: true }]) }),
  _last_sync: (random) =>
    JSON.stringify({
      last_sync_status: oneOf(random, ['completed', 'IN_PROGRESS', 'bogus', null, 5, undefined]),
      last_synced: oneOf(random, ['2024-01-01T00:00:00Z', '1700000000000', 'yesterday', null, 5, undefined]),
      last_indexed_document_count: oneOf(random, [1, -1, '2', 'x', null, undefined]),
      sync_cursor: oneOf<unknown>(random, [{ a: 1 }, null, 'x', undefined]),
      last_seen: oneOf(random, [undefined, undefined, undefined, '2024-01-01T00:00:00Z']),
    }),
  _name: (random) => JSON.stringify({ name: oneOf(random, ['n', null, 3, undefined]), description: oneOf<unknown>(random, ['d', null, { a: 1 }, undefined]) }),
  _pipeline: (random) => JSON.stringify({ pipeline: oneOf<unknown>(random, [PIPELINE, PIPELINE, { name: 'x' }, null, 'p', { ...PIPELINE, extract_binary_content: 'maybe' }]) }),
  _scheduling: (random) =>
    JSON.stringify({
      scheduling: oneOf<unknown>(random, [
        { full: { enabled: true, interval: oneOf(random, CRONS) } },
        { full: { enabled: false, interval: '0 0 0 * * ?' }, incremental: { enabled: true, interval: oneOf(random, CRONS) } },
        { access_control: { enabled: false, interval: '0 0 0 * * ?' } },
        { incremental: { enabled: 'x', interval: 5 } },
        {},
        null,
      ]),
    }),
  _filtering: (random) =>
    JSON.stringify(
      random() < 0.7
        ? {
            rules: oneOf<unknown>(random, [[RULE], [], RULE, ['x'], [{ ...RULE, rule: 'bogus' }], [{ ...RULE, order: 'x' }], undefined]),
            advanced_snippet: oneOf<unknown>(random, [{ value: {} }, { value: [1] }, { value: 5 }, { created_at: 'bad', value: {} }, undefined]),
          }
        : { filtering: oneOf<unknown>(random, [[{ active: FILTERING_RULES, draft: FILTERING_RULES }], { active: FILTERING_RULES, draft: FILTERING_RULES }, [{ domain: 'x' }], 'x']) },
    ),
  '_filtering/_validation': (random) =>
    JSON.stringify({
      validation: oneOf<unknown>(random, [
        { state: oneOf(random, ['valid', 'VALID', 'EDITED', 'invalid', 'x']), errors: oneOf<unknown>(random, [[], [], [{ ids: ['r'], messages: ['m'] }], 'x', [{ ids: 1 }]]) },
        { state: 'valid' },
        null,
      ]),
    }),
  '_filtering/_activate': (random) => oneOf(random, [undefined, undefined, '{}']),
  _status: (random) => JSON.stringify({ status: oneOf(random, ['created', 'needs_configuration', 'configured', 'connected', 'error', 'bogus', null, 5]) }),
  _configuration: (random) =>
    JSON.stringify(
      oneOf<unknown>(random, [
        { configuration: oneOf<unknown>(random, [{ f: { label: 'F', value: oneOf<unknown>(random, [1, 'x', { a: 1 }, [1], null]) } }, {}, { f: 'x' }, { f: { value: 1 } }]) },
        { values: oneOf<unknown>(random, [{ f: 2 }, { g: 1 }, 5, null, []]) },
        { configuration: {}, values: {} },
      ]),
    ),
  _index_name: (random) => JSON.stringify({ index_name: oneOf(random, ['search-fuzz-x', 'search-fuzz-y', null, '_bad', 'search-fuzz-a', 'content-fuzz', 5, '']) }),
  _service_type: (random) => JSON.stringify({ service_type: oneOf(random, ['s', 's', '', null, 5]) }),
  _native: (random) => JSON.stringify({ is_native: oneOf(random, [true, false, false, 'true', 'x', null]) }),
  _api_key_id: (random) => JSON.stringify({ api_key_id: oneOf(random, ['k', 'k', null, undefined, 5]), api_key_secret_id: oneOf(random, ['s', null, undefined]) }),
  _features: (random) =>
    JSON.stringify({
      features: oneOf<unknown>(random, [
        { document_level_security: { enabled: true } },
        { incremental_sync: { enabled: false }, sync_rules: { basic: { enabled: true } } },
        { incremental_sync: {} },
        { sync_rules: { basic: { enabled: 'x' } } },
        null,
        'x',
        { bogus: 1 },
      ]),
    }),
}

/** Like `pick`, for lists that hold `undefined` on purpose (a field left out). */
function oneOf<T>(random: Random, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)] as T
}

function deepNesting(depth: number): string {
  return `{"metadata":${'{"a":'.repeat(depth)}1${'}'.repeat(depth)},"deleted_document_count":1,"indexed_document_count":1,"indexed_document_volume":1}`
}

function randomBody(random: Random, ids: { jobs: string[]; connectors: string[] }): string | Uint8Array | undefined {
  const connector = pick(random, ids.connectors)
  const bodies: (() => string | Uint8Array | undefined)[] = [
    () => undefined,
    () => '',
    () => JSON.stringify({ id: connector, job_type: oneOf(random, ['full', 'INCREMENTAL', 'access_control', 'bogus', null, 7]), trigger_method: oneOf(random, ['on_demand', 'scheduled', 'x']) }),
    () => JSON.stringify({ worker_hostname: oneOf(random, ['host', '', null, 3]), sync_cursor: oneOf(random, [{ c: 1 }, 'c', null, [], undefined]) }),
    () => JSON.stringify({ error: oneOf(random, ['boom', '', null, { nested: true }]) }),
    () =>
      JSON.stringify({
        deleted_document_count: oneOf(random, [1, -1, '2', '2.9', 'abc', 1e30, null, 2 ** 63]),
        indexed_document_count: oneOf(random, [0, 5, '-3']),
        indexed_document_volume: oneOf(random, [0, 1.5, true]),
        total_document_count: oneOf(random, [undefined, 10, -10]),
        last_seen: oneOf(random, [undefined, '2024-01-01T00:00:00Z', '1700000000000', 'yesterday', 5, { a: 1 }, '2024-13-45T99:99:99Z']),
        // JSON.parse keeps `__proto__` as an own key, so it reaches the body.
        metadata: oneOf<unknown>(random, [undefined, { k: 'v' }, JSON.parse('{"__proto__":{"polluted":1},"constructor":{"prototype":2}}'), 'abc', 123, null]),
      }),
    () => JSON.stringify({ index_name: oneOf(random, ['search-fuzz', '_bad', 'UPPER', 'a,b', null, 5, 'x'.repeat(300)]), name: oneOf(random, ['n', 3]), is_native: oneOf(random, [true, 'true', 'maybe', 1]) }),
    ...Object.values(CONNECTOR_BODIES).map((body) => () => body(random)),
    () => '{"__proto__":{"polluted":true},"id":"' + connector + '"}',
    () => '{"id":"a","id":"b"}',
    () => `{"id":${'9'.repeat(400)}}`,
    () => deepNesting(oneOf(random, [10, 999, 1001, 5000])),
    () => '['.repeat(3000),
    () => '{"id":"x",',
    () => '{"id" 1}',
    () => '{"id":"\\u12"}',
    () => '"just a string"',
    () => 'null',
    () => '[1,2,3]',
    () => '{"a":[1,{"b":[null,true,false,-0.5e-3]}]}',
    () => new Uint8Array([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x3a, 0x31, 0x7d]),
    () => 'not json at all',
    () => JSON.stringify({ id: connector }).slice(0, randomInt(random, 1, 10)),
  ]
  return pick(random, bodies)()
}

function randomPath(random: Random, ids: { jobs: string[]; connectors: string[] }): string {
  const shape = randomInt(random, 0, 7)
  const id = () => (random() < 0.6 ? encodeURIComponent(pick(random, [...ids.jobs, ...ids.connectors])) : pick(random, JUNK_SEGMENTS))
  const connectorId = () => (random() < 0.8 ? encodeURIComponent(pick(random, ids.connectors)) : random() < 0.5 ? '' : id())
  if (shape === 0) return '/'
  if (shape === 1) return `/_connector/_sync_job/${id()}/${pick(random, SEGMENTS)}`
  if (shape === 2) return `/_connector/_sync_job/${id()}`
  if (shape === 3) return `/_connector/${id()}`
  if (shape === 4) return `/_connector/${connectorId()}/${pick(random, CONNECTOR_UPDATES)}`
  if (shape === 5) return random() < 0.5 ? '/_connector' : `/_connector/${connectorId()}`
  const length = randomInt(random, 1, 5)
  return `/${Array.from({ length }, () => (random() < 0.7 ? pick(random, SEGMENTS) : pick(random, JUNK_SEGMENTS))).join('/')}`
}

/** The update endpoint a path names (`_name`, `_filtering/_activate`…), if it is one. */
function updateSuffix(path: string): string | undefined {
  const suffix = /^\/_connector\/(?!_sync_job\/)[^/]*\/(_[a-z_]+(?:\/_[a-z]+)?)$/.exec(path)?.[1]
  return suffix !== undefined && CONNECTOR_UPDATES.includes(suffix) ? suffix : undefined
}

function randomQuery(random: Random): string {
  if (random() < 0.4) return ''
  const count = randomInt(random, 1, 4)
  const parts = Array.from({ length: count }, () => {
    const name = pick(random, PARAM_NAMES)
    return random() < 0.15 ? name : `${name}=${pick(random, PARAM_VALUES)}`
  })
  return `?${parts.join('&')}`
}

/** What the contract allows as an answer; returns a description of what is wrong, or undefined. */
function problemWith(answer: Answer, method: string): string | undefined {
  if (answer.headers.get('x-elastic-product') !== 'Elasticsearch') return 'missing X-elastic-product'
  if (answer.status >= 500) return `server error ${answer.status}`
  // HTTP gives a HEAD answer no body, whatever its status.
  if (method === 'HEAD') return answer.text === '' ? undefined : 'body on HEAD'
  if (answer.status < 300) {
    if (method === 'OPTIONS') return answer.text === '' ? undefined : 'body on OPTIONS'
    if (!/json/.test(answer.headers.get('content-type') ?? '')) return 'success without a JSON content type'
    return answer.body === undefined ? 'success without a JSON body' : undefined
  }
  const body = answer.body
  if (body === undefined || typeof body !== 'object' || body === null) return 'error without a JSON body'
  if (typeof body.error === 'string') {
    if (answer.status === 400 && body.error.startsWith('no handler found for uri [') && !('status' in body)) return undefined
    if ((answer.status === 405 || answer.status === 406) && body.status === answer.status) return undefined
    return 'malformed simple error'
  }
  const error = body.error
  if (typeof error?.type !== 'string' || typeof error?.reason !== 'string') return 'error without type and reason'
  if (!Array.isArray(error.root_cause) || error.root_cause.length === 0) return 'error without root_cause'
  if (body.status !== answer.status) return 'body status differs from the HTTP status'
  return undefined
}

describe('fuzzing the REST surface', () => {
  it('answers thousands of random requests with 2xx JSON or well-formed Elasticsearch errors', async () => {
    const random = mulberry32(20_251_122)
    const es = emulator()
    await putConnector(es, 'fuzz-a', { index_name: 'search-fuzz-a' })
    await putConnector(es, 'fuzz b/c', { index_name: 'search-fuzz-b' })
    const ids = { connectors: ['fuzz-a', 'fuzz b/c'], jobs: [] as string[] }
    for (let i = 0; i < 10; i++) ids.jobs.push(await createJob(es, { id: pick(random, ids.connectors) }))

    const problems: string[] = []
    const statuses = new Map<number, number>()
    // Connector update endpoints by suffix: how often each was reached, and answered 200.
    const updates = new Map<string, { hits: number; ok: number }>()
    for (let i = 0; i < 5000; i++) {
      const bare = randomPath(random, ids)
      const update = updateSuffix(bare)
      // A connector update path mostly gets a PUT with its own kind of body, so the fuzzing also
      // reaches past the generic refusals into each endpoint's rules.
      const aimed = update !== undefined && random() < 0.8
      const method = aimed ? 'PUT' : pick(random, METHODS)
      const path = bare + (aimed && random() < 0.7 ? '' : randomQuery(random))
      const body = method === 'GET' || method === 'HEAD' ? undefined : aimed && update ? CONNECTOR_BODIES[update]!(random) : randomBody(random, ids)
      const contentType = aimed && random() < 0.8 ? 'application/json' : pick(random, CONTENT_TYPES)
      const headers: Record<string, string> = contentType ? { 'content-type': contentType } : {}
      // Mostly a matching Accept (as clients send), sometimes a mismatch Elasticsearch refuses.
      if (contentType.includes('vnd.elasticsearch') || random() < 0.1) headers.accept = 'application/vnd.elasticsearch+json; compatible-with=9'
      const answer = await call(es, method, path, body, headers)
      statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1)
      if (update && method === 'PUT') {
        const tally = updates.get(update) ?? { hits: 0, ok: 0 }
        tally.hits++
        if (answer.status === 200) tally.ok++
        updates.set(update, tally)
      }
      const problem = problemWith(answer, method)
      if (problem) problems.push(`${method} ${path.slice(0, 200)} → ${answer.status}: ${problem}: ${answer.text.slice(0, 300)}`)
      if (answer.status === 201 && typeof answer.body?.id === 'string') {
        if (path.startsWith('/_connector/_sync_job')) ids.jobs.push(answer.body.id)
        else if (path.startsWith('/_connector')) ids.connectors.push(answer.body.id)
      }
    }

    expect(problems).toEqual([])
    expect(Object.prototype).not.toHaveProperty('polluted')
    // The fuzzing reached past the refusals too: successes, not-founds, bad requests and routing errors.
    for (const status of [200, 201, 400, 404, 405, 406]) expect(statuses.get(status) ?? 0).toBeGreaterThan(0)
    // Every connector update endpoint was reached, and each also past its refusals.
    expect([...updates.keys()].toSorted()).toEqual(CONNECTOR_UPDATES.toSorted())
    expect([...updates.values()].filter((tally) => tally.ok > 0).length).toBe(CONNECTOR_UPDATES.length)

    const listed = await call(es, 'GET', '/_connector/_sync_job?size=10000')
    expect(listed.body.count).toBe(listed.body.results.length)
    for (const job of listed.body.results as { id: string }[]) {
      expect((await call(es, 'GET', `/_connector/_sync_job/${encodeURIComponent(job.id)}`)).status).toBe(200)
    }
    // Every connector the list shows is readable, and each one’s connector updates still parse it.
    const connectors = await call(es, 'GET', '/_connector?size=10000&include_deleted=true')
    expect(connectors.body.count).toBe(connectors.body.results.length)
    for (const connector of connectors.body.results as { id: string; deleted: boolean }[]) {
      const path = `/_connector/${encodeURIComponent(connector.id)}`
      expect((await call(es, 'GET', `${path}?include_deleted=true`)).status).toBe(200)
      expect((await call(es, 'PUT', `${path}/_check_in`)).status).toBe(200)
      expect((await call(es, 'PUT', `${path}/_filtering/_activate`)).status).toBeLessThan(500)
    }
  })
})

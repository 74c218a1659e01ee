// Seeded fuzzing of the whole REST surface: random methods, paths built from real and junk segments,
// query strings and bodies of every kind. Whatever comes in, the answer must be a 2xx with JSON or a
// well-formed Elasticsearch error — never a 5xx, never without X-elastic-product.

import { describe, expect, it } from 'vitest'
import { mulberry32, pick, randomInt, type Random } from '../../../server/emulator/random.ts'
import { type Answer, call, createJob, emulator, putConnector } from './support/rest.ts'

const METHODS = ['GET', 'GET', 'POST', 'PUT', 'PUT', 'DELETE', 'HEAD', 'OPTIONS', 'PATCH']
const SEGMENTS = ['_connector', '_sync_job', '_cancel', '_check_in', '_claim', '_error', '_stats', '_filtering', '', '_', 'x']
const JUNK_SEGMENTS = ['%2F', 'a%20b%2Fc', '%zz', '%', '%E2%82', '%FF%FE', 'a+b', '..', '.', '%2e%2e', 'ü', '%F0%9F%98%80', '{id}', '*', "'", '%00', 'x'.repeat(5000)]
const PARAM_NAMES = ['from', 'size', 'status', 'connector_id', 'job_type', 'include_deleted', 'hard', 'delete_sync_jobs', 'query', 'index_name', 'connector_name', 'service_type', 'pretty', 'error_trace', 'filter_path', 'human', 'format', 'foo', 'sise', '', '%zz', 'a%20b', 'x'.repeat(300)]
const PARAM_VALUES = ['-1', '0', '1', '100', '10000', '10001', '2147483648', '99999999999999999999', '1e309', '1.5', 'abc', '', 'pending', 'PENDING', 'bogus', 'FULL,incremental', ',,', 'full,', 'true', 'false', 'yes', '%00', '%zz', '~.!$$#x', 'search-*', '*', 'x'.repeat(3000)]
const CONTENT_TYPES = ['application/json', 'application/json', 'application/vnd.elasticsearch+json; compatible-with=9', 'application/json; charset=UTF-8', 'text/plain', 'application/x-www-form-urlencoded', 'application/yaml', 'garbage', '']

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
  const shape = randomInt(random, 0, 5)
  const id = () => (random() < 0.6 ? encodeURIComponent(pick(random, [...ids.jobs, ...ids.connectors])) : pick(random, JUNK_SEGMENTS))
  if (shape === 0) return '/'
  if (shape === 1) return `/_connector/_sync_job/${id()}/${pick(random, SEGMENTS)}`
  if (shape === 2) return `/_connector/_sync_job/${id()}`
  if (shape === 3) return `/_connector/${id()}`
  const length = randomInt(random, 1, 5)
  return `/${Array.from({ length }, () => (random() < 0.7 ? pick(random, SEGMENTS) : pick(random, JUNK_SEGMENTS))).join('/')}`
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
    for (let i = 0; i < 3000; i++) {
      const method = pick(random, METHODS)
      const path = randomPath(random, ids) + randomQuery(random)
      const body = method === 'GET' || method === 'HEAD' ? undefined : randomBody(random, ids)
      const contentType = pick(random, CONTENT_TYPES)
      const headers: Record<string, string> = contentType ? { 'content-type': contentType } : {}
      // Mostly a matching Accept (as clients send), sometimes a mismatch Elasticsearch refuses.
      if (contentType.includes('vnd.elasticsearch') || random() < 0.1) headers.accept = 'application/vnd.elasticsearch+json; compatible-with=9'
      const answer = await call(es, method, path, body, headers)
      statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1)
      const problem = problemWith(answer, method)
      if (problem) problems.push(`${method} ${path.slice(0, 200)} → ${answer.status}: ${problem}: ${answer.text.slice(0, 300)}`)
      if (answer.status === 201 && typeof answer.body?.id === 'string' && path.startsWith('/_connector/_sync_job')) ids.jobs.push(answer.body.id)
    }

    expect(problems).toEqual([])
    expect(Object.prototype).not.toHaveProperty('polluted')
    // The fuzzing reached past the refusals too: successes, not-founds, bad requests and routing errors.
    for (const status of [200, 201, 400, 404, 405, 406]) expect(statuses.get(status) ?? 0).toBeGreaterThan(0)

    const listed = await call(es, 'GET', '/_connector/_sync_job?size=10000')
    expect(listed.body.count).toBe(listed.body.results.length)
    for (const job of listed.body.results as { id: string }[]) {
      expect((await call(es, 'GET', `/_connector/_sync_job/${encodeURIComponent(job.id)}`)).status).toBe(200)
    }
  })
})

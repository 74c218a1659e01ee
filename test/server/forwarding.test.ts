// Forwarding to a real cluster (ES_URL): what reaches it, exactly as it reaches it, and what never does.

import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { sameOrigin, sendRawLine, startDashboard, type RunningDashboard } from './support/dashboard-server.ts'
import { startRecordingEs, DEFAULT_ANSWER, type RecordingEs } from './support/recording-es.ts'

const API_KEY = 'c2VjcmV0LWFwaS1rZXk6dG9wLXNlY3JldA=='

let es: RecordingEs
let dashboard: RunningDashboard

beforeAll(async () => {
  es = await startRecordingEs()
  dashboard = await startDashboard({ ES_URL: es.url, ES_API_KEY: API_KEY })
})
afterAll(async () => {
  await dashboard.close()
  await es.close()
})
afterEach(() => {
  es.requests.length = 0
  es.answer(DEFAULT_ANSWER)
})

const JSON_BODY = '{"worker_hostname":"host-1"}'

// [method, path] pairs the dashboard uses; each must reach the cluster with the same path.
const FORWARDED: [string, string, string?][] = [
  ['GET', '/'],
  ['HEAD', '/'],
  ['GET', '/_connector?size=100'],
  ['GET', '/_connector/my-connector'],
  ['GET', '/_connector/_sync_job?size=25&status=pending&job_type=full%2Cincremental'],
  ['POST', '/_connector/_sync_job', '{"id":"my-connector","job_type":"full"}'],
  ['GET', '/_connector/_sync_job/job-1'],
  ['DELETE', '/_connector/_sync_job/job-1'],
  ['PUT', '/_connector/_sync_job/job-1/_cancel'],
  ['PUT', '/_connector/_sync_job/job-1/_check_in'],
  ['PUT', '/_connector/_sync_job/job-1/_claim', JSON_BODY],
  ['PUT', '/_connector/_sync_job/job-1/_error', '{"error":"boom"}'],
  ['GET', '/_connector/_sync_job/a%2Fb%20c%3F'],
  ['PUT', '/_connector/_sync_job/a%2Fb/_cancel'],
]

describe('forwarded routes', () => {
  it.each(FORWARDED)('%s %s reaches the cluster unchanged', async (method, path, body) => {
    const headers = body ? sameOrigin(dashboard, { 'content-type': 'application/json' }) : sameOrigin(dashboard)
    const response = await dashboard.send({ method, path: `/es${path}`, headers, body })
    expect(response.status).toBe(200)
    expect(es.requests).toHaveLength(1)
    expect(es.requests[0]).toMatchObject({ method, url: path, body: body ?? '' })
    expect(response.body).toBe(method === 'HEAD' ? '' : '{"ok":true}')
    expect(response.headers['x-elastic-product']).toBe('Elasticsearch')
  })

  it('passes a large answer through intact (streamed past the buffering limit)', async () => {
    const body = JSON.stringify({ count: 1, results: ['x'.repeat(6 * 1024 * 1024)] })
    es.answer({ ...DEFAULT_ANSWER, body })
    const response = await dashboard.send({ path: '/es/_connector/_sync_job?size=10000' })
    expect(response.status).toBe(200)
    expect(response.body.length).toBe(body.length)
    expect(response.body === body).toBe(true)
  })

  it('passes the status and body of an Elasticsearch error through', async () => {
    const error = { error: { root_cause: [], type: 'resource_not_found_exception', reason: 'nope' }, status: 404 }
    es.answer({ status: 404, body: JSON.stringify(error) })
    const response = await dashboard.send({ path: '/es/_connector/_sync_job/nope' })
    expect(response.status).toBe(404)
    expect(response.json()).toEqual(error)
  })
})

describe('refused routes never reach the cluster', () => {
  const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS']
  const REFUSED_PATHS = [
    '/_security/user',
    '/_cluster/settings',
    '/.elastic-connectors-sync-jobs/_search',
    '/_connector/my-connector/_configuration',
    '/_connector/_sync_job/job-1/_unknown',
    '/_connector/_sync_job/job-1/_stats',
    '/_connector/_sync_job/../../_security/user',
    '/_connector/_sync_job/%2e%2e/%2e%2e/_security/user',
    '/_connector/_sync_job/.%2E/_cat',
    '/_connector/_sync_job/job-1/./_cancel',
    '/../_connector/_sync_job',
    '/_connector/_sync_job/a%2F..%2F..%2F_security',
    '/%5Fconnector/_sync_job',
    '/_connector/%5Fsync_job/job-1/_cancel',
    '/_connector//_sync_job',
    '//_connector/_sync_job',
    '/_connector/_sync_job/',
    '/_connector/_sync_job/a%5C..%5C_security',
    '/_connector/_sync_job/a%00',
    '/_connector/_sync_job/a%zz',
  ]

  it.each(REFUSED_PATHS)('%s answers 404 for every method', async (path) => {
    const answers = []
    for (const method of METHODS) {
      const response = await dashboard.send({ method, path: `/es${path}`, headers: sameOrigin(dashboard) })
      answers.push(`${method} ${response.status} ${/"type":"(\w+)"/.exec(response.body)?.[1] ?? '(no body)'}`)
    }
    expect(answers).toEqual(
      METHODS.map((method) => `${method} 404 ${method === 'HEAD' ? '(no body)' : 'syncboard_route_not_allowed'}`),
    )
    expect(es.requests).toEqual([])
  })

  it('refuses a backslash or a raw NUL in the path before routing', async () => {
    for (const path of ['/es/_connector\\_sync_job', '/es/_connector/_sync_job/a\u0000']) {
      const status = await sendRawLine(dashboard.port, `GET ${path} HTTP/1.1`)
      expect(status).toBeGreaterThanOrEqual(400)
      expect(status).toBeLessThan(500)
    }
    expect(es.requests).toEqual([])
    expect((await dashboard.send({ path: '/es/' })).status).toBe(200)
  })

  it('only honours the literal /es prefix', async () => {
    const response = await dashboard.send({ path: '/%65s/_connector/_sync_job' })
    expect(response.status).toBe(404)
    expect(es.requests).toEqual([])
  })

  it.each([
    ['POST', '/_connector/my-connector', 'GET'],
    ['DELETE', '/_connector/_sync_job', 'GET, POST'],
    ['PUT', '/_connector/_sync_job/job-1', 'GET, DELETE'],
    ['GET', '/_connector/_sync_job/job-1/_cancel', 'PUT'],
    ['DELETE', '/', 'GET, HEAD'],
  ])('%s %s answers 405 with Allow: %s', async (method, path, allowed) => {
    const response = await dashboard.send({ method, path: `/es${path}`, headers: sameOrigin(dashboard) })
    expect(response.status).toBe(405)
    expect(response.headers.allow).toBe(allowed.replace(/ /g, ''))
    expect(response.json()).toEqual({
      error: `Incorrect HTTP method for uri [${path}] and method [${method}], allowed: [${allowed}]`,
      status: 405,
    })
    expect(es.requests).toEqual([])
  })
})

describe('query parameters', () => {
  it('forwards the accepted ones with their encoding', async () => {
    await dashboard.send({ path: '/es/_connector/_sync_job?connector_id=a%20b&job_type=full,incremental&from=25&size=25' })
    expect(es.requests[0]?.url).toBe('/_connector/_sync_job?connector_id=a%20b&job_type=full,incremental&from=25&size=25')
  })

  it('forwards filter_path on the job list, where it only narrows the answer', async () => {
    await dashboard.send({ path: '/es/_connector/_sync_job?size=5&filter_path=-results.connector.configuration' })
    expect(es.requests[0]?.url).toBe('/_connector/_sync_job?size=5&filter_path=-results.connector.configuration')
  })

  it.each(['format=yaml', 'error_trace=true', 'pretty', 'source=%7B%7D', 'refresh=true'])(
    'refuses %s with Elasticsearch’s own 400 and does not forward',
    async (param) => {
      const name = param.split('=')[0]
      const response = await dashboard.send({ path: `/es/_connector/_sync_job?size=1&${param}` })
      expect(response.status).toBe(400)
      expect(response.json()).toEqual({
        error: {
          root_cause: [{ type: 'illegal_argument_exception', reason: `request [/_connector/_sync_job] contains unrecognized parameter: [${name}]` }],
          type: 'illegal_argument_exception',
          reason: `request [/_connector/_sync_job] contains unrecognized parameter: [${name}]`,
        },
        status: 400,
      })
      expect(es.requests).toEqual([])
    },
  )
})

describe('credentials and headers', () => {
  it('adds the API key and drops the browser’s credentials and identifying headers', async () => {
    await dashboard.send({
      path: '/es/_connector/_sync_job',
      headers: {
        authorization: 'Basic YnJvd3Nlcjpjb29raWU=',
        cookie: 'sid=browser-session',
        'x-forwarded-for': '10.0.0.1',
        'x-opaque-id': 'browser',
        'es-security-runas-user': 'elastic',
        'x-found-handling-cluster': 'other',
        referer: 'http://127.0.0.1/jobs',
        'user-agent': 'Mozilla/5.0',
        accept: 'application/json',
      },
    })
    const headers = es.requests[0]?.headers ?? {}
    expect(headers.authorization).toBe(`ApiKey ${API_KEY}`)
    expect(headers.accept).toBe('application/json')
    const dropped = ['cookie', 'x-forwarded-for', 'x-opaque-id', 'es-security-runas-user', 'x-found-handling-cluster', 'referer']
    expect(dropped.filter((name) => name in headers)).toEqual([])
    expect(headers['user-agent']).toBe('syncboard')
  })

  it('sends Basic credentials built from ES_USERNAME and ES_PASSWORD', async () => {
    const basic = await startDashboard({ ES_URL: es.url, ES_USERNAME: 'syncboard', ES_PASSWORD: 'pa:ss wörd' })
    try {
      await basic.send({ path: '/es/' })
      expect(es.requests[0]?.headers.authorization).toBe(`Basic ${Buffer.from('syncboard:pa:ss wörd').toString('base64')}`)
    } finally {
      await basic.close()
    }
  })

  it('sends no Authorization when no credentials are configured, even if the browser sends one', async () => {
    const open = await startDashboard({ ES_URL: es.url })
    try {
      await open.send({ path: '/es/', headers: { authorization: 'ApiKey from-the-browser' } })
      expect(es.requests[0]?.headers.authorization).toBeUndefined()
    } finally {
      await open.close()
    }
  })

  it('forwards only safe response headers: never Set-Cookie', async () => {
    es.answer({
      headers: {
        'content-type': 'application/json',
        'x-elastic-product': 'Elasticsearch',
        warning: '299 Elasticsearch-9.0.0 "deprecated"',
        'set-cookie': 'session=cluster',
        'x-found-handling-instance': 'instance-1',
        server: 'cluster-proxy',
      },
    })
    const response = await dashboard.send({ path: '/es/' })
    expect(response.headers['set-cookie']).toBeUndefined()
    expect(response.headers['x-found-handling-instance']).toBeUndefined()
    expect(response.headers.server).toBeUndefined()
    expect(response.headers.warning).toBe('299 Elasticsearch-9.0.0 "deprecated"')
    expect(response.headers['x-elastic-product']).toBe('Elasticsearch')
  })

  it('never puts a secret in a response or in the access log', async () => {
    const password = 'very-secret-password'
    const basic = await startDashboard({ ES_URL: es.url, ES_USERNAME: 'u', ES_PASSWORD: password })
    const encoded = Buffer.from(`u:${password}`).toString('base64')
    try {
      const bodies = [
        await basic.send({ path: '/es/' }),
        await basic.send({ path: '/syncboard/config' }),
        await basic.send({ path: '/es/_security/user' }),
        await basic.send({ method: 'POST', path: '/es/_connector/_sync_job', body: '{}' }),
      ].map((response) => JSON.stringify(response.headers) + response.body)
      for (const text of [...bodies, ...basic.logLines, ...dashboard.logLines]) {
        for (const secret of [password, encoded, API_KEY]) expect(text).not.toContain(secret)
      }
    } finally {
      await basic.close()
    }
  })

  it('writes one access-log line per request: method, path, status, duration', async () => {
    dashboard.logLines.length = 0
    await dashboard.send({ path: '/es/_connector/_sync_job?size=5', headers: { authorization: 'Basic c2VjcmV0' } })
    expect(dashboard.logLines).toHaveLength(1)
    expect(dashboard.logLines[0]).toMatch(/^\S+Z GET \/es\/_connector\/_sync_job\?size=5 200 \d+\.\dms$/)
  })

  it('tells the browser it is forwarding', async () => {
    const response = await dashboard.send({ path: '/syncboard/config' })
    expect(response.json()).toEqual({ readOnly: false, mode: 'remote' })
  })
})

describe('base path in ES_URL', () => {
  it('prefixes forwarded paths with it', async () => {
    const prefixed = await startDashboard({ ES_URL: `${es.url}/elasticsearch/` })
    try {
      await prefixed.send({ path: '/es/_connector/_sync_job?size=1' })
      expect(es.requests[0]?.url).toBe('/elasticsearch/_connector/_sync_job?size=1')
    } finally {
      await prefixed.close()
    }
  })
})

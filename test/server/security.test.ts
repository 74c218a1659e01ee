// The server's defences, through a running server: same-origin checks for mutations, the Host check,
// read-only mode, the body limit, and the security headers on every kind of response.

import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { CONTENT_SECURITY_POLICY } from '../../server/security.ts'
import { sameOrigin, startDashboard, type RunningDashboard } from './support/dashboard-server.ts'
import { DEFAULT_ANSWER, startRecordingEs, type RecordingEs } from './support/recording-es.ts'

let es: RecordingEs
let dashboard: RunningDashboard
let distDir: string

beforeAll(async () => {
  distDir = await mkdtemp(path.join(os.tmpdir(), 'syncboard-dist-'))
  await mkdir(path.join(distDir, 'assets'))
  await writeFile(path.join(distDir, 'index.html'), '<!doctype html><html><body><div id="root"></div></body></html>')
  await writeFile(path.join(distDir, 'assets', 'index-abc123.js'), 'console.log(1)')
  es = await startRecordingEs()
  dashboard = await startDashboard({ ES_URL: es.url, ALLOWED_HOSTS: 'dash.example.com,intranet:8443' }, { distDir })
})
afterAll(async () => {
  await dashboard.close()
  await es.close()
  await rm(distDir, { recursive: true, force: true })
})
afterEach(() => {
  es.requests.length = 0
  es.answer(DEFAULT_ANSWER)
})

const CANCEL = '/es/_connector/_sync_job/job-1/_cancel'
const CREATE = '/es/_connector/_sync_job'
const JSON_TYPE = { 'content-type': 'application/json' }

describe('cross-site requests', () => {
  it('accepts a same-origin mutation (Origin and Sec-Fetch-Site)', async () => {
    const response = await dashboard.send({ method: 'PUT', path: CANCEL, headers: sameOrigin(dashboard) })
    expect(response.status).toBe(200)
    expect(es.requests).toHaveLength(1)
  })

  it('accepts Sec-Fetch-Site: same-origin without an Origin header', async () => {
    const response = await dashboard.send({ method: 'PUT', path: CANCEL, headers: { 'sec-fetch-site': 'same-origin' } })
    expect(response.status).toBe(200)
  })

  it('accepts a matching Origin without Sec-Fetch-Site (older browsers)', async () => {
    const response = await dashboard.send({ method: 'PUT', path: CANCEL, headers: { origin: dashboard.origin } })
    expect(response.status).toBe(200)
  })

  it('accepts an https Origin for the same host (TLS terminated by a proxy)', async () => {
    const response = await dashboard.send({
      method: 'PUT',
      path: CANCEL,
      headers: { host: 'dash.example.com', origin: 'https://dash.example.com' },
    })
    expect(response.status).toBe(200)
  })

  it.each([
    ['a cross-site Origin', { origin: 'https://evil.example' }],
    ['a cross-site Origin with same-origin fetch metadata', { origin: 'https://evil.example', 'sec-fetch-site': 'same-origin' }],
    ['Sec-Fetch-Site: cross-site', { 'sec-fetch-site': 'cross-site' }],
    ['Sec-Fetch-Site: same-site', { 'sec-fetch-site': 'same-site', origin: 'http://127.0.0.1:1' }],
    ['Origin: null', { origin: 'null' }],
    ['no Origin and no Sec-Fetch-Site', {}],
    ['an Origin on another port', { origin: 'http://127.0.0.1:1' }],
  ])('refuses %s with 403 and does not forward', async (_name, headers) => {
    for (const [method, requestPath] of [
      ['PUT', CANCEL],
      ['DELETE', '/es/_connector/_sync_job/job-1'],
      ['POST', CREATE],
    ] as const) {
      const response = await dashboard.send({ method, path: requestPath, headers })
      expect(response.status).toBe(403)
      expect(response.json()).toMatchObject({ status: 403, error: { type: 'syncboard_cross_site_request' } })
    }
    expect(es.requests).toEqual([])
  })

  it.each(['application/x-www-form-urlencoded', 'text/plain', 'multipart/form-data; boundary=x', ''])(
    'refuses a same-origin body with content type "%s"',
    async (contentType) => {
      const headers = sameOrigin(dashboard, contentType ? { 'content-type': contentType } : {})
      const response = await dashboard.send({ method: 'POST', path: CREATE, headers, body: '{"id":"c1"}' })
      expect(response.status).toBe(403)
      expect(response.json()).toMatchObject({ error: { type: 'syncboard_cross_site_request' } })
      expect(es.requests).toEqual([])
    },
  )

  it('accepts a JSON body, including Elasticsearch’s versioned media type', async () => {
    for (const contentType of ['application/json', 'application/json; charset=utf-8', 'application/vnd.elasticsearch+json; compatible-with=9']) {
      const headers = sameOrigin(dashboard, { 'content-type': contentType })
      const response = await dashboard.send({ method: 'POST', path: CREATE, headers, body: '{"id":"c1"}' })
      expect(response.status).toBe(200)
    }
    expect(es.requests.map((request) => request.headers['content-type'])).toEqual([
      'application/json',
      'application/json; charset=utf-8',
      'application/vnd.elasticsearch+json; compatible-with=9',
    ])
  })

  it('does not apply to reads: a cross-site GET is answered (the same-origin policy keeps its body from the other site)', async () => {
    const response = await dashboard.send({ path: '/es/_connector/_sync_job', headers: { origin: 'https://evil.example' } })
    expect(response.status).toBe(200)
    expect(response.headers['access-control-allow-origin']).toBeUndefined()
  })
})

describe('Host check', () => {
  it.each(['127.0.0.1', 'localhost:8080', '[::1]:3000', 'LOCALHOST', 'dash.example.com', 'dash.example.com:443', 'intranet:8443'])(
    'serves Host: %s',
    async (host) => {
      const response = await dashboard.send({ path: '/es/', headers: { host } })
      expect(response.status).toBe(200)
    },
  )

  it.each(['evil.example', 'evil.example:8080', 'intranet:9000', '127.0.0.1.evil.example', 'dash.example.com.evil', '', 'a b'])(
    'refuses Host: "%s" with 403 on every path',
    async (host) => {
      for (const requestPath of ['/es/', '/jobs', '/syncboard/config', '/assets/index-abc123.js']) {
        const response = await dashboard.send({ path: requestPath, headers: { host } })
        // Node itself answers 400 to a Host header it cannot parse; otherwise it is ours.
        expect([400, 403]).toContain(response.status)
        expect(response.status === 400 || response.body.includes('syncboard_forbidden_host')).toBe(true)
      }
      expect(es.requests).toEqual([])
    },
  )

  it('serves the bound HOST name', async () => {
    const bound = await startDashboard({ ES_URL: es.url, HOST: 'syncboard.internal' }, { distDir, host: 'syncboard.internal' })
    try {
      expect((await bound.send({ path: '/es/', headers: { host: 'syncboard.internal:8080' } })).status).toBe(200)
      expect((await bound.send({ path: '/es/', headers: { host: 'other.internal' } })).status).toBe(403)
    } finally {
      await bound.close()
    }
  })
})

describe('read-only mode', () => {
  let readOnly: RunningDashboard
  beforeAll(async () => {
    readOnly = await startDashboard({ ES_URL: es.url, READ_ONLY: 'true' }, { distDir })
  })
  afterAll(() => readOnly.close())

  it.each([
    ['POST', CREATE, '{"id":"c1"}'],
    ['PUT', CANCEL, undefined],
    ['PUT', '/es/_connector/_sync_job/job-1/_claim', '{"worker_hostname":"h"}'],
    ['DELETE', '/es/_connector/_sync_job/job-1', undefined],
    ['PATCH', '/es/_connector/_sync_job/job-1', undefined],
    ['PUT', '/es/_security/user/x', undefined],
  ])('refuses %s %s with 403 and does not forward', async (method, requestPath, body) => {
    const headers = sameOrigin(readOnly, body ? JSON_TYPE : {})
    const response = await readOnly.send({ method, path: requestPath, headers, body })
    expect(response.status).toBe(403)
    expect(response.json()).toEqual({
      error: {
        root_cause: [{ type: 'security_exception', reason: expect.stringContaining('read-only mode') }],
        type: 'security_exception',
        reason: expect.stringMatching(/^Syncboard is in read-only mode/),
      },
      status: 403,
    })
    expect(es.requests).toEqual([])
  })

  it('still answers reads', async () => {
    expect((await readOnly.send({ path: '/es/_connector/_sync_job?size=1' })).status).toBe(200)
    expect((await readOnly.send({ method: 'HEAD', path: '/es/' })).status).toBe(200)
  })

  it('says so in /syncboard/config', async () => {
    const response = await readOnly.send({ path: '/syncboard/config' })
    expect(response.json()).toEqual({ readOnly: true, mode: 'remote' })
    expect(response.headers['cache-control']).toBe('no-store')
  })
})

describe('request body limit', () => {
  const big = `{"error":"${'x'.repeat(1024 * 1024)}"}`

  it('answers 413 to a declared body over 1 MB, and does not forward it', async () => {
    const response = await dashboard.send({ method: 'PUT', path: '/es/_connector/_sync_job/j/_error', headers: sameOrigin(dashboard, JSON_TYPE), body: big })
    expect(response.status).toBe(413)
    expect(response.json()).toMatchObject({ status: 413, error: { type: 'syncboard_request_too_large' } })
    expect(es.requests).toEqual([])
  })

  it('answers 413 to a chunked body that grows over 1 MB', async () => {
    const response = await dashboard.send({
      method: 'PUT',
      path: '/es/_connector/_sync_job/j/_error',
      headers: sameOrigin(dashboard, JSON_TYPE),
      body: big,
      chunked: true,
    })
    expect(response.status).toBe(413)
    expect(es.requests).toEqual([])
  })

  it('forwards a body just under the limit, and keeps answering after refusing one', async () => {
    const body = `{"error":"${'x'.repeat(1024 * 1024 - 20)}"}`
    const response = await dashboard.send({ method: 'PUT', path: '/es/_connector/_sync_job/j/_error', headers: sameOrigin(dashboard, JSON_TYPE), body })
    expect(response.status).toBe(200)
    expect(es.requests[0]?.body).toBe(body)
  })
})

const SECURITY_HEADERS = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
}

describe('security headers', () => {

  it('uses a strict policy: no inline or eval scripts, no framing', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'self'")
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'")
    expect(CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'")
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-(inline|eval)/)
  })

  it.each([
    ['a page', '/jobs/abc'],
    ['an asset', '/assets/index-abc123.js'],
    ['a missing asset', '/assets/gone-123.js'],
    ['an API answer', '/es/_connector/_sync_job'],
    ['a refused API route', '/es/_security/user'],
    ['the config', '/syncboard/config'],
  ])('are on %s', async (_name, requestPath) => {
    expect((await dashboard.send({ path: requestPath })).headers).toMatchObject(SECURITY_HEADERS)
  })

  it('are on refusals too', async () => {
    expect((await dashboard.send({ path: '/jobs', headers: { host: 'evil.example' } })).headers).toMatchObject(SECURITY_HEADERS)
    expect((await dashboard.send({ method: 'PUT', path: CANCEL })).headers).toMatchObject(SECURITY_HEADERS)
  })
})

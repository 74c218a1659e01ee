// `npm start` without ES_URL: /es answers from the embedded emulator (through the same checks as a
// real cluster), the built app is served from dist/ with the right caching, and deep links get the app.

import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { sameOrigin, startDashboard, type RunningDashboard } from './support/dashboard-server.ts'
import { configTag, servedIndex } from './support/served-index.ts'

const INDEX_HTML =
  '<!doctype html><html><head><script type="module" crossorigin src="/assets/index-abc123.js"></script></head><body><div id="root"></div></body></html>'

let distDir: string
let dashboard: RunningDashboard

beforeAll(async () => {
  distDir = await mkdtemp(path.join(os.tmpdir(), 'syncboard-dist-'))
  await mkdir(path.join(distDir, 'assets'))
  await writeFile(path.join(distDir, 'index.html'), INDEX_HTML)
  await writeFile(path.join(distDir, 'assets', 'index-abc123.js'), 'console.log("app")')
  await writeFile(path.join(distDir, 'assets', 'index-def456.css'), 'body{}')
  await writeFile(path.join(distDir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>')
  await writeFile(path.join(distDir, 'robots.txt'), 'User-agent: *\nDisallow: /\n')
  dashboard = await startDashboard({ EMULATOR_WORKER: 'false', EMULATOR_JOBS: '30', EMULATOR_CONNECTORS: '3' }, { distDir })
})
afterAll(async () => {
  await dashboard.close()
  await rm(distDir, { recursive: true, force: true })
})

describe('/es on the embedded emulator', () => {
  it('lists sync jobs', async () => {
    const response = await dashboard.send({ path: '/es/_connector/_sync_job?size=5' })
    expect(response.status).toBe(200)
    expect(response.headers['x-elastic-product']).toBe('Elasticsearch')
    const body = response.json() as { count: number; results: { id: string }[] }
    expect(body.count).toBe(30)
    expect(body.results).toHaveLength(5)
  })

  it('answers GET / and HEAD /', async () => {
    expect(((await dashboard.send({ path: '/es/' })).json() as { tagline: string }).tagline).toBe('You Know, for Search')
    expect((await dashboard.send({ method: 'HEAD', path: '/es/' })).status).toBe(200)
  })

  it('passes ids with their encoding: an unknown id is the emulator’s 404 for that id', async () => {
    const response = await dashboard.send({ path: '/es/_connector/_sync_job/no%2Fsuch%20job' })
    expect(response.status).toBe(404)
    expect(response.json()).toMatchObject({ error: { type: 'resource_not_found_exception', reason: 'no/such job' } })
  })

  it('creates and cancels a job from the same origin', async () => {
    const connectors = (await dashboard.send({ path: '/es/_connector' })).json() as { results: { id: string }[] }
    const connectorId = connectors.results[0]?.id ?? ''
    const created = await dashboard.send({
      method: 'POST',
      path: '/es/_connector/_sync_job',
      headers: sameOrigin(dashboard, { 'content-type': 'application/json' }),
      body: JSON.stringify({ id: connectorId }),
    })
    expect(created.status).toBe(201)
    const { id } = created.json() as { id: string }
    const canceled = await dashboard.send({ method: 'PUT', path: `/es/_connector/_sync_job/${encodeURIComponent(id)}/_cancel`, headers: sameOrigin(dashboard) })
    expect(canceled.status).toBe(200)
  })

  it('applies the same allow-list and checks as forwarding', async () => {
    expect((await dashboard.send({ path: '/es/_connector/_sync_job/%2e%2e/x' })).status).toBe(404)
    expect((await dashboard.send({ method: 'PUT', path: '/es/_connector/c1', headers: sameOrigin(dashboard) })).status).toBe(405)
    expect((await dashboard.send({ method: 'DELETE', path: '/es/_connector/_sync_job/x' })).status).toBe(403)
    expect((await dashboard.send({ path: '/es/', headers: { host: 'evil.example' } })).status).toBe(403)
    expect((await dashboard.send({ path: '/es/_connector/_sync_job?format=yaml' })).status).toBe(400)
  })

  it('tells the browser it is the embedded cluster', async () => {
    expect((await dashboard.send({ path: '/syncboard/config' })).json()).toEqual({ readOnly: false, mode: 'embedded' })
  })

  it('refuses mutations in read-only mode, before the emulator sees them', async () => {
    const readOnly = await startDashboard({ READ_ONLY: 'true', EMULATOR_WORKER: 'false', EMULATOR_JOBS: '5', EMULATOR_CONNECTORS: '1' }, { distDir })
    try {
      const response = await readOnly.send({ method: 'DELETE', path: '/es/_connector/_sync_job/x', headers: sameOrigin(readOnly) })
      expect(response.status).toBe(403)
      expect(response.json()).toMatchObject({ error: { type: 'security_exception' } })
      expect((await readOnly.send({ path: '/syncboard/config' })).json()).toEqual({ readOnly: true, mode: 'embedded' })
    } finally {
      await readOnly.close()
    }
  })

  it('writes its config into every page, so a page of a server started otherwise does not revalidate', async () => {
    const readWritePage = await dashboard.send({ path: '/jobs/abc', headers: { accept: 'text/html' } })
    expect(readWritePage.body).toContain(configTag({ readOnly: false, mode: 'embedded' }))
    const readOnly = await startDashboard({ READ_ONLY: 'true', EMULATOR_WORKER: 'false', EMULATOR_JOBS: '5', EMULATOR_CONNECTORS: '1' }, { distDir })
    try {
      const page = await readOnly.send({ path: '/jobs/abc', headers: { accept: 'text/html' } })
      expect(page.body).toBe(servedIndex(INDEX_HTML, '/jobs/abc', { readOnly: true, mode: 'embedded' }))
      // The same build, served read-only now: the read-write page the browser holds is not current.
      const revalidated = await readOnly.send({ path: '/jobs/abc', headers: { accept: 'text/html', 'if-none-match': String(readWritePage.headers.etag) } })
      expect(revalidated.status).toBe(200)
      expect(revalidated.body).toContain(configTag({ readOnly: true, mode: 'embedded' }))
      const same = await readOnly.send({ path: '/jobs/abc', headers: { accept: 'text/html', 'if-none-match': String(page.headers.etag) } })
      expect(same.status).toBe(304)
    } finally {
      await readOnly.close()
    }
  })
})

describe('the built app', () => {
  it.each(['/', '/jobs', '/jobs/abc', '/jobs/new?connector_id=x', '/jobs/a.b', '/index.html'])('serves index.html for %s', async (page) => {
    const response = await dashboard.send({ path: page, headers: { accept: 'text/html' } })
    expect(response.status).toBe(200)
    expect(response.body).toBe(servedIndex(INDEX_HTML, page))
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8')
    expect(response.headers['cache-control']).toBe('no-cache')
  })

  it('caches hashed assets for a year with the right content type', async () => {
    const script = await dashboard.send({ path: '/assets/index-abc123.js' })
    expect(script.status).toBe(200)
    expect(script.body).toBe('console.log("app")')
    expect(script.headers['content-type']).toBe('text/javascript; charset=utf-8')
    expect(script.headers['cache-control']).toBe('public, max-age=31536000, immutable')
    expect((await dashboard.send({ path: '/assets/index-def456.css' })).headers['content-type']).toBe('text/css; charset=utf-8')
  })

  it('serves the other files with revalidation', async () => {
    const icon = await dashboard.send({ path: '/favicon.svg' })
    expect(icon.headers['content-type']).toBe('image/svg+xml')
    expect(icon.headers['cache-control']).toBe('no-cache')
    expect((await dashboard.send({ path: '/robots.txt' })).headers['content-type']).toBe('text/plain; charset=utf-8')
  })

  it('answers 304 to a matching If-None-Match, for files and pages', async () => {
    for (const file of ['/favicon.svg', '/jobs/abc']) {
      const first = await dashboard.send({ path: file })
      const again = await dashboard.send({ path: file, headers: { 'if-none-match': String(first.headers.etag) } })
      expect(again.status).toBe(304)
    }
  })

  it('answers 404, not the app, for a missing asset or file', async () => {
    const missing = ['/assets/index-gone.js', '/assets/', '/favicon.png', '/assets/%2e%2e/index.html']
    const answers = await Promise.all(missing.map((file) => dashboard.send({ path: file })))
    expect(answers.map((response) => response.status)).toEqual(missing.map(() => 404))
    expect(answers.filter((response) => response.body.includes('<div id="root">'))).toEqual([])
  })

  it('never serves a file outside dist/', async () => {
    for (const sneaky of ['/assets/..%2f..%2fetc%2fpasswd', '/%2e%2e/%2e%2e/etc/passwd', '/..%2f..%2fetc%2fpasswd']) {
      const response = await dashboard.send({ path: sneaky, headers: { accept: 'text/html' } })
      expect(response.body).not.toContain('root:')
    }
  })

  it('answers 405 to other methods on pages', async () => {
    const response = await dashboard.send({ method: 'POST', path: '/jobs', headers: sameOrigin(dashboard) })
    expect(response.status).toBe(405)
  })
})

describe('before the app is built', () => {
  it('answers pages with 503 and picks index.html up as soon as it exists', async () => {
    const emptyDist = await mkdtemp(path.join(os.tmpdir(), 'syncboard-unbuilt-'))
    const early = await startDashboard({ EMULATOR_WORKER: 'false', EMULATOR_JOBS: '1', EMULATOR_CONNECTORS: '1' }, { distDir: path.join(emptyDist, 'dist') })
    try {
      const before = await early.send({ path: '/jobs' })
      expect(before.status).toBe(503)
      expect(before.body).toContain('npm run build')
      expect((await early.send({ path: '/es/' })).status).toBe(200)

      await mkdir(path.join(emptyDist, 'dist'))
      await writeFile(path.join(emptyDist, 'dist', 'index.html'), '<html><body>half')
      expect((await early.send({ path: '/jobs' })).status).toBe(503)
      await writeFile(path.join(emptyDist, 'dist', 'index.html'), INDEX_HTML)
      const after = await early.send({ path: '/jobs' })
      expect(after.status).toBe(200)
      expect(after.body).toBe(servedIndex(INDEX_HTML, '/jobs'))
    } finally {
      await early.close()
      await rm(emptyDist, { recursive: true, force: true })
    }
  })
})

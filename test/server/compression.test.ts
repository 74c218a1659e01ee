// Compression through the real dashboard server over HTTP: hashed assets from the `.br` / `.gz` files
// tools/precompress.ts writes, index.html and /es answers compressed by Accept-Encoding (br, gzip, none,
// q-values, `q=0`, identity, `*`), with `Vary`, per-variant ETags and 304s, HEAD, small answers left
// alone, and a cluster's own Content-Encoding passed through untouched (or decoded where secrets must
// be removed). Every compressed body is decoded here and compared with the plain one.

import { mkdtemp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import zlib from 'node:zlib'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { REDACTED_MARKER, SERVER_ERROR_TYPES } from '../../contract/syncboard-protocol.ts'
import { precompressDir } from '../../tools/precompress.ts'
import { startDashboard, type RawResponse, type RunningDashboard } from './support/dashboard-server.ts'
import { DEFAULT_ANSWER, startRecordingEs, type RecordingEs } from './support/recording-es.ts'
import { servedIndex } from './support/served-index.ts'

/** The body of `response` decoded by its Content-Encoding, as a browser would. */
function decoded(response: RawResponse): string {
  const encoding = response.headers['content-encoding']
  if (encoding === undefined) return response.bytes.toString('utf8')
  if (encoding === 'br') return zlib.brotliDecompressSync(response.bytes).toString('utf8')
  if (encoding === 'gzip') return zlib.gunzipSync(response.bytes).toString('utf8')
  throw new Error(`unexpected Content-Encoding ${encoding}`)
}

// A script well above the threshold that compresses (like a real chunk), one below it, and an index
// page large enough to be compressed (a real one grows with its preload links).
const SCRIPT = Array.from({ length: 400 }, (_, i) => `export const value${i} = () => compute(${i}, "jobs", "connectors");`).join('\n')
const TINY_SCRIPT = 'console.log("tiny")'
const INDEX_HTML = `<!doctype html><html><head>${Array.from({ length: 30 }, (_, i) => `<link rel="modulepreload" href="/assets/chunk-${i}.js">`).join('')}</head><body><div id="root"></div></body></html>`

let distDir: string
let dashboard: RunningDashboard

beforeAll(async () => {
  distDir = await mkdtemp(path.join(os.tmpdir(), 'syncboard-compression-'))
  await mkdir(path.join(distDir, 'assets'))
  await writeFile(path.join(distDir, 'index.html'), INDEX_HTML)
  await writeFile(path.join(distDir, 'assets', 'app-abc123.js'), SCRIPT)
  await writeFile(path.join(distDir, 'assets', 'app-abc123.js.map'), JSON.stringify({ mappings: SCRIPT }))
  await writeFile(path.join(distDir, 'assets', 'tiny-def456.js'), TINY_SCRIPT)
  await precompressDir(path.join(distDir, 'assets'))
  dashboard = await startDashboard({ EMULATOR_WORKER: 'false', EMULATOR_JOBS: '300', EMULATOR_CONNECTORS: '5' }, { distDir })
})
afterAll(async () => {
  await dashboard.close()
  await rm(distDir, { recursive: true, force: true })
})

describe('tools/precompress.ts', () => {
  it('writes brotli and gzip beside each compressible asset above the threshold, and nothing else', async () => {
    expect((await readdir(path.join(distDir, 'assets'))).sort()).toEqual([
      'app-abc123.js',
      'app-abc123.js.br',
      'app-abc123.js.gz',
      'app-abc123.js.map',
      'tiny-def456.js',
    ])
    const brotli = await readFile(path.join(distDir, 'assets', 'app-abc123.js.br'))
    const gzip = await readFile(path.join(distDir, 'assets', 'app-abc123.js.gz'))
    expect(zlib.brotliDecompressSync(brotli).toString()).toBe(SCRIPT)
    expect(zlib.gunzipSync(gzip).toString()).toBe(SCRIPT)
    expect(brotli.byteLength).toBeLessThan(gzip.byteLength)
    expect(gzip.byteLength).toBeLessThan(SCRIPT.length / 4)
  })
})

describe('hashed assets', () => {
  const ASSET = '/assets/app-abc123.js'

  it.each([
    ['br, gzip', 'br'],
    ['gzip, deflate, br, zstd', 'br'],
    ['gzip', 'gzip'],
    ['br;q=0.5, gzip', 'gzip'],
    ['br;q=0, gzip', 'gzip'],
    ['*', 'br'],
    ['gzip;q=0, *', 'br'],
    ['br, gzip, identity;q=0', 'br'],
  ])('Accept-Encoding: %s → %s from its precompressed file', async (acceptEncoding, expected) => {
    const response = await dashboard.send({ path: ASSET, headers: { 'accept-encoding': acceptEncoding } })
    expect(response.status).toBe(200)
    expect(response.headers['content-encoding']).toBe(expected)
    expect(response.headers.vary).toBe('Accept-Encoding')
    expect(response.headers['content-length']).toBe(String(response.bytes.byteLength))
    expect(response.bytes.byteLength).toBeLessThan(SCRIPT.length / 4)
    expect(decoded(response)).toBe(SCRIPT)
    expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable')
    expect(response.headers['content-type']).toBe('text/javascript; charset=utf-8')
    expect(response.headers['x-content-type-options']).toBe('nosniff')
  })

  it.each([[undefined], [''], ['identity'], ['br;q=0, gzip;q=0'], ['*;q=0'], ['deflate']])(
    'Accept-Encoding: %s → the file as it is',
    async (acceptEncoding) => {
      const headers = acceptEncoding === undefined ? undefined : { 'accept-encoding': acceptEncoding }
      const response = await dashboard.send({ path: ASSET, headers })
      expect(response.headers['content-encoding']).toBeUndefined()
      expect(response.headers.vary).toBe('Accept-Encoding')
      expect(response.headers['content-length']).toBe(String(SCRIPT.length))
      expect(response.body).toBe(SCRIPT)
    },
  )

  it('gives each coding its own ETag, and a 304 only for the variant the client holds', async () => {
    const br = await dashboard.send({ path: ASSET, headers: { 'accept-encoding': 'br' } })
    const gzip = await dashboard.send({ path: ASSET, headers: { 'accept-encoding': 'gzip' } })
    const plain = await dashboard.send({ path: ASSET })
    const etags = [br, gzip, plain].map((response) => String(response.headers.etag))
    expect(new Set(etags).size).toBe(3)

    const revalidated = await dashboard.send({ path: ASSET, headers: { 'accept-encoding': 'br', 'if-none-match': etags[0] ?? '' } })
    expect(revalidated.status).toBe(304)
    expect(revalidated.bytes.byteLength).toBe(0)
    expect(revalidated.headers.etag).toBe(etags[0])
    expect(revalidated.headers.vary).toBe('Accept-Encoding')
    expect(revalidated.headers['content-encoding']).toBe('br')

    // A list of validators, as a cache holding several variants sends.
    const listed = await dashboard.send({ path: ASSET, headers: { 'accept-encoding': 'gzip', 'if-none-match': `"x", ${etags[1]}` } })
    expect(listed.status).toBe(304)

    // The brotli copy does not validate the gzip variant, nor the plain one.
    const otherVariant = await dashboard.send({ path: ASSET, headers: { 'accept-encoding': 'gzip', 'if-none-match': etags[0] ?? '' } })
    expect(otherVariant.status).toBe(200)
    expect(otherVariant.headers['content-encoding']).toBe('gzip')
    expect((await dashboard.send({ path: ASSET, headers: { 'if-none-match': etags[0] ?? '' } })).status).toBe(200)
  })

  it('answers HEAD with the headers GET would send and no body', async () => {
    const get = await dashboard.send({ path: ASSET, headers: { 'accept-encoding': 'br, gzip' } })
    const head = await dashboard.send({ method: 'HEAD', path: ASSET, headers: { 'accept-encoding': 'br, gzip' } })
    expect(head.status).toBe(200)
    expect(head.bytes.byteLength).toBe(0)
    for (const name of ['content-encoding', 'content-length', 'etag', 'vary', 'content-type']) {
      expect(head.headers[name]).toBe(get.headers[name])
    }
  })

  it('serves a file without precompressed variants as it is, whatever the client accepts', async () => {
    for (const file of ['/assets/tiny-def456.js', '/assets/app-abc123.js.map']) {
      const response = await dashboard.send({ path: file, headers: { 'accept-encoding': 'br, gzip' } })
      expect(response.status).toBe(200)
      expect(response.headers['content-encoding']).toBeUndefined()
      expect(response.headers.vary).toBeUndefined()
    }
  })
})

describe('index.html', () => {
  it.each([
    ['br, gzip', 'br'],
    ['gzip', 'gzip'],
    ['identity', undefined],
  ])('Accept-Encoding: %s → %s, with Vary and its own ETag', async (acceptEncoding, expected) => {
    const response = await dashboard.send({ path: '/jobs', headers: { accept: 'text/html', 'accept-encoding': acceptEncoding } })
    expect(response.status).toBe(200)
    expect(response.headers['content-encoding']).toBe(expected)
    expect(response.headers.vary).toBe('Accept-Encoding')
    expect(response.headers['content-length']).toBe(String(response.bytes.byteLength))
    expect(response.headers['cache-control']).toBe('no-cache')
    expect(response.headers['content-security-policy']).toContain("default-src 'self'")
    expect(decoded(response)).toBe(servedIndex(INDEX_HTML, '/jobs'))

    const revalidated = await dashboard.send({
      path: '/connectors',
      headers: { accept: 'text/html', 'accept-encoding': acceptEncoding, 'if-none-match': String(response.headers.etag) },
    })
    expect(revalidated.status).toBe(304)
    expect(revalidated.headers.etag).toBe(response.headers.etag)
  })

  it('does not let one variant’s ETag validate another', async () => {
    const br = await dashboard.send({ path: '/', headers: { 'accept-encoding': 'br' } })
    const asGzip = await dashboard.send({ path: '/', headers: { 'accept-encoding': 'gzip', 'if-none-match': String(br.headers.etag) } })
    expect(asGzip.status).toBe(200)
    expect(asGzip.headers['content-encoding']).toBe('gzip')
    expect(decoded(asGzip)).toBe(servedIndex(INDEX_HTML, '/'))
  })
})

describe('/es answers from the embedded emulator', () => {
  const LIST = '/es/_connector/_sync_job?size=100'

  it.each([
    ['br, gzip', 'br'],
    ['gzip, deflate, br, zstd', 'br'],
    ['gzip', 'gzip'],
    ['br;q=0, gzip', 'gzip'],
    ['gzip;q=0.9, br;q=0.8', 'gzip'],
    ['gzip, identity;q=0', 'gzip'],
    ['*', 'br'],
  ])('Accept-Encoding: %s → %s, decoding to the plain answer', async (acceptEncoding, expected) => {
    const plain = await dashboard.send({ path: LIST })
    const response = await dashboard.send({ path: LIST, headers: { 'accept-encoding': acceptEncoding } })
    expect(response.status).toBe(200)
    expect(response.headers['content-encoding']).toBe(expected)
    expect(response.headers.vary).toBe('Accept-Encoding')
    expect(response.headers['x-elastic-product']).toBe('Elasticsearch')
    expect(response.headers['x-frame-options']).toBe('DENY')
    expect(response.bytes.byteLength).toBeLessThan(plain.bytes.byteLength / 5)
    expect(decoded(response)).toBe(plain.body)
    expect((JSON.parse(decoded(response)) as { results: unknown[] }).results).toHaveLength(100)
  })

  it.each([[undefined], ['identity'], ['br;q=0, gzip;q=0'], ['*;q=0'], ['deflate'], ['identity;q=0']])(
    'Accept-Encoding: %s → the plain answer, with Vary',
    async (acceptEncoding) => {
      const headers = acceptEncoding === undefined ? undefined : { 'accept-encoding': acceptEncoding }
      const response = await dashboard.send({ path: LIST, headers })
      expect(response.status).toBe(200)
      expect(response.headers['content-encoding']).toBeUndefined()
      expect(response.headers.vary).toBe('Accept-Encoding')
      expect((response.json() as { results: unknown[] }).results).toHaveLength(100)
    },
  )

  it('sends an answer that fits one block whole, with the compressed Content-Length', async () => {
    const plain = await dashboard.send({ path: '/es/_connector/_sync_job?size=20' })
    expect(plain.bytes.byteLength).toBeGreaterThan(10_000)
    expect(plain.bytes.byteLength).toBeLessThan(256 * 1024)
    const response = await dashboard.send({ path: '/es/_connector/_sync_job?size=20', headers: { 'accept-encoding': 'br' } })
    expect(response.headers['content-encoding']).toBe('br')
    expect(response.headers['content-length']).toBe(String(response.bytes.byteLength))
    expect(response.headers['transfer-encoding']).toBeUndefined()
    expect(decoded(response)).toBe(plain.body)
  })

  it('streams a longer answer block by block (chunked, no length known up front)', async () => {
    const plain = await dashboard.send({ path: '/es/_connector/_sync_job?size=300' })
    expect(plain.bytes.byteLength).toBeGreaterThan(256 * 1024)
    const response = await dashboard.send({ path: '/es/_connector/_sync_job?size=300', headers: { 'accept-encoding': 'gzip' } })
    expect(response.headers['content-encoding']).toBe('gzip')
    expect(response.headers['content-length']).toBeUndefined()
    expect(response.headers['transfer-encoding']).toBe('chunked')
    expect(decoded(response)).toBe(plain.body)
  })

  it('compresses the redacted connector list (redaction first: the decoded answer is the plain, redacted one)', async () => {
    const plain = await dashboard.send({ path: '/es/_connector' })
    expect(plain.body).toContain(REDACTED_MARKER)
    const response = await dashboard.send({ path: '/es/_connector', headers: { 'accept-encoding': 'br' } })
    expect(response.headers['content-encoding']).toBe('br')
    expect(decoded(response)).toBe(plain.body)
  })

  it('leaves a small answer alone: no coding, no Vary, its length', async () => {
    const response = await dashboard.send({ path: '/es/', headers: { 'accept-encoding': 'br, gzip' } })
    expect(response.status).toBe(200)
    expect(response.bytes.byteLength).toBeLessThan(1024)
    expect(response.headers['content-encoding']).toBeUndefined()
    expect(response.headers.vary).toBeUndefined()
    expect(response.headers['content-length']).toBe(String(response.bytes.byteLength))
    expect((response.json() as { tagline: string }).tagline).toBe('You Know, for Search')
  })

  it('leaves the server’s own small error envelopes alone', async () => {
    const response = await dashboard.send({ path: '/es/_security/user', headers: { 'accept-encoding': 'br, gzip' } })
    expect(response.status).toBe(404)
    expect(response.headers['content-encoding']).toBeUndefined()
    expect(response.json()).toMatchObject({ error: { type: SERVER_ERROR_TYPES.routeNotAllowed } })
  })

  it('still writes the access log line', async () => {
    dashboard.logLines.length = 0
    await dashboard.send({ path: LIST, headers: { 'accept-encoding': 'br' } })
    expect(dashboard.logLines).toEqual([expect.stringMatching(/ GET \/es\/_connector\/_sync_job\?size=100 200 [\d.]+ms$/)])
  })
})

describe('/es answers forwarded from a cluster', () => {
  let es: RecordingEs
  let forwarding: RunningDashboard

  beforeAll(async () => {
    es = await startRecordingEs()
    forwarding = await startDashboard({ ES_URL: es.url })
  })
  afterAll(async () => {
    await forwarding.close()
    await es.close()
  })
  afterEach(() => es.answer(DEFAULT_ANSWER))

  const LARGE = JSON.stringify({ name: 'node-1', cluster_name: 'syncboard', notes: Array.from({ length: 500 }, (_, i) => `note ${i}`) })

  it('compresses a large answer, and the decoded answer is the cluster’s', async () => {
    es.answer({ ...DEFAULT_ANSWER, body: LARGE })
    const response = await forwarding.send({ path: '/es/', headers: { 'accept-encoding': 'gzip, br' } })
    expect(response.headers['content-encoding']).toBe('br')
    expect(response.headers.vary).toBe('Accept-Encoding')
    expect(decoded(response)).toBe(LARGE)
    // The cluster is never asked for a coding: the answer it compresses is the server's own to compress.
    expect(es.requests.at(-1)?.headers['accept-encoding']).toBeUndefined()
  })

  it('compresses nothing for HEAD', async () => {
    es.answer({ ...DEFAULT_ANSWER, body: LARGE })
    const response = await forwarding.send({ method: 'HEAD', path: '/es/', headers: { 'accept-encoding': 'br, gzip' } })
    expect(response.status).toBe(200)
    expect(response.headers['content-encoding']).toBeUndefined()
    expect(response.headers.vary).toBeUndefined()
    expect(response.bytes.byteLength).toBe(0)
    expect(es.requests.at(-1)?.method).toBe('HEAD')
  })

  it('passes an answer the cluster already encoded through untouched, never compressing it twice', async () => {
    const gzipped = zlib.gzipSync(LARGE)
    es.answer({ ...DEFAULT_ANSWER, headers: { ...DEFAULT_ANSWER.headers, 'content-encoding': 'gzip' }, bodyBytes: gzipped })
    for (const acceptEncoding of ['br', 'gzip', 'br, gzip']) {
      const response = await forwarding.send({ path: '/es/', headers: { 'accept-encoding': acceptEncoding } })
      expect(response.status).toBe(200)
      expect(response.headers['content-encoding']).toBe('gzip')
      expect(response.bytes.equals(gzipped)).toBe(true)
      expect(decoded(response)).toBe(LARGE)
    }
  })

  it('decodes an encoded answer that must be redacted, then compresses the redacted text for the browser', async () => {
    const secret = 'super-secret-password-Zq9'
    const list = {
      count: 1,
      results: [{ id: 'c1', name: 'Files', configuration: { password: { label: 'Password', sensitive: true, value: secret }, notes: { sensitive: false, value: 'x'.repeat(2000) } } }],
    }
    es.answer({ ...DEFAULT_ANSWER, headers: { ...DEFAULT_ANSWER.headers, 'content-encoding': 'gzip' }, bodyBytes: zlib.gzipSync(JSON.stringify(list)) })
    const response = await forwarding.send({ path: '/es/_connector', headers: { 'accept-encoding': 'br' } })
    expect(response.status).toBe(200)
    expect(response.headers['content-encoding']).toBe('br')
    const text = decoded(response)
    expect(text).not.toContain(secret)
    const body = JSON.parse(text) as typeof list
    expect(body.results[0]?.configuration.password.value).toMatchObject({ [REDACTED_MARKER]: true })
    expect(body.results[0]?.configuration.notes.value).toBe('x'.repeat(2000))
  })

  it('refuses an answer to redact in a coding it cannot decode, rather than pass its secrets on', async () => {
    es.answer({ ...DEFAULT_ANSWER, headers: { ...DEFAULT_ANSWER.headers, 'content-encoding': 'zstd' }, body: 'not really zstd' })
    const response = await forwarding.send({ path: '/es/_connector' })
    expect(response.status).toBe(502)
    expect(response.json()).toMatchObject({ error: { type: SERVER_ERROR_TYPES.unredactableAnswer } })
  })

  it('compresses a large answer (past the forwarder’s buffering limit) to the same bytes decoded', async () => {
    const body = JSON.stringify({ count: 1, results: [`${'job '.repeat(1_500_000)}`] })
    es.answer({ ...DEFAULT_ANSWER, body })
    const response = await forwarding.send({ path: '/es/_connector/_sync_job?size=10000', headers: { 'accept-encoding': 'gzip' } })
    expect(response.status).toBe(200)
    expect(response.headers['content-encoding']).toBe('gzip')
    expect(response.bytes.byteLength).toBeLessThan(body.length / 50)
    expect(decoded(response) === body).toBe(true)
  })
})

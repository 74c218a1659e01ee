// On-the-fly compression of the server's own answers (the /es JSON of the emulator or the cluster, after
// redact-secrets.ts has rewritten it): streamed through node:zlib — brotli at a fast quality, or gzip —
// so a large answer is never held whole in memory, and only when it is worth it. Left as they are: HEAD,
// 1xx/204/206/304, answers without a body, answers already Content-Encoding-ed (a cluster that compressed
// its own answer), types that do not compress (or event streams, which must flush event by event),
// `Cache-Control: no-transform`, and answers below MIN_COMPRESSIBLE_BYTES.

import type { MiddlewareHandler } from 'hono'
import zlib from 'node:zlib'
import { chooseEncoding, MIN_COMPRESSIBLE_BYTES, variantEtag, varyOnAcceptEncoding, type Coding } from './content-encoding.ts'

// Quality 4 compresses JSON close to gzip -9 at a fraction of its time (and well below brotli's
// default 11, which takes tens of milliseconds per 100 kB); see `npm run bench:proxy`.
const BROTLI_QUALITY = 4
const GZIP_LEVEL = 6

// Output chunks of up to 64 kB: fewer, larger writes to the socket than zlib's default 16 kB.
const CHUNK_BYTES = 64 * 1024

const COMPRESSIBLE_TYPE = /^(?:text\/(?!event-stream)[\w.+-]+|application\/(?:[\w.-]+\+)?(?:json|xml|javascript)|image\/svg\+xml)\s*(?:;|$)/i
const NO_TRANSFORM = /(?:^|,)\s*no-transform\s*(?:,|$)/i

/** The request facts compression depends on. */
export interface CompressionRequest {
  method: string
  acceptEncoding: string | null | undefined
}

/** Whether `response` is one this server may compress, whatever the client accepts. */
function isCompressible(method: string, response: Response): boolean {
  const { status, headers } = response
  if (method === 'HEAD' || response.body === null) return false
  if (status < 200 || status === 204 || status === 206 || status === 304) return false
  const encoding = headers.get('content-encoding')
  if (encoding !== null && encoding.trim().toLowerCase() !== 'identity') return false
  if (!COMPRESSIBLE_TYPE.test(headers.get('content-type') ?? '')) return false
  if (NO_TRANSFORM.test(headers.get('cache-control') ?? '')) return false
  const length = headers.get('content-length')
  return length === null || Number(length) >= MIN_COMPRESSIBLE_BYTES
}

function createEncoder(coding: Coding, sizeHint: number | null): zlib.BrotliCompress | zlib.Gzip {
  if (coding === 'gzip') return zlib.createGzip({ level: GZIP_LEVEL, chunkSize: CHUNK_BYTES })
  const params: Record<number, number> = {
    [zlib.constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY,
    [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT,
  }
  // A window of at most 256 kB (brotli's default is 4 MB), smaller for a smaller answer: at quality 4
  // brotli takes in about two windows of input before it emits anything, so this bounds what one
  // answer holds in memory (about 512 kB, whatever its length) and how long the browser waits for
  // its first bytes. JSON repeats itself within a few kB, so the ratio barely changes.
  params[zlib.constants.BROTLI_PARAM_LGWIN] = sizeHint === null ? 18 : Math.max(16, Math.min(18, Math.ceil(Math.log2(sizeHint + 1))))
  if (sizeHint !== null) params[zlib.constants.BROTLI_PARAM_SIZE_HINT] = sizeHint
  return zlib.createBrotliCompress({ params, chunkSize: CHUNK_BYTES })
}

/**
 * Reads the start of an answer until it holds `limit` bytes or ends: an answer whose length is not
 * declared (the emulator's, a chunked one) is only compressed once it is known to be large enough.
 */
async function readPrefix(reader: ReadableStreamDefaultReader<Uint8Array>, limit: number): Promise<{ chunks: Uint8Array[]; done: boolean }> {
  const chunks: Uint8Array[] = []
  let total = 0
  while (total < limit) {
    const { done, value } = await reader.read()
    if (done) return { chunks, done: true }
    chunks.push(value)
    total += value.byteLength
  }
  return { chunks, done: false }
}

/** Resolves when `stream` takes writes again, or is gone (destroyed when the browser left). */
function writable(stream: zlib.BrotliCompress | zlib.Gzip): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      stream.off('drain', done).off('close', done)
      resolve()
    }
    stream.on('drain', done).on('close', done)
  })
}

/**
 * The answer (its first chunks already read, the rest still in `reader`) through `encoder`, as the
 * body of a new Response. Bridged by hand rather than with Readable.fromWeb / Readable.toWeb, which
 * cost several times the compression itself per answer (measured with `npm run bench:proxy`); the
 * encoder pauses while the browser is slower than it, and the upstream is read only as fast as the
 * encoder takes it.
 */
function encodedBody(head: readonly Uint8Array[], reader: ReadableStreamDefaultReader<Uint8Array>, encoder: zlib.BrotliCompress | zlib.Gzip): ReadableStream<Uint8Array> {
  let gone = false
  const pump = async () => {
    try {
      for (const chunk of head) if (!encoder.write(chunk)) await writable(encoder)
      for (;;) {
        if (gone) return
        const { done, value } = await reader.read()
        if (done) break
        if (!encoder.write(value)) await writable(encoder)
      }
      encoder.end()
    } catch (error) {
      // The upstream broke off: the browser's answer ends early, as it would uncompressed.
      encoder.destroy(error instanceof Error ? error : new Error(String(error)))
    }
  }
  return new ReadableStream<Uint8Array>({
    start(controller) {
      encoder.on('data', (chunk: Buffer) => {
        if (gone) return
        controller.enqueue(chunk)
        if ((controller.desiredSize ?? 1) <= 0) encoder.pause()
      })
      encoder.once('end', () => {
        if (!gone) controller.close()
      })
      encoder.once('error', (error) => {
        if (!gone) controller.error(error)
      })
      void pump()
    },
    pull() {
      encoder.resume()
    },
    cancel() {
      // The browser went away: stop compressing and stop reading from the emulator or the cluster.
      gone = true
      encoder.destroy()
      reader.cancel().catch(() => {})
    },
  })
}

/** Adds `Vary: Accept-Encoding` to `response`, in place when its headers may change. */
function withVary(response: Response): Response {
  try {
    varyOnAcceptEncoding(response.headers)
    return response
  } catch {
    // Immutable headers (a fetch() answer): the same body under new headers.
    const headers = new Headers(response.headers)
    varyOnAcceptEncoding(headers)
    return new Response(response.body, { status: response.status, statusText: response.statusText, headers })
  }
}

/** `response` compressed for `request` when that is possible and worth it, else `response` itself. */
export async function compressResponse(request: CompressionRequest, response: Response): Promise<Response> {
  if (!isCompressible(request.method, response) || response.body === null) return response
  const coding = chooseEncoding(request.acceptEncoding)
  // The client takes no coding we make: the same answer, marked as one that depends on Accept-Encoding.
  if (coding === 'identity') return withVary(response)

  const declared = response.headers.get('content-length')
  const reader = response.body.getReader()
  let head: Uint8Array[] = []
  if (declared === null) {
    const prefix = await readPrefix(reader, MIN_COMPRESSIBLE_BYTES)
    if (prefix.done) {
      // Small after all: sent as it is, and the same whatever the client accepts (so no Vary).
      const body = Buffer.concat(prefix.chunks)
      const headers = new Headers(response.headers)
      headers.set('content-length', String(body.byteLength))
      return new Response(body, { status: response.status, statusText: response.statusText, headers })
    }
    head = prefix.chunks
  }

  const encoder = createEncoder(coding, declared === null ? null : Number(declared))
  const headers = new Headers(response.headers)
  headers.delete('content-length')
  headers.set('content-encoding', coding)
  varyOnAcceptEncoding(headers)
  const etag = headers.get('etag')
  if (etag !== null) headers.set('etag', variantEtag(etag, coding))
  return new Response(encodedBody(head, reader, encoder), { status: response.status, statusText: response.statusText, headers })
}

/** Compresses every answer of the routes it is mounted on (see compressResponse). */
export function compression(): MiddlewareHandler {
  return async (c, next) => {
    await next()
    const compressed = await compressResponse({ method: c.req.raw.method, acceptEncoding: c.req.header('accept-encoding') }, c.res)
    if (compressed === c.res) return
    // Assigning over an existing c.res copies the old headers (Content-Length among them) onto the
    // new answer (hono/dist/context.js, `set res`); clearing it first keeps the new headers as built.
    c.res = undefined
    c.res = compressed
  }
}

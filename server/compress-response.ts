// On-the-fly compression of the server's own answers (the /es JSON of the emulator or the cluster, after
// redact-secrets.ts has rewritten it) with node:zlib — brotli at its fastest quality, or gzip —
// only when it is worth it: an answer of up to one 256 kB block is compressed in one synchronous call and sent with
// its length, a longer one streams through an encoder block by block, so no answer is ever held whole beyond what
// the layers before already held. Left as they are: HEAD,
// 1xx/204/206/304, answers without a body, answers already Content-Encoding-ed (a cluster that compressed
// its own answer), types that do not compress (or event streams, which must flush event by event),
// `Cache-Control: no-transform`, and answers below MIN_COMPRESSIBLE_BYTES.

import type { MiddlewareHandler } from 'hono'
import zlib from 'node:zlib'
import { chooseEncoding, MIN_COMPRESSIBLE_BYTES, variantEtag, varyOnAcceptEncoding, type Coding } from './content-encoding.ts'
import { heldBytes } from './held-body.ts'

// Quality 1: a 66 kB page of 25 jobs in 0.15 ms to 6.2 kB, against 0.42 ms to 5.6 kB at quality 3,
// 0.76 ms to 5.4 kB at 4 and 0.73 ms to 6.1 kB for gzip -6 (brotli's default 11 takes tens of
// milliseconds per 100 kB). Answers are polled all day by every open tab, so the server's CPU
// matters more than the last tenth of the bytes. See encodeWhole for what the CPU went to, and the
// README's performance section for `npm run bench:proxy`'s figures.
const BROTLI_QUALITY = 1
const GZIP_LEVEL = 6

// Output chunks of up to 64 kB: fewer, larger writes to the socket than zlib's default 16 kB.
const CHUNK_BYTES = 64 * 1024
// What is read of an answer before deciding how to send it, and the input handed to the encoder at
// a time after that (see compressResponse and encodedBody): the largest brotli window used here.
const BLOCK_BYTES = 256 * 1024

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
  if (method === 'HEAD' || (heldBytes(response) === undefined && response.body === null)) return false
  if (status < 200 || status === 204 || status === 206 || status === 304) return false
  const encoding = headers.get('content-encoding')
  if (encoding !== null && encoding.trim().toLowerCase() !== 'identity') return false
  if (!COMPRESSIBLE_TYPE.test(headers.get('content-type') ?? '')) return false
  if (NO_TRANSFORM.test(headers.get('cache-control') ?? '')) return false
  const length = headers.get('content-length')
  return length === null || Number(length) >= MIN_COMPRESSIBLE_BYTES
}

/** Brotli's options; `sizeHint` is the input's length when it is known. */
function encoderParams(sizeHint: number | null): Record<number, number> {
  const params: Record<number, number> = {
    [zlib.constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY,
    [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT,
  }
  // A window of at most 256 kB (brotli's default is 4 MB), smaller for a smaller answer:
  // brotli takes in about two windows of input before it emits anything, so this bounds what one
  // answer holds in memory (about 512 kB, whatever its length) and how long the browser waits for
  // its first bytes. JSON repeats itself within a few kB, so the ratio barely changes.
  const lgwin = sizeHint === null ? 18 : Math.max(16, Math.min(18, Math.ceil(Math.log2(sizeHint + 1))))
  params[zlib.constants.BROTLI_PARAM_LGWIN] = lgwin
  if (sizeHint !== null) {
    params[zlib.constants.BROTLI_PARAM_SIZE_HINT] = sizeHint
    // Input blocks as large as the window (brotli's default is 64 kB), so an answer up to 256 kB is one block.
    params[zlib.constants.BROTLI_PARAM_LGBLOCK] = lgwin
  }
  return params
}

function createEncoder(coding: Coding, sizeHint: number | null): zlib.BrotliCompress | zlib.Gzip {
  if (coding === 'gzip') return zlib.createGzip({ level: GZIP_LEVEL, chunkSize: CHUNK_BYTES })
  return zlib.createBrotliCompress({ params: encoderParams(sizeHint), chunkSize: CHUNK_BYTES })
}

/** Reads the start of an answer until it holds `limit` bytes or ends. */
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

function joined(chunks: readonly Uint8Array[]): Uint8Array {
  return chunks.length === 1 && chunks[0] !== undefined ? chunks[0] : Buffer.concat(chunks)
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
      // Input goes to the encoder in blocks of up to BLOCK_BYTES, and the last one with end(): an
      // answer that fits one block is then compressed in a single call that brotli knows is the
      // whole input (its one-shot path, which prepares only as much of its hash tables as the input
      // needs instead of clearing all of them per answer; see createEncoder's LGBLOCK).
      const pending: Uint8Array[] = [...head]
      let pendingBytes = pending.reduce((sum, chunk) => sum + chunk.byteLength, 0)
      for (;;) {
        if (gone) return
        if (pendingBytes >= BLOCK_BYTES) {
          const block = joined(pending.splice(0))
          pendingBytes = 0
          if (!encoder.write(block)) await writable(encoder)
          continue
        }
        const { done, value } = await reader.read()
        if (done) break
        pending.push(value)
        pendingBytes += value.byteLength
      }
      if (pending.length === 0) encoder.end()
      else encoder.end(joined(pending))
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

/** The headers of `response` for its `coding` variant, with the variant's length when it is known. */
function encodedHeaders(response: Response, coding: Coding, length: number | null): Headers {
  const headers = new Headers(response.headers)
  if (length === null) headers.delete('content-length')
  else headers.set('content-length', String(length))
  headers.set('content-encoding', coding)
  varyOnAcceptEncoding(headers)
  const etag = headers.get('etag')
  if (etag !== null) headers.set('etag', variantEtag(etag, coding))
  return headers
}

/**
 * One block compressed in one synchronous call. At quality 1 a 66 kB page takes 0.13 ms of CPU and a
 * 256 kB block about half a millisecond, on the event loop; node:zlib's asynchronous form spent
 * 0.36 ms of CPU on the same 66 kB (its stream and the hand-over to libuv's thread pool cost more than
 * the compression itself).
 */
function encodeWhole(coding: Coding, input: Uint8Array): Buffer<ArrayBuffer> {
  const output = coding === 'gzip' ? zlib.gzipSync(input, { level: GZIP_LEVEL }) : zlib.brotliCompressSync(input, { params: encoderParams(input.byteLength) })
  // zlib's results live in ordinary ArrayBuffers (typed ArrayBufferLike, which a Response body refuses).
  return output as Buffer<ArrayBuffer>
}

/**
 * `response` compressed for `request` when that is possible and worth it, else `response` itself.
 * At most one block (BLOCK_BYTES) of the answer is read first. An answer that ends within it — every
 * page of jobs up to about a thousand rows — was already whole in memory before (the redaction, the
 * forwarder's buffer, the emulator's string): it is compressed in one call and sent with its
 * Content-Length in one write. A longer one streams through the encoder block by block and goes out
 * chunked, so its size never decides what the server holds.
 */
export async function compressResponse(request: CompressionRequest, response: Response): Promise<Response> {
  if (!isCompressible(request.method, response)) return response
  const coding = chooseEncoding(request.acceptEncoding)
  // The client takes no coding we make: the same answer, marked as one that depends on Accept-Encoding.
  if (coding === 'identity') return withVary(response)

  // A body the server built from bytes it holds: compressed from them, without turning the answer
  // into a stream first (held-body.ts). isCompressible has checked its declared length.
  const held = heldBytes(response)
  if (held !== undefined && held.byteLength <= BLOCK_BYTES) {
    const body = encodeWhole(coding, held)
    return new Response(body, { status: response.status, headers: encodedHeaders(response, coding, body.byteLength) })
  }
  if (response.body === null) return response
  const reader = response.body.getReader()
  const first = await readPrefix(reader, BLOCK_BYTES + 1)
  const init = { status: response.status, statusText: response.statusText }
  if (first.done) {
    const input = joined(first.chunks)
    if (input.byteLength < MIN_COMPRESSIBLE_BYTES) {
      // Small after all (its length was not declared): sent as it is, the same whatever the client
      // accepts, so without Vary.
      const headers = new Headers(response.headers)
      headers.set('content-length', String(input.byteLength))
      return new Response(Buffer.concat([input]), { ...init, headers })
    }
    const body = encodeWhole(coding, input)
    return new Response(body, { ...init, headers: encodedHeaders(response, coding, body.byteLength) })
  }
  const declared = response.headers.get('content-length')
  const encoder = createEncoder(coding, declared === null ? null : Number(declared))
  return new Response(encodedBody(first.chunks, reader, encoder), { ...init, headers: encodedHeaders(response, coding, null) })
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

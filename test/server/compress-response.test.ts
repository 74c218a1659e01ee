// server/compress-response.ts on answers whose body arrives over time: compressed output flows before
// the answer has ended (nothing holds a whole answer), an answer of undeclared length is compressed only
// once it proves large enough, and a browser that goes away stops the reading of the upstream answer.

import zlib from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { compressResponse } from '../../server/compress-response.ts'
import { heldBytes, responseOfBytes } from '../../server/held-body.ts'

const encoder = new TextEncoder()

/** A body that yields `first`, then waits for `release()` before yielding `rest` and ending. */
function heldBody(first: string, rest: string) {
  const gate: { open?: () => void } = {}
  const released = new Promise<void>((resolve) => (gate.open = resolve))
  let canceled = false
  const body = new ReadableStream<Uint8Array>({
    async start(controller) {
      controller.enqueue(encoder.encode(first))
      await released
      if (canceled) return
      controller.enqueue(encoder.encode(rest))
      controller.close()
    },
    cancel() {
      canceled = true
    },
  })
  return { body, release: () => gate.open?.(), wasCanceled: () => canceled }
}

// Pseudo-random words: compressible like JSON, but too varied for brotli to swallow whole before
// emitting anything.
function words(count: number, seed: number): string {
  let state = seed
  const out: string[] = []
  for (let i = 0; i < count; i++) {
    state = (state * 1103515245 + 12345) % 2 ** 31
    out.push(`{"id":"${state.toString(36)}","n":${state % 977}}`)
  }
  return out.join(',')
}

const JSON_HEADERS = { 'content-type': 'application/json' }

describe('compressResponse', () => {
  it.each(['br', 'gzip'] as const)('streams: %s output arrives before the answer ends, and decodes to the whole', async (coding) => {
    const first = words(60_000, 1)
    const rest = words(1_000, 2)
    const held = heldBody(first, rest)
    const compressed = await compressResponse({ method: 'GET', acceptEncoding: coding }, new Response(held.body, { headers: JSON_HEADERS }))
    expect(compressed.headers.get('content-encoding')).toBe(coding)
    expect(compressed.headers.get('content-length')).toBeNull()

    const reader = compressed.body?.getReader()
    if (!reader) throw new Error('no body')
    const chunks: Uint8Array[] = []
    // The source has not ended; output must still come (the encoder flushes as its blocks fill).
    const early = await reader.read()
    expect(early.done).toBe(false)
    if (early.value) chunks.push(early.value)
    held.release()
    for (;;) {
      const { done, value } = await reader.read()
      if (done) break
      chunks.push(value)
    }
    const bytes = Buffer.concat(chunks)
    const text = (coding === 'br' ? zlib.brotliDecompressSync(bytes) : zlib.gunzipSync(bytes)).toString()
    expect(text === first + rest).toBe(true)
  })

  it.each(['br', 'gzip'] as const)('compresses an answer built from held bytes from those bytes, never reading its body (%s)', async (coding) => {
    const text = words(3_000, 3)
    const bytes = Buffer.from(text)
    const headers = new Headers({ ...JSON_HEADERS, 'content-length': String(bytes.byteLength) })
    const answer = responseOfBytes(bytes, { status: 200, headers })
    expect(heldBytes(answer)).toBe(bytes)
    const compressed = await compressResponse({ method: 'GET', acceptEncoding: coding }, answer)
    expect(compressed.headers.get('content-encoding')).toBe(coding)
    const body = Buffer.from(await compressed.arrayBuffer())
    expect(compressed.headers.get('content-length')).toBe(String(body.byteLength))
    expect((coding === 'br' ? zlib.brotliDecompressSync(body) : zlib.gunzipSync(body)).toString() === text).toBe(true)
    // Its own body was left unread: it can still be read whole.
    expect(answer.bodyUsed).toBe(false)
  })

  it('sends an answer of undeclared length that turns out small as it is, with its length', async () => {
    const held = heldBody('{"acknowledged":', 'true}')
    held.release()
    const answer = await compressResponse({ method: 'GET', acceptEncoding: 'br' }, new Response(held.body, { headers: JSON_HEADERS }))
    expect(answer.headers.get('content-encoding')).toBeNull()
    expect(answer.headers.get('vary')).toBeNull()
    expect(answer.headers.get('content-length')).toBe('21')
    expect(await answer.text()).toBe('{"acknowledged":true}')
  })

  it('stops reading the upstream answer when the browser goes away', async () => {
    const held = heldBody(words(60_000, 3), words(10, 4))
    const compressed = await compressResponse({ method: 'GET', acceptEncoding: 'gzip' }, new Response(held.body, { headers: JSON_HEADERS }))
    const reader = compressed.body?.getReader()
    await reader?.read()
    await reader?.cancel()
    await expect.poll(() => held.wasCanceled()).toBe(true)
  })

  it.each([
    ['an event stream', { 'content-type': 'text/event-stream' }, 200],
    ['an image', { 'content-type': 'image/png' }, 200],
    ['no-transform', { 'content-type': 'application/json', 'cache-control': 'no-transform' }, 200],
    ['an encoded answer', { 'content-type': 'application/json', 'content-encoding': 'gzip' }, 200],
    ['a 206', { 'content-type': 'application/json' }, 206],
  ])('leaves %s alone', async (_, headers, status) => {
    const original = new Response('x'.repeat(10_000), { status, headers })
    expect(await compressResponse({ method: 'GET', acceptEncoding: 'br, gzip' }, original)).toBe(original)
  })

  it('leaves 204 and 304 alone', async () => {
    for (const status of [204, 304]) {
      const original = new Response(null, { status, headers: { etag: 'W/"1"' } })
      expect(await compressResponse({ method: 'GET', acceptEncoding: 'br' }, original)).toBe(original)
    }
  })

  it('gives a compressed answer with an ETag the variant’s own', async () => {
    const answer = await compressResponse(
      { method: 'GET', acceptEncoding: 'gzip' },
      new Response('y'.repeat(5_000), { headers: { ...JSON_HEADERS, etag: 'W/"abc"', 'content-length': '5000' } }),
    )
    expect(answer.headers.get('etag')).toBe('W/"abc-gzip"')
    expect(zlib.gunzipSync(Buffer.from(await answer.arrayBuffer())).toString()).toBe('y'.repeat(5_000))
  })
})

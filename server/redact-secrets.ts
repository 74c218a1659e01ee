// Keeps sensitive connector configuration on the server: in the four answers that can carry
// configuration (connector and sync-job get and list), every value of a field marked sensitive is
// replaced with a RedactedValue whose fingerprint is an HMAC under a key drawn when the server starts
// (see RedactedValue in contract/syncboard-protocol.ts for the shape and the rules).

import { createHmac, createSecretKey, randomBytes } from 'node:crypto'
import { promisify } from 'node:util'
import zlib from 'node:zlib'
import { REDACTED_MARKER, SERVER_ERROR_TYPES, type RedactedValue } from '../contract/syncboard-protocol.ts'
import { esErrorResponse } from './es-error-response.ts'
import { responseOfBytes } from './held-body.ts'
import type { EsRouteName } from './es-routes.ts'

/** Where each GET answer holds configuration maps; `*` steps into every item of `results`. */
const CONFIGURATION_AT: Partial<Record<EsRouteName, readonly string[]>> = {
  connector: ['configuration'],
  'connector-list': ['results', '*', 'configuration'],
  'sync-job': ['connector', 'configuration'],
  'sync-job-list': ['results', '*', 'connector', 'configuration'],
}

/** The keys of a configuration field that hold a value rather than its description. */
const VALUE_KEYS = ['value', 'default_value'] as const

// A JSON text can only spell the key "configuration" as these bytes or with \u escapes: without
// either, an answer holds no configuration (the jobs list's filter_path leaves it out) and is
// passed on without parsing.
const CONFIGURATION_KEY = Buffer.from('"configuration"')
const UNICODE_ESCAPE = Buffer.from('\\u')

export interface SecretRedactor {
  /** Whether answers to `method` on `route` may carry configuration, so they must go through `redact`. */
  covers(method: string, route: EsRouteName): boolean
  /**
   * The answer with every sensitive configuration value replaced, and its Content-Length set. Error
   * answers and answers that are not JSON pass unchanged; one that claims to be JSON but does not
   * parse becomes a 502, since its secrets cannot be found.
   */
  redact(route: EsRouteName, answer: Response): Promise<Response>
}

/** One redactor per server: its fingerprint key lives and dies with it. */
export function createSecretRedactor(): SecretRedactor {
  // A KeyObject, not the bytes: createHmac checks whether a raw key is a KeyObject or a CryptoKey by
  // catching an exception each time, which was 8 % of the server's CPU under `npm run bench:proxy`.
  const key = createSecretKey(randomBytes(32))
  /** Fingerprints for one answer: a list repeats each connector's secrets in every job of it. */
  const placeholders = (): Placeholder => {
    const seen = new Map<string, string>()
    return (value) => {
      const text = JSON.stringify(value)
      let fingerprint = seen.get(text)
      if (fingerprint === undefined) {
        fingerprint = createHmac('sha256', key).update(text).digest('hex').slice(0, 32)
        seen.set(text, fingerprint)
      }
      return { [REDACTED_MARKER]: true, fingerprint }
    }
  }

  return {
    covers: (method, route) => method === 'GET' && CONFIGURATION_AT[route] !== undefined,

    async redact(route, answer) {
      const path = CONFIGURATION_AT[route]
      if (path === undefined || answer.status < 200 || answer.status > 299 || answer.body === null) return answer
      let bytes: Buffer<ArrayBuffer>
      try {
        bytes = Buffer.from(await answer.arrayBuffer())
      } catch {
        return esErrorResponse(502, SERVER_ERROR_TYPES.upstreamUnreachable, 'Elasticsearch broke off its answer')
      }
      const encoding = answer.headers.get('content-encoding')?.trim().toLowerCase() ?? 'identity'
      if (encoding !== 'identity') {
        // The forwarder never asks for a coding, but a cluster (or a proxy before it) may apply one
        // anyway: its secrets are only found in the decoded text, which is what goes on (and is
        // compressed again for the browser by compress-response.ts).
        const decoded = await decode(bytes, encoding)
        if (decoded === null) {
          return esErrorResponse(
            502,
            SERVER_ERROR_TYPES.unredactableAnswer,
            `Elasticsearch answered with Content-Encoding ${JSON.stringify(encoding)}, which Syncboard cannot decode to remove sensitive configuration values`,
          )
        }
        bytes = decoded
      }
      if (!bytes.includes(CONFIGURATION_KEY) && !bytes.includes(UNICODE_ESCAPE)) return withBody(answer, bytes)

      let parsed: unknown
      try {
        // The browser's client parses whatever it gets, whatever the Content-Type says.
        parsed = JSON.parse(new TextDecoder().decode(bytes))
      } catch {
        if (!isJsonType(answer.headers.get('content-type'))) return withBody(answer, bytes)
        return esErrorResponse(
          502,
          SERVER_ERROR_TYPES.unredactableAnswer,
          'Elasticsearch answered with JSON that does not parse; Syncboard cannot remove sensitive configuration values from it',
        )
      }
      const changed = redactAt(parsed, path, placeholders())
      return withBody(answer, changed ? Buffer.from(JSON.stringify(parsed)) : bytes)
    },
  }
}

type Placeholder = (value: unknown) => RedactedValue

/** Follows `path` to the configuration maps and redacts them; true when anything was replaced. */
function redactAt(node: unknown, path: readonly string[], placeholder: Placeholder): boolean {
  const [head, ...rest] = path
  if (head === undefined) return redactConfiguration(node, placeholder)
  let changed = false
  if (head === '*') {
    const items = Array.isArray(node) ? node : isObject(node) ? Object.values(node) : []
    for (const item of items) changed = redactAt(item, rest, placeholder) || changed
    return changed
  }
  return isObject(node) && Object.hasOwn(node, head) && redactAt(node[head], rest, placeholder)
}

function redactConfiguration(configuration: unknown, placeholder: Placeholder): boolean {
  if (!isObject(configuration)) return false
  let changed = false
  for (const [name, field] of Object.entries(configuration)) {
    if (!isObject(field)) {
      // Elasticsearch always answers an object per field; anything else cannot say it is harmless.
      if (!isEmpty(field)) {
        configuration[name] = { value: placeholder(field) }
        changed = true
      }
      continue
    }
    if (field.sensitive === false || field.sensitive === 'false') continue
    for (const key of VALUE_KEYS) {
      if (!Object.hasOwn(field, key) || isEmpty(field[key])) continue
      field[key] = placeholder(field[key])
      changed = true
    }
  }
  return changed
}

const DECODERS: Record<string, (bytes: Buffer, options: zlib.ZlibOptions & zlib.BrotliOptions) => Promise<Buffer>> = {
  gzip: promisify(zlib.gunzip),
  'x-gzip': promisify(zlib.gunzip),
  deflate: promisify(zlib.inflate),
  br: promisify(zlib.brotliDecompress),
}

// A decoded answer is held whole for parsing, like any other; this bounds what a tiny one may expand to.
const MAX_DECODED_BYTES = 256 * 1024 * 1024

/** The decoded bytes, or null for a coding (or a chain of them) this server does not decode, or corrupt data. */
async function decode(bytes: Buffer<ArrayBuffer>, encoding: string): Promise<Buffer<ArrayBuffer> | null> {
  const decoder = Object.hasOwn(DECODERS, encoding) ? DECODERS[encoding] : undefined
  if (decoder === undefined) return null
  try {
    return Buffer.from(await decoder(bytes, { maxOutputLength: MAX_DECODED_BYTES }))
  } catch {
    return null
  }
}

function withBody(answer: Response, body: Uint8Array<ArrayBuffer>): Response {
  const headers = new Headers(answer.headers)
  headers.delete('content-encoding')
  headers.set('content-length', String(body.byteLength))
  return responseOfBytes(body, { status: answer.status, headers })
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function isEmpty(value: unknown): boolean {
  return value === undefined || value === null || value === ''
}

/** `application/json`, and vendor types such as `application/vnd.elasticsearch+json; compatible-with=8`. */
function isJsonType(contentType: string | null): boolean {
  return contentType !== null && /^application\/(?:[\w.-]+\+)?json\s*(?:;|$)/i.test(contentType)
}

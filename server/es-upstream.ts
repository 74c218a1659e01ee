// What /es hands an allow-listed request to — the embedded emulator or a real cluster — and the
// header allow-lists both share, so the browser sees the same answers whichever it talks to.

/** A request that passed every check, ready for Elasticsearch. */
export interface EsRequest {
  method: string
  /** Raw Elasticsearch path and query string, e.g. `/_connector/_sync_job/a%2Fb?size=5`. */
  pathAndQuery: string
  /** Only the headers from REQUEST_HEADERS_FORWARDED. */
  headers: Headers
  body: Uint8Array<ArrayBuffer> | null
  /** Aborts when the browser goes away. */
  signal: AbortSignal
}

export interface EsUpstream {
  readonly mode: 'embedded' | 'remote'
  /** Never rejects: failures become Elasticsearch-shaped error responses. */
  send(request: EsRequest): Promise<Response>
  close(): void
}

// Everything else from the browser — Authorization, Cookie, X-Forwarded-*, hop-by-hop headers,
// X-Opaque-Id (it would land in the cluster's logs) — is dropped.
const REQUEST_HEADERS_FORWARDED = ['accept', 'content-type'] as const

// Never Set-Cookie or anything that could carry a cluster's session or internals to the browser.
// Content-Encoding goes with the body it describes: an answer the cluster compressed passes through
// as it came (compress-response.ts leaves it alone; redact-secrets.ts decodes the ones it must read).
const RESPONSE_HEADERS_FORWARDED = ['content-type', 'content-length', 'content-encoding', 'x-elastic-product', 'allow', 'warning'] as const

export function forwardedRequestHeaders(from: Headers): Headers {
  const headers = new Headers()
  for (const name of REQUEST_HEADERS_FORWARDED) {
    const headerValue = from.get(name)
    if (headerValue !== null) headers.set(name, headerValue)
  }
  return headers
}

export function forwardedResponseHeaders(from: Headers | Iterable<[string, string | string[] | undefined]>): Headers {
  const source = from instanceof Headers ? from : new Headers(flatten(from))
  const headers = new Headers()
  for (const name of RESPONSE_HEADERS_FORWARDED) {
    const headerValue = source.get(name)
    if (headerValue !== null) headers.set(name, headerValue)
  }
  return headers
}

function flatten(entries: Iterable<[string, string | string[] | undefined]>): [string, string][] {
  const flat: [string, string][] = []
  for (const [name, headerValue] of entries) {
    if (headerValue === undefined) continue
    for (const item of Array.isArray(headerValue) ? headerValue : [headerValue]) flat.push([name, item])
  }
  return flat
}

// The dashboard server's defences: the Host check (DNS rebinding), the same-origin and JSON checks for
// mutating requests (CSRF), read-only mode, the request body limit, and the security headers on every
// response. The checks are pure functions of the request headers; the middleware wraps them.

import type { MiddlewareHandler } from 'hono'
import type { IncomingMessage } from 'node:http'
import type { DashboardConfig } from './config.ts'
import { SERVER_ERROR_TYPES } from '../contract/syncboard-protocol.ts'
import { esErrorResponse, READ_ONLY_REASON, routeNotAllowed } from './es-error-response.ts'
import { hasDotSegment } from './es-routes.ts'

const LOOPBACK_NAMES = new Set(['localhost', '127.0.0.1', '::1'])
const WILDCARD_ADDRESSES = new Set(['0.0.0.0', '::'])

/** Splits a Host header value into a lowercase name (IPv6 without brackets) and an optional port. */
function parseHostHeader(host: string): { name: string; port: string | undefined } | null {
  const match = /^(\[[0-9a-f:.]+\]|[^:[\]/@\s]+)(?::(\d{1,5}))?$/.exec(host.toLowerCase())
  if (!match?.[1]) return null
  return { name: match[1].replace(/^\[|\]$/g, ''), port: match[2] }
}

/**
 * Whether this server answers to `host`: loopback names, the bound HOST (unless it is a wildcard
 * address), and ALLOWED_HOSTS entries — a bare name allows any port, `name:port` only that port.
 */
export function isAllowedHost(host: string | undefined, config: Pick<DashboardConfig, 'host' | 'allowedHosts'>): boolean {
  if (!host) return false
  const parsed = parseHostHeader(host)
  if (!parsed) return false
  if (LOOPBACK_NAMES.has(parsed.name)) return true
  if (parsed.name === config.host && !WILDCARD_ADDRESSES.has(config.host)) return true
  return config.allowedHosts.some((entry) => {
    const allowed = parseHostHeader(entry)
    return allowed?.name === parsed.name && (allowed.port === undefined || allowed.port === parsed.port)
  })
}

export function isMutatingMethod(method: string): boolean {
  return method === 'POST' || method === 'PUT' || method === 'DELETE' || method === 'PATCH'
}

const JSON_MEDIA_TYPES = new Set(['application/json', 'application/vnd.elasticsearch+json'])

/**
 * Why a mutating request must be refused as cross-site, or null when it is same-origin and JSON.
 * Same-origin means `Sec-Fetch-Site: same-origin`, or an `Origin` whose host:port is the Host header.
 * The scheme is not compared: behind a TLS-terminating proxy the browser's origin is https while this
 * server sees plain http. A JSON content type matters because browsers cannot send it cross-site
 * without a CORS preflight, which this server never grants.
 */
export function crossSiteRefusal(headers: Headers): string | null {
  const fetchSite = headers.get('sec-fetch-site')
  const origin = headers.get('origin')
  if (fetchSite !== null && fetchSite !== 'same-origin') {
    return `requests that change data must come from this page (Sec-Fetch-Site: ${fetchSite})`
  }
  if (origin !== null && !originMatchesHost(origin, headers.get('host'))) {
    return 'requests that change data must come from this page (the Origin header names another site)'
  }
  if (fetchSite === null && origin === null) {
    return 'requests that change data must come from this page (send an Origin or Sec-Fetch-Site header)'
  }
  if (hasBody(headers)) {
    const mediaType = headers.get('content-type')?.split(';')[0]?.trim().toLowerCase() ?? ''
    if (!JSON_MEDIA_TYPES.has(mediaType)) return 'request bodies must be JSON (Content-Type: application/json)'
  }
  return null
}

function originMatchesHost(origin: string, host: string | null): boolean {
  if (!host) return false
  try {
    const url = new URL(origin)
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.host === new URL(`${url.protocol}//${host}`).host
  } catch {
    return false
  }
}

function hasBody(headers: Headers): boolean {
  const length = headers.get('content-length')
  return headers.has('transfer-encoding') || (length !== null && length !== '0')
}

/** Refuses requests with a Host header this server does not answer to. */
export function hostCheck(config: DashboardConfig): MiddlewareHandler {
  return async (c, next) => {
    if (!isAllowedHost(c.req.header('host'), config)) {
      return esErrorResponse(
        403,
        SERVER_ERROR_TYPES.forbiddenHost,
        'this host name is not served by Syncboard; add it to ALLOWED_HOSTS if it is yours',
      )
    }
    await next()
  }
}

/**
 * Refuses a request target with `.` or `..` segments. The URL Hono sees is already normalised
 * (`/es/../x` became `/x`), so this looks at the target as received; browsers never send one. (There
 * is no `incoming` outside node:http, e.g. with app.request.)
 */
export function dotSegmentCheck(): MiddlewareHandler {
  return async (c, next) => {
    const received = (c.env as { incoming?: IncomingMessage } | undefined)?.incoming?.url ?? ''
    const path = received.split('?')[0] ?? ''
    if (hasDotSegment(path)) return routeNotAllowed(c.req.raw.method, path, '".." and "." path segments are not allowed')
    await next()
  }
}

/** Read-only mode, then the same-origin check, for every mutating request under /es. */
export function mutationGuard(config: DashboardConfig): MiddlewareHandler {
  return async (c, next) => {
    if (isMutatingMethod(c.req.method)) {
      if (config.readOnly) return esErrorResponse(403, SERVER_ERROR_TYPES.readOnly, READ_ONLY_REASON)
      const refusal = crossSiteRefusal(c.req.raw.headers)
      if (refusal) return esErrorResponse(403, SERVER_ERROR_TYPES.crossSiteRequest, refusal)
    }
    await next()
  }
}

export class BodyTooLargeError extends Error {
  override name = 'BodyTooLargeError'
}

/** Reads a request body into memory, refusing (without reading it all) one over `maxBytes`. */
export async function readBodyWithLimit(request: Request, maxBytes: number): Promise<Uint8Array<ArrayBuffer> | null> {
  const declared = Number(request.headers.get('content-length') ?? '0')
  if (declared > maxBytes) throw new BodyTooLargeError()
  if (!request.body) return null
  const chunks: Uint8Array[] = []
  let total = 0
  const reader = request.body.getReader()
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    total += value.byteLength
    if (total > maxBytes) {
      await reader.cancel()
      throw new BodyTooLargeError()
    }
    chunks.push(value)
  }
  return total === 0 ? null : Buffer.concat(chunks)
}

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ')

const SECURITY_HEADERS: Record<string, string> = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
}

/** Adds the security headers to every response, the server's own errors included. */
export function securityHeaders(): MiddlewareHandler {
  return async (c, next) => {
    await next()
    for (const [name, headerValue] of Object.entries(SECURITY_HEADERS)) c.res.headers.set(name, headerValue)
  }
}

// Elasticsearch-shaped error responses for everything the dashboard server refuses or cannot reach,
// so the browser's API client renders them exactly like errors from the cluster itself.

/** The `error.type` values the dashboard server itself emits (the UI may recognise them). */
export const SERVER_ERROR_TYPES = {
  /** 403: the Host header is not one this server answers to (DNS rebinding defence). */
  forbiddenHost: 'syncboard_forbidden_host',
  /** 403: a mutating request that is not same-origin, or whose body is not JSON. */
  crossSiteRequest: 'syncboard_cross_site_request',
  /** 403 in read-only mode; Elasticsearch's own type for refused actions, reason names read-only. */
  readOnly: 'security_exception',
  /** 404: a path the dashboard never forwards to Elasticsearch. */
  routeNotAllowed: 'syncboard_route_not_allowed',
  /** 413: request body over the limit. */
  bodyTooLarge: 'syncboard_request_too_large',
  /** 502: the cluster could not be reached (refused, DNS, TLS, connection reset). */
  upstreamUnreachable: 'syncboard_upstream_unreachable',
  /** 504: the cluster did not start answering in time. */
  upstreamTimeout: 'syncboard_upstream_timeout',
  /** 500: a bug in the dashboard server. */
  internal: 'syncboard_internal_error',
} as const

export const READ_ONLY_REASON =
  'Syncboard is in read-only mode (READ_ONLY=true): it refuses every request that changes data'

// No X-elastic-product: these answers come from Syncboard, not from Elasticsearch.
const JSON_HEADERS = { 'content-type': 'application/json; charset=UTF-8' }

/** `{"error":{"root_cause":[…],"type","reason"},"status"}` — the full envelope. */
export function esErrorResponse(
  status: number,
  type: string,
  reason: string,
  headers: Record<string, string> = {},
): Response {
  const body = { error: { root_cause: [{ type, reason }], type, reason }, status }
  return new Response(JSON.stringify(body), { status, headers: { ...JSON_HEADERS, ...headers } })
}

/** Elasticsearch's "simple" error form (`{"error":"…","status":N}`), used for 405. */
export function esSimpleErrorResponse(status: number, message: string, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify({ error: message, status }), {
    status,
    headers: { ...JSON_HEADERS, ...headers },
  })
}

/** 404 for a path (or a path trick) that never reaches Elasticsearch. */
export function routeNotAllowed(method: string, path: string, why = 'not an API the dashboard uses'): Response {
  return esErrorResponse(
    404,
    SERVER_ERROR_TYPES.routeNotAllowed,
    `Syncboard does not pass [${method} ${path}] to Elasticsearch: ${why}`,
  )
}

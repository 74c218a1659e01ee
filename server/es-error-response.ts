// Elasticsearch-shaped error responses for everything the dashboard server refuses or cannot reach,
// so the browser's API client renders them exactly like errors from the cluster itself.
import { SERVER_ERROR_TYPES } from '../contract/syncboard-protocol.ts'

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

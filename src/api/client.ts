// The only place the browser calls fetch: every request goes to the same-origin `/es` mount of the
// dashboard server, and every failure comes back as an EsError.
import { ES_PREFIX } from '../../contract/syncboard-protocol.ts'
import { EsError } from './es-error.ts'

export type QueryValue = string | number | boolean | readonly string[] | undefined

export interface EsRequest {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE'
  /** An Elasticsearch path with every id already encoded, e.g. `/_connector/_sync_job/a%20b`. */
  path: string
  query?: Record<string, QueryValue>
  body?: unknown
  signal?: AbortSignal | undefined
}

export function buildQuery(query: Record<string, QueryValue> | undefined): string {
  if (!query) return ''
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined) continue
    if (Array.isArray(value)) {
      if (value.length > 0) params.set(key, value.join(','))
    } else {
      params.set(key, String(value))
    }
  }
  const text = params.toString()
  return text ? `?${text}` : ''
}

/** Encodes one path segment; ids may hold any character, including `/`. */
export const seg = (value: string): string => encodeURIComponent(value)

export function esRequest<T>({ method, path, query, body, signal }: EsRequest): Promise<T> {
  return requestJson<T>(`${ES_PREFIX}${path}${buildQuery(query)}`, { method, body, signal })
}

/** A same-origin JSON request; used directly only for the dashboard server's own endpoints. */
export async function requestJson<T>(
  url: string,
  { method = 'GET', body, signal }: { method?: string; body?: unknown; signal?: AbortSignal | undefined } = {},
): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' }
  if (body !== undefined) headers['content-type'] = 'application/json'
  let response: Response
  try {
    response = await fetch(url, {
      method,
      headers,
      body: body === undefined ? null : JSON.stringify(body),
      signal: signal ?? null,
      credentials: 'same-origin',
    })
  } catch (cause) {
    // An abort is React Query cancelling a request it no longer needs: let it through untouched.
    if (signal?.aborted) throw cause
    throw EsError.network(cause)
  }
  const text = await response.text()
  let parsed: unknown
  let parseFailure: unknown
  try {
    parsed = text ? JSON.parse(text) : undefined
  } catch (cause) {
    parseFailure = cause
  }
  if (!response.ok) throw EsError.fromResponse(response.status, parsed, text)
  if (parseFailure !== undefined || parsed === undefined) throw EsError.invalidResponse(response.status, text, parseFailure)
  return parsed as T
}

// The request pipeline of the emulator, in Elasticsearch's order: routing on the raw path (static
// segments before wildcards, 405 / OPTIONS / "no handler found"), the Content-Type check, the handler's
// parameter and body parsing, refusal of unrecognized parameters and of unread bodies, then the action.
// Every outcome becomes a Response with Elasticsearch's headers; nothing escapes as a crash.

import { EsException, EsSimpleError, illegalArgument, internalError } from './errors.ts'
import { applyFilterPath } from './filter-path.ts'
import { RestRequest, decodeComponent } from './rest-request.ts'
import type { Reply, Route } from './rest-route.ts'
import { connectorUpdateRoutes } from './routes-connector-updates.ts'
import { connectorRoutes } from './routes-connectors.ts'
import { rootRoutes } from './routes-root.ts'
import { syncJobRoutes } from './routes-sync-jobs.ts'
import type { EmulatorStore } from './store.ts'
import { suggestionsFor } from './suggestions.ts'

/** RestRequest.Method in declaration order (how Elasticsearch lists allowed methods). */
const METHOD_ORDER = ['GET', 'POST', 'PUT', 'DELETE', 'OPTIONS', 'HEAD', 'PATCH', 'TRACE', 'CONNECT']
const JSON_CONTENT_TYPES = new Set([
  'application/json',
  'application/x-ndjson',
  'application/vnd.elasticsearch+json',
  'application/vnd.elasticsearch+x-ndjson',
])

interface PathPattern {
  segments: string[]
  wildcards: number
  routes: Map<string, Route>
}

interface Candidate {
  pattern: PathPattern
  params: [name: string, rawValue: string][]
}

export function createRestHandler(store: EmulatorStore): (request: Request) => Promise<Response> {
  const patterns = buildPatterns([...rootRoutes(), ...connectorRoutes, ...connectorUpdateRoutes, ...syncJobRoutes])
  return async (request) => {
    const format = responseFormat(request.headers)
    const response = await answer(request, patterns, store, format)
    // Elasticsearch echoes the caller's request id, which ties log lines to requests.
    const opaqueId = request.headers.get('x-opaque-id')
    if (opaqueId !== null) response.headers.set('X-Opaque-Id', opaqueId)
    return response
  }
}

async function answer(request: Request, patterns: PathPattern[], store: EmulatorStore, format: ResponseFormat): Promise<Response> {
  let rest: RestRequest | undefined
  try {
    const url = new URL(request.url)
    const content = request.body ? new TextDecoder().decode(await request.arrayBuffer()) : ''
    rest = new RestRequest(request.method.toUpperCase(), url.pathname, url.search.slice(1), content)
    checkCompatibleVersion(request.headers, rest.hasContent())
    const reply = dispatch(rest, request.headers, patterns, store)
    const filterPath = rest.rawParam('filter_path')
    const body = filterPath !== undefined && reply.body !== undefined ? applyFilterPath(reply.body, filterPath) : reply.body
    return respond(reply.status, body, format, rest, reply.headers ?? {})
  } catch (error) {
    // Errors are rendered unfiltered, as Elasticsearch builds them without filter_path.
    if (error instanceof EsSimpleError) return respond(error.status, error.toBody(), format, rest, error.headers)
    const exception = error instanceof EsException ? error : internalError(error)
    const errorTrace = rest?.rawParam('error_trace')
    return respond(exception.status, exception.toBody(errorTrace === 'true' || errorTrace === ''), format, rest, {})
  }
}

function dispatch(request: RestRequest, headers: Headers, patterns: PathPattern[], store: EmulatorStore): Reply {
  // Candidates come explicit-first; the first one that handles the method wins (so PUT on
  // /_connector/_sync_job falls through to the connector PUT, as in Elasticsearch's path trie).
  const candidates = match(patterns, splitPath(request.rawPath))
  for (const candidate of candidates) {
    const route = candidate.pattern.routes.get(request.method)
    if (route) return run(route, candidate, request, headers, store)
  }
  const allowed = METHOD_ORDER.filter((method) => candidates.some((candidate) => candidate.pattern.routes.has(method)))
  const allow = { Allow: allowed.join(',') }
  if (request.method === 'OPTIONS') return { status: 200, headers: allow }
  if (allowed.length > 0) {
    const reason = `Incorrect HTTP method for uri [${request.uri}] and method [${request.method}], allowed: [${allowed.join(', ')}]`
    throw new EsSimpleError(405, reason, { headers: allow })
  }
  throw new EsSimpleError(400, `no handler found for uri [${request.uri}] and method [${request.method}]`, { includeStatus: false })
}

function run(route: Route, candidate: Candidate, request: RestRequest, headers: Headers, store: EmulatorStore): Reply {
  for (const [name, rawValue] of candidate.params) request.setPathParam(name, decodeComponent(rawValue, false))
  if (request.hasContent()) checkContentType(headers.get('content-type'))
  const action = route.prepare(request, store)
  const unrecognized = request.unconsumedParams()
  if (unrecognized.length > 0) throw unrecognizedParameters(request, unrecognized)
  if (request.hasContent() && !request.isContentConsumed()) {
    throw illegalArgument(`request [${request.method} ${request.path}] does not support having a body`)
  }
  return action()
}

function checkContentType(contentType: string | null): void {
  if (contentType === null || contentType.trim() === '') throw new EsSimpleError(406, 'Content-Type header is missing')
  const mediaType = contentType.split(';')[0]?.trim().toLowerCase() ?? ''
  if (!JSON_CONTENT_TYPES.has(mediaType)) throw new EsSimpleError(406, `Content-Type header [${contentType}] is not supported`)
}

const CURRENT_MAJOR = 9

/** `RestCompatibleVersionHelper`: `compatible-with` may ask for 9 or 8; with a body, Accept and
 *  Content-Type must both ask for the same version or both not at all. Checked before routing. */
function checkCompatibleVersion(headers: Headers, hasContent: boolean): void {
  const accept = headers.get('accept')
  const contentType = headers.get('content-type')
  const acceptAsked = compatibleWith(accept)
  const contentAsked = compatibleWith(contentType)
  const acceptVersion = acceptAsked ?? CURRENT_MAJOR
  const contentVersion = contentAsked ?? CURRENT_MAJOR
  const supported = (version: number) => version === CURRENT_MAJOR || version === CURRENT_MAJOR - 1
  let problem: string | undefined
  if (!supported(acceptVersion)) {
    problem = `Accept version must be either version ${CURRENT_MAJOR} or ${CURRENT_MAJOR - 1}, but found ${acceptVersion}. Accept=${accept}`
  } else if (hasContent && !supported(contentVersion)) {
    problem = `Content-Type version must be either version ${CURRENT_MAJOR} or ${CURRENT_MAJOR - 1}, but found ${contentVersion}. Content-Type=${contentType}`
  } else if (hasContent && (acceptVersion !== contentVersion || (acceptAsked === undefined) !== (contentAsked === undefined))) {
    problem =
      'A compatible version is required on both Content-Type and Accept headers if either one has requested a compatible version ' +
      `and the compatible versions must match. Accept=${accept}, Content-Type=${contentType}`
  }
  if (problem) {
    throw new EsException(400, 'media_type_header_exception', 'Invalid media-type value on headers [Accept, Content-Type]', {
      causedBy: { type: 'status_exception', reason: problem },
    })
  }
}

function compatibleWith(header: string | null): number | undefined {
  const found = /application\/vnd\.elasticsearch\+[a-z-]+\s*;\s*compatible-with\s*=\s*(\d{1,3})/i.exec(header ?? '')
  return found ? Number(found[1]) : undefined
}

function unrecognizedParameters(request: RestRequest, names: string[]): EsException {
  const candidates = request.consumedParams()
  const described = names.map((name) => {
    const keys = suggestionsFor(name, candidates)
    if (keys.length === 0) return `[${name}]`
    return `[${name}] -> did you mean ${keys.length === 1 ? `[${keys[0]}]` : `any of [${keys.join(', ')}]`}?`
  })
  const noun = names.length > 1 ? 'parameters' : 'parameter'
  return illegalArgument(`request [${request.path}] contains unrecognized ${noun}: ${described.join(', ')}`)
}

// ---- Routing ---------------------------------------------------------------------------------------

function buildPatterns(routes: Route[]): PathPattern[] {
  const byPath = new Map<string, PathPattern>()
  for (const route of routes) {
    let pattern = byPath.get(route.path)
    if (!pattern) {
      const segments = splitPath(route.path)
      pattern = { segments, wildcards: segments.filter(isWildcard).length, routes: new Map() }
      byPath.set(route.path, pattern)
    }
    pattern.routes.set(route.method, route)
  }
  return [...byPath.values()]
}

/** Elasticsearch's path trie compares raw (still encoded) segments, so `%2F` inside an id never splits
 *  it, and tries explicit segments before wildcards. */
function match(patterns: PathPattern[], segments: string[]): Candidate[] {
  const candidates: Candidate[] = []
  for (const pattern of patterns) {
    if (pattern.segments.length !== segments.length) continue
    const params: [string, string][] = []
    const matches = pattern.segments.every((expected, index) => {
      const actual = segments[index] ?? ''
      if (isWildcard(expected)) {
        params.push([expected.slice(1, -1), actual])
        return true
      }
      return expected === actual
    })
    if (matches) candidates.push({ pattern, params })
  }
  return candidates.sort((a, b) => a.pattern.wildcards - b.pattern.wildcards)
}

function isWildcard(segment: string): boolean {
  return segment.startsWith('{') && segment.endsWith('}')
}

/** Like Java's `path.split("/")` after the leading slash: trailing empty segments disappear. */
function splitPath(path: string): string[] {
  const segments = path.split('/').slice(1)
  while (segments.length > 0 && segments[segments.length - 1] === '') segments.pop()
  return segments
}

// ---- Responses -------------------------------------------------------------------------------------

interface ResponseFormat {
  contentType: string
}

/** `application/vnd.elasticsearch+json;compatible-with=N` when the client asked for the versioned
 *  type (Accept, else Content-Type), plain `application/json` otherwise. */
function responseFormat(headers: Headers): ResponseFormat {
  const asked = headers.get('accept') ?? headers.get('content-type') ?? ''
  const versioned = /application\/vnd\.elasticsearch\+json\s*;\s*compatible-with\s*=\s*(\d+)/i.exec(asked)
  return { contentType: versioned ? `application/vnd.elasticsearch+json;compatible-with=${versioned[1]}` : 'application/json' }
}

function respond(
  status: number,
  body: unknown,
  format: ResponseFormat,
  request: RestRequest | undefined,
  extraHeaders: Record<string, string>,
): Response {
  const headers = new Headers({ 'X-elastic-product': 'Elasticsearch', ...extraHeaders })
  headers.set('Content-Type', body === undefined ? 'text/plain; charset=UTF-8' : format.contentType)
  const pretty = request?.rawParam('pretty')
  const text =
    body === undefined || request?.method === 'HEAD'
      ? null
      : pretty !== undefined && pretty !== 'false'
        ? `${JSON.stringify(body, null, 2)}\n`
        : JSON.stringify(body)
  return new Response(text, { status, headers })
}

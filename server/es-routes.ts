// The allow-list of Elasticsearch routes reachable through /es: the exact methods and path shapes of
// the connector APIs the dashboard calls, and the query parameters each accepts. Pure, so every rule
// is unit-tested. Everything else is refused before it can reach a cluster.
//
// Matching works on the raw (still percent-encoded) path, never on a decoded one: a decoded path is
// exactly what path tricks (`%5Fconnector`, `%2e%2e`, `%2F`) aim at. Fixed segments must appear
// literally; id segments are forwarded byte for byte, so ids keep their encoding.

export type EsMethod = 'GET' | 'HEAD' | 'POST' | 'PUT' | 'DELETE'

const ID = Symbol('id')
type Segment = string | typeof ID

/** Which API a path is, so later steps (answer redaction) need not parse paths again. */
export type EsRouteName = 'root' | 'connector-list' | 'connector' | 'sync-job-list' | 'sync-job' | 'sync-job-action'

interface RouteShape {
  name: EsRouteName
  segments: readonly Segment[]
  /** Allowed methods, each with the query parameters it accepts. */
  methods: Partial<Record<EsMethod, readonly string[]>>
}

// `filter_path` only narrows a successful answer: the list views use it to leave out each job's
// connector snapshot (several kB per job, sensitive configuration values included), and the watcher
// of watched jobs (src/app/job-watcher.tsx) to read one job's status and times without it. What a
// filter keeps of a configuration is still redacted (redact-secrets.ts).
const SYNC_JOB_LIST_PARAMS = ['from', 'size', 'status', 'connector_id', 'job_type', 'filter_path'] as const
const CONNECTOR_LIST_PARAMS = [
  'from',
  'size',
  'query',
  'connector_name',
  'index_name',
  'service_type',
  'include_deleted',
  'filter_path',
] as const
// `_stats` is not here: only a connector worker reports progress, never the dashboard.
const SYNC_JOB_ACTIONS = ['_cancel', '_check_in', '_claim', '_error'] as const

// Static segments win over ids, as in Elasticsearch: `/_connector/_sync_job` is the job list, not
// the connector named "_sync_job" — so the order of this table matters.
const ROUTES: readonly RouteShape[] = [
  { name: 'root', segments: [], methods: { GET: [], HEAD: [] } },
  { name: 'connector-list', segments: ['_connector'], methods: { GET: CONNECTOR_LIST_PARAMS } },
  { name: 'sync-job-list', segments: ['_connector', '_sync_job'], methods: { GET: SYNC_JOB_LIST_PARAMS, POST: [] } },
  { name: 'sync-job', segments: ['_connector', '_sync_job', ID], methods: { GET: ['filter_path'], DELETE: [] } },
  ...SYNC_JOB_ACTIONS.map(
    (action): RouteShape => ({ name: 'sync-job-action', segments: ['_connector', '_sync_job', ID, action], methods: { PUT: [] } }),
  ),
  { name: 'connector', segments: ['_connector', ID], methods: { GET: ['include_deleted'] } },
]

export type EsRouteDecision =
  /** Forward `path + query` exactly as given. */
  | { kind: 'allowed'; route: EsRouteName; path: string; query: string }
  | { kind: 'not-found'; reason: string }
  | { kind: 'method-not-allowed'; allow: EsMethod[] }
  | { kind: 'unknown-parameters'; names: string[] }

/**
 * Decides whether `method` on the Elasticsearch path `path` (raw, starting with `/`, without the
 * /es prefix) with the raw query string `query` (`''` or starting with `?`) may be forwarded.
 */
export function matchEsRoute(method: string, path: string, query: string): EsRouteDecision {
  const segments = splitPath(path)
  if (typeof segments === 'string') return { kind: 'not-found', reason: segments }

  const route = ROUTES.find((candidate) => segmentsMatch(candidate.segments, segments))
  if (!route) return { kind: 'not-found', reason: 'not an API the dashboard uses' }

  const accepted = Object.hasOwn(route.methods, method) ? route.methods[method as EsMethod] : undefined
  if (!accepted) return { kind: 'method-not-allowed', allow: Object.keys(route.methods) as EsMethod[] }

  // Unknown parameters are refused here rather than dropped: Elasticsearch would refuse them too
  // (same wording), and the ones it accepts everywhere — format, pretty, human, error_trace, source,
  // and filter_path outside the list reads and the one-job read — change the response shape or content type, leak
  // stack traces, or smuggle a request body through the query string past the JSON and same-origin checks.
  const names = [...new URLSearchParams(query).keys()]
  const unknown = [...new Set(names.filter((name) => !accepted.includes(name)))]
  if (unknown.length > 0) return { kind: 'unknown-parameters', names: unknown }

  return { kind: 'allowed', route: route.name, path, query }
}

/**
 * Whether a request target has a `.` or `..` segment, plain or percent-encoded. URL parsers resolve
 * those before routing, so the checked path would differ from the one the client meant: refuse them
 * instead of guessing.
 */
export function hasDotSegment(rawPath: string): boolean {
  return /(?:^|\/)(?:\.|%2e){1,2}(?:\/|$)/i.test(rawPath)
}

/** Splits a raw path into segments, or explains why the path can never be a route. */
function splitPath(path: string): string[] | string {
  if (!path.startsWith('/')) return 'the path must start with /'
  if (path === '/') return []
  if (/[\\\p{Cc}]/u.test(path)) return 'backslashes and control characters are not allowed'
  // Our client never percent-encodes "_" or "." (encodeURIComponent leaves them alone); encoded ones
  // only serve to dodge a literal match, and encoded backslashes or control characters to confuse
  // whatever decodes the path next.
  if (/%(?:5f|2e|5c|[01][0-9a-f]|7f)/i.test(path)) return 'encoded "_", ".", "\\" or control characters are not allowed'
  const segments = path.slice(1).split('/')
  if (segments.some((segment) => segment === '')) return 'empty path segments (// or a trailing /) are not allowed'
  return segments
}

function segmentsMatch(shape: readonly Segment[], segments: readonly string[]): boolean {
  return shape.length === segments.length && shape.every((expected, i) => matchesSegment(expected, segments[i] ?? ''))
}

function matchesSegment(expected: Segment, segment: string): boolean {
  if (expected !== ID) return segment === expected
  // An id must not look like a fixed segment or a dot segment to anything that decodes it (an
  // encoded "/" is part of the id, so check each part it would split into).
  const decoded = tryDecode(segment)
  if (decoded === null) return false
  return decoded.split('/').every((part) => part !== '.' && part !== '..')
}

function tryDecode(segment: string): string | null {
  try {
    return decodeURIComponent(segment)
  } catch {
    return null
  }
}

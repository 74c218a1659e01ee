// Syncboard's own protocol between the dashboard server and the browser, beside the Elasticsearch API
// it passes through: where the browser reaches the cluster, the route that describes the server, the
// error types the server itself emits (in Elasticsearch's error envelope), and the placeholder that
// stands in for every sensitive configuration value. Shared by src/ and server/, owned by neither.

/** Every Elasticsearch request of the browser goes to this prefix, e.g. `/es/_connector/_sync_job`. */
export const ES_PREFIX = '/es'

/** `GET` answers {@link ServerConfig}. */
export const SERVER_CONFIG_URL = '/syncboard/config'

/** What the dashboard server tells the browser about itself. */
export interface ServerConfig {
  readOnly: boolean
  /** "embedded" when /es is the built-in emulator, "remote" when forwarding to ES_URL. */
  mode: 'embedded' | 'remote'
}

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

export type ServerErrorType = (typeof SERVER_ERROR_TYPES)[keyof typeof SERVER_ERROR_TYPES]

// Syncboard's own protocol between the dashboard server and the browser, beside the Elasticsearch API
// it passes through: where the browser reaches the cluster, the route that describes the server, the
// error types the server itself emits (in Elasticsearch's error envelope), and the placeholder that
// stands in for every sensitive configuration value. Shared by src/ and server/, owned by neither.

/** Every Elasticsearch request of the browser goes to this prefix, e.g. `/es/_connector/_sync_job`. */
export const ES_PREFIX = '/es'

/** `GET` answers {@link ServerConfig}. */
export const SERVER_CONFIG_URL = '/syncboard/config'

/**
 * The `<meta name>` under which the server also writes {@link ServerConfig} into every page it serves
 * (its `content` is the same JSON), so the app knows it at its first render without a request.
 */
export const SERVER_CONFIG_META = 'syncboard-config'

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
  /** 502: an answer that may hold configuration claims to be JSON but does not parse, so its secrets cannot be removed. */
  unredactableAnswer: 'syncboard_unredactable_answer',
  /** 500: a bug in the dashboard server. */
  internal: 'syncboard_internal_error',
} as const

export type ServerErrorType = (typeof SERVER_ERROR_TYPES)[keyof typeof SERVER_ERROR_TYPES]

/**
 * Sensitive configuration never reaches the browser. Elasticsearch answers every connector
 * configuration value in clear: a connector's own (`configuration` in `GET /_connector` and
 * `GET /_connector/{id}`) and the copy in each sync job's connector snapshot (`connector.configuration`
 * in `GET /_connector/_sync_job` and `GET /_connector/_sync_job/{id}`). In those four answers the
 * dashboard server replaces the `value` and the `default_value` of every configuration field marked
 * `"sensitive": true` with a {@link RedactedValue}. Everything else about the field stays, the
 * `sensitive` flag included:
 *
 * ```json
 * "password": { "label": "Password", "sensitive": true, "order": 3,
 *               "value": { "syncboard_redacted": true, "fingerprint": "5f0c2a91d3e84b7760aa19c2e4f1b803" } }
 * ```
 *
 * - An empty value (`""`, `null` or absent) is left as it is: it hides nothing, and the page shows "not set".
 * - The server fails closed: a field without the flag (a `filter_path` may leave it out) counts as
 *   sensitive, and so does one with a flag other than `false`. A configuration entry that is not an
 *   object (Elasticsearch never answers one) becomes `{ "value": RedactedValue }`.
 * - The page shows a RedactedValue as hidden, never as a value.
 */
export const REDACTED_MARKER = 'syncboard_redacted'

/** What stands in for a sensitive configuration value in answers from the dashboard server. */
export interface RedactedValue {
  /** Always `true`; tells the placeholder apart from a value (no connector setting is an object with this key). */
  [REDACTED_MARKER]: true
  /**
   * Whether two hidden values are equal, without the values: HMAC-SHA256 of the value's JSON text, keyed
   * with 32 random bytes the server draws when it starts and never hands out; the first 16 bytes, as 32
   * lowercase hex digits. Equal values give equal fingerprints (across fields, connectors and jobs) while
   * the server runs; after a restart every fingerprint changes, so compare only fingerprints received
   * from the same server process. Without the key a fingerprint cannot be checked against a guessed value,
   * as a plain hash could.
   */
  fingerprint: string
}

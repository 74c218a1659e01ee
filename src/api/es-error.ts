// The one error type every page renders: an Elasticsearch error body, a failure of the dashboard
// server in front of it, a network failure or an answer that is not JSON, all normalised.
import type { EsErrorCause } from '../../contract/es-connector-types.ts'

/** `type` values that do not come from Elasticsearch itself. */
export const CLIENT_ERROR_TYPES = {
  network: 'network_error',
  invalidResponse: 'invalid_response',
  noHandler: 'no_handler_found',
  methodNotAllowed: 'method_not_allowed',
  http: 'http_error',
} as const

export class EsError extends Error {
  override readonly name = 'EsError'
  /** HTTP status; 0 when no answer arrived at all. */
  readonly status: number
  readonly type: string
  readonly reason: string
  readonly rootCauses: readonly EsErrorCause[]
  readonly causedBy: EsErrorCause | undefined
  /** The raw body (parsed JSON, or the text when it was not JSON). */
  readonly body: unknown

  constructor(init: {
    status: number
    type: string
    reason: string
    rootCauses?: readonly EsErrorCause[]
    causedBy?: EsErrorCause
    body?: unknown
    cause?: unknown
  }) {
    super(`${init.type}: ${init.reason}`, { cause: init.cause })
    this.status = init.status
    this.type = init.type
    this.reason = init.reason
    this.rootCauses = init.rootCauses ?? []
    this.causedBy = init.causedBy
    this.body = init.body
  }

  get isNetworkError(): boolean {
    return this.type === CLIENT_ERROR_TYPES.network
  }

  /** Worth retrying automatically: nothing arrived, the cluster is overloaded or failing. */
  get isTransient(): boolean {
    return this.isNetworkError || this.status === 429 || this.status >= 500
  }

  static network(cause: unknown): EsError {
    const detail = cause instanceof Error ? cause.message : String(cause)
    return new EsError({
      status: 0,
      type: CLIENT_ERROR_TYPES.network,
      reason: `The dashboard server could not be reached (${detail}).`,
      cause,
    })
  }

  /** Builds the error from a non-2xx answer, whatever its shape. */
  static fromResponse(status: number, body: unknown, rawText: string): EsError {
    if (isObject(body)) {
      const error = body.error
      if (isObject(error) && typeof error.type === 'string') {
        const cause = error as EsErrorCause
        return new EsError({
          status,
          type: cause.type,
          reason: typeof cause.reason === 'string' ? cause.reason : cause.type,
          rootCauses: Array.isArray(error.root_cause) ? (error.root_cause as EsErrorCause[]) : [],
          causedBy: isObject(error.caused_by) ? (error.caused_by as EsErrorCause) : undefined,
          body,
        })
      }
      if (typeof error === 'string') return new EsError({ status, type: simpleErrorType(error), reason: error, body })
    }
    const text = rawText.trim()
    return new EsError({
      status,
      type: CLIENT_ERROR_TYPES.http,
      reason: text ? `HTTP ${status}: ${text.slice(0, 300)}` : `HTTP ${status} with an empty answer.`,
      body: rawText,
    })
  }

  static invalidResponse(status: number, rawText: string, cause?: unknown): EsError {
    return new EsError({
      status,
      type: CLIENT_ERROR_TYPES.invalidResponse,
      reason: `Expected a JSON answer but got: ${rawText.trim().slice(0, 200) || '(an empty body)'}`,
      body: rawText,
      cause,
    })
  }
}

/** The "simple" error strings Elasticsearch answers with for routing failures (405, 406, no handler). */
function simpleErrorType(message: string): string {
  if (message.startsWith('no handler found')) return CLIENT_ERROR_TYPES.noHandler
  if (message.startsWith('Incorrect HTTP method')) return CLIENT_ERROR_TYPES.methodNotAllowed
  return CLIENT_ERROR_TYPES.http
}

export function isEsError(value: unknown): value is EsError {
  return value instanceof EsError
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

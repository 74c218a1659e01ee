// Elasticsearch-shaped failures: the exceptions the emulator throws, and how Elasticsearch renders them
// on the wire (the structured `{error:{root_cause,type,reason,caused_by},status}` envelope, and the
// "simple" `{error:"…",status}` form that routing and content-type refusals use).

/** One link of a cause chain, as rendered in `caused_by` / `root_cause`. */
export interface EsCause {
  type: string
  reason: string
  causedBy?: EsCause
  /** Extra keys Elasticsearch writes beside type/reason (e.g. `index`, `phase`, `failed_shards`). */
  metadata?: Record<string, unknown>
}

export interface EsExceptionOptions {
  causedBy?: EsCause
  metadata?: Record<string, unknown>
  /** Overrides the derived root causes (search failures report the shard-level cause). */
  rootCauses?: EsCause[]
  /** A Java exception without a message renders `"reason": null`. */
  reasonIsNull?: boolean
}

/** A refusal rendered with the structured envelope. `status` is also the HTTP status. */
export class EsException extends Error {
  readonly status: number
  readonly type: string
  readonly reason: string
  readonly causedBy: EsCause | undefined
  readonly metadata: Record<string, unknown> | undefined
  readonly rootCauses: EsCause[] | undefined
  readonly reasonIsNull: boolean

  constructor(status: number, type: string, reason: string, options: EsExceptionOptions = {}) {
    super(`${type}: ${reason}`)
    this.name = 'EsException'
    this.status = status
    this.type = type
    this.reason = reason
    this.causedBy = options.causedBy
    this.metadata = options.metadata
    this.rootCauses = options.rootCauses
    this.reasonIsNull = options.reasonIsNull ?? false
  }

  /** The envelope; `withStackTrace` (`?error_trace=true`) adds a Java-style `stack_trace`. */
  toBody(withStackTrace = false): Record<string, unknown> {
    // Elasticsearch's root cause is the exception itself unless its cause is another Elasticsearch
    // exception; every cause we raise wraps a plain Java exception, so "itself" is right here.
    const rootCauses = this.rootCauses ?? [{ type: this.type, reason: this.reason, metadata: this.metadata }]
    const error: Record<string, unknown> = {
      root_cause: rootCauses.map((cause) => renderCause({ ...cause, causedBy: undefined })),
      ...renderCause(this),
      ...(withStackTrace ? { stack_trace: stackTrace(this) } : {}),
    }
    if (this.reasonIsNull) {
      error.reason = null
      for (const cause of error.root_cause as Record<string, unknown>[]) cause.reason = null
    }
    return { error, status: this.status }
  }
}

/** A refusal rendered as `{error: "<message>", status}` (status omitted for "no handler found"). */
export class EsSimpleError extends Error {
  readonly status: number
  readonly includeStatus: boolean
  readonly headers: Record<string, string>

  constructor(status: number, message: string, options: { includeStatus?: boolean; headers?: Record<string, string> } = {}) {
    super(message)
    this.name = 'EsSimpleError'
    this.status = status
    this.includeStatus = options.includeStatus ?? true
    this.headers = options.headers ?? {}
  }

  toBody(): Record<string, unknown> {
    return this.includeStatus ? { error: this.message, status: this.status } : { error: this.message }
  }
}

/** A plausible Java stack trace: the exception chain with emulator frames (there is no JVM to ask). */
function stackTrace(exception: EsException): string {
  const lines: string[] = []
  let cause: EsCause | undefined = exception
  let prefix = ''
  while (cause) {
    lines.push(`${prefix}${javaClassName(cause.type)}: ${cause.reason}`, '\tat org.elasticsearch.xpack.application.connector(syncboard emulator)')
    prefix = 'Caused by: '
    cause = cause.causedBy
  }
  return lines.join('\n')
}

function javaClassName(type: string): string {
  const simple = type
    .split('_')
    .map((word) => (word === 'x' ? 'X' : word.charAt(0).toUpperCase() + word.slice(1)))
    .join('')
  // Elasticsearch strips its own prefix from these two when naming the type.
  const named = simple === 'StatusException' || simple === 'ParseException' ? `Elasticsearch${simple}` : simple
  return `org.elasticsearch.${named}`
}

function renderCause(cause: EsCause): Record<string, unknown> {
  const rendered: Record<string, unknown> = { type: cause.type, reason: cause.reason, ...cause.metadata }
  if (cause.causedBy) rendered.caused_by = renderCause(cause.causedBy)
  return rendered
}

// ---- The exceptions the connector API raises -------------------------------------------------------

export function illegalArgument(reason: string, causedBy?: EsCause): EsException {
  return new EsException(400, 'illegal_argument_exception', reason, causedBy ? { causedBy } : {})
}

export function xContentParse(reason: string, causedBy?: EsCause): EsException {
  return new EsException(400, 'x_content_parse_exception', reason, causedBy ? { causedBy } : {})
}

export function requestBodyRequired(): EsException {
  return new EsException(400, 'parse_exception', 'request body is required')
}

/** `ActionRequest.validate()` failures: numbered and accumulated, each followed by `;`. */
export function validationFailed(messages: readonly string[]): EsException {
  const numbered = messages.map((message, index) => `${index + 1}: ${message};`).join('')
  return new EsException(400, 'action_request_validation_exception', `Validation Failed: ${numbered}`)
}

export function resourceNotFound(reason: string): EsException {
  return new EsException(404, 'resource_not_found_exception', reason)
}

export function badRequestStatus(reason: string, causedBy?: EsCause): EsException {
  return new EsException(400, 'status_exception', reason, causedBy ? { causedBy } : {})
}

export function invalidTransition(from: string, to: string): EsException {
  const reason =
    `Invalid transition attempt from [${from}] to [${to}]. ` +
    'Such a ConnectorSyncStatus transition is not supported by the Connector Protocol.'
  return badRequestStatus(reason, { type: 'connector_sync_job_invalid_status_transition_exception', reason })
}

export function indexNotFound(index: string): EsException {
  return new EsException(404, 'index_not_found_exception', `no such index [${index}]`, {
    metadata: { 'resource.type': 'index_expression', 'resource.id': index, index_uuid: '_na_', index },
  })
}

/** The shard-level refusal of a page beyond `index.max_result_window`, as the search layer reports it. */
export function resultWindowTooLarge(index: string, window: number): EsException {
  const cause: EsCause = {
    type: 'illegal_argument_exception',
    reason:
      `Result window is too large, from + size must be less than or equal to: [10000] but was [${window}]. ` +
      'See the scroll api for a more efficient way to request large data sets. ' +
      'This limit can be set by changing the [index.max_result_window] index level setting.',
  }
  return new EsException(400, 'search_phase_execution_exception', 'all shards failed', {
    rootCauses: [cause],
    causedBy: cause,
    metadata: {
      phase: 'query',
      grouped: true,
      failed_shards: [{ shard: 0, index, node: 'syncboard-emulator-node', reason: { type: cause.type, reason: cause.reason } }],
    },
  })
}

/** What an unexpected internal failure looks like: never expected, but never a bare crash either. */
export function internalError(error: unknown): EsException {
  const reason = error instanceof Error ? error.message : String(error)
  return new EsException(500, 'exception', reason || 'internal error')
}

/** A connector lookup (`getConnector`) that found nothing, or only a soft-deleted document. */
export function connectorNotFound(id: string): EsException {
  return resourceNotFound(`connector [${id}] not found`)
}

/** ES core's `DocumentMissingException`: a partial update of a document that does not exist, which the
 *  connector code passes on unmapped, with the shard's metadata. */
export function documentMissing(id: string, index: string, indexUuid: string): EsException {
  return new EsException(404, 'document_missing_exception', `[${id}]: document missing`, {
    metadata: { index_uuid: indexUuid, shard: '0', index },
  })
}

/** A Java runtime exception Elasticsearch lets through unmapped: HTTP 500 with the Java type (and a
 *  null reason when the exception has no message). The emulator raises it only where Elasticsearch's
 *  own code does, never for a failure of its own. */
export function javaRuntimeFailure(type: string, reason: string | null): EsException {
  return new EsException(500, type, reason ?? '', { reasonIsNull: reason === null })
}

/** `ConnectorInvalidStatusTransitionException`, wrapped in a 400 `ElasticsearchStatusException`. */
export function invalidConnectorTransition(from: string, to: string): EsException {
  const reason = `Invalid transition attempt from [${from}] to [${to}]. Such a status transition is not supported by the Connector Protocol.`
  return badRequestStatus(reason, { type: 'connector_invalid_status_transition_exception', reason })
}

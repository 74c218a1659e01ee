// The /es/* handler: decides with the allow-list whether a request may reach Elasticsearch, reads its
// body within the limit, hands it — with only the allow-listed headers — to the upstream (the
// embedded emulator or the forwarder), and removes sensitive configuration values from the answers
// that may carry them. Read-only and same-origin checks run before it (security.ts).

import type { Context } from 'hono'
import type { DashboardConfig } from './config.ts'
import { ES_PREFIX, SERVER_ERROR_TYPES } from '../contract/syncboard-protocol.ts'
import { esErrorResponse, esSimpleErrorResponse, routeNotAllowed } from './es-error-response.ts'
import { matchEsRoute } from './es-routes.ts'
import { forwardedRequestHeaders, type EsUpstream } from './es-upstream.ts'
import type { SecretRedactor } from './redact-secrets.ts'
import { BodyTooLargeError, readBodyWithLimit } from './security.ts'

export function createEsHandler(config: DashboardConfig, upstream: EsUpstream, redactor: SecretRedactor) {
  return async function handleEs(c: Context): Promise<Response> {
    const url = new URL(c.req.url)
    // Hono routes on a decoded path, so `/%65s/…` lands here too: only the literal prefix counts.
    const esPath = url.pathname === ES_PREFIX ? '/' : url.pathname.startsWith(`${ES_PREFIX}/`) ? url.pathname.slice(ES_PREFIX.length) : null
    // c.req.raw, not c.req: Hono routes a HEAD as a GET.
    const method = c.req.raw.method
    if (esPath === null) return routeNotAllowed(method, url.pathname)

    const decision = matchEsRoute(method, esPath, url.search)
    switch (decision.kind) {
      case 'not-found':
        return routeNotAllowed(method, esPath, decision.reason)
      case 'method-not-allowed':
        // Elasticsearch's own 405 form, Allow header included.
        return esSimpleErrorResponse(
          405,
          `Incorrect HTTP method for uri [${esPath}${url.search}] and method [${method}], allowed: [${decision.allow.join(', ')}]`,
          { allow: decision.allow.join(',') },
        )
      case 'unknown-parameters': {
        // Elasticsearch's own wording for parameters it does not know.
        const plural = decision.names.length > 1 ? 'parameters' : 'parameter'
        const names = decision.names.map((name) => `[${name}]`).join(', ')
        return esErrorResponse(400, 'illegal_argument_exception', `request [${esPath}] contains unrecognized ${plural}: ${names}`)
      }
      case 'allowed':
        break
    }

    let body: Uint8Array<ArrayBuffer> | null = null
    try {
      body = method === 'GET' || method === 'HEAD' ? null : await readBodyWithLimit(c.req.raw, config.maxBodyBytes)
    } catch (error) {
      if (!(error instanceof BodyTooLargeError)) throw error
      return esErrorResponse(413, SERVER_ERROR_TYPES.bodyTooLarge, `request bodies are limited to ${config.maxBodyBytes} bytes`)
    }
    const redacted = redactor.covers(method, decision.route)
    const answer = await upstream.send({
      method,
      pathAndQuery: decision.path + decision.query,
      // Elasticsearch answers in the format the Accept header asks for (or, without one, the request's
      // Content-Type): YAML, CBOR or Smile would carry secrets past the redaction, so these ask for JSON.
      headers: redacted ? new Headers({ accept: 'application/json' }) : forwardedRequestHeaders(c.req.raw.headers),
      body,
      signal: c.req.raw.signal,
    })
    return redacted ? redactor.redact(decision.route, answer) : answer
  }
}

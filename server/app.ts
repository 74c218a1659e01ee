// The dashboard server as one Hono app: access log, security headers and Host check on everything;
// `/syncboard/config` for the browser; `/es/*` checked (read-only, same-origin, allow-list, body
// limit) and handed to the embedded emulator or forwarded to ES_URL; then the built app from dist/.
// `npm start`, `npm run serve`, the Vite dev server and the tests all use this one app.

import { Hono } from 'hono'
import type { IncomingMessage } from 'node:http'
import type { ServerConfig } from '../src/api/types.ts'
import { accessLog, type LogSink } from './access-log.ts'
import type { DashboardConfig } from './config.ts'
import { createEmbeddedEs } from './es-embedded.ts'
import { esErrorResponse, esSimpleErrorResponse, SERVER_ERROR_TYPES } from './es-error-response.ts'
import { createEsForwarder } from './es-forward.ts'
import { hasDotSegment, matchEsRoute } from './es-routes.ts'
import { forwardedRequestHeaders, type EsUpstream } from './es-upstream.ts'
import { BodyTooLargeError, hostCheck, mutationGuard, readBodyWithLimit, securityHeaders } from './security.ts'
import { createStaticHandler } from './static.ts'

export interface DashboardAppOptions {
  /** Where access-log lines go; defaults to stdout unless LOG_LEVEL is error or silent. */
  log?: LogSink
  /** Serve only /es and /syncboard/config (the Vite dev server serves the app itself). */
  apiOnly?: boolean
}

export interface DashboardApp {
  app: Hono
  upstream: EsUpstream
  /** Stops the emulator's worker or closes the pooled connections to the cluster. */
  close(): void
}

export function createDashboardApp(config: DashboardConfig, options: DashboardAppOptions = {}): DashboardApp {
  const upstream = config.remote
    ? createEsForwarder({ cluster: config.remote, timeoutMs: config.upstreamTimeoutMs })
    : createEmbeddedEs(config.emulator)
  const log = options.log ?? (config.logLevel === 'info' ? (line: string) => process.stdout.write(`${line}\n`) : null)
  const app = new Hono()

  if (log) app.use(accessLog(log))
  app.use(securityHeaders())
  app.use(hostCheck(config))
  // The URL Hono sees is already normalised (`/es/../x` became `/x`); the request target as received
  // says whether the client tried, and such a request is refused rather than guessed at. Browsers
  // never send one. (No `incoming` outside node:http, e.g. with app.request in tests.)
  app.use(async (c, next) => {
    const received = (c.env as { incoming?: IncomingMessage } | undefined)?.incoming?.url ?? ''
    if (hasDotSegment(received.split('?')[0] ?? '')) return routeNotAllowed(c.req.raw.method, received.split('?')[0] ?? '')
    await next()
  })

  app.get('/syncboard/config', (c) => {
    const answer: ServerConfig = { readOnly: config.readOnly, mode: upstream.mode }
    return c.json(answer, 200, { 'cache-control': 'no-store' })
  })

  app.use('/es/*', mutationGuard(config))
  app.all('/es/*', async (c) => {
    const url = new URL(c.req.url)
    // Hono routes on a decoded path, so `/%65s/…` lands here too: only the literal prefix counts.
    const esPath = url.pathname === '/es' ? '/' : url.pathname.startsWith('/es/') ? url.pathname.slice(3) : null
    const method = c.req.raw.method
    if (esPath === null) return routeNotAllowed(method, url.pathname)

    const decision = matchEsRoute(method, esPath, url.search)
    switch (decision.kind) {
      case 'not-found':
        return routeNotAllowed(method, esPath)
      case 'method-not-allowed':
        // Elasticsearch's own 405 form, Allow header included.
        return esSimpleErrorResponse(
          405,
          `Incorrect HTTP method for uri [${esPath}${url.search}] and method [${method}], allowed: [${decision.allow.join(', ')}]`,
          { allow: decision.allow.join(',') },
        )
      case 'unknown-parameters': {
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
      return esErrorResponse(
        413,
        SERVER_ERROR_TYPES.bodyTooLarge,
        `request bodies are limited to ${config.maxBodyBytes} bytes`,
      )
    }
    return upstream.send({
      method,
      pathAndQuery: decision.path + decision.query,
      headers: forwardedRequestHeaders(c.req.raw.headers),
      body,
      signal: c.req.raw.signal,
    })
  })

  if (!options.apiOnly) {
    const serveStatic = createStaticHandler(config.distDir)
    app.get('*', serveStatic)
    app.all('*', (c) => c.text('Method not allowed\n', 405, { allow: 'GET, HEAD' }))
  }

  app.onError((error) => {
    process.stderr.write(`syncboard: unexpected error: ${error instanceof Error ? error.message : String(error)}\n`)
    return esErrorResponse(500, SERVER_ERROR_TYPES.internal, 'Syncboard failed to handle this request; see its log')
  })

  return { app, upstream, close: () => upstream.close() }
}

function routeNotAllowed(method: string, path: string): Response {
  return esErrorResponse(
    404,
    SERVER_ERROR_TYPES.routeNotAllowed,
    `Syncboard does not pass [${method} ${path}] to Elasticsearch: only the connector and sync job APIs the dashboard uses are available`,
  )
}

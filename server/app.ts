// The dashboard server as one Hono app: access log, security headers and Host check on everything;
// `/syncboard/config` for the browser; `/es/*` checked (read-only, same-origin, allow-list, body
// limit), handed to the embedded emulator or forwarded to ES_URL, and its answers cleared of
// sensitive configuration values, then compressed for the browser (compress-response.ts); then the
// built app from dist/, its assets precompressed at build time (tools/precompress.ts).
// `npm start`, `npm run serve`, the Vite dev server and the tests all use this one app.

import { Hono } from 'hono'
import { ES_PREFIX, SERVER_CONFIG_URL, SERVER_ERROR_TYPES, type ServerConfig } from '../contract/syncboard-protocol.ts'
import { accessLog, type LogSink } from './access-log.ts'
import { compression } from './compress-response.ts'
import type { DashboardConfig } from './config.ts'
import { createEmbeddedEs } from './es-embedded.ts'
import { esErrorResponse } from './es-error-response.ts'
import { createEsForwarder } from './es-forward.ts'
import { createEsHandler } from './es-handler.ts'
import type { EsUpstream } from './es-upstream.ts'
import { createSecretRedactor } from './redact-secrets.ts'
import { dotSegmentCheck, hostCheck, mutationGuard, securityHeaders } from './security.ts'
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
  app.use(dotSegmentCheck())

  const serverConfig: ServerConfig = { readOnly: config.readOnly, mode: upstream.mode }
  app.get(SERVER_CONFIG_URL, (c) => c.json(serverConfig, 200, { 'cache-control': 'no-store' }))

  // Outside the handler, so it compresses what redaction wrote and the refusals too (errors are small).
  app.use(`${ES_PREFIX}/*`, compression())
  app.use(`${ES_PREFIX}/*`, mutationGuard(config))
  // A new fingerprint key for every server start (see RedactedValue).
  app.all(`${ES_PREFIX}/*`, createEsHandler(config, upstream, createSecretRedactor()))

  if (!options.apiOnly) {
    const serveStatic = createStaticHandler(config.distDir, serverConfig)
    app.get('*', serveStatic)
    app.all('*', (c) => c.text('Method not allowed\n', 405, { allow: 'GET, HEAD' }))
  }

  app.onError((error) => {
    process.stderr.write(`syncboard: unexpected error: ${error instanceof Error ? error.message : String(error)}\n`)
    return esErrorResponse(500, SERVER_ERROR_TYPES.internal, 'Syncboard failed to handle this request; see its log')
  })

  return { app, upstream, close: () => upstream.close() }
}

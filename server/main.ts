// Entry point of `npm start` / `npm run serve`: reads the environment, serves the dashboard app,
// prints one startup line (URL and where /es goes — never a secret), and shuts down gracefully.

import { serve } from '@hono/node-server'
import type { AddressInfo } from 'node:net'
import { createDashboardApp } from './app.ts'
import { ConfigError, parseConfig, type DashboardConfig } from './config.ts'

function describeMode(config: DashboardConfig): string {
  if (config.remote) {
    const auth = { 'api-key': 'ES_API_KEY', basic: 'ES_USERNAME and ES_PASSWORD', none: 'no credentials' }
    const ca = config.remote.caFile ? `, CA from ${config.remote.caFile}` : ''
    return `/es → ${config.remote.url} (${auth[config.remote.credentials.kind]}${ca})`
  }
  const e = config.emulator
  const extras = [e.latencyMs ? `latency ${e.latencyMs} ms` : '', e.failRate ? `fail rate ${e.failRate}` : ''].filter(Boolean)
  return (
    `/es → embedded demo cluster (seed ${e.seed}, ${e.connectors} connectors, ${e.jobs} jobs, ` +
    `worker ${e.worker ? 'on' : 'off'}, ${e.order} order${extras.length ? `, ${extras.join(', ')}` : ''})`
  )
}

function start(): void {
  let config: DashboardConfig
  let dashboard: ReturnType<typeof createDashboardApp>
  try {
    config = parseConfig(process.env)
    dashboard = createDashboardApp(config)
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error
    process.stderr.write(`syncboard: invalid configuration: ${error.message}\n`)
    process.exit(1)
  }

  const server = serve({ fetch: dashboard.app.fetch, port: config.port, hostname: config.host }, (info: AddressInfo) => {
    const host = info.family === 'IPv6' ? `[${info.address}]` : info.address
    const readOnly = config.readOnly ? ' [read-only]' : ''
    if (config.logLevel !== 'silent') {
      process.stdout.write(`Syncboard on http://${host}:${info.port}${readOnly} — ${describeMode(config)}\n`)
    }
  })
  server.on('error', (error: NodeJS.ErrnoException) => {
    const hint = error.code === 'EADDRINUSE' ? ` (port ${config.port} is in use; set PORT)` : ''
    process.stderr.write(`syncboard: cannot listen on ${config.host}:${config.port}: ${error.code ?? error.message}${hint}\n`)
    dashboard.close()
    process.exit(1)
  })

  let stopping = false
  const stop = (signal: string) => {
    if (stopping) return
    stopping = true
    if (config.logLevel !== 'silent') process.stdout.write(`Syncboard stopping (${signal})\n`)
    dashboard.close()
    // Let in-flight requests finish, but do not wait on idle keep-alive connections or a hung one.
    server.close(() => process.exit(0))
    if ('closeIdleConnections' in server) server.closeIdleConnections()
    setTimeout(() => process.exit(0), 5_000).unref()
  }
  process.on('SIGINT', () => stop('SIGINT'))
  process.on('SIGTERM', () => stop('SIGTERM'))
}

start()

// `npm run emulator`: serves the emulated Elasticsearch connector API over HTTP at the root, so curl,
// the official client and the dashboard (ES_URL=http://127.0.0.1:9200) can talk to it.

import { serve } from '@hono/node-server'
import { createEmulator } from './app.ts'
import { EMULATOR_USAGE, parseEmulatorArgs } from './cli-options.ts'

const parsed = parseEmulatorArgs(process.argv.slice(2))
if (parsed.kind === 'help') {
  console.info(EMULATOR_USAGE)
  process.exit(0)
}
if (parsed.kind === 'error') {
  console.error(`emulator: ${parsed.message}\n\n${EMULATOR_USAGE}`)
  process.exit(2)
}

const options = parsed.options
const emulator = createEmulator(options)

const server = serve({ fetch: emulator.app.fetch, port: options.port, hostname: options.host }, (info) => {
  const host = info.family === 'IPv6' ? `[${info.address}]` : info.address
  const faults = [
    options.latencyMs > 0 ? `${options.latencyMs} ms latency` : '',
    options.failRate > 0 ? `${options.failRate * 100}% failures` : '',
  ].filter(Boolean)
  console.info(
    `Elasticsearch emulator on http://${host}:${info.port} — ${options.connectors} connectors, ${options.jobs} sync jobs ` +
      `(seed ${options.seed}), worker ${options.worker ? ((options.timeScale ?? 1) === 1 ? 'on' : `on at ${options.timeScale}× speed`) : 'off'}, list order ${options.order}` +
      (faults.length > 0 ? `, ${faults.join(', ')}` : ''),
  )
})

server.on('error', (error: NodeJS.ErrnoException) => {
  console.error(`emulator: cannot listen on ${options.host}:${options.port}: ${error.code ?? error.message}`)
  emulator.stop()
  process.exit(1)
})

function shutDown(): void {
  emulator.stop()
  server.close(() => process.exit(0))
  // Keep-alive connections would hold close() open; nothing here is worth waiting for.
  if ('closeAllConnections' in server) server.closeAllConnections()
}
process.once('SIGINT', shutDown)
process.once('SIGTERM', shutDown)

// Mounts the embedded Elasticsearch emulator (no ES_URL) behind /es: the same allow-listed, filtered
// request the forwarder would send to a cluster goes to the emulator's Hono app in memory instead.

import { createEmulator, type EmulatorSettings } from './emulator/app.ts'
import { forwardedResponseHeaders, type EsRequest, type EsUpstream } from './es-upstream.ts'

// Only used to build a Request; the emulator routes on the path and never sees this host.
const EMULATOR_ORIGIN = 'http://emulator.internal'

export function createEmbeddedEs(settings: EmulatorSettings): EsUpstream {
  const emulator = createEmulator(settings)

  async function send(request: EsRequest): Promise<Response> {
    // The path keeps its encoding: `new Request` does not decode an already-normalised URL.
    const response = await emulator.app.fetch(
      new Request(EMULATOR_ORIGIN + request.pathAndQuery, {
        method: request.method,
        headers: request.headers,
        body: request.body,
        signal: request.signal,
      }),
    )
    return new Response(response.body, { status: response.status, headers: forwardedResponseHeaders(response.headers) })
  }

  return { mode: 'embedded', send, close: () => emulator.stop() }
}

// Hands every `/es/…` request of a component test to a fresh, seeded emulator — the same Hono app
// the dashboard server mounts — with the server's redaction of sensitive configuration values applied,
// so pages see what a browser sees; and answers the server's `/syncboard/config`.
import { http, HttpResponse } from 'msw'
import { createEmulator, type Emulator, type EmulatorOptions } from '../../../server/emulator/app.ts'
import { matchEsRoute } from '../../../server/es-routes.ts'
import { createSecretRedactor } from '../../../server/redact-secrets.ts'
import { SERVER_CONFIG_URL, type ServerConfig } from '../../../contract/syncboard-protocol.ts'
import { mswServer } from './msw-server.ts'

const running: Emulator[] = []

// Every URL under the `/es` mount, the root `GET /es/` included (a wildcard pattern misses that one).
const ES_MOUNT = /^https?:\/\/[^/]+\/es(?:\/|\?|$)/

/** Rewrites `http://host/es/_connector?x` to `http://host/_connector?x`, keeping method, headers and body. */
export async function withoutEsPrefix(request: Request): Promise<Request> {
  const url = new URL(request.url)
  url.pathname = url.pathname.replace(/^\/es(?=\/|$)/, '') || '/'
  const body = request.method === 'GET' || request.method === 'HEAD' ? null : await request.arrayBuffer()
  return new Request(url, { method: request.method, headers: request.headers, body })
}

export function useEmulator(
  options: EmulatorOptions = {},
  serverConfig: ServerConfig = { readOnly: false, mode: 'embedded' },
): Emulator {
  const emulator = createEmulator({ connectors: 4, jobs: 40, seed: 1, worker: false, ...options })
  running.push(emulator)
  const redactor = createSecretRedactor()
  mswServer.use(
    http.all(ES_MOUNT, async ({ request }) => {
      const esRequest = await withoutEsPrefix(request)
      const answer = await emulator.app.fetch(esRequest)
      const url = new URL(esRequest.url)
      const route = matchEsRoute(esRequest.method, url.pathname, url.search)
      return route.kind === 'allowed' && redactor.covers(esRequest.method, route.route) ? redactor.redact(route.route, answer) : answer
    }),
    http.get(`*${SERVER_CONFIG_URL}`, () => HttpResponse.json(serverConfig)),
  )
  return emulator
}

export function stopEmulators(): void {
  for (const emulator of running.splice(0)) emulator.stop()
}

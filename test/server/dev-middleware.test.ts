// The Vite dev server's mount: /es/* and /syncboard/config go to the dashboard app (with its checks);
// everything else goes on to Vite.

import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createDevMiddleware } from '../../server/dev-middleware.ts'
import { sendRaw } from './support/dashboard-server.ts'

let server: http.Server
let port: number
const agent = new http.Agent({ keepAlive: false })

beforeAll(async () => {
  const middleware = await createDevMiddleware({ EMULATOR_WORKER: 'false', EMULATOR_JOBS: '4', EMULATOR_CONNECTORS: '1', LOG_LEVEL: 'silent' })
  // Stands in for Vite: whatever the middleware passes on is "served by Vite".
  server = http.createServer((req, res) => middleware(req, res, () => res.end('vite')))
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  port = (server.address() as AddressInfo).port
})
afterAll(async () => {
  server.closeAllConnections()
  await new Promise((resolve) => server.close(resolve))
})

describe('createDevMiddleware', () => {
  it('serves /es from the embedded emulator', async () => {
    const response = await sendRaw(port, agent, { path: '/es/_connector/_sync_job?size=1' })
    expect(response.status).toBe(200)
    expect((response.json() as { count: number }).count).toBe(4)
  })

  it('serves /syncboard/config', async () => {
    expect((await sendRaw(port, agent, { path: '/syncboard/config' })).json()).toEqual({ readOnly: false, mode: 'embedded' })
  })

  it('applies the same checks', async () => {
    expect((await sendRaw(port, agent, { method: 'DELETE', path: '/es/_connector/_sync_job/x' })).status).toBe(403)
    expect((await sendRaw(port, agent, { path: '/es/_security/user' })).status).toBe(404)
  })

  it('leaves everything else to Vite', async () => {
    for (const path of ['/', '/jobs/abc', '/src/main.tsx', '/esx', '/@vite/client']) {
      expect((await sendRaw(port, agent, { path })).body).toBe('vite')
    }
  })
})

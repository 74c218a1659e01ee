// A failing cluster never takes the server down: a slow one becomes a 504, an unreachable one a 502
// (both Elasticsearch-shaped), a browser that gives up is tolerated — and the server keeps answering.

import http from 'node:http'
import net from 'node:net'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { sameOrigin, startDashboard, type RunningDashboard } from './support/dashboard-server.ts'
import { DEFAULT_ANSWER, startRecordingEs, type RecordingEs } from './support/recording-es.ts'
import { esErrorBody } from '../support/es-error.ts'

let es: RecordingEs
let dashboard: RunningDashboard

beforeAll(async () => {
  es = await startRecordingEs()
  dashboard = await startDashboard({ ES_URL: es.url, ES_TIMEOUT_MS: '300' })
})
afterAll(async () => {
  await dashboard.close()
  await es.close()
})
afterEach(() => {
  es.requests.length = 0
  es.answer(DEFAULT_ANSWER)
})

async function expectStillServing(server: RunningDashboard) {
  expect((await server.send({ path: '/syncboard/config' })).status).toBe(200)
}

/** A port nothing listens on: bound, then closed. */
async function closedPort(): Promise<number> {
  const server = net.createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as net.AddressInfo
  await new Promise((resolve) => server.close(resolve))
  return port
}

describe('a cluster that does not answer in time', () => {
  it('gives 504 with an Elasticsearch-shaped body, then serves the next request', async () => {
    es.answer({ hang: true })
    const started = Date.now()
    const response = await dashboard.send({ path: '/es/_connector/_sync_job' })
    expect(Date.now() - started).toBeLessThan(3000)
    expect(response.status).toBe(504)
    expect(response.json()).toEqual(esErrorBody(504, 'syncboard_upstream_timeout', 'Elasticsearch did not answer within 300 ms'))
    es.answer(DEFAULT_ANSWER)
    expect((await dashboard.send({ path: '/es/_connector/_sync_job' })).status).toBe(200)
  })

  it('gives 504 when the answer starts but its body stalls', async () => {
    const stalling = http.createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': '100' })
      res.write('{"count":')
    })
    await new Promise<void>((resolve) => stalling.listen(0, '127.0.0.1', resolve))
    const { port } = stalling.address() as net.AddressInfo
    const stalled = await startDashboard({ ES_URL: `http://127.0.0.1:${port}`, ES_TIMEOUT_MS: '300' })
    try {
      const response = await stalled.send({ path: '/es/_connector/_sync_job' })
      expect(response.status).toBe(504)
      expect(response.json()).toMatchObject({ error: { type: 'syncboard_upstream_timeout' } })
      await expectStillServing(stalled)
    } finally {
      await stalled.close()
      stalling.closeAllConnections()
      await new Promise((resolve) => stalling.close(resolve))
    }
  })

  it('does not time out an answer that comes in time', async () => {
    es.answer({ ...DEFAULT_ANSWER, delayMs: 100 })
    expect((await dashboard.send({ path: '/es/' })).status).toBe(200)
  })

  it('defaults to 30 s', async () => {
    const defaults = await startDashboard({ ES_URL: es.url })
    try {
      expect(defaults.config.upstreamTimeoutMs).toBe(30_000)
    } finally {
      await defaults.close()
    }
  })
})

describe('an unreachable cluster', () => {
  it('gives 502 with a clear reason, then keeps serving', async () => {
    const port = await closedPort()
    const down = await startDashboard({ ES_URL: `http://127.0.0.1:${port}`, ES_API_KEY: 'secret-key' })
    try {
      for (const [method, requestPath] of [
        ['GET', '/es/_connector/_sync_job'],
        ['PUT', '/es/_connector/_sync_job/j/_cancel'],
      ] as const) {
        const response = await down.send({ method, path: requestPath, headers: sameOrigin(down) })
        expect(response.status).toBe(502)
        const reason = 'Elasticsearch (ES_URL) could not be reached: the connection was refused (ECONNREFUSED)'
        expect(response.json()).toEqual(esErrorBody(502, 'syncboard_upstream_unreachable', reason))
        expect(response.body).not.toContain('secret-key')
      }
      await expectStillServing(down)
    } finally {
      await down.close()
    }
  })

  it('gives 502 when the host name does not resolve', async () => {
    const down = await startDashboard({ ES_URL: 'http://no-such-host.invalid:9200' })
    try {
      const response = await down.send({ path: '/es/' })
      expect(response.status).toBe(502)
      expect(response.json()).toMatchObject({ error: { type: 'syncboard_upstream_unreachable' } })
    } finally {
      await down.close()
    }
  })

  it('gives 502 when the cluster drops the connection mid-request', async () => {
    const rude = net.createServer((socket) => socket.destroy())
    await new Promise<void>((resolve) => rude.listen(0, '127.0.0.1', resolve))
    const { port } = rude.address() as net.AddressInfo
    const dropped = await startDashboard({ ES_URL: `http://127.0.0.1:${port}` })
    try {
      const response = await dropped.send({ path: '/es/' })
      expect(response.status).toBe(502)
      await expectStillServing(dropped)
    } finally {
      await dropped.close()
      await new Promise((resolve) => rude.close(resolve))
    }
  })
})

describe('misbehaving clients', () => {
  it('survives a browser that disconnects while the cluster is still thinking', async () => {
    es.answer({ ...DEFAULT_ANSWER, delayMs: 200 })
    await new Promise<void>((resolve) => {
      const request = http.get({ host: '127.0.0.1', port: dashboard.port, path: '/es/_connector/_sync_job' })
      request.on('error', () => resolve())
      setTimeout(() => {
        request.destroy()
        resolve()
      }, 50)
    })
    await new Promise((resolve) => setTimeout(resolve, 300))
    await expectStillServing(dashboard)
    expect((await dashboard.send({ path: '/es/' })).status).toBe(200)
  })

  it('survives a browser that disconnects while the answer streams', async () => {
    es.answer({ ...DEFAULT_ANSWER, body: JSON.stringify({ count: 1, results: ['x'.repeat(4 * 1024 * 1024)] }) })
    await new Promise<void>((resolve) => {
      const request = http.get({ host: '127.0.0.1', port: dashboard.port, path: '/es/_connector/_sync_job' }, (response) => {
        response.once('data', () => {
          request.destroy()
          resolve()
        })
      })
      request.on('error', () => resolve())
    })
    await new Promise((resolve) => setTimeout(resolve, 100))
    es.answer(DEFAULT_ANSWER)
    expect((await dashboard.send({ path: '/es/' })).status).toBe(200)
  })

  it('answers malformed JSON and garbage bodies with whatever the cluster says, never a crash', async () => {
    es.answer({ status: 400, body: '{"error":{"type":"x_content_parse_exception","reason":"bad"},"status":400}' })
    const response = await dashboard.send({
      method: 'POST',
      path: '/es/_connector/_sync_job',
      headers: sameOrigin(dashboard, { 'content-type': 'application/json' }),
      body: Buffer.from([0xff, 0xfe, 0x00, 0x7b]),
    })
    expect(response.status).toBe(400)
    await expectStillServing(dashboard)
  })

  it('answers a malformed request line with 400 and keeps serving', async () => {
    const status = await new Promise<string>((resolve) => {
      const socket = net.connect(dashboard.port, '127.0.0.1', () => socket.write('NOT HTTP AT ALL\r\n\r\n'))
      let received = ''
      socket.on('data', (chunk) => (received += chunk.toString()))
      socket.on('close', () => resolve(received.slice(0, 12)))
      socket.on('error', () => resolve(received))
    })
    expect(status).toMatch(/^HTTP\/1\.1 400|^$/)
    await expectStillServing(dashboard)
  })
})

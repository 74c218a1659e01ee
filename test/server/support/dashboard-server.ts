// Runs the real dashboard app on an ephemeral port for server tests, and sends raw HTTP requests to
// it with node:http — unlike fetch, that leaves path tricks (`..`, `%2e`, `//`) on the wire as written.

import { serve } from '@hono/node-server'
import http from 'node:http'
import net from 'node:net'
import type { AddressInfo } from 'node:net'
import { createDashboardApp } from '../../../server/app.ts'
import { parseConfig, type DashboardConfig } from '../../../server/config.ts'

export interface RawResponse {
  status: number
  headers: http.IncomingHttpHeaders
  body: string
  /** The body exactly as it came off the wire (still compressed, if it was). */
  bytes: Buffer
  json: () => unknown
}

export interface RawRequest {
  method?: string
  path: string
  headers?: Record<string, string>
  body?: string | Buffer
  /** Send the body with chunked transfer encoding (no Content-Length). */
  chunked?: boolean
}

export interface RunningDashboard {
  origin: string
  port: number
  /** Access-log lines written so far. */
  logLines: string[]
  config: DashboardConfig
  send(request: RawRequest): Promise<RawResponse>
  close(): Promise<void>
}

/** Starts the dashboard with `env` as its environment (PORT is always ephemeral). */
export async function startDashboard(
  env: Record<string, string>,
  overrides: Partial<DashboardConfig> = {},
): Promise<RunningDashboard> {
  const config = { ...parseConfig({ ...env, PORT: '0' }), ...overrides }
  const logLines: string[] = []
  const dashboard = createDashboardApp(config, { log: (line) => logLines.push(line) })
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const started = serve({ fetch: dashboard.app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(started))
  })
  const { port } = server.address() as AddressInfo
  const agent = new http.Agent({ keepAlive: false })
  return {
    origin: `http://127.0.0.1:${port}`,
    port,
    logLines,
    config,
    send: (request) => sendRaw(port, agent, request),
    close: () =>
      new Promise((resolve) => {
        dashboard.close()
        if ('closeAllConnections' in server) server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

export function sendRaw(port: number, agent: http.Agent, request: RawRequest): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = { host: `127.0.0.1:${port}`, ...request.headers }
    if (request.body !== undefined && !request.chunked) headers['content-length'] = String(Buffer.byteLength(request.body))
    const req = http.request(
      { host: '127.0.0.1', port, agent, method: request.method ?? 'GET', path: request.path, headers, setHost: false },
      (res) => {
        const chunks: Buffer[] = []
        res.on('data', (chunk: Buffer) => chunks.push(chunk))
        res.on('end', () => {
          const bytes = Buffer.concat(chunks)
          const body = bytes.toString('utf8')
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body, bytes, json: () => JSON.parse(body) })
        })
        res.on('error', reject)
      },
    )
    req.on('error', reject)
    if (request.chunked && request.body !== undefined) {
      req.write(request.body)
      req.end()
    } else req.end(request.body)
  })
}

/** Headers a same-origin fetch from the dashboard page sends with a mutation. */
export function sameOrigin(dashboard: RunningDashboard, extra: Record<string, string> = {}): Record<string, string> {
  return { origin: dashboard.origin, 'sec-fetch-site': 'same-origin', ...extra }
}

/** Writes a request line as given, bytes Node's HTTP client would refuse (NUL, backslash) included. */
export function sendRawLine(port: number, requestLine: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1', () => {
      socket.write(`${requestLine}\r\nHost: 127.0.0.1:${port}\r\nConnection: close\r\n\r\n`)
    })
    let received = ''
    socket.on('data', (chunk) => (received += chunk.toString('latin1')))
    socket.on('end', () => resolve(Number(/^HTTP\/1\.1 (\d{3})/.exec(received)?.[1] ?? 0)))
    socket.on('error', reject)
  })
}

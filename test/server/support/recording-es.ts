// A stand-in for Elasticsearch in server tests: a tiny node:http server that records every request
// it receives (raw path, headers, body) and answers whatever the test configures — including
// answering late or never.

import http from 'node:http'
import type { AddressInfo } from 'node:net'

export interface RecordedRequest {
  method: string
  /** Exactly as received on the wire, percent-encoding included. */
  url: string
  headers: http.IncomingHttpHeaders
  body: string
}

export interface StubAnswer {
  status?: number
  headers?: Record<string, string | string[]>
  body?: string
  /** Bytes sent as they are instead of `body` (e.g. an answer the cluster compressed itself). */
  bodyBytes?: Buffer
  /** Wait this long before answering. */
  delayMs?: number
  /** Never answer (the connection stays open until the test ends). */
  hang?: boolean
}

export interface RecordingEs {
  url: string
  requests: RecordedRequest[]
  /** Sets how the next requests are answered (default: 200 `{"ok":true}` as Elasticsearch). */
  answer(answer: StubAnswer | ((request: RecordedRequest) => StubAnswer)): void
  close(): Promise<void>
}

export const DEFAULT_ANSWER: StubAnswer = {
  status: 200,
  headers: { 'content-type': 'application/json', 'x-elastic-product': 'Elasticsearch' },
  body: '{"ok":true}',
}

export function recordingHandler(es: {
  requests: RecordedRequest[]
  current: () => StubAnswer | ((request: RecordedRequest) => StubAnswer)
}): http.RequestListener {
  return (req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => {
      const recorded = {
        method: req.method ?? '',
        url: req.url ?? '',
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      }
      es.requests.push(recorded)
      const configured = es.current()
      const answer = typeof configured === 'function' ? configured(recorded) : configured
      if (answer.hang) return
      setTimeout(() => {
        res.writeHead(answer.status ?? 200, answer.headers ?? DEFAULT_ANSWER.headers)
        res.end(answer.bodyBytes ?? answer.body ?? DEFAULT_ANSWER.body)
      }, answer.delayMs ?? 0)
    })
  }
}

export async function startRecordingEs(): Promise<RecordingEs> {
  const requests: RecordedRequest[] = []
  let current: StubAnswer | ((request: RecordedRequest) => StubAnswer) = DEFAULT_ANSWER
  const server = http.createServer(recordingHandler({ requests, current: () => current }))
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    answer: (next) => {
      current = next
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

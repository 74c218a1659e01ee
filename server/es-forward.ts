// Forwards allow-listed /es requests to a real cluster (ES_URL) over pooled keep-alive connections,
// adding the server's own credentials, verifying TLS (with ES_CA_FILE for a private CA — there is
// deliberately no switch to turn verification off), and turning a cluster that is unreachable or too
// slow into an Elasticsearch-shaped 502 / 504 the UI can show.

import { readFileSync } from 'node:fs'
import http from 'node:http'
import https from 'node:https'
import { Readable } from 'node:stream'
import type { RemoteCluster } from './config.ts'
import { ConfigError } from './config.ts'
import { SERVER_ERROR_TYPES } from '../contract/syncboard-protocol.ts'
import { esErrorResponse } from './es-error-response.ts'
import { forwardedResponseHeaders, type EsRequest, type EsUpstream } from './es-upstream.ts'

export interface ForwarderOptions {
  cluster: RemoteCluster
  timeoutMs: number
  /** Concurrent connections to the cluster; more requests queue in the agent. */
  maxSockets?: number
}

export function createEsForwarder({ cluster, timeoutMs, maxSockets = 256 }: ForwarderOptions): EsUpstream {
  const base = new URL(cluster.url)
  const secure = base.protocol === 'https:'
  // Idle pooled connections are dropped after 4 s — before the 5 s keep-alive timeout Node servers
  // (and many proxies) use — so a request rarely meets a connection the other side just closed.
  const agentOptions = { keepAlive: true, maxSockets, maxFreeSockets: maxSockets, scheduling: 'lifo' as const, timeout: 4_000 }
  const agent = secure ? new https.Agent({ ...agentOptions, ca: readCa(cluster.caFile) }) : new http.Agent(agentOptions)
  const authorization = authorizationHeader(cluster)
  const basePath = base.pathname === '/' ? '' : base.pathname

  function send(request: EsRequest): Promise<Response> {
    return new Promise((resolve) => {
      const headers: Record<string, string> = { 'user-agent': 'syncboard' }
      request.headers.forEach((headerValue, name) => (headers[name] = headerValue))
      if (authorization) headers.authorization = authorization
      if (request.body) headers['content-length'] = String(request.body.byteLength)
      else if (request.method !== 'GET' && request.method !== 'HEAD') headers['content-length'] = '0'

      let settled = false
      const settle = (response: Response) => {
        if (settled) return
        settled = true
        clearTimeout(timer)
        request.signal.removeEventListener('abort', onAbort)
        resolve(response)
      }

      let outgoing: http.ClientRequest | undefined
      const attempt = (mayRetry: boolean) => {
        const attemptRequest = (secure ? https : http).request({
          agent,
          protocol: base.protocol,
          hostname: base.hostname.replace(/^\[|\]$/g, ''),
          port: base.port || (secure ? 443 : 80),
          method: request.method,
          path: basePath + request.pathAndQuery,
          headers,
        })
        outgoing = attemptRequest
        attemptRequest.on('response', (incoming) => {
          if (settled) return incoming.destroy()
          const respond = (body: ConstructorParameters<typeof Response>[0]) =>
            settle(
              new Response(body, {
                status: incoming.statusCode ?? 502,
                headers: forwardedResponseHeaders(Object.entries(incoming.headers)),
              }),
            )
          if (request.method === 'HEAD') {
            incoming.resume()
            return respond(null)
          }
          // Typical answers (a page of jobs) are buffered and sent in one write, which is much
          // cheaper than a web stream; a larger one streams through from where buffering stopped.
          const chunks: Buffer[] = []
          let buffered = 0
          const onData = (chunk: Buffer) => {
            chunks.push(chunk)
            buffered += chunk.byteLength
            if (buffered <= BUFFERED_BODY_LIMIT) return
            incoming.off('data', onData).off('end', onEnd).pause()
            respond(Readable.toWeb(Readable.from(concatStreams(chunks, incoming))) as ReadableStream<Uint8Array>)
          }
          const onEnd = () => respond(Buffer.concat(chunks))
          incoming.on('data', onData).on('end', onEnd)
          incoming.on('error', (error: NodeJS.ErrnoException) => {
            // Before the answer is settled this is a 502; after, the browser's response just ends early.
            settle(esErrorResponse(502, SERVER_ERROR_TYPES.upstreamUnreachable, unreachableReason(error)))
          })
        })
        attemptRequest.on('error', (error: NodeJS.ErrnoException) => {
          // A pooled connection the cluster closed while idle fails at once; a read is safe to send
          // again on a fresh one (a write might already have been applied, so it is not retried).
          if (mayRetry && attemptRequest.reusedSocket && error.code === 'ECONNRESET' && !settled) return attempt(false)
          settle(esErrorResponse(502, SERVER_ERROR_TYPES.upstreamUnreachable, unreachableReason(error)))
        })
        attemptRequest.end(request.body ?? undefined)
      }

      // Bounds the wait until the answer can be sent: its headers, and the body when it is buffered. A
      // large answer already streaming to the browser is not cut off.
      const timer = setTimeout(() => {
        settle(
          esErrorResponse(
            504,
            SERVER_ERROR_TYPES.upstreamTimeout,
            `Elasticsearch did not answer within ${formatSeconds(timeoutMs)}`,
          ),
        )
        outgoing?.destroy()
      }, timeoutMs)

      const onAbort = () => {
        // The browser went away; nobody reads this answer, but the server still needs one.
        settle(new Response(null, { status: 499 }))
        outgoing?.destroy()
      }
      if (request.signal.aborted) return settle(new Response(null, { status: 499 }))
      request.signal.addEventListener('abort', onAbort, { once: true })
      attempt(request.method === 'GET' || request.method === 'HEAD')
    })
  }

  return { mode: 'remote', send, close: () => agent.destroy() }
}

const BUFFERED_BODY_LIMIT = 4 * 1024 * 1024

async function* concatStreams(head: readonly Buffer[], rest: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
  yield* head
  yield* rest
}

function readCa(caFile: string | null): string | undefined {
  if (caFile === null) return undefined
  try {
    return readFileSync(caFile, 'utf8')
  } catch (error) {
    throw new ConfigError(`ES_CA_FILE cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'}): ${caFile}`)
  }
}

function authorizationHeader({ credentials }: RemoteCluster): string | null {
  switch (credentials.kind) {
    case 'api-key':
      return `ApiKey ${credentials.apiKey}`
    case 'basic':
      return `Basic ${Buffer.from(`${credentials.username}:${credentials.password}`).toString('base64')}`
    case 'none':
      return null
  }
}

const TLS_TRUST_ERRORS = new Set([
  'SELF_SIGNED_CERT_IN_CHAIN',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'CERT_UNTRUSTED',
])

/** A reason an operator can act on; never includes credentials (the error cannot contain them). */
function unreachableReason(error: NodeJS.ErrnoException): string {
  const code = error.code ?? 'error'
  const prefix = 'Elasticsearch (ES_URL) could not be reached'
  if (TLS_TRUST_ERRORS.has(code)) {
    return `${prefix}: its TLS certificate is not trusted (${code}); if a private CA signed it, set ES_CA_FILE`
  }
  if (code === 'ERR_TLS_CERT_ALTNAME_INVALID') {
    return `${prefix}: its TLS certificate does not name this host (${code})`
  }
  if (code.startsWith('CERT_') || code.startsWith('ERR_TLS') || code.startsWith('ERR_SSL')) {
    return `${prefix}: TLS failed (${code})`
  }
  const explanations: Record<string, string> = {
    ECONNREFUSED: 'the connection was refused',
    ENOTFOUND: 'the host name does not resolve',
    EAI_AGAIN: 'the host name could not be resolved',
    ECONNRESET: 'the connection was reset',
    EHOSTUNREACH: 'the host is unreachable',
    ENETUNREACH: 'the network is unreachable',
    ETIMEDOUT: 'the connection timed out',
    EPIPE: 'the connection was closed',
  }
  return `${prefix}: ${explanations[code] ?? 'the connection failed'} (${code})`
}

function formatSeconds(ms: number): string {
  return ms >= 1000 && ms % 1000 === 0 ? `${ms / 1000} s` : `${ms} ms`
}

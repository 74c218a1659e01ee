// Random methods, paths, query strings, headers and bodies against the running server, in both modes:
// every answer is a well-formed HTTP response below 500 (or the cluster's own), and the server keeps
// serving. Deterministic (seeded), so a failure reproduces.

import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startDashboard, type RunningDashboard } from './support/dashboard-server.ts'
import { startRecordingEs, type RecordingEs } from './support/recording-es.ts'

function prng(seed: number): () => number {
  let state = seed
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31
    return state / 2 ** 31
  }
}

const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'TRACE', 'PROPFIND']
const PARTS = ['es', '_connector', '_sync_job', '_cancel', '_claim', '..', '.', '%2e%2e', '%2F', '%5F', '%00', '%zz', '', 'x', 'jobs', 'assets', 'index.html', '%E2%82%AC', '~', ';', '%25', '_security']
const QUERIES = ['', '?size=5', '?size=-1', '?filter_path=x', '?from=a&from=b', '?%zz', '?job_type=full,,x', '?status=%00', '?&&&', '?pretty']
const BODIES = [undefined, '', '{}', '{"id":', 'null', '[]', '\u0000\u0001', '{"worker_hostname":"h"}', 'x'.repeat(5000)]
const HEADER_SETS: Record<string, string>[] = [
  {},
  { origin: 'null' },
  { 'sec-fetch-site': 'same-origin', 'content-type': 'application/json' },
  { 'content-type': 'text/plain' },
  { 'content-type': 'application/json; charset=nope', origin: 'http://127.0.0.1' },
  { accept: '*/*', 'accept-encoding': 'gzip' },
  { 'if-none-match': '*' },
]

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)] as T
}

async function fuzz(dashboard: RunningDashboard, seed: number, rounds: number): Promise<string[]> {
  const random = prng(seed)
  const bad: string[] = []
  for (let i = 0; i < rounds; i++) {
    const depth = 1 + Math.floor(random() * 5)
    const path = `/${Array.from({ length: depth }, () => pick(random, PARTS)).join('/')}${pick(random, QUERIES)}`
    const method = pick(random, METHODS)
    const headers = pick(random, HEADER_SETS)
    const body = method === 'GET' || method === 'HEAD' ? undefined : pick(random, BODIES)
    const response = await dashboard.send({ method, path, headers, body }).catch((error: Error) => ({ status: -1, body: error.message }))
    if (response.status < 100 || (response.status >= 500 && response.status !== 503)) bad.push(`${method} ${path} → ${response.status}`)
  }
  return bad
}

describe('fuzzing the dashboard server', () => {
  let es: RecordingEs
  let remote: RunningDashboard
  let embedded: RunningDashboard
  beforeAll(async () => {
    es = await startRecordingEs()
    remote = await startDashboard({ ES_URL: es.url })
    embedded = await startDashboard({ EMULATOR_WORKER: 'false', EMULATOR_JOBS: '20', EMULATOR_CONNECTORS: '2' })
  })
  afterAll(async () => {
    await remote.close()
    await embedded.close()
    await es.close()
  })

  it('never answers 5xx (other than 503 before a build) when forwarding, and keeps serving', async () => {
    expect(await fuzz(remote, 1, 400)).toEqual([])
    expect((await remote.send({ path: '/syncboard/config' })).status).toBe(200)
  })

  it('never answers 5xx (other than 503 before a build) on the embedded emulator, and keeps serving', async () => {
    expect(await fuzz(embedded, 2, 400)).toEqual([])
    expect((await embedded.send({ path: '/es/_connector/_sync_job?size=1' })).status).toBe(200)
  })
})

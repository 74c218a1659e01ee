// Forwarding over TLS to a cluster whose certificate a private CA signed (generated here with
// openssl): trusted with ES_CA_FILE, refused with a clear 502 without it — never silently accepted.

import { execFileSync } from 'node:child_process'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import https from 'node:https'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createDashboardApp } from '../../server/app.ts'
import { ConfigError, parseConfig } from '../../server/config.ts'
import { startDashboard } from './support/dashboard-server.ts'
import { DEFAULT_ANSWER, recordingHandler, type RecordedRequest } from './support/recording-es.ts'

let dir: string
let cluster: https.Server
let clusterUrl: string
let misnamed: https.Server
let misnamedUrl: string
const requests: RecordedRequest[] = []

function openssl(...args: string[]) {
  execFileSync('openssl', args, { cwd: dir, stdio: 'pipe' })
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'syncboard-tls-'))
  openssl('req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'ca.key', '-out', 'ca.pem', '-days', '2', '-subj', '/CN=Syncboard test CA')
  openssl('req', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'es.key', '-out', 'es.csr', '-subj', '/CN=localhost')
  await writeFile(path.join(dir, 'san.ext'), 'subjectAltName=DNS:localhost,IP:127.0.0.1\n')
  await writeFile(path.join(dir, 'other-san.ext'), 'subjectAltName=DNS:other.example\n')
  openssl('x509', '-req', '-in', 'es.csr', '-CA', 'ca.pem', '-CAkey', 'ca.key', '-CAcreateserial', '-out', 'es.pem', '-days', '2', '-extfile', 'san.ext')
  openssl('x509', '-req', '-in', 'es.csr', '-CA', 'ca.pem', '-CAkey', 'ca.key', '-CAcreateserial', '-out', 'other.pem', '-days', '2', '-extfile', 'other-san.ext')
  const key = await readFile(path.join(dir, 'es.key'))
  cluster = https.createServer({ key, cert: await readFile(path.join(dir, 'es.pem')) }, recordingHandler({ requests, current: () => DEFAULT_ANSWER }))
  misnamed = https.createServer({ key, cert: await readFile(path.join(dir, 'other.pem')) }, recordingHandler({ requests, current: () => DEFAULT_ANSWER }))
  clusterUrl = await listen(cluster)
  misnamedUrl = await listen(misnamed)
}, 30_000)

async function listen(server: https.Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return `https://127.0.0.1:${(server.address() as AddressInfo).port}`
}

afterAll(async () => {
  for (const server of [cluster, misnamed]) {
    server.closeAllConnections()
    await new Promise((resolve) => server.close(resolve))
  }
  await rm(dir, { recursive: true, force: true })
})

describe('TLS to the cluster', () => {
  it('forwards when ES_CA_FILE names the CA that signed the cluster’s certificate', async () => {
    const dashboard = await startDashboard({ ES_URL: clusterUrl, ES_CA_FILE: path.join(dir, 'ca.pem'), ES_API_KEY: 'k' })
    try {
      const response = await dashboard.send({ path: '/es/_connector/_sync_job?size=1' })
      expect(response.status).toBe(200)
      expect(requests.at(-1)).toMatchObject({ url: '/_connector/_sync_job?size=1', headers: { authorization: 'ApiKey k' } })
    } finally {
      await dashboard.close()
    }
  })

  it('refuses an untrusted certificate with a 502 that says to set ES_CA_FILE', async () => {
    const before = requests.length
    const dashboard = await startDashboard({ ES_URL: clusterUrl, ES_API_KEY: 'k' })
    try {
      const response = await dashboard.send({ path: '/es/' })
      expect(response.status).toBe(502)
      const body = response.json() as { error: { type: string; reason: string } }
      expect(body.error.type).toBe('syncboard_upstream_unreachable')
      expect(body.error.reason).toMatch(/TLS certificate is not trusted \(\w+\); if a private CA signed it, set ES_CA_FILE/)
      expect(requests.length).toBe(before)
      expect((await dashboard.send({ path: '/syncboard/config' })).status).toBe(200)
    } finally {
      await dashboard.close()
    }
  })

  it('refuses a certificate that does not name the host', async () => {
    const dashboard = await startDashboard({
      ES_URL: misnamedUrl,
      ES_CA_FILE: path.join(dir, 'ca.pem'),
    })
    try {
      const response = await dashboard.send({ path: '/es/' })
      expect(response.status).toBe(502)
      expect(response.json()).toMatchObject({
        error: { reason: 'Elasticsearch (ES_URL) could not be reached: its TLS certificate does not name this host (ERR_TLS_CERT_ALTNAME_INVALID)' },
      })
    } finally {
      await dashboard.close()
    }
  })

  it('fails at startup when ES_CA_FILE cannot be read', () => {
    const config = parseConfig({ ES_URL: clusterUrl, ES_CA_FILE: path.join(dir, 'missing.pem') })
    expect(() => createDashboardApp(config, { log: () => {} })).toThrow(ConfigError)
    expect(() => createDashboardApp(config, { log: () => {} })).toThrow(/ES_CA_FILE cannot be read \(ENOENT\)/)
  })
})

// Sensitive connector configuration never reaches the browser: through the real dashboard server, in
// embedded mode and forwarding to a cluster, every answer that can carry configuration (connector and
// sync-job get and list) has each sensitive value replaced by a keyed fingerprint placeholder, and
// everything else passes unchanged.

import { createHash } from 'node:crypto'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import type { Connector, ConnectorConfiguration, ListResponse, SyncJob } from '../../contract/es-connector-types.ts'
import { REDACTED_MARKER, SERVER_ERROR_TYPES, type RedactedValue } from '../../contract/syncboard-protocol.ts'
import { createEmulator } from '../../server/emulator/app.ts'
import { startDashboard, type RunningDashboard } from './support/dashboard-server.ts'
import { DEFAULT_ANSWER, startRecordingEs, type RecordingEs } from './support/recording-es.ts'
import { startStandaloneEmulator, type StandaloneEmulator } from './support/standalone-emulator.ts'

const PLACEHOLDER = { [REDACTED_MARKER]: true, fingerprint: expect.stringMatching(/^[0-9a-f]{32}$/) }
const VALUE_KEYS = ['value', 'default_value'] as const

const isEmpty = (value: unknown) => value === undefined || value === null || value === ''

/** What the browser must get for `configuration`: each non-empty sensitive value replaced, the rest as it is. */
function redactedCopy(configuration: ConnectorConfiguration | undefined): unknown {
  if (configuration === undefined) return undefined
  return Object.fromEntries(
    Object.entries(configuration).map(([key, field]) => {
      if (field.sensitive !== true) return [key, field]
      const copy: Record<string, unknown> = { ...field }
      for (const slot of VALUE_KEYS) if (!isEmpty(copy[slot])) copy[slot] = PLACEHOLDER
      return [key, copy]
    }),
  )
}

const expectedJob = (job: SyncJob) => ({ ...job, connector: { ...job.connector, configuration: redactedCopy(job.connector.configuration) } })
const expectedConnector = (connector: Connector) => ({ ...connector, configuration: redactedCopy(connector.configuration) })

/** Every non-empty sensitive value of these configurations, also as it is spelled inside a JSON string. */
function secretsOf(configurations: ConnectorConfiguration[]): string[] {
  const values = configurations.flatMap((configuration) =>
    Object.values(configuration)
      .filter((field) => field.sensitive === true)
      .flatMap((field) => VALUE_KEYS.map((slot) => field[slot]))
      .filter((value) => !isEmpty(value))
      .map((value) => (typeof value === 'string' ? value : JSON.stringify(value))),
  )
  return [...new Set(values.flatMap((value) => [value, JSON.stringify(value).slice(1, -1)]))]
}

function expectNoSecret(body: string, secrets: string[]): void {
  for (const secret of secrets) expect(body).not.toContain(secret)
}

function fingerprint(configuration: unknown, key: string, slot: 'value' | 'default_value' = 'value'): string {
  const field = (configuration as Record<string, Record<string, unknown>>)[key]
  const placeholder = field?.[slot] as RedactedValue | undefined
  expect(placeholder).toEqual(PLACEHOLDER)
  return placeholder?.fingerprint ?? ''
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex')

/** A stand-in answer: `body` as JSON (or as given, when a string) with the Content-Type given. */
const json = (body: unknown, status = 200, contentType = 'application/json; charset=UTF-8') => ({
  status,
  headers: { 'content-type': contentType, 'x-elastic-product': 'Elasticsearch' },
  body: typeof body === 'string' ? body : JSON.stringify(body),
})

describe('through the embedded emulator', () => {
  const SEED = { seed: 5, connectors: 6, jobs: 24 }
  let dashboard: RunningDashboard
  // The same seed gives the same connectors: this twin knows the secrets the embedded one holds.
  const twin = createEmulator({ ...SEED, worker: false })
  const twinConnectors = twin.store.listConnectors({ from: 0, size: 100 }).results
  const secrets = secretsOf(twinConnectors.map((connector) => connector.configuration))
  const withSecret = twinConnectors.find((connector) => secretsOf([connector.configuration]).length > 0)

  beforeAll(async () => {
    dashboard = await startDashboard({
      EMULATOR_WORKER: 'false',
      EMULATOR_SEED: String(SEED.seed),
      EMULATOR_CONNECTORS: String(SEED.connectors),
      EMULATOR_JOBS: String(SEED.jobs),
    })
  })
  afterAll(async () => {
    await dashboard.close()
    twin.stop()
  })

  it('seeds connectors with sensitive values, the same as its twin', async () => {
    expect(secrets.length).toBeGreaterThan(2)
    expect(withSecret).toBeDefined()
    const ids = ((await dashboard.send({ path: '/es/_connector?size=100&filter_path=results.id' })).json() as ListResponse<Connector>).results
    expect(ids.map((connector) => connector.id)).toEqual(twinConnectors.map((connector) => connector.id))
  })

  it('answers a connector and the connector list without a secret, everything else unchanged', async () => {
    for (const path of [`/es/_connector/${withSecret?.id ?? ''}`, '/es/_connector?size=100']) {
      const response = await dashboard.send({ path })
      expect(response.status).toBe(200)
      expectNoSecret(response.body, secrets)
      expect(response.headers['content-length']).toBe(String(Buffer.byteLength(response.body)))
    }
    const one = (await dashboard.send({ path: `/es/_connector/${withSecret?.id ?? ''}` })).json() as Connector
    expect(one.configuration).toEqual(redactedCopy(withSecret?.configuration))
    const list = (await dashboard.send({ path: '/es/_connector?size=100' })).json() as ListResponse<Connector>
    expect(list.results.map((connector) => connector.configuration)).toEqual(twinConnectors.map((connector) => redactedCopy(connector.configuration)))
  })

  it('answers a new job and the job list (without filter_path) without a secret', async () => {
    const created = await dashboard.send({
      method: 'POST',
      path: '/es/_connector/_sync_job',
      headers: { origin: dashboard.origin, 'content-type': 'application/json' },
      body: JSON.stringify({ id: withSecret?.id }),
    })
    expect(created.status).toBe(201)
    const { id } = created.json() as { id: string }
    const job = await dashboard.send({ path: `/es/_connector/_sync_job/${id}` })
    expect(job.status).toBe(200)
    expectNoSecret(job.body, secrets)
    expect((job.json() as SyncJob).connector.configuration).toEqual(redactedCopy(withSecret?.configuration))

    const list = await dashboard.send({ path: '/es/_connector/_sync_job?size=100' })
    expect(list.status).toBe(200)
    expectNoSecret(list.body, secrets)
    const jobs = (list.json() as ListResponse<SyncJob>).results
    expect(jobs).toHaveLength(SEED.jobs + 1)
    expect(jobs.filter((row) => JSON.stringify(row.connector.configuration ?? {}).includes(REDACTED_MARKER)).length).toBeGreaterThan(1)
  })
})

describe('forwarding to a cluster (a standalone emulator)', () => {
  const SECRET = 'seeded-api-token-7Hq2vX'
  const SECRET_DEFAULT = 'seeded-default-Wc91'
  const OTHER_SECRET = 'another-token-3pRk'
  let cluster: StandaloneEmulator
  let dashboard: RunningDashboard
  let connectorIds: string[]
  let jobIds: string[]

  const direct = async (path: string) => (await fetch(cluster.url + path)).json()

  beforeAll(async () => {
    cluster = await startStandaloneEmulator({ seed: 2, connectors: 3, jobs: 6, worker: false })
    const { store } = cluster.emulator
    const connectors = store.listConnectors({ from: 0, size: 10 }).results
    // Two connectors share a secret, a third has another; every one keeps its non-sensitive settings.
    const tokens = [SECRET, SECRET, OTHER_SECRET]
    connectors.forEach((connector, i) => {
      connector.configuration = {
        ...connector.configuration,
        api_token: { label: 'API token', value: tokens[i], default_value: SECRET_DEFAULT, sensitive: true, order: 90 },
        empty_secret: { label: 'Empty secret', value: '', default_value: null, sensitive: true, order: 91 },
        endpoint: { label: 'Endpoint', value: `https://source-${i}.example.com`, sensitive: false, order: 92 },
      }
    })
    store.loadSeed({ connectors, jobs: [] })
    connectorIds = connectors.map((connector) => connector.id)
    jobIds = connectorIds.map((id) => store.createSyncJob({ id }))
    dashboard = await startDashboard({ ES_URL: cluster.url })
  })
  afterAll(async () => {
    await dashboard.close()
    await cluster.close()
  })

  const secrets = [SECRET, SECRET_DEFAULT, OTHER_SECRET]

  it.each([
    ['a sync job', () => `/_connector/_sync_job/${jobIds[0]}`, (body: unknown) => expectedJob(body as SyncJob)],
    [
      'the sync job list without filter_path',
      () => '/_connector/_sync_job?size=100',
      (body: unknown) => ({ ...(body as object), results: (body as ListResponse<SyncJob>).results.map(expectedJob) }),
    ],
    ['a connector', () => `/_connector/${connectorIds[0]}`, (body: unknown) => expectedConnector(body as Connector)],
    [
      'the connector list',
      () => '/_connector?size=100',
      (body: unknown) => ({ ...(body as object), results: (body as ListResponse<Connector>).results.map(expectedConnector) }),
    ],
  ])('answers %s without a secret and otherwise as the cluster did', async (_name, path, expected) => {
    const clear = await direct(path())
    expect(JSON.stringify(clear)).toContain(SECRET)
    const response = await dashboard.send({ path: `/es${path()}` })
    expect(response.status).toBe(200)
    expectNoSecret(response.body, secrets)
    expect(response.json()).toEqual(expected(clear))
    expect(response.headers['content-length']).toBe(String(Buffer.byteLength(response.body)))
    expect(response.headers['content-type']).toMatch(/^application\/json/)
  })

  it('keeps the sensitive flag and leaves empty secrets empty', async () => {
    const connector = (await dashboard.send({ path: `/es/_connector/${connectorIds[0]}` })).json() as Connector
    expect(connector.configuration.api_token).toMatchObject({ label: 'API token', sensitive: true, value: PLACEHOLDER, default_value: PLACEHOLDER })
    expect(connector.configuration.empty_secret).toEqual({ label: 'Empty secret', value: '', default_value: null, sensitive: true, order: 91 })
    expect(connector.configuration.endpoint?.value).toBe('https://source-0.example.com')
  })

  it('fingerprints equal values alike and different values differently, with a key only the server holds', async () => {
    const connectors = ((await dashboard.send({ path: '/es/_connector?size=100' })).json() as ListResponse<Connector>).results
    const byId = new Map(connectors.map((connector) => [connector.id, connector.configuration]))
    const [first = '', second, third] = connectorIds.map((id) => fingerprint(byId.get(id), 'api_token'))
    const job = (await dashboard.send({ path: `/es/_connector/_sync_job/${jobIds[0]}` })).json() as SyncJob
    // Stable: the same value in the connector, another connector and a job's snapshot, asked again.
    expect(second).toBe(first)
    expect(fingerprint(job.connector.configuration, 'api_token')).toBe(first)
    const again = (await dashboard.send({ path: `/es/_connector/${connectorIds[0]}` })).json() as Connector
    expect(fingerprint(again.configuration, 'api_token')).toBe(first)
    // Different values, different fingerprints.
    expect(third).not.toBe(first)
    expect(fingerprint(byId.get(connectorIds[0] ?? ''), 'api_token', 'default_value')).not.toBe(first)
    // Not a plain hash of the value that anyone could compute from a guess.
    for (const text of [SECRET, JSON.stringify(SECRET)]) {
      expect(sha256(text).startsWith(first)).toBe(false)
      expect(sha256(text)).not.toContain(first)
    }
    // Keyed with a random key per server start: another server fingerprints the same value differently.
    const other = await startDashboard({ ES_URL: cluster.url })
    try {
      const otherConnector = (await other.send({ path: `/es/_connector/${connectorIds[0]}` })).json() as Connector
      expect(fingerprint(otherConnector.configuration, 'api_token')).not.toBe(first)
    } finally {
      await other.close()
    }
  })

  it('passes list answers that hold no configuration byte for byte (the dashboard’s own filter_path)', async () => {
    const rows = '/_connector/_sync_job?size=100&filter_path=-results.connector.configuration,-results.metadata'
    const summaries = '/_connector?size=100&filter_path=count,results.id,results.name'
    for (const path of [rows, summaries]) {
      const clear = await (await fetch(cluster.url + path)).text()
      const response = await dashboard.send({ path: `/es${path}` })
      expect(response.body).toBe(clear)
      expect(response.body).not.toContain('configuration')
    }
  })

  it('redacts what a filter_path keeps of the configuration, even without the sensitive flags', async () => {
    const path = '/_connector/_sync_job?size=100&filter_path=results.connector.configuration.*.value'
    expect(JSON.stringify(await direct(path))).toContain(SECRET)
    const response = await dashboard.send({ path: `/es${path}` })
    expect(response.status).toBe(200)
    expectNoSecret(response.body, secrets)
    const jobs = (response.json() as ListResponse<SyncJob>).results
    const snapshot = jobs.find((job) => JSON.stringify(job).includes(REDACTED_MARKER))?.connector.configuration
    expect(snapshot?.api_token).toEqual({ value: PLACEHOLDER })
    expect(snapshot?.empty_secret).toEqual({ value: '' })
  })

  it('redacts what a filter_path keeps of one job’s configuration (the one-job read takes filter_path for watched jobs)', async () => {
    const path = `/_connector/_sync_job/${jobIds[0]}?filter_path=id,status,connector.configuration.*.value`
    expect(JSON.stringify(await direct(path))).toContain(SECRET)
    const response = await dashboard.send({ path: `/es${path}` })
    expect(response.status).toBe(200)
    expectNoSecret(response.body, secrets)
    expect((response.json() as SyncJob).connector.configuration?.api_token).toEqual({ value: PLACEHOLDER })
  })
})

describe('answers of every shape (a recording stand-in for the cluster)', () => {
  let es: RecordingEs
  let dashboard: RunningDashboard

  beforeAll(async () => {
    es = await startRecordingEs()
    dashboard = await startDashboard({ ES_URL: es.url })
  })
  afterAll(async () => {
    await dashboard.close()
    await es.close()
  })
  afterEach(() => {
    es.requests.length = 0
    es.answer(DEFAULT_ANSWER)
  })

  it('treats a flag other than false as sensitive, and passes sensitive: false', async () => {
    es.answer(
      json({
        id: 'c1',
        configuration: {
          stringly: { value: 's3cret-stringly', sensitive: 'true' },
          odd: { value: 's3cret-odd', sensitive: 'yes' },
          plain: { value: 'visible', sensitive: false },
          plain_string: { value: 'visible-too', sensitive: 'false' },
        },
      }),
    )
    const response = await dashboard.send({ path: '/es/_connector/c1' })
    expect(response.json()).toEqual({
      id: 'c1',
      configuration: {
        stringly: { value: PLACEHOLDER, sensitive: 'true' },
        odd: { value: PLACEHOLDER, sensitive: 'yes' },
        plain: { value: 'visible', sensitive: false },
        plain_string: { value: 'visible-too', sensitive: 'false' },
      },
    })
  })

  it('redacts any kind of value, an entry that is not an object included', async () => {
    es.answer(
      json({
        connector: {
          id: 'c1',
          configuration: {
            number: { value: 424242, sensitive: true },
            list: { value: ['s3cret-a', 's3cret-b'], sensitive: true },
            object: { value: { key: 's3cret-nested' }, sensitive: true },
            bare: 's3cret-bare',
          },
        },
      }),
    )
    const response = await dashboard.send({ path: '/es/_connector/_sync_job/j1' })
    expectNoSecret(response.body, ['424242', 's3cret'])
    expect(response.json()).toEqual({
      connector: {
        id: 'c1',
        configuration: {
          number: { value: PLACEHOLDER, sensitive: true },
          list: { value: PLACEHOLDER, sensitive: true },
          object: { value: PLACEHOLDER, sensitive: true },
          bare: { value: PLACEHOLDER },
        },
      },
    })
  })

  it('finds a configuration key spelled with \\u escapes', async () => {
    es.answer(json('{"count":1,"results":[{"id":"c1","configur\\u0061tion":{"password":{"value":"s3cret-escaped","sensitive":true}}}]}'))
    const response = await dashboard.send({ path: '/es/_connector' })
    expectNoSecret(response.body, ['s3cret-escaped'])
    expect(response.json()).toEqual({ count: 1, results: [{ id: 'c1', configuration: { password: { value: PLACEHOLDER, sensitive: true } } }] })
  })

  it('passes an answer with nothing to redact as the cluster wrote it', async () => {
    const body = '{ "id" : "c1",\n  "configuration" : { "host" : { "value" : 1.50, "sensitive" : false }, "token": { "value": "", "sensitive": true } } }'
    es.answer(json(body))
    const response = await dashboard.send({ path: '/es/_connector/c1' })
    expect(response.body).toBe(body)
    expect(response.headers['content-length']).toBe(String(Buffer.byteLength(body)))
  })

  it('passes error answers unchanged', async () => {
    const body = JSON.stringify({ error: { type: 'x', reason: 'y', configuration: { password: { value: 'in-an-error', sensitive: true } } }, status: 404 })
    es.answer(json(body, 404))
    const response = await dashboard.send({ path: '/es/_connector/_sync_job/j1' })
    expect(response.status).toBe(404)
    expect(response.body).toBe(body)
  })

  it('passes an answer that is not JSON unchanged, but redacts JSON whatever its Content-Type says', async () => {
    const page = '<html><body><pre>"configuration" is not available</pre></body></html>'
    es.answer(json(page, 200, 'text/html'))
    expect((await dashboard.send({ path: '/es/_connector/c1' })).body).toBe(page)

    es.answer(json({ id: 'c1', configuration: { password: { value: 's3cret-text', sensitive: true } } }, 200, 'text/plain'))
    const response = await dashboard.send({ path: '/es/_connector/c1' })
    expectNoSecret(response.body, ['s3cret-text'])
    expect(response.json()).toEqual({ id: 'c1', configuration: { password: { value: PLACEHOLDER, sensitive: true } } })
  })

  it('refuses JSON that does not parse with a 502 rather than pass its secrets on', async () => {
    es.answer(json('{"id":"c1","configuration":{"password":{"value":"s3cret-cut","sensitive":true}'))
    const response = await dashboard.send({ path: '/es/_connector/c1' })
    expect(response.status).toBe(502)
    expect(response.json()).toMatchObject({ error: { type: SERVER_ERROR_TYPES.unredactableAnswer }, status: 502 })
    expectNoSecret(response.body, ['s3cret-cut'])
  })

  it('redacts an answer too large to buffer in the forwarder, and sets its Content-Length', async () => {
    const padding = 'x'.repeat(5 * 1024 * 1024)
    es.answer(json({ count: 1, results: [{ id: 'j1', metadata: { padding }, connector: { configuration: { password: { value: 's3cret-big', sensitive: true } } } }] }))
    const response = await dashboard.send({ path: '/es/_connector/_sync_job?size=10000' })
    expect(response.status).toBe(200)
    expectNoSecret(response.body, ['s3cret-big'])
    expect(response.headers['content-length']).toBe(String(Buffer.byteLength(response.body)))
    expect((response.json() as ListResponse<SyncJob>).results[0]?.metadata).toEqual({ padding })
  })

  it('asks the cluster for JSON on the routes it redacts, whatever the browser asked for', async () => {
    // Elasticsearch would answer YAML, CBOR or Smile, which the redaction does not read.
    for (const path of ['/_connector/c1', '/_connector', '/_connector/_sync_job/j1', '/_connector/_sync_job']) {
      await dashboard.send({ path: `/es${path}`, headers: { accept: 'application/yaml', 'content-type': 'application/cbor' } })
    }
    expect(es.requests.map((request) => [request.headers.accept, request.headers['content-type']])).toEqual(
      Array.from({ length: 4 }, () => ['application/json', undefined]),
    )
  })

  it('leaves the answers of other routes alone', async () => {
    const body = JSON.stringify({ configuration: { password: { value: 'not-a-connector-answer', sensitive: true } } })
    es.answer(json(body))
    expect((await dashboard.send({ path: '/es/' })).body).toBe(body)
    const put = await dashboard.send({ method: 'PUT', path: '/es/_connector/_sync_job/j1/_cancel', headers: { origin: dashboard.origin } })
    expect(put.body).toBe(body)
  })
})

// The API layer against the emulator through msw: success shapes, every failure normalised into
// EsError, and ids that survive encoding end to end.
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { CLIENT_ERROR_TYPES, EsError } from '../../../src/api/es-error.ts'
import { getClusterInfo, getServerConfig } from '../../../src/api/cluster.ts'
import { listAllConnectors } from '../../../src/api/connectors.ts'
import {
  cancelSyncJob,
  createSyncJob,
  getSyncJob,
  listSyncJobRows,
  listSyncJobs,
  setSyncJobError,
} from '../../../src/api/sync-jobs.ts'
import { useEmulator } from '../support/emulator.ts'
import { mswServer } from '../support/msw-server.ts'

async function failure(promise: Promise<unknown>): Promise<EsError> {
  try {
    await promise
  } catch (error) {
    if (error instanceof EsError) return error
    throw error
  }
  throw new Error('expected the request to fail')
}

describe('API client', () => {
  it('lists jobs newest first with the count of all matches', async () => {
    useEmulator({ connectors: 3, jobs: 30 })
    const page = await listSyncJobs({ size: 5 })
    expect(page.count).toBe(30)
    expect(page.results).toHaveLength(5)
    const created = page.results.map((job) => job.created_at)
    expect(created.toSorted().toReversed()).toEqual(created)
  })

  it('sends job types as one comma list and filters by them', async () => {
    useEmulator({ connectors: 3, jobs: 60 })
    const page = await listSyncJobs({ size: 100, job_type: ['incremental', 'access_control'] })
    expect(page.results.length).toBeGreaterThan(0)
    expect(page.results.every((job) => job.job_type !== 'full')).toBe(true)
  })

  it('turns an Elasticsearch error body into an EsError with type, reason and root causes', async () => {
    useEmulator()
    const error = await failure(getSyncJob('does-not-exist'))
    expect(error.status).toBe(404)
    expect(error.type).toBe('resource_not_found_exception')
    expect(error.reason).toBe('does-not-exist')
    expect(error.rootCauses[0]?.type).toBe('resource_not_found_exception')
    expect(error.isTransient).toBe(false)
  })

  it('encodes ids, so an id with a space and a slash is looked up as one id', async () => {
    useEmulator()
    const error = await failure(getSyncJob('a b/c?d'))
    expect(error.status).toBe(404)
    expect(error.reason).toBe('a b/c?d')
  })

  it('keeps the nested cause of a refused state transition', async () => {
    const emulator = useEmulator({ connectors: 2, jobs: 0 })
    const [connector] = emulator.store.listConnectors({ from: 0, size: 1 }).results
    const { id } = await createSyncJob({ id: connector!.id })
    const error = await failure(setSyncJobError(id, 'boom'))
    expect(error.type).toBe('status_exception')
    expect(error.reason).toContain('Invalid transition attempt from [pending] to [error]')
    expect(error.causedBy?.type).toBe('connector_sync_job_invalid_status_transition_exception')
    await cancelSyncJob(id)
    expect((await getSyncJob(id)).status).toBe('canceled')
  })

  it('reports an unknown route (Elasticsearch older than 8.12) as no_handler_found', async () => {
    mswServer.use(
      http.get('*/es/_connector/_sync_job', () =>
        HttpResponse.json({ error: 'no handler found for uri [/_connector/_sync_job] and method [GET]' }, { status: 400 }),
      ),
    )
    const error = await failure(listSyncJobs())
    expect(error.type).toBe(CLIENT_ERROR_TYPES.noHandler)
    expect(error.status).toBe(400)
  })

  it('reports a network failure as a transient network_error with status 0', async () => {
    mswServer.use(http.get('*/es/_connector/_sync_job', () => HttpResponse.error()))
    const error = await failure(listSyncJobs())
    expect(error.status).toBe(0)
    expect(error.isNetworkError).toBe(true)
    expect(error.isTransient).toBe(true)
  })

  it('reports an HTML error page from a proxy with its status and text', async () => {
    mswServer.use(
      http.get('*/es/_connector/_sync_job', () =>
        new HttpResponse('<html><body>Bad gateway</body></html>', { status: 502, headers: { 'content-type': 'text/html' } }),
      ),
    )
    const error = await failure(listSyncJobs())
    expect(error.status).toBe(502)
    expect(error.type).toBe(CLIENT_ERROR_TYPES.http)
    expect(error.reason).toContain('Bad gateway')
    expect(error.isTransient).toBe(true)
  })

  it('refuses a 200 answer that is not JSON', async () => {
    mswServer.use(http.get('*/es/_connector/_sync_job/:id', () => new HttpResponse('<html></html>', { status: 200 })))
    const error = await failure(getSyncJob('x'))
    expect(error.type).toBe(CLIENT_ERROR_TYPES.invalidResponse)
  })

  it('lists rows without the connector snapshot, so no configuration value reaches the list', async () => {
    const emulator = useEmulator({ connectors: 3, jobs: 30 })
    const full = await listSyncJobs({ size: 5 })
    expect(full.results[0]?.connector.configuration).toBeDefined()
    const rows = await listSyncJobRows({ size: 5 })
    expect(rows.count).toBe(30)
    expect(rows.results.map((job) => job.id)).toEqual(full.results.map((job) => job.id))
    for (const job of rows.results) {
      expect(Object.keys(job.connector).toSorted()).toEqual(
        ['id', 'index_name', 'language', 'service_type'].filter((key) => key in job.connector),
      )
      expect(job).not.toHaveProperty('metadata')
      expect(job.connector.id).toBeTruthy()
    }
    const secrets = emulator.store
      .listConnectors({ from: 0, size: 10 })
      .results.flatMap((connector) => Object.values(connector.configuration).filter((field) => field.sensitive).map((field) => String(field.value)))
    expect(secrets.length).toBeGreaterThan(0)
    const text = JSON.stringify(rows)
    for (const secret of secrets) expect(text).not.toContain(secret)
  })

  it('answers an empty list as an empty array even when filtering drops it', async () => {
    useEmulator({ connectors: 1, jobs: 0 })
    expect(await listSyncJobRows({ size: 5, status: 'error' })).toEqual({ count: 0, results: [] })
  })

  it('lists connectors with only what pickers show', async () => {
    useEmulator({ connectors: 4, jobs: 0 })
    const all = await listAllConnectors()
    expect(all).toHaveLength(4)
    for (const connector of all) {
      expect(Object.keys(connector).every((key) => ['id', 'name', 'index_name', 'service_type'].includes(key))).toBe(true)
    }
  })

  it('pages through every connector', async () => {
    const emulator = useEmulator({ connectors: 3, jobs: 0 })
    for (let i = 0; i < 1200; i++) emulator.store.putConnector(`bulk-${i}`, { index_name: `search-bulk-${i}`, service_type: 'mysql' })
    const all = await listAllConnectors()
    expect(all).toHaveLength(1203)
    expect(new Set(all.map((c) => c.id)).size).toBe(1203)
  })

  it('reads the cluster info and the server config', async () => {
    useEmulator({}, { readOnly: true, mode: 'embedded' })
    const info = await getClusterInfo()
    expect(info.version.number).toMatch(/^\d+\.\d+\.\d+/)
    expect(await getServerConfig()).toEqual({ readOnly: true, mode: 'embedded' })
  })
})

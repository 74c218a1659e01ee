// The insight flags' per-connector reads against the emulator through msw, on both list orders: the
// newest completed incremental syncs with their cursors and nothing else of the snapshot, and a
// family's newest jobs with the parts a change comparison reads — sensitive values only as the
// server's fingerprints, an empty configuration still a configuration.
import { describe, expect, it } from 'vitest'
import type { SyncJob } from '../../../contract/es-connector-types.ts'
import { CURSOR_READ_SIZE, fetchCursorJobs, fetchSnapshotJobs } from '../../../src/api/row-insights.ts'
import { isRedacted } from '../../../src/lib/mask.ts'
import { finishedJob } from '../features/connectors-overview/support.ts'
import { useEmulator } from '../support/emulator.ts'

const HOUR = 3_600_000

/** The crm connector's snapshot with the cursor {n}, a plain setting and a secret. */
const snapshot = (n: number) =>
  ({
    id: 'crm',
    index_name: 'search-crm',
    service_type: 'salesforce',
    sync_cursor: { n },
    configuration: { host: { label: 'Host', value: 'crm.internal', sensitive: false, display: 'text' }, token: { label: 'Token', value: 'tok-SECRET-1', sensitive: true } },
  }) as unknown as SyncJob['connector']

/** 30 completed incremental syncs (one an hour, `inc-0` the newest), every other with the cursor {n}, then a failed one, a full one and an access-control one without configuration. */
function history(): SyncJob[] {
  return [
    ...Array.from({ length: 30 }, (_, index) => finishedJob(`inc-${index}`, 'crm', 'completed', (index + 2) * HOUR, { job_type: 'incremental', connector: snapshot(Math.floor(index / 2)) })),
    finishedJob('inc-failed', 'crm', 'error', HOUR / 2, { job_type: 'incremental', connector: snapshot(99) }),
    finishedJob('full-1', 'crm', 'completed', HOUR, { connector: snapshot(98) }),
    finishedJob('acl-1', 'crm', 'completed', 3 * HOUR, { job_type: 'access_control', connector: { id: 'crm', index_name: '.search-acl-filter-search-crm', configuration: {} } as unknown as SyncJob['connector'] }),
  ]
}

describe.each(['desc', 'asc'] as const)('row insight reads, %s order', (order) => {
  it('reads the newest completed incremental syncs with their cursors only', async () => {
    const emulator = useEmulator({ connectors: 0, order })
    emulator.store.loadSeed({ connectors: [], jobs: history() })
    const jobs = await fetchCursorJobs('crm')
    expect(jobs.map((job) => job.id)).toEqual(Array.from({ length: CURSOR_READ_SIZE }, (_, index) => `inc-${index}`))
    expect(jobs[0]!.connector).toEqual({ id: 'crm', sync_cursor: { n: 0 } })
    expect(jobs[0]).toMatchObject({ status: 'completed', job_type: 'incremental', indexed_document_count: 120 })
  })

  it('reads a family’s newest jobs with what a change comparison needs, secrets as fingerprints', async () => {
    const emulator = useEmulator({ connectors: 0, order })
    emulator.store.loadSeed({ connectors: [], jobs: history() })
    const jobs = await fetchSnapshotJobs('crm', 'content', 5)
    expect(jobs.map((job) => job.id)).toEqual(['inc-failed', 'full-1', 'inc-0', 'inc-1', 'inc-2'])
    const { configuration, sync_cursor: cursor } = jobs[0]!.connector
    expect(cursor).toBeUndefined()
    expect(configuration?.host).toEqual({ label: 'Host', value: 'crm.internal', sensitive: false })
    expect(isRedacted(configuration?.token?.value)).toBe(true)
    expect(JSON.stringify(jobs)).not.toContain('tok-SECRET-1')
    // Response filtering drops an empty configuration; the read puts it back, so the job still counts as a snapshot.
    const acl = await fetchSnapshotJobs('crm', 'access_control', 5)
    expect(acl.map((job) => [job.id, job.connector.configuration])).toEqual([['acl-1', {}]])
  })
})

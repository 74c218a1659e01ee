// The query factory's newest-first page against the emulator through msw: newest first on both list
// orders, the learnt order kept in the query client the page ran in (under its own factory entry,
// which invalidating the jobs leaves alone), and the two-ended probe when a page alone cannot tell.
// The view across statuses and connectors: merged pages equal to every matching job sorted newest
// first, on both orders, with uneven streams, a created range, and the window's cut.
import { describe, expect, it } from 'vitest'
import { syncJobKeys, syncJobQueries } from '../../../src/api/queries.ts'
import type { ViewPageParams } from '../../../src/api/sync-job-pages.ts'
import { compareNewestFirst } from '../../../src/lib/merge-newest-first.ts'
import { RESULT_WINDOW, type SyncJob, type SyncStatus } from '../../../contract/es-connector-types.ts'
import { useEmulator } from '../support/emulator.ts'
import { mswServer } from '../support/msw-server.ts'
import { createTestQueryClient } from '../support/render.tsx'

const idsOf = (emulator: ReturnType<typeof useEmulator>) => emulator.store.listSyncJobs({ from: 0, size: 100 }).results.map((job) => job.id)

/** The `from`/`size` of every sync-job list request made while `run` runs. */
async function listRequests(run: () => Promise<unknown>): Promise<string[]> {
  const seen: string[] = []
  const record = ({ request }: { request: Request }) => {
    const url = new URL(request.url)
    if (url.pathname.endsWith('/_connector/_sync_job')) seen.push(`${url.searchParams.get('from')}+${url.searchParams.get('size')}`)
  }
  mswServer.events.on('request:start', record)
  try {
    await run()
  } finally {
    mswServer.events.removeListener('request:start', record)
  }
  return seen
}

describe('syncJobQueries.page', () => {
  it('shows an oldest-first server newest first and remembers its order past an invalidation', async () => {
    const emulator = useEmulator({ jobs: 60, order: 'asc' })
    const newest = idsOf(emulator).toReversed()
    const client = createTestQueryClient()

    const first = await client.fetchQuery(syncJobQueries.page({ filters: {}, page: 1, size: 25 }))
    expect(first).toMatchObject({ kind: 'rows', count: 60, order: 'asc', orderKnown: true })
    expect(first.jobs.map((job) => job.id)).toEqual(newest.slice(0, 25))
    expect(client.getQueryData(syncJobQueries.order().queryKey)).toBe('asc')

    await client.invalidateQueries({ queryKey: syncJobKeys.all })
    expect(client.getQueryData(syncJobQueries.order().queryKey)).toBe('asc')
    // Known to be ascending: the count, then the slice that ends 25 before the end; no guessing round.
    let second
    const requests = await listRequests(async () => {
      second = await client.fetchQuery(syncJobQueries.page({ filters: {}, page: 2, size: 25 }))
    })
    expect(requests).toEqual(['0+0', '10+25'])
    expect(second).toMatchObject({ order: 'asc', orderKnown: true })
  })

  it('probes both ends of the list when a page of one job cannot tell the order', async () => {
    const emulator = useEmulator({ jobs: 60, order: 'asc' })
    const client = createTestQueryClient()
    const page = await client.fetchQuery(syncJobQueries.page({ filters: {}, page: 1, size: 1 }))
    expect(page.jobs.map((job) => job.id)).toEqual([idsOf(emulator).at(-1)])
    expect(page).toMatchObject({ order: 'asc', orderKnown: true })
    expect(client.getQueryData(syncJobQueries.order().queryKey)).toBe('asc')
  })

  it('asks again when an earlier probe could not tell', async () => {
    useEmulator({ jobs: 60 })
    const client = createTestQueryClient()
    client.setQueryData(syncJobQueries.order().queryKey, null)
    const requests = await listRequests(() => client.fetchQuery(syncJobQueries.page({ filters: {}, page: 1, size: 1 })))
    // The page, then the probe's first and last job.
    expect(requests).toEqual(['0+1', '0+1', '59+1'])
    expect(client.getQueryData(syncJobQueries.order().queryKey)).toBe('desc')
  })
})

type EmulatorT = ReturnType<typeof useEmulator>

/** Every job of these statuses (all when empty) and connectors, newest first by the merge's own rule: the reference answer. */
function expectedIds(emulator: EmulatorT, statuses: readonly SyncStatus[], connectorIds: readonly string[] | null, keep: (job: SyncJob) => boolean = () => true): string[] {
  const all = (statuses.length > 0 ? statuses : [undefined]).flatMap((status) => emulator.store.listSyncJobs({ from: 0, size: RESULT_WINDOW, status }).results)
  return all
    .filter((job) => (connectorIds === null || connectorIds.includes(job.connector.id)) && keep(job))
    .sort(compareNewestFirst)
    .map((job) => job.id)
}

const view = (params: Partial<ViewPageParams>): ViewPageParams => ({
  statuses: [],
  connectorIds: null,
  jobTypes: [],
  created: null,
  stuck: false,
  error: '',
  page: 1,
  size: 50,
  ...params,
})

/** Every page of a view, concatenated, with the counts each page gave. */
async function walk(client: ReturnType<typeof createTestQueryClient>, params: Partial<ViewPageParams>, size: number) {
  const ids: string[] = []
  const counts: number[] = []
  for (let page = 1; page < 100; page += 1) {
    const answer = await client.fetchQuery(syncJobQueries.view(view({ ...params, page, size })))
    counts.push(answer.count)
    if (answer.kind !== 'rows' || answer.jobs.length === 0) break
    ids.push(...answer.jobs.map((job) => job.id))
  }
  return { ids, counts }
}

describe('syncJobQueries.view', () => {
  it.each(['desc', 'asc'] as const)('merges several statuses newest first on a %s server, page by page, counts summed', async (order) => {
    const emulator = useEmulator({ jobs: 60, order })
    const client = createTestQueryClient()
    const statuses: SyncStatus[] = ['pending', 'completed', 'error']
    const { ids, counts } = await walk(client, { statuses }, 7)
    const expected = expectedIds(emulator, statuses, null)
    expect(ids).toEqual(expected)
    expect(new Set(counts)).toEqual(new Set([expected.length]))
  })

  it('merges uneven streams of statuses and connectors (one stream empty)', async () => {
    const emulator = useEmulator({ jobs: 80 })
    const client = createTestQueryClient()
    const connectors = emulator.store.listConnectors({ from: 0, size: 10 }).results.map((connector) => connector.id).slice(0, 2)
    const statuses: SyncStatus[] = ['canceling', 'completed', 'error']
    const requests = await listRequests(async () => {
      const { ids } = await walk(client, { statuses, connectorIds: connectors, page: 1 }, 6)
      expect(ids).toEqual(expectedIds(emulator, statuses, connectors))
    })
    // Six streams per page: one per status and connector.
    expect(requests.length % 6).toBe(0)
  })

  it('reads one stream per status without the connector filter when the combinations are many, keeping the chosen connectors', async () => {
    const emulator = useEmulator({ jobs: 80 })
    const client = createTestQueryClient()
    const real = emulator.store.listConnectors({ from: 0, size: 10 }).results.map((connector) => connector.id)
    const chosen = [...real.slice(0, 2), ...Array.from({ length: 8 }, (_, i) => `gone-${i}`)]
    const seen: string[] = []
    const record = ({ request }: { request: Request }) => {
      const url = new URL(request.url)
      if (url.pathname.endsWith('/_connector/_sync_job')) seen.push(url.searchParams.get('connector_id') ?? '')
    }
    mswServer.events.on('request:start', record)
    try {
      const page = await client.fetchQuery(syncJobQueries.view(view({ statuses: ['completed'], connectorIds: chosen, size: 10 })))
      const expected = expectedIds(emulator, ['completed'], chosen)
      expect(page.jobs.map((job) => job.id)).toEqual(expected.slice(0, 10))
      expect(page.count).toBe(expected.length)
      expect(page.countExact).toBe(true)
    } finally {
      mswServer.events.removeListener('request:start', record)
    }
    expect(new Set(seen)).toEqual(new Set(['']))
  })

  it('applies a created range while merging', async () => {
    const emulator = useEmulator({ jobs: 60 })
    const client = createTestQueryClient()
    const all = expectedIds(emulator, [], null)
    const times = emulator.store.listSyncJobs({ from: 0, size: 100 }).results.map((job) => Date.parse(job.created_at)).sort((a, b) => a - b)
    const from = times[15] ?? 0
    const to = times[45] ?? 0
    const inRange = (job: SyncJob) => Date.parse(job.created_at) >= from && Date.parse(job.created_at) <= to
    const statuses: SyncStatus[] = ['completed', 'error']
    const { ids, counts } = await walk(client, { statuses, created: { kind: 'range', from, to } }, 8)
    const expected = expectedIds(emulator, statuses, null, inRange)
    expect(expected.length).toBeGreaterThan(8)
    expect(expected.length).toBeLessThan(all.length)
    expect(ids).toEqual(expected)
    expect(counts[0]).toBe(expected.length)
  })

  it('says when a stream is cut by the 10,000 window, only on the pages it can affect, and counts it as the API caps it', async () => {
    const emulator = useEmulator({ jobs: 12_000 })
    const client = createTestQueryClient()
    const errors = emulator.store.listSyncJobs({ from: 0, size: 0, status: 'error' }).count
    const within = await client.fetchQuery(syncJobQueries.view(view({ statuses: ['completed', 'error'], page: 1, size: 1000 })))
    expect(within).toMatchObject({ kind: 'rows', count: RESULT_WINDOW + errors, cut: [] })
    // Page 11 needs 11,000 rows of each stream; the 10,000 completed ones reachable still cover it
    // as long as its rows are newer than the oldest of them.
    const eleventh = await client.fetchQuery(syncJobQueries.view(view({ statuses: ['completed', 'error'], page: 11, size: 1000 })))
    expect(eleventh.jobs.length).toBe(1000)
    expect(eleventh.cut).toEqual([])
    // The last page runs past the oldest reachable completed job: older ones may belong there.
    const last = await client.fetchQuery(syncJobQueries.view(view({ statuses: ['completed', 'error'], page: 12, size: 1000 })))
    expect(last.jobs.length).toBe(errors + RESULT_WINDOW - 11_000)
    expect(last.cut).toEqual([{ status: 'completed' }])
  }, 60_000)

  it('on an oldest-first server, a stream whose count is capped cannot be read at all and says so', async () => {
    const emulator = useEmulator({ jobs: 12_000, order: 'asc' })
    const client = createTestQueryClient()
    client.setQueryData(syncJobQueries.order().queryKey, 'asc')
    const page = await client.fetchQuery(syncJobQueries.view(view({ statuses: ['completed', 'error'], size: 20 })))
    expect(page.cut).toEqual([{ status: 'completed' }])
    expect(page.jobs.map((job) => job.id)).toEqual(expectedIds(emulator, ['error'], null).slice(0, 20))
  }, 60_000)
})

// The query factory's newest-first page against the emulator through msw: newest first on both list
// orders, the learnt order kept in the query client the page ran in (under its own factory entry,
// which invalidating the jobs leaves alone), and the two-ended probe when a page alone cannot tell.
import { describe, expect, it } from 'vitest'
import { syncJobKeys, syncJobQueries } from '../../../src/api/queries.ts'
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

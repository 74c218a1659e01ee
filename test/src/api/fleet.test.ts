// The overview's reads against the emulator through msw: connectors without their configuration, and
// the bounded newest-first jobs window on both list orders — where it stops (every job, the span, the
// page limit), that it keeps the request budget, and that the order it learns is the jobs list's; and
// its refresh, which reads only the newest pages and merges them in, against what a whole read sees.
import { describe, expect, it } from 'vitest'
import { fetchJobWindow, fleetQueries, FULL_READ_MS, listFleetConnectors, refreshJobWindow, windowPageLimit, type JobWindow } from '../../../src/api/fleet.ts'
import { syncJobQueries } from '../../../src/api/queries.ts'
import type { ListOrderMemory, NewestFirstPage } from '../../../src/api/sync-job-pages.ts'
import { parseTimestamp } from '../../../src/lib/time.ts'
import { useEmulator } from '../support/emulator.ts'
import { mswServer } from '../support/msw-server.ts'
import { createTestQueryClient } from '../support/render.tsx'

const DAY = 86_400_000

/** Every request under /es made while `run` runs, as "path?from+size". */
async function requests(run: () => Promise<unknown>): Promise<string[]> {
  const seen: string[] = []
  const record = ({ request }: { request: Request }) => {
    const url = new URL(request.url)
    if (url.pathname.startsWith('/es/')) seen.push(`${url.pathname.replace('/es/', '')}?${url.searchParams.get('from')}+${url.searchParams.get('size')}`)
  }
  mswServer.events.on('request:start', record)
  try {
    await run()
  } finally {
    mswServer.events.removeListener('request:start', record)
  }
  return seen
}

const memory = (known?: 'asc' | 'desc'): ListOrderMemory => ({ known, learn: () => undefined, probe: async () => undefined })
const signal = () => new AbortController().signal
const newestIds = (emulator: ReturnType<typeof useEmulator>, order: 'asc' | 'desc' = 'desc') => {
  const ids = emulator.store.listSyncJobs({ from: 0, size: 10_000 }).results.map((job) => job.id)
  return order === 'asc' ? ids.toReversed() : ids
}

describe('listFleetConnectors', () => {
  it('reads every connector with what health needs and without its configuration', async () => {
    const emulator = useEmulator({ connectors: 12, jobs: 0 })
    const connectors = await listFleetConnectors()
    expect(connectors.map((connector) => connector.id).sort()).toEqual(emulator.store.liveConnectorIds().sort())
    for (const connector of connectors) {
      expect(connector).not.toHaveProperty('configuration')
      expect(connector).not.toHaveProperty('filtering')
      expect(connector).not.toHaveProperty('sync_cursor')
      expect(connector).toHaveProperty('scheduling.full.interval')
      expect(connector).toHaveProperty('status')
    }
  })

  it('answers an empty list for a cluster without connectors', async () => {
    useEmulator({ connectors: 0 })
    expect(await listFleetConnectors()).toEqual([])
  })
})

describe('fetchJobWindow', () => {
  it('reads page after page until every job is in, newest first, in one request a page', async () => {
    const emulator = useEmulator({ connectors: 4, jobs: 60 })
    let window: JobWindow | undefined
    const made = await requests(async () => {
      window = await fetchJobWindow(signal(), memory('desc'), { pageSize: 25, spanMs: 365 * DAY })
    })
    // The first page, then the two the rest takes, together.
    expect(made).toEqual(['_connector/_sync_job?0+25', expect.any(String), expect.any(String)])
    expect(made.slice(1).sort()).toEqual(['_connector/_sync_job?25+25', '_connector/_sync_job?50+10'])
    expect(window).toMatchObject({ count: 60, order: 'desc', complete: true, truncated: false, reachable: true })
    expect(window!.jobs.map((job) => job.id)).toEqual(newestIds(emulator))
  })

  it('reads an oldest-first server newest first with a single count request', async () => {
    const emulator = useEmulator({ connectors: 4, jobs: 60, order: 'asc' })
    let window: JobWindow | undefined
    const made = await requests(async () => {
      window = await fetchJobWindow(signal(), memory('asc'), { pageSize: 25, spanMs: 365 * DAY })
    })
    expect(made.filter((request) => request.endsWith('+0'))).toHaveLength(1)
    expect(made).toHaveLength(4)
    expect(window).toMatchObject({ order: 'asc', complete: true })
    expect(window!.jobs.map((job) => job.id)).toEqual(newestIds(emulator, 'asc'))
  })

  it('stops once it reaches back the span, without calling the window cut short', async () => {
    const emulator = useEmulator({ connectors: 4, jobs: 300 })
    let window: JobWindow | undefined
    const made = await requests(async () => {
      window = await fetchJobWindow(signal(), memory('desc'), { pageSize: 25, spanMs: DAY })
    })
    const since = Date.now() - DAY
    expect(window!.complete).toBe(false)
    expect(window!.truncated).toBe(false)
    expect(window!.oldestCreated).toBeLessThanOrEqual(since)
    // Every job created in the span is in, and far from every page was read.
    const inSpan = emulator.store.listSyncJobs({ from: 0, size: 300 }).results.filter((job) => parseTimestamp(job.created_at)! > since)
    expect(window!.jobs.map((job) => job.id)).toEqual(expect.arrayContaining(inSpan.map((job) => job.id)))
    expect(made.length).toBeLessThan(12)
  })

  it('stops at the page limit and says the window is cut short', async () => {
    const emulator = useEmulator({ connectors: 4, jobs: 300 })
    const window = await fetchJobWindow(signal(), memory('desc'), { pageSize: 25, maxPages: 2, spanMs: 365 * DAY })
    expect(window).toMatchObject({ complete: false, truncated: true, limit: 50 })
    expect(window.jobs.map((job) => job.id)).toEqual(newestIds(emulator).slice(0, 50))
  })
})

describe('the refresh budget', () => {
  it('keeps connector pages + job pages (+ the count of an oldest-first server) within ten requests', () => {
    expect(windowPageLimit(12, 'desc')).toBe(5)
    expect(windowPageLimit(1000, 'asc')).toBe(5)
    for (const connectors of [0, 1000, 4000, 6000, 8000]) {
      for (const order of ['asc', 'desc'] as const) {
        const pages = windowPageLimit(connectors, order)
        expect(pages).toBeGreaterThanOrEqual(1)
        expect(Math.max(1, Math.ceil(connectors / 1000)) + pages + (order === 'asc' ? 1 : 0)).toBeLessThanOrEqual(10)
      }
    }
    // Beyond that the connectors alone fill the budget: the window keeps one page.
    expect(windowPageLimit(10_000, 'asc')).toBe(1)
  })

  it('a refresh of both queries makes one connector page and one job page per 1,000 jobs', async () => {
    useEmulator({ connectors: 12, jobs: 300 })
    const client = createTestQueryClient()
    client.setQueryData(syncJobQueries.order().queryKey, 'desc')
    const made = await requests(() => Promise.all([client.fetchQuery(fleetQueries.connectors()), client.fetchQuery(fleetQueries.window())]))
    expect(made.sort()).toEqual(['_connector/_sync_job?0+1000', '_connector?0+1000'])
  })
})

const connectorOf = (emulator: ReturnType<typeof useEmulator>) => emulator.store.liveConnectorIds()[0]!
const newJob = (emulator: ReturnType<typeof useEmulator>) => emulator.store.createSyncJob({ id: connectorOf(emulator) })
/** Every job of the emulator settled, so that only the jobs a test creates move. */
const settleAll = (emulator: ReturnType<typeof useEmulator>) => {
  for (const id of newestIds(emulator)) {
    const job = emulator.store.getSyncJob(id)
    if (['pending', 'in_progress', 'canceling'].includes(job.status)) emulator.store.writeSyncJob(id, { status: 'completed', completed_at: new Date().toISOString() })
  }
}

describe('refreshJobWindow', () => {
  const options = { maxPages: 5, pageSize: 25 }

  it('reads the whole window first, then only the newest page, and holds what a whole read would', async () => {
    const emulator = useEmulator({ connectors: 4, jobs: 300 })
    settleAll(emulator)
    const first = await refreshJobWindow(undefined, signal(), memory('desc'), options)
    expect(first.jobs.map((job) => job.id)).toEqual(newestIds(emulator))

    const created = [newJob(emulator), newJob(emulator)]
    let second: JobWindow | undefined
    const made = await requests(async () => {
      second = await refreshJobWindow(first, signal(), memory('desc'), options)
    })
    expect(made).toEqual(['_connector/_sync_job?0+25'])
    expect(second!.jobs.map((job) => job.id)).toEqual(newestIds(emulator))
    expect(second!.jobs.slice(0, 2).map((job) => job.id).sort()).toEqual(created.sort())
    expect(second).toMatchObject({ count: 302, complete: true, fullReadAt: first.fullReadAt })
  })

  it('reads back to the oldest job on screen that still moves, so its status change shows', async () => {
    const emulator = useEmulator({ connectors: 4, jobs: 300 })
    settleAll(emulator)
    const running = newJob(emulator)
    emulator.store.writeSyncJob(running, { status: 'in_progress', started_at: new Date().toISOString() })
    for (let index = 0; index < 40; index += 1) newJob(emulator)
    for (const id of newestIds(emulator).slice(0, 40)) emulator.store.writeSyncJob(id, { status: 'completed', completed_at: new Date().toISOString() })
    const before = await refreshJobWindow(undefined, signal(), memory('desc'), options)
    expect(before.jobs.find((job) => job.id === running)?.status).toBe('in_progress')

    emulator.store.writeSyncJob(running, { status: 'completed', completed_at: new Date().toISOString() })
    let after: JobWindow | undefined
    const made = await requests(async () => {
      after = await refreshJobWindow(before, signal(), memory('desc'), options)
    })
    // 41 jobs down to the running one: two pages of 25, not the whole window.
    expect(made.sort()).toEqual(['_connector/_sync_job?0+25', '_connector/_sync_job?25+25'])
    expect(after!.jobs.find((job) => job.id === running)?.status).toBe('completed')
    expect(after!.jobs.map((job) => job.id)).toEqual(newestIds(emulator))
  })

  it('stops at its page limit when a moving job lies further back: that job waits for the next whole read', async () => {
    const emulator = useEmulator({ connectors: 4, jobs: 300 })
    settleAll(emulator)
    const running = newJob(emulator)
    emulator.store.writeSyncJob(running, { status: 'in_progress', started_at: new Date().toISOString() })
    for (let index = 0; index < 100; index += 1) newJob(emulator)
    for (const id of newestIds(emulator).slice(0, 100)) emulator.store.writeSyncJob(id, { status: 'completed', completed_at: new Date().toISOString() })
    const before = await refreshJobWindow(undefined, signal(), memory('desc'), options)

    emulator.store.writeSyncJob(running, { status: 'completed', completed_at: new Date().toISOString() })
    const created = newJob(emulator)
    let after: JobWindow | undefined
    const made = await requests(async () => {
      after = await refreshJobWindow(before, signal(), memory('desc'), options)
    })
    // Three pages of 25 (the limit), not the whole window: the new job is in, the running one not yet.
    expect(made).toHaveLength(3)
    expect(made.every((request) => request.endsWith('+25'))).toBe(true)
    expect(after!.jobs[0]!.id).toBe(created)
    expect(after!.jobs.find((job) => job.id === running)?.status).toBe('in_progress')
    const whole = await refreshJobWindow(after, signal(), memory('desc'), { ...options, now: before.fullReadAt + FULL_READ_MS })
    expect(whole.jobs.find((job) => job.id === running)?.status).toBe('completed')
  })

  it('drops a new job that was deleted, and finds every job again in the whole read that comes every five minutes', async () => {
    const emulator = useEmulator({ connectors: 4, jobs: 100 })
    settleAll(emulator)
    const first = await refreshJobWindow(undefined, signal(), memory('desc'), options)
    const created = newJob(emulator)
    const second = await refreshJobWindow(first, signal(), memory('desc'), options)
    expect(second.jobs[0]!.id).toBe(created)
    emulator.store.deleteSyncJob(created)
    // An older job deleted is only seen gone by the next whole read.
    const older = newestIds(emulator)[50]!
    emulator.store.deleteSyncJob(older)
    const third = await refreshJobWindow(second, signal(), memory('desc'), options)
    expect(third.jobs.map((job) => job.id)).not.toContain(created)
    expect(third.jobs.map((job) => job.id)).toContain(older)

    let whole: JobWindow | undefined
    const now = first.fullReadAt + FULL_READ_MS
    const made = await requests(async () => {
      whole = await refreshJobWindow(third, signal(), memory('desc'), { ...options, now })
    })
    expect(made).toEqual(['_connector/_sync_job?0+1000'])
    expect(whole!.jobs.map((job) => job.id)).toEqual(newestIds(emulator))
    expect(whole!.fullReadAt).toBe(now)
  })

  it('reads the whole window when more new jobs came than a refresh reads', async () => {
    const emulator = useEmulator({ connectors: 4, jobs: 100 })
    settleAll(emulator)
    const first = await refreshJobWindow(undefined, signal(), memory('desc'), options)
    for (let index = 0; index < 130; index += 1) newJob(emulator)
    for (const id of newestIds(emulator).slice(0, 130)) emulator.store.writeSyncJob(id, { status: 'completed', completed_at: new Date().toISOString() })
    let second: JobWindow | undefined
    const made = await requests(async () => {
      second = await refreshJobWindow(first, signal(), memory('desc'), options)
    })
    expect(made).toContain('_connector/_sync_job?0+1000')
    expect(second!.jobs.map((job) => job.id)).toEqual(newestIds(emulator))
  })

  it('merges the newest pages of an oldest-first server too', async () => {
    const emulator = useEmulator({ connectors: 4, jobs: 120, order: 'asc' })
    settleAll(emulator)
    const first = await refreshJobWindow(undefined, signal(), memory('asc'), options)
    const created = newJob(emulator)
    const second = await refreshJobWindow(first, signal(), memory('asc'), options)
    expect(second.jobs[0]!.id).toBe(created)
    expect(second.jobs.map((job) => job.id)).toEqual(newestIds(emulator, 'asc'))
  })
})

describe('the refresh pace of a connector read on its own', () => {
  it('is 30 s while one of its jobs may move and 5 min once none may', async () => {
    const emulator = useEmulator({ connectors: 4, jobs: 40 })
    const connector = connectorOf(emulator)
    const client = createTestQueryClient()
    const options = fleetQueries.history(connector)
    const interval = options.refetchInterval as (query: unknown) => number
    emulator.store.createSyncJob({ id: connector })
    await client.fetchQuery(options)
    const query = client.getQueryCache().find<NewestFirstPage>({ queryKey: options.queryKey })!
    expect(interval(query)).toBe(30_000)

    settleAll(emulator)
    await client.fetchQuery({ ...options, staleTime: 0 })
    expect(query.state.data?.jobs.some((job) => job.status === 'pending')).toBe(false)
    expect(interval(query)).toBe(5 * 60_000)
  })
})

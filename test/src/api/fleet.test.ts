// The overview's reads against the emulator through msw: connectors without their configuration, and
// the bounded newest-first jobs window on both list orders — where it stops (every job, the span, the
// page limit), that it keeps the request budget, and that the order it learns is the jobs list's.
import { describe, expect, it } from 'vitest'
import { fetchJobWindow, fleetQueries, listFleetConnectors, windowPageLimit, type JobWindow } from '../../../src/api/fleet.ts'
import { syncJobQueries } from '../../../src/api/queries.ts'
import type { ListOrderMemory } from '../../../src/api/sync-job-pages.ts'
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

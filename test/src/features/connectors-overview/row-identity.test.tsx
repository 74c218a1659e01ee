// The overview's rows are memoised components: a row that nothing changed must reach them as the same
// objects — its FleetRow (buildRows' cache) — and its insights compare by value (sameInsights), or every refresh
// and every late insight draws every row again.
import { describe, expect, it, vi } from 'vitest'
import type { JobWindow } from '../../../../src/api/fleet.ts'
import { buildRows, fillRowCache, type RowCache } from '../../../../src/features/connectors-overview/fleet-rows.ts'
import { sameInsights } from '../../../../src/features/connectors-overview/insight-flags.tsx'
import type { Insight } from '../../../../src/lib/connector-insights.ts'
import { useEmulator } from '../../support/emulator.ts'

function useSeededFleet() {
  const emulator = useEmulator({ connectors: 4, jobs: 60 })
  const connectors = emulator.store.listConnectors({ from: 0, size: 100 }).results
  const jobs = emulator.store.listSyncJobs({ from: 0, size: 1000 }).results
  const window: JobWindow = {
    jobs,
    count: jobs.length,
    order: 'desc',
    complete: true,
    truncated: false,
    reachable: true,
    oldestCreated: undefined,
    limit: 10_000,
    fullReadAt: 0,
  }
  return { connectors, window }
}

const insight = (connectorId: string, sentence: string): Insight => ({ kind: 'cursor-stall', connectorId, jobIds: ['a'], at: 1, sentence })

describe('overview row identity', () => {
  it('hands back the same row for a connector whose document, jobs and clock did not change', () => {
    const { connectors, window } = useSeededFleet()
    const cache: RowCache = new Map()
    const first = buildRows(connectors, window, new Map(), 1_000, cache)
    const again = buildRows(connectors, window, new Map(), 1_000, cache)
    expect(again.length).toBe(connectors.length)
    for (const row of again) expect(first).toContain(row)
    // A changed document makes a new row for that connector only.
    const [changed, ...rest] = connectors
    if (!changed) throw new Error('no connectors')
    const next = buildRows([{ ...changed }, ...rest], window, new Map(), 1_000, cache)
    expect(first).not.toContain(next.find((row) => row.connector.id === changed.id))
    for (const row of next.filter((entry) => entry.connector.id !== changed.id)) expect(first).toContain(row)
    // A new clock reading makes every row again (health depends on it).
    const later = buildRows(connectors, window, new Map(), 2_000, cache)
    for (const row of later) expect(first).not.toContain(row)
  })

  it('compares insight lists by what they say', () => {
    expect(sameInsights(undefined, undefined)).toBe(true)
    expect(sameInsights([insight('a', 'cursor stopped')], [insight('a', 'cursor stopped')])).toBe(true)
    expect(sameInsights([insight('a', 'cursor stopped')], [insight('a', 'cursor stopped since yesterday')])).toBe(false)
    expect(sameInsights([insight('a', 'cursor stopped')], undefined)).toBe(false)
  })

  it('measures the rows a slice per task ahead of buildRows, which then hands back those rows', async () => {
    const { connectors, window } = useSeededFleet()
    const cache: RowCache = new Map()
    // A clock that moves 5 ms each time it is read, once a connector: slices of 12 ms hold two.
    let clock = 0
    const timing = vi.spyOn(performance, 'now').mockImplementation(() => (clock += 5))
    try {
      const filling = fillRowCache(connectors, window, new Map(), 1_000, cache, () => false, 12)
      expect(cache.size).toBe(0)
      await new Promise((resolve) => setTimeout(resolve, 0))
      expect(cache.size).toBe(2)
      await expect(filling).resolves.toBe(true)
    } finally {
      timing.mockRestore()
    }
    expect(cache.size).toBe(connectors.length)
    const cached = new Set([...cache.values()].map((entry) => entry.row))
    expect(buildRows(connectors, window, new Map(), 1_000, cache).every((row) => cached.has(row))).toBe(true)
  })

  it('stops between slices once the inputs changed, leaving the rest unmeasured', async () => {
    const { connectors, window } = useSeededFleet()
    const cache: RowCache = new Map()
    let stopped = false
    const filling = fillRowCache(connectors, window, new Map(), 1_000, cache, () => stopped, 0)
    stopped = true
    await expect(filling).resolves.toBe(false)
    expect(cache.size).toBe(0)
  })
})

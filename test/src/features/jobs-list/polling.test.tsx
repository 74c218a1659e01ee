// The jobs list's pace (features/jobs-list/polling.ts) on real pages from the emulator: rows fast
// while a job on the page may move, the counts slower, and both idle once the rows stopped changing
// for three refreshes in a row — until a refresh brings news.
import { QueryClientProvider, useQuery } from '@tanstack/react-query'
import { renderHook, waitFor } from '@testing-library/react'
import type { ReactNode } from 'react'
import { describe, expect, it } from 'vitest'
import { syncJobQueries } from '../../../../src/api/queries.ts'
import type { NewestFirstPage } from '../../../../src/api/sync-job-pages.ts'
import { COUNTS_PACE, countsRefetchInterval, pollInterval, ROWS_PACE, rowsRefetchInterval } from '../../../../src/features/jobs-list/polling.ts'
import { useEmulator } from '../../support/emulator.ts'
import { createTestQueryClient } from '../../support/render.tsx'
import { syncableConnector } from '../../../support/connectors.ts'

function renderRows() {
  const client = createTestQueryClient()
  const wrapper = ({ children }: { children: ReactNode }) => <QueryClientProvider client={client}>{children}</QueryClientProvider>
  const rows = syncJobQueries.page({ filters: {}, page: 1, size: 20 })
  const count = syncJobQueries.countsByStatus({})
  const view = renderHook(() => useQuery({ ...rows, refetchInterval: rowsRefetchInterval }), { wrapper })
  const rowsQuery = () => client.getQueryCache().find<NewestFirstPage>({ queryKey: rows.queryKey })!
  // The counts query, read once so that it exists (its pace is what the test reads, not its data).
  const countQuery = async () => {
    await client.fetchQuery(count)
    return client.getQueryCache().find({ queryKey: count.queryKey })!
  }
  return { ...view, rowsQuery, countQuery }
}

describe('jobs list polling', () => {
  it('refreshes rows fast and counts slower while a job on the page may move, both idle once the rows settled, fast again on news', async () => {
    const emulator = useEmulator()
    const connector = syncableConnector(emulator).id
    emulator.store.createSyncJob({ id: connector })
    const { result, rowsQuery, countQuery } = renderRows()
    await waitFor(() => expect(result.current.data?.jobs[0]?.status).toBe('pending'))

    expect(pollInterval(result.current.data)).toBe(ROWS_PACE.activeMs)
    expect(rowsRefetchInterval(rowsQuery())).toBe(ROWS_PACE.activeMs)
    expect(countsRefetchInterval(result.current.data)(await countQuery())).toBe(COUNTS_PACE.activeMs)
    expect(COUNTS_PACE.activeMs).toBeGreaterThan(ROWS_PACE.activeMs)
    expect(COUNTS_PACE.idleMs).toBeGreaterThan(ROWS_PACE.idleMs)

    for (let refresh = 0; refresh < 3; refresh += 1) await result.current.refetch()
    await waitFor(() => expect(pollInterval(result.current.data)).toBe(ROWS_PACE.idleMs))
    expect(rowsRefetchInterval(rowsQuery())).toBe(ROWS_PACE.idleMs)
    expect(countsRefetchInterval(result.current.data)(await countQuery())).toBe(COUNTS_PACE.idleMs)

    emulator.store.createSyncJob({ id: connector })
    await result.current.refetch()
    await waitFor(() => expect(pollInterval(result.current.data)).toBe(ROWS_PACE.activeMs))
    expect(rowsRefetchInterval(rowsQuery())).toBe(ROWS_PACE.activeMs)
    expect(countsRefetchInterval(result.current.data)(await countQuery())).toBe(COUNTS_PACE.activeMs)
  })

  it('keeps the idle pace for a page without a job that may move', async () => {
    const emulator = useEmulator()
    for (const job of emulator.store.listSyncJobs({ from: 0, size: 1000 }).results) {
      if (['pending', 'in_progress', 'canceling'].includes(job.status)) emulator.store.writeSyncJob(job.id, { status: 'completed', completed_at: new Date().toISOString() })
    }
    const { result, rowsQuery, countQuery } = renderRows()
    await waitFor(() => expect(result.current.isSuccess).toBe(true))
    expect(pollInterval(result.current.data)).toBe(ROWS_PACE.idleMs)
    expect(rowsRefetchInterval(rowsQuery())).toBe(ROWS_PACE.idleMs)
    expect(countsRefetchInterval(result.current.data)(await countQuery())).toBe(COUNTS_PACE.idleMs)
  })
})

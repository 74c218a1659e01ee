// React Query's side of the polling budget, on real requests to the emulator through msw: the
// refetchInterval function learns how long the last request took (slow answers are made slow by a
// handler that waits, then lets the emulator answer), how many refreshes failed in a row (a handler
// answering Elasticsearch's 503) and how many brought nothing new, and the interval it returns
// follows the policy.
import { QueryClientProvider, useQuery } from '@tanstack/react-query'
import { renderHook, waitFor } from '@testing-library/react'
import { delay, http, HttpResponse } from 'msw'
import type { ReactNode } from 'react'
import { describe, expect, it } from 'vitest'
import { syncJobQueries } from '../../../src/api/queries.ts'
import { adaptiveInterval, observeFetch, pollingBy } from '../../../src/hooks/poll-interval.ts'
import { esErrorBody } from '../../support/es-error.ts'
import { useEmulator } from '../support/emulator.ts'
import { mswServer } from '../support/msw-server.ts'
import { createTestQueryClient } from '../support/render.tsx'

/** A pace so long that nothing polls during a test: the test refetches by hand. */
const NEVER = { activeMs: 600_000, idleMs: 600_000 }
const QUICK = { activeMs: 2_000, idleMs: 8_000 }

function renderCount() {
  const client = createTestQueryClient()
  const wrapper = ({ children }: { children: ReactNode }) => <QueryClientProvider client={client}>{children}</QueryClientProvider>
  const options = syncJobQueries.countsByStatus({})
  const view = renderHook(() => useQuery({ ...options, refetchInterval: pollingBy(NEVER, () => false) }), { wrapper })
  const query = () => client.getQueryCache().find({ queryKey: options.queryKey })!
  return { ...view, query }
}

const slowAnswers = (ms: number) =>
  // Returns nothing after the wait: msw hands the request on to the emulator.
  mswServer.use(
    http.all(/\/es\//, async () => {
      await delay(ms)
    }),
  )
const failingAnswers = () => mswServer.use(http.all(/\/es\//, () => HttpResponse.json(esErrorBody(503, 'unavailable_shards_exception', 'down'), { status: 503 })))

describe('adaptiveInterval', () => {
  it('keeps the pace while requests are quick', async () => {
    useEmulator()
    const { result, query } = renderCount()
    await waitFor(() => expect(result.current.isSuccess).toBe(true))
    expect(observeFetch(query())).toMatchObject({ failures: 0, startedAt: undefined })
    expect(observeFetch(query()).lastDurationMs).toBeLessThan(500)
    expect(adaptiveInterval(query(), QUICK, true)).toBe(2_000)
    expect(adaptiveInterval(query(), QUICK, false)).toBe(8_000)
  })

  it('waits at least four times as long as the last request took', async () => {
    useEmulator()
    slowAnswers(1_000)
    const { result, query } = renderCount()
    await waitFor(() => expect(result.current.isSuccess).toBe(true))
    expect(observeFetch(query()).lastDurationMs).toBeGreaterThanOrEqual(990)
    expect(adaptiveInterval(query(), QUICK, true)).toBeGreaterThanOrEqual(3_960)
    expect(adaptiveInterval(query(), QUICK, true)).toBe(4 * observeFetch(query()).lastDurationMs!)

    // Quick again: back to the pace.
    mswServer.resetHandlers()
    useEmulator()
    await result.current.refetch()
    await waitFor(() => expect(adaptiveInterval(query(), QUICK, true)).toBe(2_000))
  })

  it('doubles the interval for each refresh that failed in a row, and forgets them after a success', async () => {
    useEmulator()
    const { result, query } = renderCount()
    await waitFor(() => expect(result.current.isSuccess).toBe(true))
    failingAnswers()
    await result.current.refetch()
    await waitFor(() => expect(observeFetch(query()).failures).toBe(1))
    await result.current.refetch()
    await waitFor(() => expect(observeFetch(query()).failures).toBe(2))
    expect(adaptiveInterval(query(), QUICK, true)).toBe(8_000)
    expect(adaptiveInterval(query(), QUICK, false)).toBe(32_000)
    // The cache knows at once; the hook's next render (a microtask later with Preact than with React under act) says so.
    await waitFor(() => expect(result.current.isError).toBe(true))

    mswServer.resetHandlers()
    useEmulator()
    await result.current.refetch()
    await waitFor(() => expect(observeFetch(query()).failures).toBe(0))
    expect(adaptiveInterval(query(), QUICK, true)).toBe(2_000)
  })

  it('counts the refreshes in a row that answered what the query already had, and forgets them when one brings news', async () => {
    const emulator = useEmulator()
    const { result, query } = renderCount()
    await waitFor(() => expect(result.current.isSuccess).toBe(true))
    expect(observeFetch(query()).unchanged).toBe(0)
    for (const expected of [1, 2, 3]) {
      await result.current.refetch()
      await waitFor(() => expect(observeFetch(query()).unchanged).toBe(expected))
    }
    // Settled: what may move is paced as idle.
    expect(adaptiveInterval(query(), QUICK, true)).toBe(8_000)

    emulator.store.createSyncJob({ id: emulator.store.liveConnectorIds()[0]! })
    await result.current.refetch()
    await waitFor(() => expect(observeFetch(query()).unchanged).toBe(0))
    expect(adaptiveInterval(query(), QUICK, true)).toBe(2_000)
  })
})

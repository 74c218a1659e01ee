// countByStatus: one count per status through the emulator, a failed count as null, and an error
// when every count fails; each request starts in a task of its own.
import { http, HttpResponse } from 'msw'
import { describe, expect, it, vi } from 'vitest'
import { COUNTED_STATUSES, countByStatus } from '../../../src/api/sync-jobs.ts'
import '../../../src/api/register.ts'
import { esErrorBody } from '../../support/es-error.ts'
import { useEmulator } from '../support/emulator.ts'
import { mswServer } from '../support/msw-server.ts'

const refuse = () => HttpResponse.json(esErrorBody(503, 'unavailable_shards_exception', 'no shard'), { status: 503 })

describe('countByStatus', () => {
  it('counts every status as the API does, and all of them under ""', async () => {
    const emulator = useEmulator({ jobs: 60 })
    const counts = await countByStatus({})
    const jobs = emulator.store.listSyncJobs({ from: 0, size: 10_000 }).results
    expect(counts['']).toBe(jobs.length)
    for (const status of COUNTED_STATUSES.filter(Boolean)) expect(counts[status]).toBe(jobs.filter((job) => job.status === status).length)
  })

  it('gives null for a count that failed, and throws when every one failed', async () => {
    useEmulator({ jobs: 10 })
    mswServer.use(http.get('*/es/_connector/_sync_job', ({ request }) => (new URL(request.url).searchParams.get('status') === 'error' ? refuse() : undefined)))
    const counts = await countByStatus({})
    expect(counts.error).toBeNull()
    expect(counts.completed).toEqual(expect.any(Number))

    mswServer.use(http.get('*/es/_connector/_sync_job', refuse))
    await expect(countByStatus({})).rejects.toMatchObject({ status: 503 })
  })

  it('starts one request per task, and no more once cancelled', async () => {
    useEmulator({ jobs: 10 })
    const fetches = vi.spyOn(globalThis, 'fetch')
    try {
      const counting = countByStatus({})
      expect(fetches).toHaveBeenCalledTimes(1)
      await expect(counting).resolves.toMatchObject({ '': 10 })
      expect(fetches).toHaveBeenCalledTimes(COUNTED_STATUSES.length)

      fetches.mockClear()
      const controller = new AbortController()
      const cancelled = countByStatus({}, controller.signal)
      controller.abort()
      await expect(cancelled).rejects.toMatchObject({ name: 'AbortError' })
      expect(fetches).toHaveBeenCalledTimes(1)
    } finally {
      fetches.mockRestore()
    }
  })
})

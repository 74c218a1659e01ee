// Which statuses the job page keeps polling (everything a worker may still move), and how often its
// job is read again, counted in the requests that reach the emulator: every few seconds while the job
// is active, never once it has finished, never in a hidden tab (and at once when it shows again), and
// less and less often while the reads fail.
import { focusManager } from '@tanstack/react-query'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { screen, waitFor } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { esErrorBody } from '../../../support/es-error.ts'
import { SYNC_STATUSES } from '../../../../contract/es-connector-types.ts'
import { isPolledStatus } from '../../../../src/features/job-detail/polling.ts'
import { useEmulator } from '../../support/emulator.ts'
import { mswServer } from '../../support/msw-server.ts'
import { renderJob } from './render-job.ts'
import { countRequests, createJob } from './support.ts'

/** Lets `ms` of timer time pass in half-second steps, so each poll's answer arrives before the next. */
async function elapse(ms: number): Promise<void> {
  for (let passed = 0; passed < ms; passed += 500) await vi.advanceTimersByTimeAsync(500)
}

/** Counts the page's reads of one job (GET `/es/_connector/_sync_job/<id>`). */
const jobReads = (id: string) => countRequests(mswServer, 'GET', new RegExp(`/_connector/_sync_job/${id}$`))

afterEach(() => {
  vi.useRealTimers()
  focusManager.setFocused(undefined)
})

describe('job page polling', () => {
  it('polls pending, in_progress, canceling and suspended jobs, and stops for finished ones', () => {
    const polled = SYNC_STATUSES.filter((status) => isPolledStatus(status))
    expect(polled.toSorted()).toEqual(['canceling', 'in_progress', 'pending', 'suspended'])
    expect(isPolledStatus(undefined)).toBe(false)
  })

  it('reads an active job again every 2 to 3 seconds, every 10 s once it has not changed for three reads, and stops once it has finished', async () => {
    // Timers only: the clock moves with real time too (so Testing Library's waits work) and jumps on
    // `elapse`; Date stays real for the page's "updated … ago".
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'], shouldAdvanceTime: true })
    const emulator = useEmulator()
    const id = createJob(emulator, { status: 'in_progress', started_at: new Date().toISOString(), worker_hostname: 'w' })
    const reads = jobReads(id)
    await renderJob(id)

    // The worker is off: the job does not change. 2.5, 5 and 7.5 s, then every 10 s.
    const before = reads.count
    await elapse(30_000)
    const polls = reads.count - before
    expect(polls).toBeGreaterThanOrEqual(4)
    expect(polls).toBeLessThanOrEqual(6)

    // A change brings the fast pace back: the read that sees it (within 10 s), then three more 2.5 s
    // apart — four reads in 20 s, where the settled pace makes two.
    emulator.store.writeSyncJob(id, { last_seen: new Date().toISOString(), indexed_document_count: 5 })
    const beforeChange = reads.count
    await elapse(20_000)
    expect(reads.count - beforeChange).toBeGreaterThanOrEqual(4)

    emulator.store.writeSyncJob(id, { status: 'completed', completed_at: new Date().toISOString() })
    // Nothing changed for three reads: it is read every 10 s now.
    await elapse(10_000)
    expect(await screen.findByText('not refreshing: the job has finished')).toBeTruthy()
    const finished = reads.count
    await elapse(30_000)
    expect(reads.count).toBe(finished)
  })

  it('reads a finished job once', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'], shouldAdvanceTime: true })
    const emulator = useEmulator()
    const id = createJob(emulator, { status: 'error', error: 'boom', completed_at: new Date().toISOString() })
    const reads = jobReads(id)
    await renderJob(id)
    await elapse(30_000)
    expect(reads.count).toBe(1)
  })

  it('does not poll while the tab is hidden, and reads the job at once when it shows again', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'], shouldAdvanceTime: true })
    const emulator = useEmulator()
    const id = createJob(emulator, { status: 'in_progress', started_at: new Date().toISOString(), worker_hostname: 'w' })
    const reads = jobReads(id)
    await renderJob(id)

    // TanStack Query v5 reads visibility through focusManager (document.visibilityState); a hidden tab sets it false.
    focusManager.setFocused(false)
    const hidden = reads.count
    await elapse(30_000)
    expect(reads.count).toBe(hidden)

    focusManager.setFocused(true)
    await waitFor(() => expect(reads.count).toBe(hidden + 1))
  })

  it('backs off while the job cannot be read: doubling the wait after each failure in a row', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'], shouldAdvanceTime: true })
    const emulator = useEmulator()
    const id = createJob(emulator, { status: 'in_progress', started_at: new Date().toISOString(), worker_hostname: 'w' })
    const reads = jobReads(id)
    await renderJob(id)

    mswServer.use(http.get(/\/es\/_connector\/_sync_job\/[^/]+$/, () => HttpResponse.json(esErrorBody(503, 'unavailable_shards_exception', 'down'), { status: 503 })))
    const before = reads.count
    await elapse(60_000)
    // 2.5 s, then 5, 10, 20 and 40 s: four reads in a minute where a healthy cluster would see twenty-four.
    const failedReads = reads.count - before
    expect(failedReads).toBeGreaterThanOrEqual(3)
    expect(failedReads).toBeLessThanOrEqual(5)
  })
})

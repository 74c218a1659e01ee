// The job page's durations come from the same model as the list: a suspended job ran for X and has
// been suspended for Y (and is not "active"); a pending job no worker claimed has no heartbeat age; a
// failed job's end reads "Failed"; and nothing ticks while the job cannot be refreshed.
import { screen, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { useEmulator } from '../../support/emulator.ts'
import { advanceUntil } from '../../support/fake-time.ts'
import { mswServer } from '../../support/msw-server.ts'
import { renderJob } from './render-job.ts'
import { createJob } from './support.ts'

const MINUTE = 60_000
const ago = (ms: number) => new Date(Date.now() - ms).toISOString()

/** The value next to a term of the timeline's durations (`<dt>` → `<dd>`), or undefined when absent. */
function fact(term: string): string | undefined {
  const timeline = screen.getByRole('region', { name: 'Timeline' })
  const dt = within(timeline).queryByText(term, { selector: 'dt' })
  return dt?.nextElementSibling?.textContent ?? undefined
}

afterEach(() => vi.useRealTimers())

describe('job page durations', () => {
  it('a suspended job ran until it was suspended and has been suspended since; it is not called active', async () => {
    const emulator = useEmulator()
    // Like the seed's: claimed 3 h 09 min ago, last heard of 3 h ago, when its service went away.
    const id = createJob(emulator, { status: 'suspended', created_at: ago(190 * MINUTE), started_at: ago(189 * MINUTE), last_seen: ago(180 * MINUTE), worker_hostname: 'gone' })
    await renderJob(id)
    expect(fact('Ran for')).toBe('9m 00s')
    expect(fact('Suspended for')).toMatch(/^3h 0[01]m so far$/)
    expect(fact('Since last heartbeat')).toBeUndefined()
    expect(screen.queryByText(/while the job is active/)).toBeNull()
    expect(screen.getByText(/refreshing every 15 s while it is suspended/)).toBeTruthy()
  })

  it('a pending job no worker claimed has no "since last heartbeat" (its last_seen is only its creation)', async () => {
    const emulator = useEmulator()
    const id = createJob(emulator, { created_at: ago(2 * MINUTE), last_seen: ago(2 * MINUTE) })
    await renderJob(id)
    expect(fact('Waited for a worker')).toMatch(/so far$/)
    expect(fact('Since last heartbeat')).toBeUndefined()
  })

  it('a failed job’s end reads "Failed", not "Completed"', async () => {
    const emulator = useEmulator()
    const id = createJob(emulator, { status: 'error', error: 'boom', started_at: ago(3 * MINUTE), completed_at: ago(MINUTE), last_seen: ago(MINUTE) })
    await renderJob(id)
    const timeline = screen.getByRole('region', { name: 'Timeline' })
    expect(within(timeline).getByText('Failed')).toBeTruthy()
    expect(within(timeline).queryByText('Completed')).toBeNull()
    expect(fact('Ran for')).toBe('2m 00s')
  })

  it('stops ticking while the job cannot be refreshed, and ticks again once it can', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'], shouldAdvanceTime: true })
    const emulator = useEmulator()
    const id = createJob(emulator, { status: 'in_progress', started_at: ago(2 * MINUTE), last_seen: ago(5_000), worker_hostname: 'w' })
    await renderJob(id)
    let down = false
    // Falls through to the emulator while the cluster is up.
    mswServer.use(http.get('*/es/_connector/_sync_job/:id', () => (down ? HttpResponse.error() : undefined)))

    down = true
    await vi.advanceTimersByTimeAsync(3_000)
    expect(await screen.findByText(/last refresh failed/)).toBeTruthy()
    const ran = fact('Ran for')
    const silent = fact('Since last heartbeat')
    await vi.advanceTimersByTimeAsync(2 * MINUTE)
    // Two minutes of a blind dashboard are not two minutes of a silent worker.
    expect(fact('Ran for')).toBe(ran)
    expect(fact('Since last heartbeat')).toBe(silent)
    expect(screen.queryAllByText(/no heartbeat for/)).toHaveLength(0)

    down = false
    emulator.store.checkInSyncJob(id)
    // Two minutes of failures backed the polling off: the next read comes at its own pace.
    const waited = await advanceUntil(() => screen.queryByText(/last refresh failed/) === null, 'the job page recovers')
    expect(fact('Ran for')).not.toBe(ran)
    // 2 min before the outage, 2 min of it, the seconds around it and the back-off's wait: all of it ran.
    const minutes = Math.floor((4 * MINUTE + 3_000 + waited) / MINUTE)
    expect(fact('Ran for')).toMatch(new RegExp(`^(${minutes}|${minutes + 1})m \\d\\ds so far$`))
  })
})

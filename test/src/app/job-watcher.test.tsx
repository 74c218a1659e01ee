// Watching jobs, through msw and the emulator: the job page's Watch survives a remount (a reload reads
// localStorage again), the list's rows show the same watch; and when a watched job fails, the app
// shell's watcher counts it in the tab's title until the operator opens the job.
import { screen, waitFor, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import type { Emulator } from '../../../server/emulator/app.ts'
import { resetWatchStore, watchStore } from '../../../src/hooks/use-watched-jobs.ts'
import { WATCH_STORAGE_KEY } from '../../../src/lib/watched-jobs.ts'
import { useEmulator } from '../support/emulator.ts'
import { renderRoute } from '../support/render.tsx'
import { renderJob } from '../features/job-detail/render-job.ts'

afterEach(() => resetWatchStore())

function jobOf(emulator: Emulator, status: 'in_progress' | 'pending' | 'completed'): string {
  const id = emulator.store.listSyncJobs({ from: 0, size: 1, status }).results[0]?.id
  if (!id) throw new Error(`the seed has no ${status} job`)
  return id
}

async function failJob(emulator: Emulator, id: string): Promise<void> {
  const answer = await emulator.app.fetch(
    new Request(`http://emulator/_connector/_sync_job/${encodeURIComponent(id)}/_error`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ error: 'Source unreachable\nat line 3' }),
    }),
  )
  expect(answer.status).toBe(200)
}

describe('watching jobs', () => {
  it('keeps the job page’s Watch over a remount, and shows it on the job’s row', async () => {
    const emulator = useEmulator({ jobs: 40 })
    const id = jobOf(emulator, 'completed')
    const first = await renderJob(id)
    const watch = screen.getByRole('button', { name: /Watch/ })
    expect(watch.getAttribute('aria-pressed')).toBe('false')
    await first.user.click(watch)
    expect(watch.getAttribute('aria-pressed')).toBe('true')
    expect(JSON.parse(localStorage.getItem(WATCH_STORAGE_KEY) ?? '[]')).toMatchObject([{ id }])
    first.unmount()

    // As after a reload: a new store reads localStorage.
    resetWatchStore()
    await renderJob(id)
    expect(screen.getByRole('button', { name: /Watch/ }).getAttribute('aria-pressed')).toBe('true')
  })

  it('shows the watch on the list’s row and toggles it there', async () => {
    const emulator = useEmulator({ jobs: 20 })
    const id = jobOf(emulator, 'completed')
    watchStore().watch(id)
    const { user } = renderRoute(`/jobs?status=completed`)
    const star = await screen.findByRole('button', { name: `Watch job ${id}` })
    expect(star.getAttribute('aria-pressed')).toBe('true')
    await user.click(star)
    expect(star.getAttribute('aria-pressed')).toBe('false')
    expect(watchStore().list()).toEqual([])
  })

  it('counts a watched job that fails in the tab’s title until the job is opened', async () => {
    const emulator = useEmulator({ jobs: 40 })
    const id = jobOf(emulator, 'in_progress')
    watchStore().watch(id)
    const { router, queryClient } = renderRoute('/jobs')
    // The first read is the baseline.
    await waitFor(() => expect(watchStore().list()[0]?.seen?.status).toBe('in_progress'))
    await waitFor(() => expect(document.title).toBe('Sync jobs · Syncboard'))

    await failJob(emulator, id)
    await queryClient.refetchQueries({ queryKey: ['watched-job'] })
    await waitFor(() => expect(document.title).toBe('(1) Sync jobs · Syncboard'))
    const alerts = screen.getByText(/1 watched/).closest('details')
    expect(alerts).not.toBeNull()
    expect(within(alerts as HTMLElement).getByText('failed: Source unreachable')).toBeTruthy()

    // A page that sets its own title keeps the count before it.
    await router.navigate('/workers')
    await waitFor(() => expect(document.title).toMatch(/^\(1\) .*Syncboard$/))

    // Opening the job reads the news.
    await router.navigate(`/jobs/${encodeURIComponent(id)}`)
    await waitFor(() => expect(document.title).not.toMatch(/^\(\d+\)/))
    expect(watchStore().list()[0]?.news).toBeUndefined()
  })
})

// How often the jobs list refreshes: every few seconds while the page shows a job that moves on its
// own (pending, running or canceling), slowly otherwise. The status counts poll at the same pace.
import type { NewestFirstPage } from '../../api/sync-job-pages.ts'
import { isMovingStatus } from '../../lib/job-status.ts'

const FAST_POLL_MS = 3_000
const SLOW_POLL_MS = 15_000

export function pollInterval(page: Pick<NewestFirstPage, 'jobs'> | undefined): number {
  return page?.jobs.some((job) => isMovingStatus(job.status)) ? FAST_POLL_MS : SLOW_POLL_MS
}

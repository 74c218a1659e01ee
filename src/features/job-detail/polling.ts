// How often the job page refreshes, within the polling budget (lib/polling-policy.ts, issue 13):
// every few seconds while a worker may move the job at any moment (pending, in_progress, canceling);
// every 10 s once three reads in a row brought nothing new (a pending job whose service is gone, a
// stuck run), until one does; every 15 s while it is suspended, since only a restart of its
// connector service resumes it and that may never come; never once it has finished. A page that could not load the job at all tries again
// every 15 s while the failure is one that may pass. Slow or failing reads back off
// (src/hooks/poll-interval.ts); a hidden tab does not poll.
import type { Query } from '@tanstack/react-query'
import type { SyncJob, SyncStatus } from '../../../contract/es-connector-types.ts'
import type { EsError } from '../../api/es-error.ts'
import { adaptiveInterval } from '../../hooks/poll-interval.ts'
import { isActiveStatus, isMovingStatus } from '../../lib/job-status.ts'

export const POLL_INTERVAL_MS = 2_500
/** A job that may move but has not for three reads in a row (lib/polling-policy.ts SETTLE_AFTER). */
export const SETTLED_POLL_MS = 10_000
export const SUSPENDED_POLL_MS = 15_000
export const RELOAD_INTERVAL_MS = 15_000

export function isPolledStatus(status: SyncStatus | undefined): boolean {
  return status !== undefined && isActiveStatus(status)
}

/** The page's refresh pace for what it has (before any backoff): the job's status, or the error that kept it from loading. */
export function refreshInterval({ status, error }: { status: SyncStatus | undefined; error: EsError | null | undefined }): number | false {
  // A deleted job does not come back.
  if (error?.status === 404) return false
  if (status === undefined) return error?.isTransient ? RELOAD_INTERVAL_MS : false
  if (isMovingStatus(status)) return POLL_INTERVAL_MS
  return isPolledStatus(status) ? SUSPENDED_POLL_MS : false
}

// oxlint-disable-next-line typescript/no-explicit-any -- any key type
type JobQuery = Query<SyncJob, EsError, SyncJob, any>

/** `refetchInterval` of the job query: refreshInterval's pace, backed off when reads are slow or failing. */
export function jobRefetchInterval(query: JobQuery): number | false {
  const pace = refreshInterval({ status: query.state.data?.status, error: query.state.error })
  if (pace === false) return false
  return adaptiveInterval(query, { activeMs: pace, idleMs: pace === POLL_INTERVAL_MS ? SETTLED_POLL_MS : pace }, true)
}

// How often the job page refreshes: every few seconds while a worker may move the job at any moment
// (pending, in_progress, canceling); every 15 s while it is suspended, since only a restart of its
// connector service resumes it and that may never come; never once it has finished. A page that could
// not load the job at all tries again every 15 s while the failure is one that may pass.
import type { SyncStatus } from '../../../contract/es-connector-types.ts'
import type { EsError } from '../../api/es-error.ts'
import { isActiveStatus, isMovingStatus } from '../../lib/job-status.ts'

export const POLL_INTERVAL_MS = 2_500
export const SUSPENDED_POLL_MS = 15_000
export const RELOAD_INTERVAL_MS = 15_000

export function isPolledStatus(status: SyncStatus | undefined): boolean {
  return status !== undefined && isActiveStatus(status)
}

/** The page's refresh interval for what it has: the job's status, or the error that kept it from loading. */
export function refreshInterval({ status, error }: { status: SyncStatus | undefined; error: EsError | null | undefined }): number | false {
  // A deleted job does not come back.
  if (error?.status === 404) return false
  if (status === undefined) return error?.isTransient ? RELOAD_INTERVAL_MS : false
  if (isMovingStatus(status)) return POLL_INTERVAL_MS
  return isPolledStatus(status) ? SUSPENDED_POLL_MS : false
}

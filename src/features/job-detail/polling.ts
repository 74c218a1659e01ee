// How often the job page refreshes: every few seconds while a worker may still move the job
// (suspended included — a restarted service resumes it), never once it has finished.
import type { SyncStatus } from '../../../contract/es-connector-types.ts'
import { isActiveStatus } from '../../lib/job-status.ts'

export const POLL_INTERVAL_MS = 2_500

export function isPolledStatus(status: SyncStatus | undefined): boolean {
  return status !== undefined && isActiveStatus(status)
}

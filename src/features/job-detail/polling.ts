// How often the job page refreshes: every few seconds while a worker may still move the job
// (suspended included — a restarted service resumes it), never once it has finished.
import { ACTIVE_STATUSES, type SyncStatus } from '../../../contract/es-connector-types.ts'

export const POLL_INTERVAL_MS = 2_500

export function isPolledStatus(status: SyncStatus | undefined): boolean {
  return status !== undefined && (ACTIVE_STATUSES as readonly SyncStatus[]).includes(status)
}

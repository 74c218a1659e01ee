// Attention flags for a sync job, from the connector service's real intervals (elastic/connectors:
// the sync job runner and JobCleanUpService): it reports stats every 10 s, fails jobs idle for
// 300 s, never cleans up pending or suspended jobs, and acknowledges a cancel within 5 s. The heartbeat
// is read as durations.ts reads it, and `now` is the caller's observed now (durations.ts frozenAt):
// while the cluster cannot be read, flags stop growing instead of blaming the job.
import type { SyncJobRow } from '../../contract/es-connector-types.ts'
import { isWorkerOwned, lastHeartbeat } from './durations.ts'
import { formatAge } from './format.ts'
import { parseTimestamp } from './time.ts'

export const HEARTBEAT_WARN_MS = 60_000
export const HEARTBEAT_DANGER_MS = 300_000
export const PENDING_WARN_MS = 5 * 60_000
export const CANCELING_WARN_MS = 60_000

export type FlagKind = 'no-heartbeat' | 'will-be-failed' | 'waiting-for-worker' | 'cancel-stuck' | 'suspended'

export interface AttentionFlag {
  kind: FlagKind
  severity: 'warning' | 'danger'
  /** Short label for a badge. */
  label: string
  /** The reason in words, for a tooltip or the job page. */
  detail: string
}

export function attentionFlags(job: SyncJobRow, now: number): AttentionFlag[] {
  const flags: AttentionFlag[] = []
  if (isWorkerOwned(job.status)) {
    const lastSeen = lastHeartbeat(job)
    const silent = lastSeen === undefined ? undefined : now - lastSeen
    if (silent !== undefined && silent > HEARTBEAT_DANGER_MS) {
      flags.push({
        kind: 'will-be-failed',
        severity: 'danger',
        label: `no heartbeat for ${formatAge(silent)}`,
        detail: `No heartbeat for ${formatAge(silent)}: the connector service will fail it as idle — or no service is cleaning up this connector. Mark it as failed if its worker is gone.`,
      })
    } else if (silent !== undefined && silent > HEARTBEAT_WARN_MS) {
      flags.push({
        kind: 'no-heartbeat',
        severity: 'warning',
        label: `no heartbeat for ${formatAge(silent)}`,
        detail: `No heartbeat for ${formatAge(silent)}: workers report every 10 s, so its worker may be stalled or gone.`,
      })
    }
  }
  if (job.status === 'canceling') {
    const requested = parseTimestamp(job.cancelation_requested_at)
    if (requested !== undefined && now - requested > CANCELING_WARN_MS) {
      flags.push({
        kind: 'cancel-stuck',
        severity: 'warning',
        label: `canceling for ${formatAge(now - requested)}`,
        detail: `Cancel requested ${formatAge(now - requested)} ago; a live worker stops within seconds, so it may be gone.`,
      })
    }
  }
  if (job.status === 'pending') {
    const created = parseTimestamp(job.created_at)
    if (created !== undefined && now - created > PENDING_WARN_MS) {
      flags.push({
        kind: 'waiting-for-worker',
        severity: 'warning',
        label: 'waiting for a worker',
        detail: `Pending for ${formatAge(now - created)}: no connector service has picked it up. Check that a service runs for this connector.`,
      })
    }
  }
  if (job.status === 'suspended') {
    flags.push({
      kind: 'suspended',
      severity: 'warning',
      label: 'waiting for a restart',
      detail: 'Suspended: waiting for the connector service to restart, which resumes it under the same id (its counters restart).',
    })
  }
  return flags
}

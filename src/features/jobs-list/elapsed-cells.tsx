// Time spans of a job: wait (created → started), run time (started → finished) and the age of its
// last heartbeat. Spans that are still growing tick with the shared clock; finished ones do not
// subscribe to it at all, so a page of history re-renders nothing every second.
import type { SyncJobRow } from '../../../contract/es-connector-types.ts'
import { useNow } from '../../hooks/use-now.ts'
import { formatDuration } from '../../lib/format.ts'
import { isActiveStatus } from '../../lib/job-status.ts'
import { parseTimestamp } from '../../lib/time.ts'

const DASH = <span className="muted">—</span>

function Ticking({ since, className }: { since: number; className?: string }) {
  const now = useNow(1000)
  return <span className={className}>{formatDuration(Math.max(0, now - since))}</span>
}

export function WaitCell({ job }: { job: SyncJobRow }) {
  const created = parseTimestamp(job.created_at)
  const started = parseTimestamp(job.started_at)
  if (created === undefined) return DASH
  if (started !== undefined) return <span>{formatDuration(Math.max(0, started - created))}</span>
  // Still waiting for a worker: the wait so far.
  if (job.status === 'pending') return <Ticking since={created} className="growing" />
  return DASH
}

/** When a job stopped running; `_error` sets no completed_at, so the last heartbeat stands in. */
function endOf(job: SyncJobRow): number | undefined {
  return parseTimestamp(job.completed_at) ?? parseTimestamp(job.canceled_at) ?? parseTimestamp(job.last_seen)
}

export function DurationCell({ job }: { job: SyncJobRow }) {
  const started = parseTimestamp(job.started_at)
  if (started === undefined) return DASH
  if (job.status === 'in_progress' || job.status === 'canceling') return <Ticking since={started} className="growing" />
  const end = endOf(job)
  return end === undefined ? DASH : <span>{formatDuration(Math.max(0, end - started))}</span>
}

export function HeartbeatCell({ job }: { job: SyncJobRow }) {
  const seen = parseTimestamp(job.last_seen)
  // Only a job a worker still owns has a heartbeat worth watching.
  if (!isActiveStatus(job.status) || seen === undefined) return DASH
  return <Ticking since={seen} />
}

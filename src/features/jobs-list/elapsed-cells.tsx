// Time spans of a job, from the duration model the job page uses too (lib/durations.ts): wait
// (created → started), run time (started → stopped) and the age of its last heartbeat. Spans that are
// still growing tick with the shared clock; finished ones do not subscribe to it at all, so a page of
// history re-renders nothing every second.
import type { SyncJobRow } from '../../../contract/es-connector-types.ts'
import { useNow } from '../../hooks/use-now.ts'
import { intervalMs, isGrowing, jobIntervals, type Interval } from '../../lib/durations.ts'
import { formatDuration } from '../../lib/format.ts'

const DASH = <span className="muted">—</span>

function Ticking({ interval, className }: { interval: Interval; className?: string }) {
  // The observed now: it stands still while the list cannot be refreshed (see ObservedClock).
  const now = useNow(1000)
  return <span className={className}>{formatDuration(intervalMs(interval, now))}</span>
}

/** A span from the shared duration model (lib/durations.ts): ticking while it grows, fixed once over. */
function Span({ interval, growingClass }: { interval: Interval | undefined; growingClass?: string }) {
  if (interval === undefined) return DASH
  if (isGrowing(interval)) return <Ticking interval={interval} className={growingClass} />
  // A span that is over does not depend on the clock.
  return <span>{formatDuration(intervalMs(interval, 0))}</span>
}

export function WaitCell({ job }: { job: SyncJobRow }) {
  // A pending job waits, and its wait grows, until a worker claims it.
  return <Span interval={jobIntervals(job).wait} growingClass="growing" />
}

/** A suspended job ran until it was suspended; the job page also says how long it has waited since. */
export function DurationCell({ job }: { job: SyncJobRow }) {
  return <Span interval={jobIntervals(job).run} growingClass="growing" />
}

export function HeartbeatCell({ job }: { job: SyncJobRow }) {
  // Only a job a worker owns (in_progress, canceling) has a heartbeat worth watching.
  return <Span interval={jobIntervals(job).silence} />
}

// Every timestamp the job has, oldest first, each relative and absolute, and the durations an
// operator asks about — from the one duration model the list uses too (lib/durations.ts): how long it
// waited for a worker, how long it ran, how long it has been suspended, and how long since its worker
// was last heard from (only while a worker owns it).
import type { SyncJob } from '../../../contract/es-connector-types.ts'
import { TimeLabel } from '../../components/time-label.tsx'
import { useNow } from '../../hooks/use-now.ts'
import { endLabel, intervalMs, isGrowing, jobIntervals, type Interval } from '../../lib/durations.ts'
import { formatDuration } from '../../lib/format.ts'
import { formatLocal, parseTimestamp } from '../../lib/time.ts'

type EventKey = 'created_at' | 'started_at' | 'cancelation_requested_at' | 'canceled_at' | 'completed_at' | 'last_seen'

const EVENTS: readonly (readonly [EventKey, string | ((job: SyncJob) => string)])[] = [
  ['created_at', 'Created'],
  ['started_at', 'Started (claimed)'],
  ['cancelation_requested_at', 'Cancel requested'],
  ['canceled_at', 'Canceled'],
  // A worker stamps completed_at when it completes, fails or cancels a job.
  ['completed_at', (job) => endLabel(job.status)],
  ['last_seen', 'Last seen (heartbeat)'],
]

interface TimelineEntry {
  key: string
  label: string
  value: string
  ms: number
}

export function timelineEntries(job: SyncJob): TimelineEntry[] {
  const entries: TimelineEntry[] = []
  for (const [key, label] of EVENTS) {
    const value = job[key]
    const ms = parseTimestamp(value)
    if (value !== undefined && ms !== undefined) entries.push({ key, label: typeof label === 'string' ? label : label(job), value, ms })
  }
  // Stable sort: equal instants (a pending job's cancel sets three at once) keep the order above.
  return entries.sort((a, b) => a.ms - b.ms)
}

function spanText(interval: Interval, now: number): string {
  return `${formatDuration(intervalMs(interval, now))}${isGrowing(interval) ? ' so far' : ''}`
}

export function JobTimelinePanel({ job }: { job: SyncJob }) {
  const now = useNow(1000)
  const entries = timelineEntries(job)
  const { wait, run, suspended, silence } = jobIntervals(job)
  return (
    <section className="panel" aria-labelledby="job-timeline-heading">
      <h2 id="job-timeline-heading">Timeline</h2>
      <ol className="timeline">
        {entries.map((entry) => (
          <li key={entry.key}>
            <span className="timeline-label">{entry.label}</span>
            <span className="timeline-when">
              <TimeLabel value={entry.value} />
              <span className="timeline-abs muted">{formatLocal(entry.ms)}</span>
            </span>
          </li>
        ))}
      </ol>
      <dl className="facts durations">
        <dt>Waited for a worker</dt>
        <dd>{wait ? spanText(wait, now) : <span className="muted">—</span>}</dd>
        <dt>Ran for</dt>
        <dd>{run ? spanText(run, now) : <span className="muted">{job.started_at === undefined ? 'not started' : '—'}</span>}</dd>
        {suspended ? (
          <>
            <dt>Suspended for</dt>
            <dd>{spanText(suspended, now)}</dd>
          </>
        ) : null}
        {silence ? (
          <>
            <dt>Since last heartbeat</dt>
            <dd>{formatDuration(intervalMs(silence, now))}</dd>
          </>
        ) : null}
      </dl>
    </section>
  )
}

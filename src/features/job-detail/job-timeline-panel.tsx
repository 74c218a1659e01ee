// Every timestamp the job has, oldest first, each relative and absolute, and the durations an
// operator asks about: how long it waited for a worker, how long it ran, and how long since the
// worker was last heard from.
import type { SyncJob } from '../../../contract/es-connector-types.ts'
import { TimeLabel } from '../../components/time-label.tsx'
import { useNow } from '../../hooks/use-now.ts'
import { formatDuration } from '../../lib/format.ts'
import { isActiveStatus } from '../../lib/job-status.ts'
import { formatLocal, parseTimestamp } from '../../lib/time.ts'

const EVENTS = [
  ['created_at', 'Created'],
  ['started_at', 'Started (claimed)'],
  ['cancelation_requested_at', 'Cancel requested'],
  ['canceled_at', 'Canceled'],
  ['completed_at', 'Completed'],
  ['last_seen', 'Last seen (heartbeat)'],
] as const

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
    if (value !== undefined && ms !== undefined) entries.push({ key, label, value, ms })
  }
  // Stable sort: equal instants (a pending job's cancel sets three at once) keep the order above.
  return entries.sort((a, b) => a.ms - b.ms)
}

export interface JobDurations {
  wait: { ms: number; running: boolean } | undefined
  run: { ms: number; running: boolean } | undefined
  sinceHeartbeat: number | undefined
}

export function jobDurations(job: SyncJob, now: number): JobDurations {
  const created = parseTimestamp(job.created_at)
  const started = parseTimestamp(job.started_at)
  const ended = parseTimestamp(job.completed_at) ?? parseTimestamp(job.canceled_at)
  const lastSeen = parseTimestamp(job.last_seen)
  const active = isActiveStatus(job.status)
  let wait: JobDurations['wait']
  if (created !== undefined && started !== undefined) wait = { ms: started - created, running: false }
  else if (created !== undefined && job.status === 'pending') wait = { ms: now - created, running: true }
  let run: JobDurations['run']
  if (started !== undefined) {
    // A job failed through the API has no completed_at: its last heartbeat is the best end we know.
    const end = ended ?? (active ? now : lastSeen)
    if (end !== undefined) run = { ms: end - started, running: ended === undefined && active }
  }
  const sinceHeartbeat = lastSeen !== undefined && active ? now - lastSeen : undefined
  return { wait, run, sinceHeartbeat }
}

export function JobTimelinePanel({ job }: { job: SyncJob }) {
  const now = useNow(1000)
  const entries = timelineEntries(job)
  const { wait, run, sinceHeartbeat } = jobDurations(job, now)
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
        <dd>{wait ? `${formatDuration(wait.ms)}${wait.running ? ' so far' : ''}` : <span className="muted">—</span>}</dd>
        <dt>Ran for</dt>
        <dd>{run ? `${formatDuration(run.ms)}${run.running ? ' so far' : ''}` : <span className="muted">not started</span>}</dd>
        {sinceHeartbeat !== undefined ? (
          <>
            <dt>Since last heartbeat</dt>
            <dd>{formatDuration(sinceHeartbeat)}</dd>
          </>
        ) : null}
      </dl>
    </section>
  )
}

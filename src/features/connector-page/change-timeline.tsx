// What changed in the connector's snapshot between consecutive jobs (lib/snapshot-changes.ts): sync
// rules, pipeline, index name and non-sensitive configuration "from → to", sensitive settings only as
// changed (by the server's fingerprint; their values never reach the page). Each change, newest first,
// shows beside the outcomes around it: the last job before it, and the first jobs that carried it.
// Access-control jobs' index names are compared without their ACL prefix (comparable-snapshots.ts).
import { Link } from 'react-router'
import type { RecentSnapshots } from '../../api/connector-history.ts'
import type { SyncJob } from '../../../contract/es-connector-types.ts'
import { StatusBadge } from '../../components/status-badge.tsx'
import { TimeLabel } from '../../components/time-label.tsx'
import { paths } from '../../config/paths.ts'
import { JOB_TYPE_LABELS } from '../../lib/labels.ts'
import { comparableSnapshots } from './comparable-snapshots.ts'
import { changeTimeline, PART_WORDS, snapshotsInOrder, type SnapshotChangeEntry } from '../../lib/snapshot-changes.ts'

/** How many jobs after a change show its outcome. */
const AFTER_JOBS = 3

function JobOutcome({ job }: { job: SyncJob }) {
  return (
    <span className="job-outcome">
      <Link to={paths.job(job.id)} className="mono">
        {job.id}
      </Link>{' '}
      <span className="muted">{JOB_TYPE_LABELS[job.job_type]}</span> <StatusBadge status={job.status} />
    </span>
  )
}

function ChangeEntry({ entry, ordered }: { entry: SnapshotChangeEntry; ordered: readonly SyncJob[] }) {
  const index = ordered.findIndex((job) => job.id === entry.jobId)
  const before = ordered.find((job) => job.id === entry.previousJobId)
  const after = index < 0 ? [] : ordered.slice(index, index + AFTER_JOBS)
  const parts = [...new Set(entry.changes.map((change) => PART_WORDS[change.part]))].join(', ')
  return (
    <li className="change-entry">
      <p className="change-when">
        <strong>Changed {parts}</strong> — first in a job created{' '}
        <TimeLabel value={entry.at === undefined ? undefined : new Date(entry.at).toISOString()} fallback="at an unknown time" />
      </p>
      <ul className="change-list">
        {entry.changes.map((change) => (
          <li key={`${change.part}:${change.key ?? ''}`} className={change.sensitive ? 'change-sensitive' : undefined}>
            {change.text}
          </li>
        ))}
      </ul>
      <dl className="change-outcomes">
        <div>
          <dt>Before</dt>
          <dd>{before ? <JobOutcome job={before} /> : <span className="muted">—</span>}</dd>
        </div>
        <div>
          <dt>From then on</dt>
          <dd>
            {after.map((job) => (
              <JobOutcome key={job.id} job={job} />
            ))}
          </dd>
        </div>
      </dl>
    </li>
  )
}

export function ChangeTimeline({ snapshots, connectorId }: { snapshots: RecentSnapshots; connectorId: string }) {
  const jobs = comparableSnapshots(snapshots.jobs)
  const ordered = snapshotsInOrder(jobs)
  const entries = changeTimeline(jobs, connectorId).toReversed()
  return (
    <section className="panel change-timeline" aria-labelledby="change-timeline-title">
      <h2 id="change-timeline-title">What changed between its syncs</h2>
      <p className="muted">
        {snapshots.jobs.length > 1 ? `Compared across the snapshots of its last ${snapshots.jobs.length} jobs: ` : 'Compared between the snapshots of consecutive jobs: '}
        sync rules, pipeline, index name and configuration. Hidden settings show only that they changed.
      </p>
      {!snapshots.reachable ? (
        <p className="notice warning">This cluster lists jobs oldest first and this connector has too many for its newest ones to be read.</p>
      ) : ordered.length < 2 ? (
        <p>Too few jobs to compare yet.</p>
      ) : entries.length === 0 ? (
        <p>Nothing changed across these jobs.</p>
      ) : (
        <ol className="change-entries">
          {entries.map((entry) => (
            <ChangeEntry key={entry.jobId} entry={entry} ordered={ordered} />
          ))}
        </ol>
      )}
    </section>
  )
}

// What a connector is doing now: "Syncing" (a link to the running job) or "Queued" (a link to the
// oldest waiting job), with the job type, since when and how many more wait; nothing when idle.
import { PlainLink } from '../../components/ui/plain-link.tsx'
import type { Activity } from '../../lib/connector-health.ts'
import { JOB_TYPE_LABELS } from '../../lib/labels.ts'
import { paths } from '../../config/paths.ts'
import { TimeLabel } from '../../components/time-label.tsx'
import { isoOf } from './health-words.ts'

export function ActivityCell({ activity }: { activity: Activity }) {
  if (activity.label === 'Idle') return <span className="muted">Idle</span>
  const waiting = activity.label === 'Syncing' ? activity.queued : activity.queued - 1
  return (
    <div className={`activity activity-${activity.label.toLowerCase()}`}>
      <PlainLink to={paths.job(activity.jobId)} className="activity-link">
        {activity.label}
      </PlainLink>{' '}
      <span className="muted">{JOB_TYPE_LABELS[activity.jobType].toLowerCase()}</span>
      {activity.since !== undefined ? (
        <div className="muted small">
          {activity.label === 'Syncing' ? 'started' : 'waiting since'} <TimeLabel value={isoOf(activity.since)} />
        </div>
      ) : null}
      {waiting > 0 ? <div className="muted small">{waiting} more waiting</div> : null}
    </div>
  )
}

// The newest finished sync: its status, when it ended, the first line of its error (as text, never
// HTML), and a link to the job — or a note that it comes from the connector document. When the newest
// content sync and the newest access-control sync ended differently, both, each named by its family
// ("Content: Failed", "Access control: Completed"): a later access-control success alone would read
// "Completed" beside a connector whose content syncs are failing.
import { PlainLink } from '../../components/ui/plain-link.tsx'
import type { JobFamily, Outcome } from '../../lib/connector-health.ts'
import { JOB_TYPE_LABELS } from '../../lib/labels.ts'
import { paths } from '../../config/paths.ts'
import { StatusBadge } from '../../components/status-badge.tsx'
import { TimeLabel } from '../../components/time-label.tsx'
import { isoOf } from './health-words.ts'

const FAMILY_LABELS: Record<JobFamily, string> = { content: 'Content', access_control: 'Access control' }

function OutcomeLines({ outcome, family }: { outcome: Outcome; family?: JobFamily }) {
  const what = family ? `Last ${FAMILY_LABELS[family].toLowerCase()} sync` : 'Last sync'
  return (
    <>
      <div className="outcome-line">
        {family ? <span className="outcome-family">{FAMILY_LABELS[family]}:</span> : null}
        {family ? ' ' : null}
        {outcome.jobId ? (
          <PlainLink to={paths.job(outcome.jobId)} className="outcome-link" aria-label={`${what}, ${outcome.status === 'error' ? 'failed' : outcome.status}: job ${outcome.jobId}`}>
            <StatusBadge status={outcome.status} />
          </PlainLink>
        ) : (
          <StatusBadge status={outcome.status} />
        )}{' '}
        {outcome.jobType ? <span className="muted small">{JOB_TYPE_LABELS[outcome.jobType].toLowerCase()}</span> : null}{' '}
        <TimeLabel value={isoOf(outcome.at)} />
      </div>
      {outcome.errorLine ? (
        <p className="error-line" title={outcome.errorLine}>
          {outcome.errorLine}
        </p>
      ) : null}
      {outcome.source === 'connector document' ? <p className="muted small">from the connector document</p> : null}
    </>
  )
}

export function LastOutcomeCell({ outcome, byFamily = {} }: { outcome: Outcome | undefined; byFamily?: Partial<Record<JobFamily, Outcome>> }) {
  if (!outcome) return <span className="muted">No sync finished</span>
  const { content, access_control: accessControl } = byFamily
  if (content && accessControl && content.status !== accessControl.status) {
    return (
      <ul className="last-outcome last-outcomes" aria-label="Last outcome of each family">
        <li>
          <OutcomeLines outcome={content} family="content" />
        </li>
        <li>
          <OutcomeLines outcome={accessControl} family="access_control" />
        </li>
      </ul>
    )
  }
  return (
    <div className="last-outcome">
      <OutcomeLines outcome={outcome} />
    </div>
  )
}

// The newest finished sync: its status, when it ended, the first line of its error (as text, never
// HTML), and a link to the job — or a note that it comes from the connector document.
import { Link } from 'react-router'
import type { Outcome } from '../../lib/connector-health.ts'
import { JOB_TYPE_LABELS } from '../../lib/labels.ts'
import { paths } from '../../config/paths.ts'
import { StatusBadge } from '../../components/status-badge.tsx'
import { TimeLabel } from '../../components/time-label.tsx'
import { isoOf } from './health-words.ts'

export function LastOutcomeCell({ outcome }: { outcome: Outcome | undefined }) {
  if (!outcome) return <span className="muted">No sync finished</span>
  return (
    <div className="last-outcome">
      <div className="outcome-line">
        {outcome.jobId ? (
          <Link to={paths.job(outcome.jobId)} className="outcome-link" aria-label={`Last sync, ${outcome.status === 'error' ? 'failed' : outcome.status}: job ${outcome.jobId}`}>
            <StatusBadge status={outcome.status} />
          </Link>
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
    </div>
  )
}

// One job on a narrow screen, as a card in the table's only cell: the id (its link, and Copy), the
// status with every flag in full, the connector, when it was created, its type and run time, and the
// first line of its error — what the wide table's first columns and its Error column say.
import { JobStatus } from '../../components/status-badge.tsx'
import { TimeLabel } from '../../components/time-label.tsx'
import { JOB_TYPE_LABELS, TRIGGER_METHOD_LABELS } from '../../lib/labels.ts'
import { ConnectorCell } from './connector-cell.tsx'
import { DurationCell } from './elapsed-cells.tsx'
import { ErrorLine } from './error-line.tsx'
import { JobIdCell } from './job-id-cell.tsx'
import type { JobRow } from './job-row.ts'
import { WatchButton } from './watch-button.tsx'

export function JobCard({ row }: { row: JobRow }) {
  const { job } = row
  return (
    <div className="job-card">
      <span className="id-watch">
        <JobIdCell id={job.id} job={job} />
        <WatchButton id={job.id} />
      </span>
      <JobStatus job={job} />
      <ConnectorCell job={job} connector={row.connector} connectors={row.connectors} />
      <span className="card-facts">
        <span>
          Created <TimeLabel value={job.created_at} />
        </span>
        <span>
          {JOB_TYPE_LABELS[job.job_type] ?? job.job_type} · {TRIGGER_METHOD_LABELS[job.trigger_method] ?? job.trigger_method}
        </span>
        {job.started_at ? (
          <span>
            Ran <DurationCell job={job} />
          </span>
        ) : null}
      </span>
      <ErrorLine error={job.error} />
    </div>
  )
}

// The Status column: the badge and any attention flag, and for a finished job with an error (which
// has no flags, so its second line is free) the error's first line, so a failed job's reason shows
// at 1,440 px where the Error column starts off screen.
import type { SyncJobRow } from '../../../contract/es-connector-types.ts'
import { JobStatus } from '../../components/status-badge.tsx'
import { isTerminalStatus } from '../../lib/job-status.ts'
import { ErrorLine } from './error-line.tsx'

export function StatusCell({ job }: { job: SyncJobRow }) {
  return (
    <span className="status-cell">
      <JobStatus job={job} />
      {isTerminalStatus(job.status) ? <ErrorLine error={job.error} duplicate /> : null}
    </span>
  )
}

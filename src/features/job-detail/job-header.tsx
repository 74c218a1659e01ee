// The job page's heading: the job id with a copy button, its status with every attention flag
// spelled out, and the way back to the list.
import { Link } from 'react-router'
import type { SyncJob } from '../../../contract/es-connector-types.ts'
import { paths } from '../../config/paths.ts'
import { CopyButton } from '../../components/copy-button.tsx'
import { JobStatus } from '../../components/status-badge.tsx'
import { JobHeading } from './job-heading.tsx'
import { WatchJob } from './watch-job.tsx'

export function JobHeader({ job }: { job: SyncJob }) {
  return (
    <header className="job-header">
      <p className="job-back">
        <Link to={paths.jobs}>← All sync jobs</Link>
      </p>
      <div className="job-title-row">
        <JobHeading id="job-heading">
          Sync job <span className="job-id">{job.id}</span>
        </JobHeading>
        <CopyButton value={job.id} label="Copy id" />
        <WatchJob id={job.id} />
      </div>
      <div className="job-status-row">
        <JobStatus job={job} showDetail />
      </div>
    </header>
  )
}

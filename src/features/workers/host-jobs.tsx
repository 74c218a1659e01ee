// One host's jobs in the window, newest first: the workers page's answer to "show me its jobs" (the
// jobs list cannot filter by worker). At most HOST_JOBS_SHOWN; the rest are counted.
import { Link } from 'react-router'
import type { SyncJobRow } from '../../../contract/es-connector-types.ts'
import { paths } from '../../config/paths.ts'
import { formatCount } from '../../lib/format.ts'
import { JOB_TYPE_LABELS } from '../../lib/labels.ts'
import { StatusBadge } from '../../components/status-badge.tsx'
import { TimeLabel } from '../../components/time-label.tsx'
import { ButtonLink } from '../../components/ui/button.tsx'
import { ScrollRegion } from '../../components/ui/scroll-region.tsx'

export const HOST_JOBS_SHOWN = 200

export function HostJobs({ host, jobs, connectorNames }: { host: string; jobs: readonly SyncJobRow[]; connectorNames: ReadonlyMap<string, string> }) {
  const own = jobs.filter((job) => job.worker_hostname === host)
  const shown = own.slice(0, HOST_JOBS_SHOWN)
  return (
    <section className="host-jobs" aria-labelledby="host-jobs-title">
      <div className="host-jobs-header">
        <h2 id="host-jobs-title">
          Jobs of <span className="mono">{host}</span>
        </h2>
        <span className="muted">{formatCount(own.length)} in the window</span>
        <ButtonLink to={paths.workers} size="small" variant="ghost">
          Close
        </ButtonLink>
      </div>
      {own.length === 0 ? (
        <p className="muted">No job in the window ran on this host.</p>
      ) : (
        <ScrollRegion className="table-wrap" label={`Jobs of ${host}, scrollable`}>
          <table className="data-table" aria-label={`Jobs run by ${host}`}>
            <thead>
              <tr>
                <th scope="col">Job</th>
                <th scope="col">Status</th>
                <th scope="col">Connector</th>
                <th scope="col">Job type</th>
                <th scope="col">Started</th>
                <th scope="col">Error</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((job) => (
                <tr key={job.id}>
                  <td>
                    <Link to={paths.job(job.id)} className="mono">
                      {job.id}
                    </Link>
                  </td>
                  <td>
                    <StatusBadge status={job.status} />
                  </td>
                  <td>
                    <Link to={paths.connector(job.connector.id)}>{connectorNames.get(job.connector.id) ?? job.connector.id}</Link>
                  </td>
                  <td>{JOB_TYPE_LABELS[job.job_type]}</td>
                  <td>
                    <TimeLabel value={job.started_at} />
                  </td>
                  <td className="host-job-error">{job.error ? job.error.split('\n')[0] : ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
      {own.length > shown.length ? <p className="muted">and {formatCount(own.length - shown.length)} older jobs not listed here.</p> : null}
    </section>
  )
}

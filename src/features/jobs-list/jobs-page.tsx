// The jobs list: the newest sync jobs across every connector.
import { useQuery } from '@tanstack/react-query'
import { Link } from 'react-router'
import { syncJobQueries } from '../../api/queries.ts'
import { paths } from '../../app/paths.ts'
import { ErrorPanel } from '../../components/error-panel.tsx'
import { JobStatus } from '../../components/status-badge.tsx'
import { TimeLabel } from '../../components/time-label.tsx'

export default function JobsPage() {
  const jobs = useQuery({ ...syncJobQueries.list({ size: 50 }), refetchInterval: 5_000 })
  return (
    <section className="page">
      <h1>Sync jobs</h1>
      {jobs.isError ? <ErrorPanel error={jobs.error} onRetry={() => void jobs.refetch()} /> : null}
      <table aria-label="Sync jobs" className="data-table">
        <thead>
          <tr>
            <th scope="col">Job</th>
            <th scope="col">Status</th>
            <th scope="col">Connector</th>
            <th scope="col">Type</th>
            <th scope="col">Created</th>
          </tr>
        </thead>
        <tbody>
          {jobs.data?.results.map((job) => (
            <tr key={job.id}>
              <td>
                <Link to={paths.job(job.id)}>{job.id}</Link>
              </td>
              <td>
                <JobStatus job={job} />
              </td>
              <td>{job.connector.id}</td>
              <td>{job.job_type}</td>
              <td>
                <TimeLabel value={job.created_at} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}

// The connector's newest jobs as a table (each linking to its job), with the way to the jobs list
// filtered by this connector for the rest. Running spans tick with the page's observed clock.
import { Link } from 'react-router'
import type { NewestFirstPage } from '../../api/sync-job-pages.ts'
import type { SyncJobRow } from '../../../contract/es-connector-types.ts'
import { StatusBadge } from '../../components/status-badge.tsx'
import { TimeLabel } from '../../components/time-label.tsx'
import { ScrollRegion } from '../../components/ui/scroll-region.tsx'
import { paths } from '../../config/paths.ts'
import { useNow } from '../../hooks/use-now.ts'
import { intervalMs, isGrowing, jobIntervals } from '../../lib/durations.ts'
import { formatCount, formatDuration } from '../../lib/format.ts'
import { JOB_TYPE_LABELS, TRIGGER_METHOD_LABELS } from '../../lib/labels.ts'

function RunTime({ job }: { job: SyncJobRow }) {
  const now = useNow(1000)
  const run = jobIntervals(job).run
  if (!run) return <span className="muted">—</span>
  return <span className={isGrowing(run) ? 'growing' : undefined}>{formatDuration(intervalMs(run, now))}</span>
}

export function RecentJobs({ page, connectorId, label }: { page: NewestFirstPage; connectorId: string; label: string }) {
  const more = page.count > page.jobs.length
  return (
    <section className="panel recent-jobs" aria-labelledby="recent-jobs-title">
      <h2 id="recent-jobs-title">{label}</h2>
      {page.kind !== 'rows' ? (
        <p className="notice warning">
          This cluster lists jobs oldest first and this connector has more jobs than it lets anyone page through, so its newest jobs cannot be
          listed here.
        </p>
      ) : page.jobs.length === 0 ? (
        <p className="muted">It has no sync jobs yet.</p>
      ) : (
        <ScrollRegion label={`Table: ${label.charAt(0).toLowerCase()}${label.slice(1)}`} className="table-wrap">
          <table className="data-table">
            <caption className="visually-hidden">{label}</caption>
            <thead>
              <tr>
                <th scope="col">Job</th>
                <th scope="col">Status</th>
                <th scope="col">Type</th>
                <th scope="col">Trigger</th>
                <th scope="col">Created</th>
                <th scope="col" className="num">
                  Run time
                </th>
                <th scope="col" className="num">
                  Indexed
                </th>
                <th scope="col" className="num">
                  Deleted
                </th>
                <th scope="col">Worker</th>
              </tr>
            </thead>
            <tbody>
              {page.jobs.map((job) => (
                <tr key={job.id}>
                  <td>
                    <Link to={paths.job(job.id)} className="mono">
                      {job.id}
                    </Link>
                  </td>
                  <td>
                    <StatusBadge status={job.status} />
                  </td>
                  <td>{JOB_TYPE_LABELS[job.job_type]}</td>
                  <td>{TRIGGER_METHOD_LABELS[job.trigger_method]}</td>
                  <td className="nowrap">
                    <TimeLabel value={job.created_at} />
                  </td>
                  <td className="num">
                    <RunTime job={job} />
                  </td>
                  <td className="num">{formatCount(job.indexed_document_count)}</td>
                  <td className="num">{formatCount(job.deleted_document_count)}</td>
                  <td className="mono">{job.worker_hostname ?? <span className="muted">—</span>}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
      <p className="recent-more">
        {more ? `The newest ${page.jobs.length} of its ${formatCount(page.count)} jobs. ` : null}
        <Link to={paths.jobsOfConnector(connectorId)}>{more ? 'All its jobs in the jobs list' : 'Its jobs in the jobs list'}</Link>
      </p>
    </section>
  )
}

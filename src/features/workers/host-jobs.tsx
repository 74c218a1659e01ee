// One host's jobs in the window, newest first: the workers page's answer to "show me its jobs" (the
// jobs list cannot filter by worker: Elasticsearch's list has no such filter). A summary of their
// outcomes, then one line per job — its id linking to the job page, its status, its connector (a link
// to the connector's page), type and trigger, when it started or ended, and its error's first line —
// as a list that wraps on a phone instead of a table scrolling sideways. At most HOST_JOBS_SHOWN; the
// rest are counted. When a host is chosen, its section takes focus (it sits below the hosts' table,
// often off screen on a phone), unless the reader has already moved on.
import { useEffect, useRef } from 'react'
import { Link } from 'react-router'
import type { SyncJobRow, SyncStatus } from '../../../contract/es-connector-types.ts'
import { paths } from '../../config/paths.ts'
import { formatCount } from '../../lib/format.ts'
import { JOB_TYPE_LABELS, STATUS_LABELS, TRIGGER_METHOD_LABELS } from '../../lib/labels.ts'
import { StatusBadge } from '../../components/status-badge.tsx'
import { TimeLabel } from '../../components/time-label.tsx'
import { ButtonLink } from '../../components/ui/button.tsx'

export const HOST_JOBS_SHOWN = 200

/** The summary's order: what needs a look first. */
const SUMMARY_ORDER: readonly SyncStatus[] = ['error', 'in_progress', 'canceling', 'suspended', 'pending', 'canceled', 'completed']

/** "28 failed, 1 in progress, 30 completed": the statuses present, in SUMMARY_ORDER. */
export function outcomeSummary(jobs: readonly SyncJobRow[]): string {
  const counts = new Map<SyncStatus, number>()
  for (const job of jobs) counts.set(job.status, (counts.get(job.status) ?? 0) + 1)
  return SUMMARY_ORDER.filter((status) => counts.has(status))
    .map((status) => `${formatCount(counts.get(status)!)} ${STATUS_LABELS[status].toLowerCase()}`)
    .join(', ')
}

function JobTime({ job }: { job: SyncJobRow }) {
  const ended = job.completed_at ?? job.canceled_at
  if (ended) {
    return (
      <>
        ended <TimeLabel value={ended} />
      </>
    )
  }
  if (job.started_at) {
    return (
      <>
        started <TimeLabel value={job.started_at} />
      </>
    )
  }
  return (
    <>
      created <TimeLabel value={job.created_at} />
    </>
  )
}

/** Focus the section when it opens (the page keys it by host), if focus is still where the choice left it. */
function useFocusOnOpen() {
  const heading = useRef<HTMLHeadingElement>(null)
  useEffect(() => {
    const active = document.activeElement
    const idle = active === null || active === document.body || active.tagName === 'H1' || active.closest('.workers-table') !== null
    if (idle) heading.current?.focus()
  }, [])
  return heading
}

export function HostJobs({ host, jobs, connectorNames }: { host: string; jobs: readonly SyncJobRow[]; connectorNames: ReadonlyMap<string, string> }) {
  const own = jobs.filter((job) => job.worker_hostname === host)
  const shown = own.slice(0, HOST_JOBS_SHOWN)
  const heading = useFocusOnOpen()
  return (
    <section className="host-jobs" aria-labelledby="host-jobs-title">
      <div className="host-jobs-header">
        <h2 id="host-jobs-title" ref={heading} tabIndex={-1}>
          Jobs of <span className="mono">{host}</span>
        </h2>
        <ButtonLink to={paths.workers} size="small" variant="ghost">
          Close
        </ButtonLink>
      </div>
      {own.length === 0 ? (
        <p className="muted">No job in the window ran on this host.</p>
      ) : (
        <>
          <p className="host-jobs-summary">
            {formatCount(own.length)} {own.length === 1 ? 'job' : 'jobs'} in the window, newest first: {outcomeSummary(own)}.
          </p>
          <ol className="host-job-list" aria-label={`Jobs run by ${host}`}>
            {shown.map((job) => {
              const errorLine = job.error?.split('\n').find((line) => line.trim() !== '')
              return (
                <li key={job.id} className="host-job" data-status={job.status}>
                  <Link to={paths.job(job.id)} className="mono host-job-id">
                    {job.id}
                  </Link>
                  <StatusBadge status={job.status} />
                  <Link to={paths.connector(job.connector.id)} className="host-job-connector">
                    {connectorNames.get(job.connector.id) ?? job.connector.id}
                  </Link>
                  <span className="muted host-job-facts">
                    {JOB_TYPE_LABELS[job.job_type]} · {TRIGGER_METHOD_LABELS[job.trigger_method].toLowerCase()} · <JobTime job={job} />
                  </span>
                  {errorLine ? (
                    <p className="host-job-error" title={errorLine}>
                      {errorLine}
                    </p>
                  ) : null}
                </li>
              )
            })}
          </ol>
        </>
      )}
      {own.length > shown.length ? <p className="muted">and {formatCount(own.length - shown.length)} older jobs not listed here.</p> : null}
    </section>
  )
}

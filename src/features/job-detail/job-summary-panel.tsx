// Who and what: the connector the job belongs to (name looked up live, since the job only holds a
// snapshot), its index and service type, the job type, how it was triggered and which worker has it.
import { useQuery } from '@tanstack/react-query'
import type { ReactNode } from 'react'
import { Link } from 'react-router'
import { connectorQueries } from '../../api/queries.ts'
import type { SyncJob } from '../../../contract/es-connector-types.ts'
import { paths } from '../../config/paths.ts'
import { CopyButton } from '../../components/copy-button.tsx'
import { JOB_TYPE_LABELS, TRIGGER_METHOD_LABELS } from '../../lib/labels.ts'

export function JobSummaryPanel({ job }: { job: SyncJob }) {
  const connectorId = job.connector.id
  const connector = useQuery(connectorQueries.detail(connectorId))
  let name: ReactNode
  if (connector.data) name = connector.data.name || <span className="muted">(unnamed)</span>
  else if (connector.isPending) name = <span className="muted">Loading…</span>
  else if (connector.error?.status === 404)
    name = <span className="muted">Connector not found — it may have been deleted; this job is orphaned.</span>
  else name = <span className="muted">Unavailable ({connector.error?.reason ?? 'unknown error'})</span>

  return (
    <section className="panel" aria-labelledby="job-summary-heading">
      <h2 id="job-summary-heading">Summary</h2>
      <dl className="facts">
        <dt>Connector</dt>
        <dd>{name}</dd>
        <dt>Connector id</dt>
        <dd className="fact-with-action">
          <span className="mono wrap">{connectorId}</span>
          <CopyButton value={connectorId} label="Copy" variant="ghost" />
        </dd>
        <dt>Index</dt>
        <dd className="mono wrap">{job.connector.index_name ?? <span className="muted">none</span>}</dd>
        <dt>Service type</dt>
        <dd className="mono wrap">{job.connector.service_type ?? <span className="muted">none</span>}</dd>
        <dt>Job type</dt>
        <dd>{JOB_TYPE_LABELS[job.job_type] ?? job.job_type}</dd>
        <dt>Trigger method</dt>
        <dd>{TRIGGER_METHOD_LABELS[job.trigger_method] ?? job.trigger_method}</dd>
        <dt>Worker</dt>
        <dd className="mono wrap">
          {job.worker_hostname !== undefined ? job.worker_hostname || <span className="muted">(empty hostname)</span> : <span className="muted">not claimed yet</span>}
        </dd>
      </dl>
      <p className="panel-footer">
        <Link to={paths.jobsOfConnector(connectorId)}>All sync jobs of this connector</Link>
      </p>
    </section>
  )
}

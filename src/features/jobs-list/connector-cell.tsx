// Which connector a job belongs to: its name from the connector list, then service type and id.
// A job whose connector is not in the list is an orphan (deleted connector) and says so.
import type { ConnectorSummary, SyncJobRow } from '../../../contract/es-connector-types.ts'
import type { ConnectorsState } from './job-row.ts'

export function ConnectorCell({ job, connector, connectors }: { job: SyncJobRow; connector: ConnectorSummary | undefined; connectors: ConnectorsState }) {
  const serviceType = job.connector.service_type ?? connector?.service_type
  return (
    <span className="two-line">
      <span className="line-main" title={connector?.name}>
        {connector ? (
          connector.name || connector.id
        ) : connectors === 'loaded' ? (
          <span className="muted" title="Not in the connector list: it may have been deleted">
            Unknown connector
          </span>
        ) : (
          <span className="muted">{connectors === 'loading' ? '…' : 'Name unavailable'}</span>
        )}
      </span>
      {/* The service type first: short and telling at a glance; the id may be cut (its full text is the title). */}
      <span className="line-sub" title={`${serviceType ? `${serviceType} · ` : ''}${job.connector.id}`}>
        {serviceType ? <>{serviceType} · </> : null}
        <span className="mono">{job.connector.id}</span>
      </span>
    </span>
  )
}

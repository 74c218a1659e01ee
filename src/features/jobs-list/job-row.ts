// One table row: the job plus its connector from the full connector list (the job's own snapshot
// has no name), undefined when the connector is unknown or deleted.
import type { ConnectorSummary, SyncJobRow } from '../../../contract/es-connector-types.ts'

/** Whether the connector list is in: only then does a missing connector mean a deleted one. */
export type ConnectorsState = 'loading' | 'loaded' | 'failed'

export interface JobRow {
  job: SyncJobRow
  connector: ConnectorSummary | undefined
  connectors: ConnectorsState
}

export function joinConnectors(jobs: readonly SyncJobRow[], connectors: ReadonlyMap<string, ConnectorSummary>, state: ConnectorsState): JobRow[] {
  return jobs.map((job) => ({ job, connector: connectors.get(job.connector.id), connectors: state }))
}

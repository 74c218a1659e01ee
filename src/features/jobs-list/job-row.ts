// One table row: the job plus its connector from the full connector list (the job's own snapshot
// has no name), undefined when the connector is unknown or deleted.
import type { Connector, SyncJob } from '../../api/types.ts'

export interface JobRow {
  job: SyncJob
  connector: Connector | undefined
}

export function joinConnectors(jobs: readonly SyncJob[], connectors: ReadonlyMap<string, Connector>): JobRow[] {
  return jobs.map((job) => ({ job, connector: connectors.get(job.connector.id) }))
}

// Elasticsearch gives an access-control job's snapshot the connector's index name with the prefix
// `.search-acl-filter-` (x-pack `ConnectorSyncJobIndexService`, ACCESS_CONTROL_INDEX_PREFIX: its
// documents go to that index), so comparing an access-control job with the content job before it
// would read as an index name change every time the families alternate. Before the snapshots are
// compared, that prefix is taken off again: only a change of the connector's own index name shows.
import type { SyncJob } from '../../../contract/es-connector-types.ts'

export const ACCESS_CONTROL_INDEX_PREFIX = '.search-acl-filter-'

export function comparableSnapshots(jobs: readonly SyncJob[]): SyncJob[] {
  return jobs.map((job) => {
    const index = job.connector.index_name
    if (job.job_type !== 'access_control' || !index?.startsWith(ACCESS_CONTROL_INDEX_PREFIX)) return job
    return { ...job, connector: { ...job.connector, index_name: index.slice(ACCESS_CONTROL_INDEX_PREFIX.length) } }
  })
}

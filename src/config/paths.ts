// Path builders for the app's routes (`/connectors`, `/connectors/:id`, `/workers`, `/jobs`,
// `/jobs/new`, `/jobs/:id`); ids are always encoded. List URLs are written by the same writer as the
// list's own filters, so a link and a filter change spell the query (`connector_id`, …) one way.
// Elasticsearch cannot list jobs by worker host, so neither can the jobs list: a host's jobs are
// listed on the workers page (`/workers?host=`), from the jobs it has read.
import type { SyncStatus } from '../../contract/es-connector-types.ts'
import { DEFAULT_FILTERS, FILTER_PARAMS, writeJobFilters, type JobFilters } from '../lib/job-filters.ts'

function withQuery(path: string, params: URLSearchParams): string {
  const query = params.toString()
  return query ? `${path}?${query}` : path
}

/** The workers page's parameter naming the host whose jobs it lists. */
export const WORKER_HOST_PARAM = 'host'

/** A jobs-list link's filters; one connector or one status may be named on its own. */
export type JobsLink = Partial<JobFilters> & { connectorId?: string; status?: SyncStatus }

function linkFilters({ connectorId, status, ...filters }: JobsLink): JobFilters {
  const connectorIds = [...(connectorId ? [connectorId] : []), ...(filters.connectorIds ?? [])]
  const statuses = [...(status ? [status] : []), ...(filters.statuses ?? [])]
  return { ...DEFAULT_FILTERS, ...filters, connectorIds, statuses }
}

export const paths = {
  connectors: '/connectors',
  connector: (id: string) => `/connectors/${encodeURIComponent(id)}`,
  workers: '/workers',
  /** The workers page listing one host's jobs. */
  workerJobs: (hostname: string) => withQuery('/workers', new URLSearchParams({ [WORKER_HOST_PARAM]: hostname })),
  jobs: '/jobs',
  /** The jobs list with these filters (the rest at their defaults). */
  jobsWith: (filters: JobsLink) => withQuery('/jobs', writeJobFilters(new URLSearchParams(), linkFilters(filters))),
  /** The list filtered to one connector. */
  jobsOfConnector: (connectorId: string) => paths.jobsWith({ connectorId }),
  newJob: (connectorId?: string) =>
    withQuery('/jobs/new', new URLSearchParams(connectorId ? { [FILTER_PARAMS.connector]: connectorId } : {})),
  job: (id: string) => `/jobs/${encodeURIComponent(id)}`,
}

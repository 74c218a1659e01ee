// Query factories: one per resource, keys ordered generic → specific so that invalidating a prefix
// (`syncJobKeys.all`) refreshes every list, count and detail at once.
import { queryOptions } from '@tanstack/react-query'
import { getClusterInfo, getServerConfig } from './cluster.ts'
import { getConnector, listAllConnectors } from './connectors.ts'
import { getSyncJob, listSyncJobs } from './sync-jobs.ts'
import type { ListSyncJobsParams } from '../../contract/es-connector-types.ts'

export const syncJobKeys = {
  all: ['sync-jobs'] as const,
  lists: () => [...syncJobKeys.all, 'list'] as const,
  counts: () => [...syncJobKeys.all, 'count'] as const,
  details: () => [...syncJobKeys.all, 'detail'] as const,
}

export const syncJobQueries = {
  /** One raw page as the server returns it (order depends on the Elasticsearch version). */
  list: (params: ListSyncJobsParams) =>
    queryOptions({
      queryKey: [...syncJobKeys.lists(), params] as const,
      queryFn: ({ signal }) => listSyncJobs(params, signal),
    }),
  /** The number of jobs matching the filters, from a `size=0` request. */
  count: (params: Omit<ListSyncJobsParams, 'from' | 'size'>) =>
    queryOptions({
      queryKey: [...syncJobKeys.counts(), params] as const,
      queryFn: async ({ signal }) => (await listSyncJobs({ ...params, from: 0, size: 0 }, signal)).count,
    }),
  detail: (id: string) =>
    queryOptions({
      queryKey: [...syncJobKeys.details(), id] as const,
      queryFn: ({ signal }) => getSyncJob(id, signal),
    }),
}

export const connectorKeys = {
  all: ['connectors'] as const,
}

export const connectorQueries = {
  /** Every connector (all pages); connectors change rarely, so this stays fresh for a minute. */
  all: () =>
    queryOptions({
      queryKey: [...connectorKeys.all, 'all'] as const,
      queryFn: ({ signal }) => listAllConnectors(signal),
      staleTime: 60_000,
    }),
  detail: (id: string) =>
    queryOptions({
      queryKey: [...connectorKeys.all, 'detail', id] as const,
      queryFn: ({ signal }) => getConnector(id, signal),
      staleTime: 60_000,
    }),
}

export const clusterQueries = {
  info: () =>
    queryOptions({
      queryKey: ['cluster', 'info'] as const,
      queryFn: ({ signal }) => getClusterInfo(signal),
      staleTime: 5 * 60_000,
    }),
  serverConfig: () =>
    queryOptions({
      queryKey: ['cluster', 'server-config'] as const,
      queryFn: ({ signal }) => getServerConfig(signal),
      staleTime: Infinity,
    }),
}

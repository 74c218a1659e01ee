// Query factories: one per resource, keys ordered generic → specific so that invalidating a prefix
// (`syncJobKeys.all`) refreshes every list, count and detail at once.
import { queryOptions, type QueryClient } from '@tanstack/react-query'
import { NOT_THE_CLUSTER } from './cluster-health.ts'
import { getClusterInfo, getServerConfig } from './cluster.ts'
import { getConnector, listAllConnectors } from './connectors.ts'
import { fetchNewestFirstPage, fetchViewPage, probeListOrder, type ListOrderMemory, type SyncJobPageParams, type ViewPageParams } from './sync-job-pages.ts'
import { countByStatus, getSyncJob, listSyncJobRows, type SyncJobListFilters } from './sync-jobs.ts'
import type { ListSyncJobsParams } from '../../contract/es-connector-types.ts'

export const syncJobKeys = {
  all: ['sync-jobs'] as const,
  lists: () => [...syncJobKeys.all, 'list'] as const,
  counts: () => [...syncJobKeys.all, 'count'] as const,
  details: () => [...syncJobKeys.all, 'detail'] as const,
  /**
   * Outside `all` on purpose: the order belongs to the server, not to the data, so invalidating the
   * jobs after an action must not forget it.
   */
  order: () => ['sync-jobs-order'] as const,
}

/**
 * The order the server lists jobs in: null when it cannot tell yet (too few jobs), which is asked
 * again next time; a known order stays until a page contradicts it (the page query corrects it).
 */
const listOrderQuery = () =>
  queryOptions({
    queryKey: syncJobKeys.order(),
    queryFn: async ({ signal }) => (await probeListOrder(signal)) ?? null,
    staleTime: (query) => (query.state.data ? Infinity : 0),
  })

/** The server's list order as the query cache remembers it, for the page fetchers. */
function orderMemory(client: QueryClient): ListOrderMemory {
  const order = listOrderQuery()
  return {
    known: client.getQueryData(order.queryKey) ?? undefined,
    learn: (seen) => client.setQueryData(order.queryKey, seen),
    // No retries of its own: the page query's retry repeats the probe with the page.
    probe: async () => (await client.fetchQuery({ ...order, retry: false })) ?? undefined,
  }
}

export const syncJobQueries = {
  /**
   * One page of list rows as the server returns it (order depends on the Elasticsearch version),
   * without the connector snapshot's configuration (see SYNC_JOB_ROW_FILTER).
   */
  list: (params: Omit<ListSyncJobsParams, 'filter_path'>) =>
    queryOptions({
      queryKey: [...syncJobKeys.lists(), params] as const,
      queryFn: ({ signal }) => listSyncJobRows(params, signal),
    }),
  /** Page N of the newest-first view on any server, whichever order it lists in. */
  page: (params: SyncJobPageParams) =>
    queryOptions({
      // Under the lists prefix, so every job action's invalidation refreshes this page too.
      queryKey: [...syncJobKeys.lists(), 'newest-first', params] as const,
      queryFn: ({ client, signal }) => fetchNewestFirstPage(params, signal, orderMemory(client)),
    }),
  /** Page N of a view across several statuses and connectors, merged newest first (fetchViewPage). */
  view: (params: ViewPageParams) =>
    queryOptions({
      queryKey: [...syncJobKeys.lists(), 'view', params] as const,
      queryFn: ({ client, signal }) => fetchViewPage(params, signal, orderMemory(client)),
    }),
  order: listOrderQuery,
  /** A count per status under `params` (countByStatus): one query, so one observer and one render for the nine. */
  countsByStatus: (params: SyncJobListFilters) =>
    queryOptions({
      queryKey: [...syncJobKeys.counts(), 'by-status', params] as const,
      queryFn: ({ signal }) => countByStatus(params, signal),
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
      // The dashboard server answers it, so it tells nothing about the cluster (cluster-health.ts).
      meta: NOT_THE_CLUSTER,
    }),
}

// Starts the jobs list's requests from the route loader, before the page renders: the list, the
// connectors and the server config are in flight while React is still starting up. A view by
// service type needs the connector list first, so only its connectors are prefetched. The rows' request
// leaves first; the others a task later, so that the entry script's task stays short (the page's first
// fetch() alone is about 6 ms of main thread here, the later ones about 1 ms each).
import { noop, type QueryClient } from '@tanstack/react-query'
import { clusterQueries, connectorQueries, syncJobQueries } from '../../api/queries.ts'
import { parseJobFilters, toViewParams } from '../../lib/job-filters.ts'
import { yieldToMain } from '../../lib/yield-to-main.ts'

export function prefetchJobsList(client: QueryClient, searchParams: URLSearchParams): void {
  // Errors are the page's to show; a prefetch only warms the cache.
  const params = toViewParams(parseJobFilters(searchParams), undefined)
  if (params) void client.query(syncJobQueries.view(params)).catch(noop)
  void yieldToMain().then(() => {
    void client.query(connectorQueries.all()).catch(noop)
    void client.query(clusterQueries.serverConfig()).catch(noop)
  })
}

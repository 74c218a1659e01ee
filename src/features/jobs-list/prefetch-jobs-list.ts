// Starts the jobs list's requests from the route loader, before the page renders: the list, the
// connectors and the server config are in flight while React is still starting up.
import { noop, type QueryClient } from '@tanstack/react-query'
import { clusterQueries, connectorQueries, syncJobQueries } from '../../api/queries.ts'
import { parseJobFilters, toPageParams } from '../../lib/job-filters.ts'

export function prefetchJobsList(client: QueryClient, searchParams: URLSearchParams): void {
  // Errors are the page's to show; a prefetch only warms the cache.
  void client.query(syncJobQueries.page(toPageParams(parseJobFilters(searchParams)))).catch(noop)
  void client.query(connectorQueries.all()).catch(noop)
  void client.query(clusterQueries.serverConfig()).catch(noop)
}

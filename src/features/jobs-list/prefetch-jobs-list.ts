// Starts the jobs list's requests from the route loader, before the page renders: the list, the
// connectors and the server config are in flight while React is still starting up.
import { noop, type QueryClient } from '@tanstack/react-query'
import { clusterQueries, connectorQueries } from '../../api/queries.ts'
import { parseJobFilters } from '../../lib/job-filters.ts'
import { jobListParams, newestFirstPageQuery } from './newest-first-page.ts'

export function prefetchJobsList(client: QueryClient, searchParams: URLSearchParams): void {
  const params = jobListParams(parseJobFilters(searchParams))
  // Errors are the page's to show; a prefetch only warms the cache.
  void client.query(newestFirstPageQuery(client, params)).catch(noop)
  void client.query(connectorQueries.all()).catch(noop)
  void client.query(clusterQueries.serverConfig()).catch(noop)
}

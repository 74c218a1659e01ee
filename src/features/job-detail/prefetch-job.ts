// Starts a job page's requests from its route loader, before the page renders: the job (then its
// connector, which the summary panel shows) and the server config are in flight while the page's
// code is still being read. Lighthouse's trace of a job page showed the job's request leaving only
// after the page's first render, 90 ms after the entry script had run. The server config leaves a task
// after the job, so that the entry script's task stays short (see prefetch-jobs-list.ts).
import { noop, type QueryClient } from '@tanstack/react-query'
import { clusterQueries, connectorQueries, syncJobQueries } from '../../api/queries.ts'
import { yieldToMain } from '../../lib/yield-to-main.ts'

export function prefetchJob(client: QueryClient, id: string): void {
  // Errors are the page's to show; a prefetch only warms the cache.
  void client
    .query(syncJobQueries.detail(id))
    .then((job) => client.query(connectorQueries.detail(job.connector.id)))
    .catch(noop)
  void yieldToMain().then(() => client.query(clusterQueries.serverConfig()).catch(noop))
}

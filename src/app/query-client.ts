// Query-client defaults: retry only what may succeed on a second try (no answer, 429, 5xx) with
// backoff; never retry a mutation; refetch on focus only when data is stale, so returning to the tab
// refreshes without a storm of requests.
import { QueryClient } from '@tanstack/react-query'
import { readPageServerConfig } from '../api/cluster.ts'
import { isEsError } from '../api/es-error.ts'
import { clusterQueries } from '../api/queries.ts'
import '../api/register.ts'

const MAX_RETRIES = 3
/** How long an answer counts as fresh: a page that mounts right after its loader's prefetch reads nothing again. */
export const APP_STALE_TIME_MS = 2_000

export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (failureCount >= MAX_RETRIES) return false
  return isEsError(error) && error.isTransient
}

/** 0.5 s, 1 s, 2 s … capped at 8 s, with jitter so many tabs do not retry in step. */
export function retryDelay(attempt: number): number {
  const base = Math.min(8_000, 500 * 2 ** attempt)
  return base / 2 + Math.random() * (base / 2)
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: shouldRetry,
        retryDelay,
        staleTime: APP_STALE_TIME_MS,
        refetchOnWindowFocus: true,
        refetchIntervalInBackground: false,
      },
      mutations: { retry: false },
    },
  })
}

/**
 * Gives `client` the config the server wrote into the page (server/config-meta.ts): the header and the
 * read-only controls have it at their first render, and no request asks for it. A page without it
 * (the Vite dev server's) leaves the query to ask `/syncboard/config`.
 */
export function seedServerConfig(client: QueryClient, page: Pick<Document, 'querySelector'> = document): void {
  const config = readPageServerConfig(page)
  if (config) client.setQueryData(clusterQueries.serverConfig().queryKey, config)
}

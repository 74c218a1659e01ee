// The duplicate guard's question, asked before every start of a sync (the create form's Start sync
// and the job page's Run again): does this connector already have a pending or running job of this
// type? Elasticsearch allows any number of them, but a second one usually means a double start. It
// asks with the list rows' response filter, so no connector configuration (secrets) reaches the cache.
import { mutationOptions, type QueryClient } from '@tanstack/react-query'
import { syncJobQueries } from './queries.ts'
import type { CreateSyncJobBody, JobType, SyncJobRow } from '../../contract/es-connector-types.ts'

export interface ActiveDuplicates {
  count: number
  /** One of them, to link to. */
  example: SyncJobRow | undefined
}

const GUARDED_STATUSES = ['pending', 'in_progress'] as const

export async function findActiveDuplicates(client: QueryClient, connectorId: string, jobType: JobType): Promise<ActiveDuplicates> {
  // `status` takes one value, so one small request per status, in parallel; always fresh (staleTime 0).
  const pages = await Promise.all(
    GUARDED_STATUSES.map((status) =>
      client.query({ ...syncJobQueries.list({ connector_id: connectorId, job_type: [jobType], status, from: 0, size: 1 }), staleTime: 0 }),
    ),
  )
  return {
    count: pages.reduce((sum, page) => sum + page.count, 0),
    example: pages.find((page) => page.results.length > 0)?.results[0],
  }
}

/**
 * The check as a mutation: it belongs to one start (always fresh, never shown from a cache), so it
 * runs like the create it guards — once at a time, with its own pending and error state.
 */
export const duplicateCheck = () =>
  mutationOptions({
    mutationKey: ['sync-jobs', 'duplicate-check'],
    mutationFn: (body: CreateSyncJobBody, { client }) => findActiveDuplicates(client, body.id, body.job_type ?? 'full'),
  })

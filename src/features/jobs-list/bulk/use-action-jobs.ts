// The jobs a bulk action created (`?action=<id>`: a Run again or a replay), read by id. Elasticsearch
// cannot list jobs by id, and the jobs an action started need not all be on the page the URL shows
// (other jobs may have arrived since, or the view's filters leave them out), so each is read on its
// own with the list rows' filter_path — at most ACTION_JOBS_SHOWN, four reads at a time; one deleted
// since is left out. Newest first, refreshed at the rows' pace while one of them may still move.
import { useQuery } from '@tanstack/react-query'
import type { SyncJobRow } from '../../../../contract/es-connector-types.ts'
import { isEsError } from '../../../api/es-error.ts'
import { getSyncJobRow } from '../../../api/sync-jobs.ts'
import { pollingBy } from '../../../hooks/poll-interval.ts'
import { isMovingStatus } from '../../../lib/job-status.ts'
import { compareNewestFirst } from '../../../lib/merge-newest-first.ts'
import { ROWS_PACE } from '../polling.ts'

/** An action that started more jobs than this shows its newest ones (its own record keeps every id). */
export const ACTION_JOBS_SHOWN = 200
const READS_AT_ONCE = 4

async function readJobs(ids: readonly string[], signal: AbortSignal): Promise<SyncJobRow[]> {
  const found: SyncJobRow[] = []
  let next = 0
  const reader = async () => {
    while (next < ids.length) {
      const id = ids[next++]!
      try {
        found.push(await getSyncJobRow(id, signal))
      } catch (error) {
        // Deleted since the action created it: nothing to show.
        if (!(isEsError(error) && error.status === 404)) throw error
      }
    }
  }
  await Promise.all(Array.from({ length: Math.min(READS_AT_ONCE, ids.length) }, reader))
  return found.sort(compareNewestFirst)
}

/** The created jobs of the action being shown, or undefined while no action narrows the list. */
export function useActionJobs(actionId: string | null, createdIds: readonly string[] | undefined) {
  const ids = (createdIds ?? []).slice(-ACTION_JOBS_SHOWN)
  return useQuery({
    queryKey: ['action-jobs', actionId, ids],
    queryFn: ({ signal }) => readJobs(ids, signal),
    enabled: actionId !== null && createdIds !== undefined,
    refetchInterval: pollingBy(ROWS_PACE, (jobs: SyncJobRow[]) => jobs.some((job) => isMovingStatus(job.status))),
  })
}

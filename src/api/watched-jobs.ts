// The one read behind watching a job (app/job-watcher.tsx): a sync job's status and the times its
// attention flags come from (lib/stuck.ts), through `filter_path` — no connector snapshot, no
// metadata — so a watched job costs a few hundred bytes per poll.
import type { SyncJob } from '../../contract/es-connector-types.ts'
import { esRequest, seg } from './client.ts'

/** What the watcher reads of a job: enough to tell it finished, failed, or gets a stuck flag. */
export type WatchedJobState = Pick<
  SyncJob,
  'id' | 'status' | 'job_type' | 'created_at' | 'started_at' | 'last_seen' | 'completed_at' | 'canceled_at' | 'cancelation_requested_at' | 'error'
>

export const WATCHED_JOB_FILTER = 'id,status,job_type,created_at,started_at,last_seen,completed_at,canceled_at,cancelation_requested_at,error'

export function getWatchedJob(id: string, signal?: AbortSignal): Promise<WatchedJobState> {
  return esRequest({ method: 'GET', path: `/_connector/_sync_job/${seg(id)}`, query: { filter_path: WATCHED_JOB_FILTER }, signal })
}

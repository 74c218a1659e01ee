// When a watched job has news for the operator (issue 12, "Watch a job"): it finished, failed, was
// canceled, got an attention flag it did not have (lib/stuck.ts — the list's own stuck flags), or is
// gone. Pure: the watcher (app/job-watcher.tsx) keeps the last state it saw per job and asks here
// whether the next one is news.
import type { SyncJobRow, SyncStatus } from '../../contract/es-connector-types.ts'
import { attentionFlags, type FlagKind } from './stuck.ts'

/** What the watcher remembers of a job between two reads. */
export interface WatchSnapshot {
  status: SyncStatus | 'gone'
  /** The attention flags it had, by kind. */
  flags: FlagKind[]
}

export type WatchNewsKind = 'completed' | 'failed' | 'canceled' | 'flagged' | 'gone'

export interface WatchNews {
  kind: WatchNewsKind
  /** In words, for the title, the list of watched jobs and a notification: "failed: Timeout". */
  text: string
  /** When it was seen (epoch ms). */
  at: number
}

/** Fields of a job its snapshot reads (a watched job is read without its connector snapshot). */
export type WatchedFields = Pick<SyncJobRow, 'status' | 'created_at' | 'started_at' | 'last_seen' | 'cancelation_requested_at' | 'error'>

export function snapshotOf(job: WatchedFields, now: number): WatchSnapshot {
  // attentionFlags reads the job's own status and times only, never its connector.
  return { status: job.status, flags: attentionFlags(job as SyncJobRow, now).map((flag) => flag.kind) }
}

export const GONE: WatchSnapshot = { status: 'gone', flags: [] }

const FIRST_LINE = (text: string | undefined) => (text ?? '').split('\n')[0]?.trim().slice(0, 120) ?? ''

/**
 * The news between what was seen before (`previous`; undefined on the first read, which is only a
 * baseline) and now: an end state it reached, else a flag it did not have before; undefined when
 * nothing changed that the operator asked to hear about.
 */
export function detectNews(previous: WatchSnapshot | undefined, current: WatchSnapshot, job: Pick<WatchedFields, 'error'> | undefined, now: number): WatchNews | undefined {
  if (previous === undefined || previous.status === 'gone') return undefined
  if (current.status === 'gone') return { kind: 'gone', text: 'deleted', at: now }
  if (current.status !== previous.status) {
    if (current.status === 'completed') return { kind: 'completed', text: 'completed', at: now }
    if (current.status === 'error') {
      const reason = FIRST_LINE(job?.error)
      return { kind: 'failed', text: reason ? `failed: ${reason}` : 'failed', at: now }
    }
    if (current.status === 'canceled') return { kind: 'canceled', text: 'canceled', at: now }
  }
  const added = current.flags.filter((flag) => !previous.flags.includes(flag))
  if (added.length > 0) {
    // The words of the flag as the list shows it (stuck.ts labels), without its growing age.
    return { kind: 'flagged', text: FLAG_WORDS[added[0] ?? 'no-heartbeat'], at: now }
  }
  return undefined
}

const FLAG_WORDS: Record<FlagKind, string> = {
  'no-heartbeat': 'no heartbeat for over a minute',
  'will-be-failed': 'no heartbeat for over 5 minutes',
  'waiting-for-worker': 'waiting for a worker',
  'cancel-stuck': 'canceling for over a minute',
  suspended: 'suspended, waiting for a restart',
}

/** A job that cannot move any more: nothing to poll for but its deletion. */
export const isFinal = (status: SyncStatus | 'gone'): boolean => status === 'completed' || status === 'error' || status === 'canceled' || status === 'gone'

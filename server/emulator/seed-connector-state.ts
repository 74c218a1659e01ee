// What the connector service has written on each seeded connector by `now`, derived from the connector's
// jobs exactly as the service writes it (elastic/connectors `connectors/protocol/connectors.py`):
// `sync_starts` leaves the family's status in_progress and its error null while a sync runs; `sync_done`
// leaves the ending's status and error, `last_synced`, the counters of the last completed, failed or
// canceled sync and the cursor of the last completed content sync; the scheduler leaves each schedule's
// last occurrence in `last_*_scheduled_at`, `connected` with a null error after every good poll, and the
// ping's error on a connector whose source it cannot reach; the heartbeat leaves `last_seen` within the
// last 300 s — hours old for the connector whose service is gone.

import type { Connector, JobType } from '../../contract/es-connector-types.ts'
import { randomBetween, type Random } from './random.ts'
import type { FleetMember } from './seed-fleet.ts'
import { SECOND, type ConnectorHistory, type Timed } from './seed-history.ts'
import { UNSERVED_SINCE } from './seed-stuck.ts'
import { unreachableMessage } from './seed-vocabulary.ts'
import { scheduledAtField, serviceTime } from './worker-connector-writes.ts'

export interface StateContext {
  random: Random
  stamp: (ms: number) => string
  now: number
}

/** The newest of these by a key (NaN keys never win). */
function newestBy(entries: readonly Timed[], key: (entry: Timed) => number): Timed | undefined {
  let best: Timed | undefined
  let bestKey = Number.NEGATIVE_INFINITY
  for (const entry of entries) {
    const value = key(entry)
    if (value >= bestKey) {
      best = entry
      bestKey = value
    }
  }
  return best
}

const isAccessControl = (entry: Timed) => entry.job.job_type === 'access_control'

function familyState(entries: readonly Timed[], inFamily: (entry: Timed) => boolean): { status: string; error: string | null } | undefined {
  const newest = newestBy(entries, (entry) => (inFamily(entry) ? entry.startedMs : Number.NaN))?.job
  if (!newest) return undefined
  if (newest.status === 'in_progress' || newest.status === 'canceling') return { status: 'in_progress', error: null }
  return { status: newest.status, error: newest.error ?? null }
}

export function recordConnectorState(doc: Connector, member: FleetMember, history: ConnectorHistory, jobs: readonly Timed[], context: StateContext): void {
  const { random, stamp, now } = context
  const fields = doc as unknown as Record<string, unknown>
  doc.last_seen = member.role === 'unserved' ? stamp(now - UNSERVED_SINCE - randomBetween(random, 0, 30) * SECOND) : stamp(now - randomBetween(random, 1, 295) * SECOND)
  if (member.role === 'never-synced') return

  const content = familyState(jobs, (entry) => !isAccessControl(entry))
  if (content) Object.assign(fields, { last_sync_status: content.status, last_sync_error: content.error })
  const accessControl = familyState(jobs, isAccessControl)
  if (accessControl) Object.assign(fields, { last_access_control_sync_status: accessControl.status, last_access_control_sync_error: accessControl.error })

  // sync_done ran for every sync that ended on a worker (not for jobs canceled before pickup).
  const lastEnded = newestBy(jobs, (entry) => entry.endedMs)
  const last = lastEnded?.job
  if (lastEnded) fields.last_synced = serviceTime(lastEnded.endedMs, Math.floor(random() * 1_000_000))
  const counted = newestBy(jobs, (entry) => (entry.job.status === 'suspended' ? Number.NaN : entry.endedMs))?.job
  if (counted) Object.assign(fields, { last_indexed_document_count: counted.indexed_document_count, last_deleted_document_count: counted.deleted_document_count })
  if (history.cursor !== undefined) fields.sync_cursor = history.cursor
  for (const [jobType, at] of Object.entries(history.scheduledAt) as [JobType, number][]) fields[scheduledAtField(jobType)] = serviceTime(at)

  if (member.role === 'missed') {
    Object.assign(fields, { status: 'error', error: unreachableMessage(member.spec.serviceType) })
  } else if (last && lastEnded && last.status === 'error' && now - lastEnded.endedMs < 30 * SECOND) {
    // The poll after the failure has not come yet.
    Object.assign(fields, { status: 'error', error: last.error })
  } else {
    Object.assign(fields, { status: 'connected', error: null })
  }
}

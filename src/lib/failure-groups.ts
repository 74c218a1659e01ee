// Failed jobs grouped by their error message: the same message across connectors and jobs counts
// once, with the jobs, the connectors and when it was first and last seen. A group is named in the
// URL by a short hash of its message (`error=<key>`), so a link narrows the list to its jobs
// without carrying the message (which may be long) in the address.
import type { SyncJobRow } from '../../contract/es-connector-types.ts'
import { compareNewestFirst } from './merge-newest-first.ts'
import { parseTimestamp } from './time.ts'
import { compareCodeUnits } from './compare.ts'

export interface FailureGroup {
  key: string
  /** The message as the newest job of the group has it. */
  message: string
  jobIds: string[]
  /** Sorted. */
  connectorIds: string[]
  /** When a job of the group failed (its completion, else its last heartbeat, else its creation), epoch ms. */
  firstSeen: number | undefined
  lastSeen: number | undefined
}

/** The message as grouped: surrounding and repeated whitespace do not make a different failure. */
export function normalizeFailure(message: string): string {
  return message.trim().replace(/\s+/g, ' ')
}

/** FNV-1a, 32 bits, as 8 hex digits: a stable key for a message (collisions only merge two groups). */
export function failureKey(message: string | null | undefined): string | undefined {
  const text = message ? normalizeFailure(message) : ''
  if (!text) return undefined
  let hash = 0x811c9dc5
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index)
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  return hash.toString(16).padStart(8, '0')
}

function failedAt(job: SyncJobRow): number | undefined {
  return parseTimestamp(job.completed_at) ?? parseTimestamp(job.last_seen) ?? parseTimestamp(job.created_at)
}

/** Groups the jobs that carry an error message; the largest group first, then the most recent. */
export function groupFailures(jobs: readonly SyncJobRow[]): FailureGroup[] {
  const groups = new Map<string, FailureGroup & { connectors: Set<string> }>()
  for (const job of [...jobs].sort(compareNewestFirst)) {
    const key = failureKey(job.error)
    if (!key || !job.error) continue
    const at = failedAt(job)
    let group = groups.get(key)
    if (!group) {
      group = { key, message: normalizeFailure(job.error), jobIds: [], connectorIds: [], connectors: new Set(), firstSeen: at, lastSeen: at }
      groups.set(key, group)
    }
    group.jobIds.push(job.id)
    group.connectors.add(job.connector.id)
    if (at !== undefined) {
      group.firstSeen = group.firstSeen === undefined ? at : Math.min(group.firstSeen, at)
      group.lastSeen = group.lastSeen === undefined ? at : Math.max(group.lastSeen, at)
    }
  }
  return [...groups.values()]
    .map(({ connectors, ...group }) => ({ ...group, connectorIds: [...connectors].sort() }))
    .sort((a, b) => b.jobIds.length - a.jobIds.length || (b.lastSeen ?? 0) - (a.lastSeen ?? 0) || compareCodeUnits(a.key, b.key))
}

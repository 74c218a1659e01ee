// The bulk actions of this tab, kept in sessionStorage until the tab is closed: each one's name, when
// it ran, what came of it, and the ids of the jobs it created (Run again, a replay), so the list can be
// narrowed to them (`?action=<id>`, filtered here in the browser: Elasticsearch cannot list by ids).
import type { BulkCounts } from '../../../lib/bulk-runner.ts'

export interface ActionRecord {
  id: string
  /** E.g. "Cancel of 12 jobs" or "Replay of 14 failed syncs, 02:00–06:00". */
  name: string
  startedAt: number
  counts: BulkCounts
  /** Jobs the action started (Run again, replays). */
  createdIds: string[]
}

/** The URL parameter that narrows the list to the jobs an action created. */
export const ACTION_PARAM = 'action'

const KEY = 'syncboard.bulk-actions'
const KEEP = 10

export function loadRecentActions(): ActionRecord[] {
  try {
    const parsed: unknown = JSON.parse(sessionStorage.getItem(KEY) ?? '[]')
    return Array.isArray(parsed) ? (parsed as ActionRecord[]).filter((record) => typeof record?.id === 'string' && Array.isArray(record.createdIds)) : []
  } catch {
    return []
  }
}

/** Adds or updates (same id) a record; the newest first, the last ten kept. */
export function saveAction(record: ActionRecord): ActionRecord[] {
  const next = [record, ...loadRecentActions().filter((each) => each.id !== record.id)].slice(0, KEEP)
  try {
    sessionStorage.setItem(KEY, JSON.stringify(next))
  } catch {
    // Storage full or off: the list still shows this tab's actions until a reload.
  }
  return next
}

export function findAction(id: string | null): ActionRecord | undefined {
  return id ? loadRecentActions().find((record) => record.id === id) : undefined
}

/** What came of an action, in a few words: "10 done, 2 refused". */
export function outcomeWords(counts: BulkCounts): string {
  const parts: string[] = []
  if (counts.done) parts.push(`${counts.done} done`)
  if (counts.skipped) parts.push(`${counts.skipped} skipped`)
  if (counts.refused) parts.push(`${counts.refused} refused`)
  if (counts.notFound) parts.push(`${counts.notFound} not found`)
  if (counts.failed) parts.push(`${counts.failed} failed`)
  if (counts.notStarted) parts.push(`${counts.notStarted} not started`)
  if (counts.queued + counts.running) parts.push(`${counts.queued + counts.running} to go`)
  return parts.join(', ') || 'nothing to do'
}

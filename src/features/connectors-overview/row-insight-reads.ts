// Which per-connector reads the overview's rows call for, for the two insight flags the jobs window
// cannot show (api/row-insights.ts): the cursor read for a connector whose outcome strip holds at
// least the cursor rule's number of completed incremental syncs, and a snapshot read per family with
// a failure streak, sized to reach past the streak. Each is keyed by what it reflects (the newest such
// sync; the streak's newest failure and length), so it is made once and again only when that changes.
// Loaded with the insight rules after the first paint (insight-rules.ts), not with the page.
import { rowInsightQueries, snapshotReadSize, type SnapshotFamily } from '../../api/row-insights.ts'
import type { FailureStreak } from '../../lib/connector-health.ts'
import type { FleetRow } from './fleet-rows.ts'

export interface Wanted {
  connectorId: string
  options: ReturnType<typeof rowInsightQueries.cursor> | ReturnType<typeof rowInsightQueries.snapshots>
  kind: 'cursors' | 'snapshots'
}

/** The reads the rows call for; `minIncrementals` is the cursor rule's threshold (CURSOR_STALL_MIN_SYNCS). */
export function wantedReads(rows: readonly FleetRow[], ids: ReadonlySet<string>, minIncrementals: number): Wanted[] {
  const wanted: Wanted[] = []
  for (const row of rows) {
    const connectorId = row.connector.id
    if (!ids.has(connectorId)) continue
    const incrementals = row.health.recentOutcomes.filter((entry) => entry.jobType === 'incremental' && entry.status === 'completed')
    if (incrementals.length >= minIncrementals) {
      wanted.push({ connectorId, kind: 'cursors', options: rowInsightQueries.cursor(connectorId, incrementals.at(-1)!.jobId) })
    }
    for (const [family, streak] of Object.entries(row.health.streaks) as [SnapshotFamily, FailureStreak | undefined][]) {
      if (!streak) continue
      const version = `${streak.jobIds.at(-1) ?? 'document'}:${streak.count}`
      const size = snapshotReadSize(streak.countIsLowerBound ? undefined : streak.count)
      wanted.push({ connectorId, kind: 'snapshots', options: rowInsightQueries.snapshots(connectorId, family, version, size) })
    }
  }
  return wanted
}

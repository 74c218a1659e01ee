// The per-connector reads behind two row flags the jobs window cannot show (api/row-insights.ts): the
// cursor stall needs the sync cursors of a connector's incremental syncs, the config blame the
// snapshots around a failure streak. The cost rule: only rows on screen (as the own histories
// of use-fleet.ts), and only those that could show the insight —
// - the cursor read for a connector whose outcome strip holds at least the rule's number of completed
//   incremental syncs;
// - the snapshot read per family with a failure streak, sized to reach past the streak.
// Each read is keyed by what it reflects (the newest such sync, the streak's newest failure and
// length), so it is made once and again only when that changes — not on every 30 s refresh.
import { useQueries } from '@tanstack/react-query'
import { useMemo } from 'react'
import { rowInsightQueries, snapshotReadSize, type SnapshotFamily } from '../../api/row-insights.ts'
import type { InsightJob } from '../../lib/connector-insights.ts'
import type { FleetRow } from './fleet-rows.ts'
import type { OnScreen } from './use-on-screen.ts'

export interface RowInsightReads {
  /** Per connector read, its completed incremental syncs with their cursors. */
  cursors: readonly InsightJob[][]
  /** Per connector and failing family read, its newest jobs with their snapshots. */
  snapshots: readonly InsightJob[][]
}

interface Wanted {
  connectorId: string
  options: ReturnType<typeof rowInsightQueries.cursor> | ReturnType<typeof rowInsightQueries.snapshots>
  kind: 'cursors' | 'snapshots'
}

const NO_READS: RowInsightReads = { cursors: [], snapshots: [] }

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
    for (const [family, streak] of Object.entries(row.health.streaks) as [SnapshotFamily, NonNullable<FleetRow['health']['streaks']['content']>][]) {
      if (!streak) continue
      const version = `${streak.jobIds.at(-1) ?? 'document'}:${streak.count}`
      const size = snapshotReadSize(streak.countIsLowerBound ? undefined : streak.count)
      wanted.push({ connectorId, kind: 'snapshots', options: rowInsightQueries.snapshots(connectorId, family, version, size) })
    }
  }
  return wanted
}

/**
 * The reads for rows that are or were on screen; each is made only while its row is on screen. Nothing
 * is read before `minIncrementals` is known (the rules' module has loaded, after the first paint).
 */
export function useRowInsights(rows: readonly FleetRow[] | undefined, onScreen: Pick<OnScreen, 'visible' | 'seen'>, minIncrementals: number | undefined): RowInsightReads {
  const wanted = useMemo(
    () => (rows && minIncrementals !== undefined ? wantedReads(rows, onScreen.seen, minIncrementals) : []),
    [rows, onScreen.seen, minIncrementals],
  )
  const results = useQueries({ queries: wanted.map((read) => ({ ...read.options, enabled: onScreen.visible.has(read.connectorId) })) })
  // New arrays only when an answer arrived (new arrays re-run the rules).
  const signature = results.map((result, index) => `${wanted[index]!.options.queryKey.join('/')}@${result.dataUpdatedAt}`).join(' ')
  return useMemo(() => {
    const reads: { cursors: InsightJob[][]; snapshots: InsightJob[][] } = { cursors: [], snapshots: [] }
    results.forEach((result, index) => {
      if (result.data && result.data.length > 0) reads[wanted[index]!.kind].push(result.data)
    })
    return reads.cursors.length + reads.snapshots.length > 0 ? reads : NO_READS
    // oxlint-disable-next-line react-hooks/exhaustive-deps -- the signature stands for the results
  }, [signature])
}

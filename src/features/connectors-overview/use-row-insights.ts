// The per-connector reads behind two row flags the jobs window cannot show (api/row-insights.ts): the
// cursor stall needs the sync cursors of a connector's incremental syncs, the config blame the
// snapshots around a failure streak. The cost rule: only rows on screen (as the own histories
// of use-fleet.ts), and only those that could show the insight (row-insight-reads.ts decides which).
// Each read is keyed by what it reflects, so it is made once and again only when that changes — not
// on every 30 s refresh.
import { useQueries } from '@tanstack/react-query'
import { useMemo } from 'react'
import type { InsightJob } from '../../lib/connector-insights.ts'
import type { FleetRow } from './fleet-rows.ts'
import type { Wanted } from './row-insight-reads.ts'
import type { OnScreen } from './use-on-screen.ts'

export interface RowInsightReads {
  /** Per connector read, its completed incremental syncs with their cursors. */
  cursors: readonly InsightJob[][]
  /** Per connector and failing family read, its newest jobs with their snapshots. */
  snapshots: readonly InsightJob[][]
}

const NO_READS: RowInsightReads = { cursors: [], snapshots: [] }

/** The reads the rows call for, among the ids given (row-insight-reads.ts wantedReads with the rule's threshold). */
export type PlanReads = (rows: readonly FleetRow[], ids: ReadonlySet<string>) => Wanted[]

/**
 * The reads for rows that are or were on screen; each is made only while its row is on screen. Nothing
 * is read before `plan` is known (it loads with the rules, after the first paint).
 */
export function useRowInsights(rows: readonly FleetRow[] | undefined, onScreen: Pick<OnScreen, 'visible' | 'seen'>, plan: PlanReads | undefined): RowInsightReads {
  const wanted = useMemo(() => (rows && plan ? plan(rows, onScreen.seen) : []), [rows, onScreen.seen, plan])
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

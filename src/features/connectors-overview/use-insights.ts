// The insights (lib/connector-insights.ts) per connector, for the rows' flags. Not needed for the first
// screen, so their code (insight-rules.ts) starts loading in the effects of the render that draws the
// rows (`ready`), which run after that render is painted, and they are worked out in a deferred render
// from the jobs window (a few hundred milliseconds over 5,000 jobs). Two rules need what the window
// leaves out — the sync cursor (cursor stall) and the connector snapshots (config blame) — so for rows
// on screen that could show them, use-row-insights.ts reads those per connector, and the rules run on
// each read.
import { useDeferredValue, useEffect, useMemo, useState } from 'react'
import type { FleetConnector, JobWindow } from '../../api/fleet.ts'
import type { Insight } from '../../lib/connector-insights.ts'
import type { FleetRow } from './fleet-rows.ts'
import type { OnScreen } from './use-on-screen.ts'
import { useRowInsights } from './use-row-insights.ts'

type InsightsModule = typeof import('./insight-rules.ts')

const NONE: ReadonlyMap<string, Insight[]> = new Map()

export function useInsights(
  window: JobWindow | undefined,
  connectors: readonly FleetConnector[] | undefined,
  now: number,
  ready: boolean,
  rows: readonly FleetRow[] | undefined,
  onScreen: Pick<OnScreen, 'visible' | 'seen'>,
) {
  const [rules, setRules] = useState<InsightsModule | undefined>(undefined)
  useEffect(() => {
    if (!ready || rules) return undefined
    let live = true
    void import('./insight-rules.ts').then((module) => {
      if (live) setRules(module)
    })
    return () => {
      live = false
    }
  }, [ready, rules])
  const reads = useRowInsights(rows, onScreen, rules?.planReads)
  const deferred = useDeferredValue(window)
  return useMemo(() => {
    if (!rules || !deferred || !connectors) return NONE
    const found = [
      ...rules.connectorInsights(deferred.jobs, connectors, now),
      ...reads.cursors.flatMap((jobs) => rules.cursorStalls(jobs)),
      ...reads.snapshots.flatMap((jobs) => rules.configBlame(jobs)),
    ]
    const byConnector = new Map<string, Insight[]>()
    for (const insight of found) {
      const list = byConnector.get(insight.connectorId)
      if (list) list.push(insight)
      else byConnector.set(insight.connectorId, [insight])
    }
    return byConnector
  }, [rules, deferred, connectors, now, reads])
}

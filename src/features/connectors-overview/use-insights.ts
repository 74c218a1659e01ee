// The insights (lib/connector-insights.ts) per connector, for the rows' flags. Not needed for the first
// screen, so their code loads once the table is painted, and they are worked out in a deferred render
// from the jobs window (a few hundred milliseconds over 5,000 jobs).
import { useDeferredValue, useEffect, useMemo, useState } from 'react'
import type { FleetConnector, JobWindow } from '../../api/fleet.ts'
import type { Insight } from '../../lib/connector-insights.ts'

type InsightsModule = typeof import('../../lib/connector-insights.ts')

const NONE: ReadonlyMap<string, Insight[]> = new Map()

export function useInsights(window: JobWindow | undefined, connectors: readonly FleetConnector[] | undefined, now: number, ready: boolean) {
  const [rules, setRules] = useState<InsightsModule | undefined>(undefined)
  useEffect(() => {
    if (!ready || rules) return undefined
    let live = true
    void import('../../lib/connector-insights.ts').then((module) => {
      if (live) setRules(module)
    })
    return () => {
      live = false
    }
  }, [ready, rules])
  const deferred = useDeferredValue(window)
  return useMemo(() => {
    if (!rules || !deferred || !connectors) return NONE
    const byConnector = new Map<string, Insight[]>()
    for (const insight of rules.connectorInsights(deferred.jobs, connectors, now)) {
      const list = byConnector.get(insight.connectorId)
      if (list) list.push(insight)
      else byConnector.set(insight.connectorId, [insight])
    }
    return byConnector
  }, [rules, deferred, connectors, now])
}

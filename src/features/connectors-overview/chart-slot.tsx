// Where the outcome chart goes, holding its place: the chart's code loads, and the chart is drawn,
// once the table is painted (useAfterPaint). The wait is this slot's own state, so the moment the
// chart may start re-renders the slot, not the whole overview.
import { lazy, Suspense, useDeferredValue } from 'react'
import type { JobWindow } from '../../api/fleet.ts'
import type { OutcomePeriod } from '../../lib/outcome-buckets.ts'
import { useAfterPaint } from './use-after-paint.ts'

const OutcomeChart = lazy(() => import('./outcome-chart.tsx'))

const loading = <p className="muted chart-loading">Loading the chart…</p>

export function ChartSlot({
  window,
  now,
  period,
  onPeriod,
  connectorNames,
}: {
  window: JobWindow
  now: number
  period: OutcomePeriod
  onPeriod: (period: OutcomePeriod) => void
  connectorNames: ReadonlyMap<string, string>
}) {
  const painted = useAfterPaint(true)
  const deferred = useDeferredValue(window)
  return (
    <div className="chart-slot">
      {painted ? (
        <Suspense fallback={loading}>
          <OutcomeChart jobs={deferred.jobs} window={deferred} now={now} period={period} onPeriod={onPeriod} connectorNames={connectorNames} />
        </Suspense>
      ) : (
        loading
      )}
    </div>
  )
}

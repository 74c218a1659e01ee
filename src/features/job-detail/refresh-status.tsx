// How fresh the page is: when it was last updated, whether and how often it keeps refreshing, and a
// failed refresh (the data shown stays; transient failures are retried by the query client). Before
// the job has loaded, it says that the last attempt failed and when the page tries again — never
// "loading" while nothing is.
import type { EsError } from '../../api/es-error.ts'
import { RefreshDot, RefreshFailed } from '../../components/refresh-marks.tsx'
import { useWallClock } from '../../hooks/use-now.ts'
import { formatRelative } from '../../lib/time.ts'

/** What the page does next: refresh fast, refresh slowly while suspended, stop, or try to load again. */
export type RefreshPlan = { kind: 'moving' } | { kind: 'suspended'; everyMs: number } | { kind: 'finished' } | { kind: 'reloading'; everyMs: number }

const every = (ms: number) => `every ${Math.round(ms / 1000)} s`

function planText(plan: RefreshPlan): string {
  switch (plan.kind) {
    case 'moving':
      return 'refreshing every few seconds while the job is active'
    case 'suspended':
      return `refreshing ${every(plan.everyMs)} while it is suspended: it waits for its connector service to restart`
    case 'finished':
      return 'not refreshing: the job has finished'
    case 'reloading':
      return `trying again ${every(plan.everyMs)}`
  }
}

export function RefreshStatus({
  updatedAt,
  plan,
  fetching,
  error,
}: {
  /** Epoch ms of the last successful read; 0 when the job has not loaded yet. */
  updatedAt: number
  plan: RefreshPlan
  fetching: boolean
  error: EsError | undefined
}) {
  // "Updated … ago" keeps growing while refreshes fail: that is how stale the page is.
  const now = useWallClock(1000)
  return (
    <p className="refresh-status muted">
      <span>{updatedAt > 0 ? `Updated ${formatRelative(updatedAt, now)}` : 'Not loaded: the last attempt failed'}</span>
      <span aria-hidden="true"> · </span>
      <span>{planText(plan)}</span>
      {fetching ? <RefreshDot /> : null}
      {error && updatedAt > 0 ? <RefreshFailed error={error} /> : null}
    </p>
  )
}

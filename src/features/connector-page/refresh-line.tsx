// How fresh the connector page is: when it was last updated, that it refreshes every 30 s while the
// tab is visible, and a failed refresh (the data shown stays; transient failures are retried).
import type { EsError } from '../../api/es-error.ts'
import { RefreshDot, RefreshFailed } from '../../components/refresh-marks.tsx'
import { useWallClock } from '../../hooks/use-now.ts'
import { formatRelative } from '../../lib/time.ts'

export function RefreshLine({ updatedAt, everyMs, fetching, error }: { updatedAt: number; everyMs: number; fetching: boolean; error: EsError | undefined }) {
  // "Updated … ago" keeps growing while refreshes fail: that is how stale the page is.
  const now = useWallClock(1000)
  return (
    <p className="refresh-line muted">
      Updated {formatRelative(updatedAt, now)} · refreshing every {Math.round(everyMs / 1000)} s while this tab is visible
      {fetching ? <RefreshDot /> : null}
      {error ? <RefreshFailed error={error} /> : null}
    </p>
  )
}

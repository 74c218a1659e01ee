// How fresh the list is ("updated 4 s ago"), how often it refreshes by itself, and a manual refresh.
import { useNow } from '../../components/use-now.ts'
import { formatAge } from '../../lib/format.ts'

export function RefreshIndicator({
  updatedAt,
  intervalMs,
  fetching,
  onRefresh,
}: {
  /** Epoch ms of the last successful fetch; 0 before the first. */
  updatedAt: number
  intervalMs: number
  fetching: boolean
  onRefresh: () => void
}) {
  const now = useNow(1000)
  return (
    <div className="refresh-indicator">
      <span className="refresh-text">
        {updatedAt > 0 ? `Updated ${formatAge(Math.max(0, now - updatedAt))} ago` : 'Loading…'}
        <span className="muted"> · every {Math.round(intervalMs / 1000)} s while the tab is visible</span>
      </span>
      <button type="button" className="button small" onClick={onRefresh} disabled={fetching} aria-busy={fetching || undefined}>
        {fetching ? 'Refreshing…' : 'Refresh'}
      </button>
    </div>
  )
}

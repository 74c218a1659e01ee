// How fresh the list is ("updated 4 s ago"), how often it refreshes by itself, and a manual refresh.
// While the cluster cannot be read it says so instead of "Loading…": a cold load during an outage has
// nothing loading, only attempts failing.
import { useState } from 'react'
import { useNow } from '../../hooks/use-now.ts'
import { formatAge } from '../../lib/format.ts'
import { Button } from '../../components/ui/button.tsx'

export function RefreshIndicator({
  updatedAt,
  intervalMs,
  fetching,
  failing,
  onRefresh,
}: {
  /** Epoch ms of the last successful fetch; 0 before the first. */
  updatedAt: number
  intervalMs: number
  fetching: boolean
  /** The latest attempt failed (the page's error panel says why). */
  failing: boolean
  onRefresh: () => Promise<unknown>
}) {
  const now = useNow(1000)
  // Only a refresh the operator asked for shows as busy: background polls every few seconds must
  // not make the button flicker.
  const [asked, setAsked] = useState(false)
  const busy = asked && fetching
  return (
    <div className="refresh-indicator">
      <span className="refresh-text">
        {updatedAt > 0
          ? `Updated ${formatAge(Math.max(0, now - updatedAt))} ago${failing ? ', the last refresh failed' : ''}`
          : failing
            ? 'Not loaded: the last attempt failed'
            : 'Loading…'}
        <span className="muted">
          {failing ? ' · trying again' : ''} · every {Math.round(intervalMs / 1000)} s while the tab is visible
        </span>
      </span>
      <Button
        size="small"
        className="refresh-button"
        aria-busy={busy || undefined}
        onClick={() => {
          if (busy) return
          setAsked(true)
          void onRefresh().finally(() => setAsked(false))
        }}
      >
        {busy ? 'Refreshing…' : 'Refresh'}
      </Button>
    </div>
  )
}

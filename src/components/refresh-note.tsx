// When a fleet page (the connectors overview, the workers page) last heard from the cluster, that it
// refreshes on its own every 30 s (while the tab is visible), and a button to refresh now.
import { formatRelative } from '../lib/time.ts'
import { useWallClock } from '../hooks/use-now.ts'
import { Button } from './ui/button.tsx'
import './refresh-note.css'

export function RefreshNote({ updatedAt, fetching, onRefresh, intervalMs }: { updatedAt: number; fetching: boolean; onRefresh: () => void; intervalMs: number }) {
  const now = useWallClock(1000)
  return (
    <div className="refresh-note">
      <span className="muted small">
        {updatedAt > 0 ? `Updated ${formatRelative(updatedAt, now)}` : 'Not loaded yet'} · refreshes every {Math.round(intervalMs / 1000)} s
      </span>
      <Button size="small" onClick={onRefresh} disabled={fetching}>
        {fetching ? 'Refreshing…' : 'Refresh'}
      </Button>
    </div>
  )
}

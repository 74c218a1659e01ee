// The watch switch of one job (issue 12, "Watch a job"): pressed while this browser watches it
// (lib/watched-jobs.ts through hooks/use-watched-jobs.ts). The job page shows it with its word, the
// list's rows as a star; its name says which job either way.
import { useIsWatched, watchStore } from '../hooks/use-watched-jobs.ts'
import { Button } from './ui/button.tsx'

export function WatchToggle({ id, compact = false, className }: { id: string; compact?: boolean; className?: string }) {
  const watched = useIsWatched(id)
  return (
    <Button
      size="small"
      variant={compact ? 'ghost' : 'default'}
      className={['watch-button', className].filter(Boolean).join(' ')}
      aria-pressed={watched}
      aria-label={compact ? `Watch job ${id}` : undefined}
      title={watched ? 'Watched: the tab title and a notification say when it ends, fails or gets stuck. Click to stop watching.' : 'Watch: hear when it ends, fails or gets stuck'}
      onClick={() => (watched ? watchStore().unwatch(id) : watchStore().watch(id))}
    >
      <span aria-hidden="true">{watched ? '★' : '☆'}</span>
      {compact ? null : ' Watch'}
    </Button>
  )
}

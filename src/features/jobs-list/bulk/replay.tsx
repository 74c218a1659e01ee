// Incident replay: "Re-run failed syncs" over the current view (its filters, "created within"
// included). It first fetches the view's failed jobs and shows, in Run again's confirmation, the
// connectors and job types it would start — one per family, connectors with one already pending or
// running skipped — then runs through the same bulk machinery under a name that says what it was:
// "Replay of 14 failed syncs, 02:00–06:00". The jobs it created can be listed afterwards (?action=).
import { useId } from 'react'
import { Button } from '../../../components/ui/button.tsx'
import type { BulkJob } from '../../../lib/bulk-eligibility.ts'
import { clockText, dayClockText, parseTimestamp } from '../../../lib/time.ts'
import { READ_ONLY_WORDS } from './bulk-toolbar.tsx'
import { plural } from './bulk-words.ts'

/** "Replay of 14 failed syncs, 02:00–06:00" (with the day when the failures span more than one). */
export function replayTitle(jobs: readonly BulkJob[]): string {
  const times = jobs.map((job) => parseTimestamp(job.created_at)).filter((time): time is number => time !== undefined)
  const base = `Replay of ${plural(jobs.length, 'failed sync')}`
  if (times.length === 0) return base
  const from = Math.min(...times)
  const to = Math.max(...times)
  const sameDay = new Date(from).toDateString() === new Date(to).toDateString()
  const format = sameDay ? clockText : dayClockText
  const [start, end] = [format(from), format(to)]
  return start === end ? `${base}, ${start}` : `${base}, ${start}–${end}`
}

export function ReplayBar({
  readOnly,
  available,
  busy,
  error,
  onReplay,
}: {
  readOnly: boolean
  /** The view can be listed whole (not narrowed by stuck flags or a failure group). */
  available: boolean
  busy: boolean
  error: string | undefined
  onReplay: () => void
}) {
  const reasonId = useId()
  if (!available) return null
  return (
    <div className="replay-bar">
      {readOnly ? (
        <>
          <Button size="small" aria-disabled="true" aria-describedby={reasonId}>
            Re-run failed syncs
          </Button>
          <span id={reasonId} className="muted">
            {READ_ONLY_WORDS}
          </span>
        </>
      ) : (
        <Button size="small" onClick={onReplay} disabled={busy}>
          {busy ? 'Finding failed syncs…' : 'Re-run failed syncs'}
        </Button>
      )}
      {error ? (
        <span className="field-error" role="alert">
          Could not list the failed syncs: {error}
        </span>
      ) : null}
    </div>
  )
}

// A bulk action's progress and results: how many are done out of how many, a Stop button while it
// runs (what is in flight finishes; the rest is not started), then a result per job — done, skipped,
// refused with Elasticsearch's reason, not found, failed — the ones that did not go through first,
// and "Retry the failed ones", which re-runs only those (lib/bulk-runner.ts).
import { useEffect, useRef } from 'react'
import { Link } from 'react-router'
import { Button } from '../../../components/ui/button.tsx'
import { paths } from '../../../config/paths.ts'
import type { BulkItemState, BulkItemView, BulkSnapshot } from '../../../lib/bulk-runner.ts'
import { outcomeWords } from './recent-actions.ts'
import type { BulkTask } from './use-bulk-run.ts'

function resultWords(state: BulkItemState): { text: string; tone: 'ok' | 'bad' | 'muted' } {
  if (state.phase === 'queued') return { text: 'Waiting', tone: 'muted' }
  if (state.phase === 'running') return { text: 'Sending…', tone: 'muted' }
  if (state.phase === 'not-started') return { text: 'Not started (stopped)', tone: 'muted' }
  const { outcome } = state
  switch (outcome.kind) {
    case 'done':
      return { text: outcome.detail ?? 'Done', tone: 'ok' }
    case 'skipped':
      return { text: outcome.reason, tone: 'muted' }
    case 'refused':
      return { text: `Refused: ${outcome.reason}`, tone: 'bad' }
    case 'not-found':
      return { text: outcome.reason, tone: 'bad' }
    case 'failed':
      return { text: `Failed: ${outcome.reason}`, tone: 'bad' }
  }
}

/** Problems first, then the rest in their order. */
function resultOrder(item: BulkItemView<BulkTask>): number {
  const { state } = item
  if (state.phase !== 'settled') return 1
  return state.outcome.kind === 'done' || state.outcome.kind === 'skipped' ? 2 : 0
}

export function BulkRunPanel({
  name,
  snapshot,
  onStop,
  onRetry,
  onClose,
  actionId,
}: {
  name: string
  snapshot: BulkSnapshot<BulkTask>
  onStop: () => void
  onRetry: () => void
  onClose: () => void
  actionId: string
}) {
  const { counts, active, stopping, retryable } = snapshot
  const settled = counts.total - counts.queued - counts.running
  const headingRef = useRef<HTMLHeadingElement>(null)
  // The panel is what the confirmation led to: focus moves to it (the dialog's opener may be gone).
  useEffect(() => headingRef.current?.focus(), [])
  const items = [...snapshot.items].sort((a, b) => resultOrder(a) - resultOrder(b))
  const created = snapshot.items.some((item) => item.state.phase === 'settled' && item.state.outcome.kind === 'done' && item.state.outcome.createdId)
  return (
    <section className="bulk-run" aria-labelledby="bulk-run-heading">
      <h2 id="bulk-run-heading" ref={headingRef} tabIndex={-1} className="bulk-run-heading">
        {name}
      </h2>
      <div className="bulk-run-progress">
        <progress max={counts.total} value={settled} aria-label={`${name}: progress`} />
        <output aria-live="polite">
          {active ? (stopping ? 'Stopping: waiting for the requests already sent · ' : `${settled} of ${counts.total} · `) : 'Finished · '}
          {outcomeWords(counts)}
        </output>
      </div>
      <div className="bulk-run-buttons">
        {active ? (
          <Button variant="danger" onClick={onStop} disabled={stopping}>
            Stop
          </Button>
        ) : (
          <>
            {retryable > 0 ? (
              <Button variant="primary" onClick={onRetry}>
                Retry the failed ones ({retryable})
              </Button>
            ) : null}
            {created ? <Link to={`${paths.jobs}?${new URLSearchParams({ action: actionId }).toString()}`}>Show the jobs it created</Link> : null}
            <Button onClick={onClose}>Close</Button>
          </>
        )}
      </div>
      <details className="bulk-results" open={!active && counts.total - counts.done - counts.skipped > 0}>
        <summary>Result per job</summary>
        <ul>
          {items.map((item) => {
            const words = resultWords(item.state)
            return (
              <li key={item.key} className={`result-${words.tone}`}>
                <span className="mono">{item.input.label}</span> — {words.text}
              </li>
            )
          })}
        </ul>
      </details>
    </section>
  )
}

// The bar above the table while jobs are selected: how many, "Select all N matching" (up to the
// 10,000 window), Clear, and one button per bulk action saying how many of the selected jobs it
// applies to ("Cancel 12 of 30"). In read-only mode the actions stay visible, disabled, with the reason.
import { useId } from 'react'
import { Button } from '../../../components/ui/button.tsx'
import { BULK_ACTIONS, eligibleCount, type BulkAction, type BulkJob } from '../../../lib/bulk-eligibility.ts'
import { formatCount } from '../../../lib/format.ts'
import { plural } from './bulk-words.ts'

export const BULK_LABELS: Record<BulkAction, string> = {
  cancel: 'Cancel',
  markFailed: 'Mark as failed',
  delete: 'Delete',
  runAgain: 'Run again',
}

export const READ_ONLY_WORDS = 'Read-only mode: this server refuses changes.'

export interface MatchingState {
  /** Jobs the filters match (Elasticsearch's count). */
  count: number
  /** How many "select all" can take: the count, capped at the 10,000 window. */
  reachable: number
  loading: boolean
  error: string | undefined
}

export function BulkToolbar({
  selected,
  matching,
  readOnly,
  busy,
  onSelectMatching,
  onClear,
  onAction,
}: {
  selected: readonly BulkJob[]
  matching: MatchingState | undefined
  readOnly: boolean
  /** A bulk action runs: no other may start. */
  busy: boolean
  onSelectMatching: () => void
  onClear: () => void
  onAction: (action: BulkAction) => void
}) {
  const reasonId = useId()
  const total = selected.length
  return (
    // A fieldset named by its legend: "3 jobs selected", then what can be done to them.
    <fieldset className="bulk-toolbar">
      <legend className="bulk-count">{plural(total, 'job')} selected</legend>
      {matching && matching.reachable > total ? (
        <Button size="small" onClick={onSelectMatching} disabled={matching.loading}>
          {matching.loading
            ? 'Selecting…'
            : matching.reachable < matching.count
              ? `Select the first ${formatCount(matching.reachable)} of ${formatCount(matching.count)} matching`
              : `Select all ${formatCount(matching.reachable)} matching`}
        </Button>
      ) : null}
      <Button size="small" variant="ghost" onClick={onClear}>
        Clear selection
      </Button>
      {matching?.error ? (
        <span className="field-error" role="alert">
          Could not select every matching job: {matching.error}
        </span>
      ) : null}
      <span className="bulk-actions">
        {BULK_ACTIONS.map((action) => {
          const count = eligibleCount(action, selected)
          const label = `${BULK_LABELS[action]} ${formatCount(count)} of ${formatCount(total)}`
          if (readOnly) {
            return (
              // aria-disabled keeps it focusable, so keyboard users find the reason too (as New sync job does).
              <Button key={action} size="small" aria-disabled="true" aria-describedby={reasonId}>
                {label}
              </Button>
            )
          }
          return (
            <Button key={action} size="small" variant={action === 'runAgain' ? 'default' : 'danger'} disabled={busy || count === 0} onClick={() => onAction(action)}>
              {label}
            </Button>
          )
        })}
      </span>
      {readOnly ? (
        <span id={reasonId} className="muted bulk-reason">
          {READ_ONLY_WORDS}
        </span>
      ) : null}
    </fieldset>
  )
}

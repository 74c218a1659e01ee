// Counts per status under the current connector and job-type filters; each chip chooses statuses
// (the chosen ones are pressed). A click chooses only that status; Ctrl, ⌘ or Shift with the click,
// or the "Choose several" toggle before them, adds or removes it instead, so a keyboard user can build
// `status=error,canceled` too. The words carry the meaning, the colours only help.
import { useState, type MouseEvent } from 'react'
import type { SyncStatus } from '../../../contract/es-connector-types.ts'
import { StatusDot } from '../../components/status-badge.tsx'
import { STATUS_LABELS } from '../../lib/labels.ts'
import { formatCount } from '../../lib/format.ts'
import { countMayBeCapped } from '../../lib/paging.ts'
import { COUNTED_STATUSES } from '../../api/sync-jobs.ts'
import type { StatusCounts } from './use-status-counts.ts'

/** The statuses after a chip's click: only it, or (adding) it toggled in the current set. "" is every status. */
export function chooseStatus(current: readonly SyncStatus[], status: SyncStatus | '', adding: boolean): SyncStatus[] {
  if (status === '') return []
  if (!adding) return [status]
  return current.includes(status) ? current.filter((s) => s !== status) : [...current, status]
}

const modified = (event: MouseEvent) => event.ctrlKey || event.metaKey || event.shiftKey

export function StatusChips({
  counts,
  current,
  onSelect,
  note,
}: {
  counts: StatusCounts
  current: readonly SyncStatus[]
  onSelect: (statuses: SyncStatus[]) => void
  /** What the counts cover when that is not what the list shows (e.g. every connector). */
  note?: string
}) {
  const [several, setSeveral] = useState(current.length > 1)
  return (
    // Named without "status": tests and people find the Status select by that label. The toggle sits
    // before the group, which holds one button per status and nothing else.
    <div className="status-chips-row">
      <button
        type="button"
        className="chip chip-several"
        aria-pressed={several}
        title="When on, each status chip adds or removes its status (Ctrl- or Shift-click does the same)"
        onClick={() => setSeveral(!several)}
      >
        Choose several
      </button>
      <fieldset className="status-chips">
        <legend className="visually-hidden">Job counts</legend>
        {COUNTED_STATUSES.map((status) => {
          const count = counts[status]
          const pressed = status === '' ? current.length === 0 : current.includes(status)
          return (
            <button
              key={status || 'all'}
              type="button"
              className={`chip chip-${status || 'all'}`}
              aria-pressed={pressed}
              onClick={(event) => onSelect(chooseStatus(current, status, several || modified(event)))}
            >
              {status ? <StatusDot status={status} /> : null}
              <span className="chip-label">{status ? STATUS_LABELS[status] : 'All'}</span>{' '}
              <span className="chip-count" title={count === null ? 'The count could not be fetched' : undefined}>
                {count === undefined ? '…' : count === null ? '—' : countMayBeCapped(count) ? `${formatCount(count)}+` : formatCount(count)}
              </span>
            </button>
          )
        })}
      </fieldset>
      {note ? <p className="chips-note muted">{note}</p> : null}
    </div>
  )
}

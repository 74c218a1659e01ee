// "Status": one status, or every one. Several (which the list merges from one stream per status)
// are chosen with the status chips; the select then says how many and offers the single ones.
// A choice applies once it is settled. A mouse or the open option list (Alt+↓, Space) gives one
// change, applied at once. The arrow keys, Home, End and typing on the closed select move the value
// one option per key press, each firing a change: those steps are held and applied on Enter or on
// leaving the field (Escape goes back), so arrowing from "All statuses" to "Failed" is one history
// entry and one list request instead of six.
import { useId, useRef, useState, type KeyboardEvent } from 'react'
import { SYNC_STATUSES, type SyncStatus } from '../../../contract/es-connector-types.ts'
import { STATUS_LABELS } from '../../lib/labels.ts'

type Choice = SyncStatus | ''
/** The select's value while several statuses are chosen: an option that cannot be picked again. */
const SEVERAL = 'several'

/** Keys that step a closed select's value in Chromium and Firefox (Alt+↓ opens the list instead). */
function steps(event: KeyboardEvent): boolean {
  if (event.altKey || event.ctrlKey || event.metaKey) return false
  return ['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home', 'End', 'PageUp', 'PageDown'].includes(event.key) || (event.key.length === 1 && event.key !== ' ')
}

export function StatusSelect({ value: statuses, onChange: onStatuses }: { value: readonly SyncStatus[]; onChange: (statuses: SyncStatus[]) => void }) {
  const value: Choice | typeof SEVERAL = statuses.length === 0 ? '' : statuses.length === 1 ? (statuses[0] ?? '') : SEVERAL
  const onChange = (choice: Choice | typeof SEVERAL) => {
    if (choice !== SEVERAL) onStatuses(choice ? [choice] : [])
  }
  const id = useId()
  const hintId = useId()
  // True between the keydown and keyup of a stepping key: the change events in between are steps.
  const stepping = useRef(false)
  // A stepped-to choice not applied yet, and the value it was stepped from (a newer value drops it).
  const [held, setHeld] = useState<{ choice: Choice | typeof SEVERAL; from: Choice | typeof SEVERAL } | null>(null)
  const pending = held !== null && held.from === value ? held.choice : null

  const settle = () => {
    if (pending === null) return
    setHeld(null)
    if (pending !== value) onChange(pending)
  }

  return (
    <div className="filter-field">
      <span className="filter-label-row">
        <label htmlFor={id}>Status</label>
        {pending !== null && pending !== value ? (
          <span id={hintId} className="filter-hint">
            Enter applies · Esc goes back
          </span>
        ) : null}
      </span>
      <select
        id={id}
        value={pending ?? value}
        aria-describedby={pending !== null && pending !== value ? hintId : undefined}
        onKeyDown={(event) => {
          if (steps(event)) stepping.current = true
          else if (event.key === 'Enter' && pending !== null) {
            event.preventDefault()
            settle()
          } else if (event.key === 'Escape' && pending !== null) {
            event.preventDefault()
            setHeld(null)
          }
        }}
        onKeyUp={() => {
          stepping.current = false
        }}
        onBlur={() => {
          stepping.current = false
          settle()
        }}
        onChange={(event) => {
          const next = event.target.value as Choice | typeof SEVERAL
          if (stepping.current) setHeld({ choice: next, from: value })
          else {
            setHeld(null)
            onChange(next)
          }
        }}
      >
        <option value="">All statuses</option>
        {statuses.length > 1 ? (
          <option value={SEVERAL} disabled>
            {statuses.length} statuses
          </option>
        ) : null}
        {SYNC_STATUSES.map((status) => (
          <option key={status} value={status}>
            {STATUS_LABELS[status]}
          </option>
        ))}
      </select>
    </div>
  )
}

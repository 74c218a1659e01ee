// The selection checkboxes: one per row, named after its job ("Select job <id>"), where a Shift-click
// selects or unselects every row since the last click; and the header's "Select all on this page",
// mixed when only some rows are. Outside a selection context (no bulk actions) they render nothing.
import { useEffect, useRef, type MouseEvent } from 'react'
import type { BulkJob } from '../../../lib/bulk-eligibility.ts'
import { useIsSelected, usePageSelection, useSelectionStore } from './selection.ts'

export function RowSelectBox({ job }: { job: BulkJob }) {
  const store = useSelectionStore()
  const checked = useIsSelected(store, job.id)
  // A checkbox's change comes from a click (Space included), which says whether Shift was held. The
  // click is read on its own: a change event's own type differs between runtimes (React hands over
  // the click, Preact the native `change`, which has no shiftKey).
  const shift = useRef(false)
  if (!store) return null
  const onChange = () => {
    store.toggle(job, { range: shift.current })
    shift.current = false
  }
  return (
    <input
      type="checkbox"
      className="select-box"
      aria-label={`Select job ${job.id}`}
      checked={checked}
      onClick={(event: MouseEvent<HTMLInputElement>) => {
        shift.current = event.shiftKey
      }}
      onChange={onChange}
    />
  )
}

export function PageSelectBox() {
  const store = useSelectionStore()
  const state = usePageSelection(store)
  const ref = useRef<HTMLInputElement>(null)
  useEffect(() => {
    if (ref.current) ref.current.indeterminate = state === 'some'
  }, [state])
  if (!store) return null
  return (
    <input
      ref={ref}
      type="checkbox"
      className="select-box"
      aria-label="Select all on this page"
      checked={state === 'all'}
      onChange={() => store.setMany(store.pageRows(), state !== 'all')}
    />
  )
}

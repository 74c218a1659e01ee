// The selection checkboxes: one per row, named after its job ("Select job <id>"), where a Shift-click
// selects or unselects every row since the last click; and the header's "Select all on this page",
// mixed when only some rows are. Outside a selection context (no bulk actions) they render nothing.
import { useEffect, useRef, type ChangeEvent } from 'react'
import type { BulkJob } from '../../../lib/bulk-eligibility.ts'
import { useIsSelected, usePageSelection, useSelectionStore } from './selection.ts'

export function RowSelectBox({ job }: { job: BulkJob }) {
  const store = useSelectionStore()
  const checked = useIsSelected(store, job.id)
  if (!store) return null
  // A checkbox's change comes from a click (Space included), which says whether Shift was held.
  const onChange = (event: ChangeEvent<HTMLInputElement>) => {
    const native = event.nativeEvent
    store.toggle(job, { range: native instanceof MouseEvent && native.shiftKey })
  }
  return <input type="checkbox" className="select-box" aria-label={`Select job ${job.id}`} checked={checked} onChange={onChange} />
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

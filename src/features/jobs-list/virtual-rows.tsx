// The table body for large pages (more than VIRTUAL_THRESHOLD rows; loaded only for them): only the rows in view (plus a
// margin) are in the DOM; spacer rows around them keep the scroll height, so the table keeps its
// real semantics (rows stay `tr` in a `tbody`, with aria-rowindex for their place in the page). The
// row holding focus and its neighbours stay rendered when scrolled away, so focus is never dropped
// and the arrow keys always find the next row; the row focused in the plain rows it replaces gets
// focus back on mount (FocusHandover). Wide rows and cards alike: rows are measured.
import type { Row } from '@tanstack/react-table'
import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual'
import { useLayoutEffect, useRef, useState, type FocusEvent, type ReactNode, type RefObject } from 'react'
import type { jobTableFeatures } from './job-columns.tsx'
import type { JobRow } from './job-row.ts'
import { JobTableRow } from './job-table-row.tsx'
import type { FocusHandover } from './large-page.ts'
import { rowControls } from './row-keys.ts'
import { SpacerRow } from '../../components/spacer-row.tsx'

/** The rows to render: those in view plus the focused row and its neighbours. */
function withFocused(range: Range, focused: number | undefined): number[] {
  const indexes = defaultRangeExtractor(range)
  if (focused === undefined) return indexes
  const wanted = [focused - 1, focused, focused + 1].filter((index) => index >= 0 && index < range.count && !indexes.includes(index))
  return wanted.length === 0 ? indexes : [...indexes, ...wanted].sort((a, b) => a - b)
}

export function VirtualRows({
  rows,
  columnCount,
  scrollRef,
  estimatedRowPx,
  handover,
}: {
  rows: Row<typeof jobTableFeatures, JobRow>[]
  columnCount: number
  scrollRef: RefObject<HTMLElement | null>
  /** A row's height before it is measured: a two-line table row, or a card. */
  estimatedRowPx: number
  /** The row that held focus in the plain rows this body replaces: it gets focus back. */
  handover?: FocusHandover
}) {
  // Taken once, on mount: the row focused before the hand-over, and which of its controls.
  const [restore] = useState(() => {
    const held = handover?.take()
    const index = held ? rows.findIndex((row) => row.id === held.jobId) : -1
    return held && index >= 0 ? { index, control: held.control } : undefined
  })
  const [focused, setFocused] = useState<number | undefined>(restore?.index)
  const bodyRef = useRef<HTMLTableSectionElement>(null)
  // Until the virtualiser has measured its scroll box it renders no rows, so the restore waits for
  // the first commit that has the row. Only if focus fell to the document body with the replaced
  // rows: if the operator has moved on to something else meanwhile, focus stays there.
  const pendingRestore = useRef(restore)
  useLayoutEffect(() => {
    const pending = pendingRestore.current
    if (!pending) return
    const tr = bodyRef.current?.querySelector(`tr[data-index="${pending.index}"]`)
    if (!tr) return
    pendingRestore.current = undefined
    const active = document.activeElement
    if (active && active !== document.body) return
    const controls = rowControls(tr)
    controls[Math.min(pending.control, controls.length - 1)]?.focus()
  })
  // Not memoised by design (the React Compiler is not used here); the virtualizer re-renders this body only.
  // oxlint-disable-next-line react/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => estimatedRowPx,
    getItemKey: (index) => rows[index]?.id ?? index,
    overscan: 8,
    rangeExtractor: (range) => withFocused(range, focused),
  })
  const items = virtualizer.getVirtualItems()
  // Rows and, wherever rows are left out (above, between the focused row and the view, below), a spacer.
  const body: ReactNode[] = []
  let end = 0
  for (const item of items) {
    const row = rows[item.index]
    if (!row) continue
    if (item.start > end) body.push(<SpacerRow key={`gap-${item.index}`} height={item.start - end} columnCount={columnCount} />)
    body.push(<JobTableRow key={row.id} row={row} rowIndex={item.index + 2} virtualIndex={item.index} measureRef={virtualizer.measureElement} />)
    end = item.end
  }
  const bottom = virtualizer.getTotalSize() - end
  if (bottom > 0) body.push(<SpacerRow key="gap-end" height={bottom} columnCount={columnCount} />)

  const onFocus = (event: FocusEvent<HTMLElement>) => {
    const index = Number(event.target.closest('tr')?.dataset.index)
    if (Number.isInteger(index) && index !== focused) setFocused(index)
  }
  const onBlur = (event: FocusEvent<HTMLElement>) => {
    if (!(event.relatedTarget instanceof Node && event.currentTarget.contains(event.relatedTarget))) setFocused(undefined)
  }
  return (
    // Focus events only record which row holds focus; the body is no control itself.
    // oxlint-disable-next-line jsx-a11y/no-noninteractive-element-interactions
    <tbody ref={bodyRef} onFocus={onFocus} onBlur={onBlur}>
      {body}
    </tbody>
  )
}

// The table body for large pages (more than VIRTUAL_THRESHOLD rows; loaded only for them): only the rows in view (plus a
// margin) are in the DOM; spacer rows above and below keep the scroll height, so the table keeps its
// real semantics (rows stay `tr` in a `tbody`, with aria-rowindex for their place in the page).
import type { Row } from '@tanstack/react-table'
import { useVirtualizer } from '@tanstack/react-virtual'
import type { RefObject } from 'react'
import type { jobTableFeatures } from './job-columns.tsx'
import type { JobRow } from './job-row.ts'
import { JobTableRow } from './job-table-row.tsx'

/** A two-line row (connector name and id); measured rows replace the estimate. */
const ESTIMATED_ROW_PX = 45

export function VirtualRows({
  rows,
  columnCount,
  scrollRef,
}: {
  rows: Row<typeof jobTableFeatures, JobRow>[]
  columnCount: number
  scrollRef: RefObject<HTMLElement | null>
}) {
  // Not memoised by design (the React Compiler is not used here); the virtualizer re-renders this body only.
  // oxlint-disable-next-line react/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ESTIMATED_ROW_PX,
    getItemKey: (index) => rows[index]?.id ?? index,
    overscan: 8,
  })
  const items = virtualizer.getVirtualItems()
  const top = items[0]?.start ?? 0
  const bottom = virtualizer.getTotalSize() - (items[items.length - 1]?.end ?? 0)
  return (
    <tbody>
      {top > 0 ? (
        <tr aria-hidden="true" className="spacer">
          {/* oxlint-disable-next-line jsx-a11y/control-has-associated-label -- an empty spacer, hidden */}
          <td colSpan={columnCount} style={{ height: top }} />
        </tr>
      ) : null}
      {items.map((item) => {
        const row = rows[item.index]
        return row ? (
          <JobTableRow key={row.id} row={row} rowIndex={item.index + 2} virtualIndex={item.index} measureRef={virtualizer.measureElement} />
        ) : null
      })}
      {bottom > 0 ? (
        <tr aria-hidden="true" className="spacer">
          {/* oxlint-disable-next-line jsx-a11y/control-has-associated-label -- an empty spacer, hidden */}
          <td colSpan={columnCount} style={{ height: bottom }} />
        </tr>
      ) : null}
    </tbody>
  )
}

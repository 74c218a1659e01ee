// The "Sync jobs" table: fixed column widths (table-layout: fixed) so values changing under polling
// never shift the layout; rows keyed by job id update in place; large pages are virtualised. On a
// narrow screen it stays a table, of one column: each row is a card. Either way each row is one tab
// stop and the arrow keys move within and between rows (row-keys.ts). A row focused in a large page's
// first, plain rows keeps focus when the virtualiser takes over (FocusHandover, large-page.ts).
import { FlexRender, useTable, type Row } from '@tanstack/react-table'
import { lazy, Suspense, useEffect, useRef, useState, type FocusEvent } from 'react'
import { ScrollRegion } from '../../components/ui/scroll-region.tsx'
import { SpacerRow } from '../../components/spacer-row.tsx'
import { FIRST_ROWS, LEAST_TABLE_ROWS, useRenderedCount } from '../../hooks/use-rendered-count.ts'
import { cardColumns, COLUMN_LAYOUT, jobColumns, jobTableFeatures, TABLE_WIDTH } from './job-columns.tsx'
import type { JobRow } from './job-row.ts'
import { JobTableRow } from './job-table-row.tsx'
import { SkeletonRows } from './skeleton-rows.tsx'
import { FIRST_SCREENFUL, FocusHandover, VIRTUAL_THRESHOLD } from './large-page.ts'
import { moveFocus, rowControls, watchTabStops } from './row-keys.ts'

// The virtualiser is only needed for large pages, so it stays out of the initial bundle.
const loadVirtualRows = () => import('./virtual-rows.tsx')
const VirtualRows = lazy(() => loadVirtualRows().then((module) => ({ default: module.VirtualRows })))

const EMPTY: JobRow[] = []

/** Rows before they are measured: two lines of text in the wide table, a card on a phone (133 px, 180 with flags or an error). */
const ESTIMATED_ROW_PX = { table: 51, cards: 165 }

/**
 * A page's plain rows, drawn a slice per task (the virtualiser draws only what is in view); below the
 * filters, the failure groups and the chips, a phone shows two cards (412 × 823 px); cards are drawn
 * only a screen ahead of the reader, the first of them a task after the page (useRenderedCount's
 * AheadOfReader). A component of its own so that a slice re-renders this body alone, not the table
 * and its column model around it.
 */
function PlainRows({ rows, cards }: { rows: Row<typeof jobTableFeatures, JobRow>[]; cards: boolean }) {
  const body = useRef<HTMLTableSectionElement>(null)
  const rendered = useRenderedCount(rows.length, cards ? 3 : FIRST_ROWS, cards ? 1 : LEAST_TABLE_ROWS, cards ? { aheadOf: body, firstLater: true } : {})
  // The cards not drawn yet keep their place; the next are drawn when this spacer nears the viewport.
  const undrawn = cards ? rows.length - rendered : 0
  return (
    <tbody ref={body}>
      {rows.slice(0, rendered).map((row, index) => (
        <JobTableRow key={row.id} row={row} rowIndex={index + 2} />
      ))}
      {undrawn > 0 ? <SpacerRow height={undrawn * ESTIMATED_ROW_PX.cards} columnCount={1} /> : null}
    </tbody>
  )
}

export function JobsTable({
  rows,
  loading = false,
  stale = false,
  virtualLikely = false,
  cards = false,
}: {
  rows: JobRow[] | undefined
  loading?: boolean
  /** Rows of the previous view, shown dimmed while the new one loads. */
  stale?: boolean
  /** The page will be virtualised: fetch that code now (once the first rows are in, so it does not delay them). */
  virtualLikely?: boolean
  /** One card per job (narrow screens) instead of a row of columns. */
  cards?: boolean
}) {
  useEffect(() => {
    if (virtualLikely) void loadVirtualRows()
  }, [virtualLikely])
  const columns = cards ? cardColumns : jobColumns
  const shape = cards ? 'cards' : 'table'
  const table = useTable({ features: jobTableFeatures, columns, data: rows ?? EMPTY, getRowId: (row) => row.job.id })
  const scrollRef = useRef<HTMLElement>(null)
  const tableRef = useRef<HTMLTableElement>(null)
  useEffect(() => (tableRef.current ? watchTabStops(tableRef.current) : undefined), [])
  const modelRows = table.getRowModel().rows
  const columnCount = columns.length
  const virtual = modelRows.length > VIRTUAL_THRESHOLD
  const [handover] = useState(() => new FocusHandover())
  // The plain rows shown while the virtualiser loads: remember which control holds focus, for the hand-over.
  const recordFocus = (event: FocusEvent<HTMLElement>) => {
    const tr = event.target.closest('tr')
    const row = modelRows[Number(tr?.getAttribute('aria-rowindex')) - 2]
    const control = tr ? rowControls(tr).indexOf(event.target) : -1
    if (row && control >= 0) handover.record(row.id, control)
  }
  const forgetFocus = (event: FocusEvent<HTMLElement>) => {
    // Focus moved elsewhere on the page; a null target is the row being removed (the hand-over itself).
    if (event.relatedTarget instanceof Node && !event.currentTarget.contains(event.relatedTarget)) handover.forget()
  }
  return (
    // The table scrolls sideways (and down, on large pages).
    <ScrollRegion
      ref={scrollRef}
      className={virtual ? 'table-wrap jobs-table-wrap scroll-y' : 'table-wrap jobs-table-wrap'}
      data-stale={stale || undefined}
      label="Sync jobs table, scrollable"
    >
      {/* The keys only move focus between the links and buttons inside; the table is no control itself. */}
      {/* oxlint-disable-next-line jsx-a11y/no-noninteractive-element-interactions */}
      <table
        ref={tableRef}
        className={cards ? 'data-table jobs-table cards' : 'data-table jobs-table'}
        aria-label="Sync jobs"
        aria-busy={loading || stale || undefined}
        aria-rowcount={loading ? undefined : modelRows.length + 1}
        style={cards ? undefined : { width: TABLE_WIDTH }}
        onKeyDown={(event) => {
          if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return
          if (moveFocus(event.key, event.target)) event.preventDefault()
        }}
      >
        {cards ? null : (
          <colgroup>
            {table.getAllLeafColumns().map((column) => (
              <col key={column.id} style={{ width: COLUMN_LAYOUT[column.id]?.width }} />
            ))}
          </colgroup>
        )}
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id} aria-rowindex={1}>
              {group.headers.map((header) => {
                const layout = COLUMN_LAYOUT[header.column.id]
                return (
                  <th key={header.id} scope="col" className={layout?.numeric ? `num col-${header.column.id}` : `col-${header.column.id}`} title={layout?.hint}>
                    <FlexRender header={header} />
                  </th>
                )
              })}
            </tr>
          ))}
        </thead>
        {loading ? (
          <SkeletonRows columnCount={columnCount} />
        ) : virtual ? (
          // Keyed by layout: rows are memoised on their job, and a virtualiser on its measurements.
          <Suspense
            key={shape}
            fallback={
              // Focus events only record where focus is, for the hand-over; the body is no control itself.
              // oxlint-disable-next-line jsx-a11y/no-noninteractive-element-interactions
              <tbody onFocus={recordFocus} onBlur={forgetFocus}>
                {/* While the virtualiser's code loads: the first screenful, unvirtualised. */}
                {modelRows.slice(0, FIRST_SCREENFUL).map((row, index) => (
                  <JobTableRow key={row.id} row={row} rowIndex={index + 2} />
                ))}
              </tbody>
            }
          >
            <VirtualRows rows={modelRows} columnCount={columnCount} scrollRef={scrollRef} estimatedRowPx={ESTIMATED_ROW_PX[shape]} handover={handover} />
          </Suspense>
        ) : (
          <PlainRows key={shape} rows={modelRows} cards={cards} />
        )}
      </table>
    </ScrollRegion>
  )
}

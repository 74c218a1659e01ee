// The "Sync jobs" table: fixed column widths (table-layout: fixed) so values changing under polling
// never shift the layout; rows keyed by job id update in place; large pages are virtualised.
import { FlexRender, useTable } from '@tanstack/react-table'
import { lazy, Suspense, useEffect, useRef } from 'react'
import { ScrollRegion } from '../../components/ui/scroll-region.tsx'
import { COLUMN_LAYOUT, jobColumns, jobTableFeatures, TABLE_WIDTH } from './job-columns.tsx'
import type { JobRow } from './job-row.ts'
import { JobTableRow } from './job-table-row.tsx'
import { SkeletonRows } from './skeleton-rows.tsx'
import { FIRST_SCREENFUL, VIRTUAL_THRESHOLD } from './large-page.ts'

// The virtualiser is only needed for large pages, so it stays out of the initial bundle.
const loadVirtualRows = () => import('./virtual-rows.tsx')
const VirtualRows = lazy(() => loadVirtualRows().then((module) => ({ default: module.VirtualRows })))

const EMPTY: JobRow[] = []

export function JobsTable({
  rows,
  loading = false,
  stale = false,
  virtualLikely = false,
}: {
  rows: JobRow[] | undefined
  loading?: boolean
  /** Rows of the previous view, shown dimmed while the new one loads. */
  stale?: boolean
  /** The page will be virtualised: fetch that code now (once the first rows are in, so it does not delay them). */
  virtualLikely?: boolean
}) {
  useEffect(() => {
    if (virtualLikely) void loadVirtualRows()
  }, [virtualLikely])
  const table = useTable({ features: jobTableFeatures, columns: jobColumns, data: rows ?? EMPTY, getRowId: (row) => row.job.id })
  const scrollRef = useRef<HTMLElement>(null)
  const modelRows = table.getRowModel().rows
  const columnCount = jobColumns.length
  const virtual = modelRows.length > VIRTUAL_THRESHOLD
  return (
    // The table scrolls sideways (and down, on large pages).
    <ScrollRegion
      ref={scrollRef}
      className={virtual ? 'table-wrap jobs-table-wrap scroll-y' : 'table-wrap jobs-table-wrap'}
      data-stale={stale || undefined}
      label="Sync jobs table, scrollable"
    >
      <table
        className="data-table jobs-table"
        aria-label="Sync jobs"
        aria-busy={loading || stale || undefined}
        aria-rowcount={loading ? undefined : modelRows.length + 1}
        style={{ width: TABLE_WIDTH }}
      >
        <colgroup>
          {table.getAllLeafColumns().map((column) => (
            <col key={column.id} style={{ width: COLUMN_LAYOUT[column.id]?.width }} />
          ))}
        </colgroup>
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
          <Suspense
            fallback={
              <tbody>
                {/* While the virtualiser's code loads: the first screenful, unvirtualised. */}
                {modelRows.slice(0, FIRST_SCREENFUL).map((row, index) => (
                  <JobTableRow key={row.id} row={row} rowIndex={index + 2} />
                ))}
              </tbody>
            }
          >
            <VirtualRows rows={modelRows} columnCount={columnCount} scrollRef={scrollRef} />
          </Suspense>
        ) : (
          <tbody>
            {modelRows.map((row, index) => (
              <JobTableRow key={row.id} row={row} rowIndex={index + 2} />
            ))}
          </tbody>
        )}
      </table>
    </ScrollRegion>
  )
}
